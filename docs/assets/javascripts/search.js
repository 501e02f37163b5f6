/*
 * The search box: the theme's own markup and CSS, driven by the site's search (search-engine.js)
 * over the files of the page's language under its search/ folder. Loaded by search-start.js
 * when the reader first opens the search, or on the 404 page of a /symbol/ address.
 */
(function () {
  "use strict";
  var PAGE = 10;
  var box = document.querySelector("[data-cica-search]");
  var form = box.querySelector("form");
  var input = form.elements.query;
  var toggle = document.getElementById("__search");
  var meta = box.querySelector(".md-search-result__meta");
  var list = box.querySelector(".md-search-result__list");
  var scrollwrap = box.querySelector(".md-search__scrollwrap");
  var words = form.dataset;
  var config = JSON.parse(document.getElementById("__config").textContent);
  var languageRoot = new URL(config.base, location.href);
  var folder = new URL("search/", languageRoot);
  var files = new Map();
  var generation = 0;
  var shown = null;  // what the list shows: {searcher, answer, count}

  function load(path) {
    if (!files.has(path)) {
      files.set(path, fetch(new URL(path, folder)).then(function (response) {
        if (!response.ok) throw new Error(response.status === 404 ? "missing" : "failed");
        return response.json();
      }));
    }
    return files.get(path);
  }

  var loadScripts = window.CicaSearchLoadScripts;

  var style = document.createElement("link");
  style.rel = "stylesheet";
  style.href = form.getAttribute("data-css");
  document.head.appendChild(style);

  var searcher = load("manifest.json").then(function (manifest) {
    return new window.CicaSearchEngine.Searcher(manifest, load, null);
  });
  var full = null;

  /* The searcher with lunr (and the Russian stemmer on Russian pages) loaded. */
  function fullSearcher() {
    if (!full) {
      full = Promise.all([searcher, loadScripts(form.getAttribute("data-lunr").split(" ").filter(Boolean))])
        .then(function (both) {
          both[0].lunr = both[0].analyzer.lunr = window.lunr;
          return both[0];
        });
    }
    return full;
  }

  function say(text) {
    meta.textContent = text;
  }

  function count(n) {
    if (n === 0) return words.none;
    return n === 1 ? words.one : words.other.replace("#", n);
  }

  function run() {
    var query = input.value;
    var mine = ++generation;
    if (!query.trim()) {
      list.textContent = "";
      shown = null;
      say(words.placeholder);
      return;
    }
    fullSearcher().then(function (s) {
      return s.answer(query).then(function (answer) {
        if (mine === generation) render(s, answer);
      });
    }).catch(failed);
  }

  function failed(error) {
    say(error && error.message === "missing" ? words.preview : words.failed);
  }

  function render(s, answer) {
    var results = answer.results;
    var exactRef = answer.exact ? answer.exact[2] : null;
    list.textContent = "";
    list.setAttribute("data-query", input.value);  // which query the list answers (for tests and tools)
    meta.textContent = "";
    if (answer.notInRecord) {
      var missing = document.createElement("strong");
      missing.className = "record-search-missing";
      missing.textContent = words.not_in_record.replace("{symbol}", answer.notInRecord);
      meta.append(missing);
    }
    meta.append(count(results.length));
    shown = {searcher: s, results: results, count: 0, terms: s.analyzer.queryWords(input.value), exact: exactRef};
    more();
  }

  /* The next page of results, with their titles and snippets fetched in chunks. */
  function more() {
    if (!shown || shown.count >= shown.results.length || shown.loading) return;
    var state = shown;
    var batch = state.results.slice(state.count, state.count + PAGE);
    var chunk = state.searcher.manifest.chunk;
    state.loading = true;
    Promise.all(batch.map(function (r) { return load("d/" + Math.floor(parseInt(r.ref, 16) / chunk) + ".json"); }))
      .then(function (chunks) {
        if (state !== shown) return;
        batch.forEach(function (r, i) {
          var row = chunks[i][parseInt(r.ref, 16) % chunk];
          list.appendChild(item(row, r.ref === state.exact, state.terms, state.searcher.analyzer));
        });
        state.count += batch.length;
        state.loading = false;
      }).catch(failed);
  }

  function item(row, exact, terms, analyzer) {
    var li = document.createElement("li");
    li.className = "md-search-result__item";
    var a = document.createElement("a");
    a.className = "md-search-result__link";
    a.tabIndex = -1;
    a.href = new URL(row[0], languageRoot).href;
    var article = document.createElement("article");
    article.className = "md-search-result__article md-search-result__article--document md-typeset";
    var icon = document.createElement("div");
    icon.className = "md-search-result__icon md-icon";
    var kind = document.createElement("p");
    kind.className = "record-search-kind";
    kind.textContent = row[1];
    if (exact) {
      var mark = document.createElement("span");
      mark.className = "record-search-exact";
      mark.textContent = words.exact;
      kind.append(" · ", mark);
    }
    var title = document.createElement("h1");
    highlight(title, row[2], terms, analyzer);
    var snippet = document.createElement("p");
    highlight(snippet, row[3], terms, analyzer);
    article.append(icon, kind, title, snippet);
    a.appendChild(article);
    li.appendChild(a);
    return li;
  }

  /* `text` into `element`, each word the query matches (or the symbol part it contains) marked. */
  function highlight(element, text, terms, analyzer) {
    var pattern = /[\p{L}\p{N}]+(?:[\/.\-][\p{L}\p{N}]+)*/gu;
    var last = 0, match;
    while ((match = pattern.exec(text))) {
      var span = matchIn(match[0], terms, analyzer);
      if (!span) continue;
      element.append(text.slice(last, match.index + span[0]));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(match.index + span[0], match.index + span[1]);
      element.append(mark);
      last = match.index + span[1];
    }
    element.append(text.slice(last));
  }

  function matchIn(token, terms, analyzer) {
    var normal = analyzer.normalize(token);
    for (var i = 0; i < terms.length; i++) {
      var term = terms[i];
      if (term.symbol) {
        var at = normal.indexOf(term.exact);
        if (at >= 0) return normal.length === token.length ? [at, at + term.exact.length] : [0, token.length];
      } else if (normal === term.exact || term.prefixes.some(function (p) { return normal.indexOf(p) === 0; })) {
        return [0, token.length];
      }
    }
    return null;
  }

  function close() {
    if (toggle.checked) toggle.click();
    input.blur();
  }

  input.addEventListener("input", run);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () { setTimeout(run); input.focus(); });
  list.addEventListener("click", function (event) {
    if (event.target instanceof Element && event.target.closest("a")) close();
  });
  scrollwrap.addEventListener("scroll", function () {
    if (scrollwrap.scrollTop + scrollwrap.clientHeight >= scrollwrap.scrollHeight - 16) more();
  });
  document.addEventListener("keydown", function (event) {
    if (!toggle.checked || event.metaKey || event.ctrlKey || event.altKey) return;
    var active = document.activeElement;
    if (event.key === "Enter" && active === input) {
      event.preventDefault();
      var first = list.querySelector("a");
      if (first) first.click();
    } else if (event.key === "Escape" || event.key === "Tab") {
      close();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      var stops = [input].concat(Array.prototype.slice.call(list.querySelectorAll("a")));
      var at = Math.max(0, stops.indexOf(active));
      stops[(at + stops.length + (event.key === "ArrowUp" ? -1 : 1)) % stops.length].focus();
      event.preventDefault();
    }
  });

  /* On the 404 page of a /symbol/ address: find the symbol in any spelling, or say it is not there, or that
     the address itself cannot be read (a % that begins no character, as in /symbol/%E0%A4%A/). */
  function resolveSymbolAddress() {
    var match = /\/symbol\/(.+)$/.exec(location.pathname);
    if (!match) return;
    var written = match[1].replace(/(\/index\.html)?\/*$/, "");
    var typed;
    try {
      typed = decodeURIComponent(written);
    } catch (error) {  // URIError
      tellOnPage(words.not_an_address.replace("{address}", written));
      return;
    }
    searcher.then(function (s) { return s.lookup(s.analyzer.symbolKey(typed)); }).then(function (hit) {
      if (hit) location.replace(new URL(hit[1], languageRoot).href);
      else offerSearch(typed);
    }).catch(failed);
  }

  /* A paragraph under the 404 page's heading; returns it. */
  function tellOnPage(text) {
    var missing = document.createElement("p");
    missing.className = "record-search-missing";
    missing.textContent = text;
    document.querySelector("article h1").after(missing);
    return missing;
  }

  function offerSearch(typed) {
    var missing = tellOnPage(words.not_in_record.replace("{symbol}", typed));
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button";
    button.textContent = words.offer;
    button.addEventListener("click", function () {
      input.value = typed;
      input.focus();
      run();
    });
    missing.after(button);
  }

  resolveSymbolAddress();
  if (input.value) run();
})();
