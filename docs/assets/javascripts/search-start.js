/*
 * Opens the site's search the way the theme's own did (S, F or / anywhere, the header's button)
 * and only then loads it: until a reader opens the search, or lands on a /symbol/ address the
 * site does not have, nothing of the search is fetched.
 */
(function () {
  "use strict";
  var box = document.querySelector("[data-cica-search]");
  var toggle = document.getElementById("__search");
  if (!box || !toggle) return;
  var form = box.querySelector("form");
  var input = form.elements.query;
  var loading = null;
  var here = document.currentScript.src;
  ["data-css", "data-scripts", "data-lunr"].forEach(function (name) {
    form.setAttribute(name, form.getAttribute(name).split(" ").filter(Boolean).map(function (file) {
      return new URL(file, here).href;
    }).join(" "));
  });

  /* Runs the scripts one after the other; search.js loads lunr with it when a query needs it. */
  function loadScripts(sources) {
    return sources.reduce(function (previous, src) {
      return previous.then(function () {
        return new Promise(function (resolve, reject) {
          var script = document.createElement("script");
          script.src = src;
          script.onload = resolve;
          script.onerror = reject;
          document.body.appendChild(script);
        });
      });
    }, Promise.resolve());
  }
  window.CicaSearchLoadScripts = loadScripts;

  function load() {
    if (loading) return;
    loading = loadScripts(form.getAttribute("data-scripts").split(" ").filter(Boolean));
    loading.catch(function () {
      box.querySelector(".md-search-result__meta").textContent = form.getAttribute("data-failed");
    });
  }

  function typing(target) {
    return target instanceof HTMLElement &&
      (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  toggle.addEventListener("change", function () {
    if (toggle.checked) {
      load();
      input.focus();
    }
  });
  input.addEventListener("focus", function () {
    load();
    if (!toggle.checked) toggle.click();
  });
  document.addEventListener("keydown", function (event) {
    if (toggle.checked || event.metaKey || event.ctrlKey || event.altKey || typing(event.target)) return;
    // S and F by the key's place, not its letter: on a Russian or Kazakh layout that key types «ы» and «а».
    if (event.code === "KeyS" || event.code === "KeyF" || event.key === "/") {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
  if (/\/symbol\//.test(location.pathname)) load();  // the 404 page at a symbol's address looks it up
})();
