/*
 * The site's search, without its page: how a query becomes terms (by the rules of
 * hooks/cica_record/search/analysis.py, which arrive in the language's manifest with the
 * ranking weights) and how the shards of the index answer it. search.js drives it in the
 * page; the tests run it under Node against the files a build ships (tests/js/search_engine.js).
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else root.CicaSearchEngine = factory();
})(this, function () {
  "use strict";

  function Analyzer(rules, lunr) {
    this.lunr = lunr;
    this.token = new RegExp("[" + rules.letter + "]+(?:[" + rules.connector + "][" + rules.letter + "]+)*", "g");
    this.wholeToken = new RegExp("^[" + rules.letter + "]+(?:[" + rules.connector + "][" + rules.letter + "]+)*$");
    this.separator = new RegExp("[" + rules.connector + "]");
    this.latin = new RegExp(rules.latin);
    this.cyrillic = new RegExp(rules.cyrillic);
    this.minPrefix = rules.minPrefix;
    this.latinEndings = rules.latinEndings;
    this.stop = new Set(rules.stopWords);
    this.lang = rules.lang;
  }

  Analyzer.prototype.normalize = function (text) {
    return text.normalize("NFKC").toLowerCase().replace(/ё/g, "е");
  };

  Analyzer.prototype.tokens = function (text) {
    return this.normalize(text).match(this.token) || [];
  };

  Analyzer.prototype.isSymbol = function (token) {
    return token.indexOf("/") >= 0 || /[0-9]/.test(token);
  };

  Analyzer.prototype.stem = function (word) {
    var lunr = this.lunr;
    if (this.latin.test(word)) {
      var min = this.minPrefix;
      var ending = this.latinEndings.filter(function (e) {
        return word.slice(-e.length) === e && word.length - e.length >= min;
      })[0];
      return /ss$/.test(word) || !ending ? word : word.slice(0, -ending.length);
    }
    if (this.lang === "ru" && this.cyrillic.test(word)) return lunr.ru.stemmer(new lunr.Token(word)).toString();
    return word;
  };

  Analyzer.prototype.wordPrefixes = function (word) {
    var stemmed = this.stem(word);
    var min = this.minPrefix;
    var prefixes = [stemmed, word].filter(function (p) { return p.length >= min; });
    if (prefixes.length === 2 && word.indexOf(stemmed) === 0) prefixes = [stemmed];
    return prefixes;
  };

  /* The query as words {exact, prefixes, symbol}; "SOC / 2023-III" is read as "SOC/2023-III". */
  Analyzer.prototype.queryWords = function (query) {
    var out = [];
    var tokens = this.tokens(query.replace(/\s*\/\s*/g, "/"));
    for (var i = 0; i < tokens.length; i++) {
      var token = tokens[i];
      var symbol = this.isSymbol(token);
      if (symbol || this.separator.test(token)) out.push({exact: token, prefixes: [token], symbol: symbol});
      else if (!this.stop.has(token)) out.push({exact: token, prefixes: this.wordPrefixes(token), symbol: false});
    }
    return out;
  };

  Analyzer.prototype.symbolKey = function (text) {
    return this.normalize(text).replace(/\s+/g, "");
  };

  /* The query read as one whole symbol ("soc/2023-iii/dec/10"), or null. */
  Analyzer.prototype.wholeSymbol = function (query) {
    var key = this.symbolKey(query);
    return key.indexOf("/") >= 0 && this.wholeToken.test(key) ? key : null;
  };

  /* FNV-1a (32 bits) of the key's UTF-8 bytes, modulo the number of symbol files. */
  Analyzer.prototype.bucket = function (key, count) {
    var bytes = new TextEncoder().encode(key);
    var value = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) value = Math.imul(value ^ bytes[i], 0x01000193) >>> 0;
    return value % count;
  };

  /*
   * One language's search. `load(path)` gives a promise of the JSON file at `path`, relative to
   * the language's search folder; `lunr` may be absent while only symbols are looked up.
   */
  function Searcher(manifest, load, lunr) {
    this.manifest = manifest;
    this.load = load;
    this.lunr = lunr;
    this.analyzer = new Analyzer(manifest.rules, lunr);
    this.indexes = new Map();
  }

  Searcher.prototype.lookup = function (key) {
    var file = this.analyzer.bucket(key, this.manifest.symbolFiles);
    return this.load("s/" + file + ".json").then(function (table) { return table[key] || null; });
  };

  /* The shard holding `term`, and for a prefix every shard its terms may lie in. */
  Searcher.prototype.shardsFor = function (term, prefix) {
    var firsts = this.manifest.shards;
    var low = 0, high = firsts.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (firsts[middle] <= term) low = middle; else high = middle - 1;
    }
    var out = [low];
    while (prefix && out[out.length - 1] + 1 < firsts.length && firsts[out[out.length - 1] + 1].indexOf(term) === 0) {
      out.push(out[out.length - 1] + 1);
    }
    return out;
  };

  Searcher.prototype.shard = function (number) {
    var self = this;
    if (!this.indexes.has(number)) {
      this.indexes.set(number, this.load("t/" + number + ".json").then(function (data) {
        return self.lunr.Index.load(data);
      }));
    }
    return this.indexes.get(number);
  };

  /* Each word asked exactly and by its prefixes, with the manifest's weights (analysis.py's BOOSTS). */
  Searcher.prototype.clauses = function (words) {
    var boosts = this.manifest.rules.boosts;
    var out = [];
    words.forEach(function (word, position) {
      out.push({word: position, term: word.exact, prefix: false,
                boost: word.symbol ? boosts.symbolExact : boosts.wordExact});
      word.prefixes.forEach(function (p) { out.push({word: position, term: p, prefix: true, boost: boosts.prefix}); });
    });
    return out;
  };

  /*
   * Ranked results for a query: [{ref, score, words}], documents matching more of the query's
   * words first, then by score (each clause asked of each shard alone, scores added with the
   * clause's weight). `exactTerm` tells whether the whole query is a term of the index.
   */
  Searcher.prototype.search = function (query) {
    var self = this;
    var clauses = this.clauses(this.analyzer.queryWords(query));
    var jobs = [];
    clauses.forEach(function (clause) {
      self.shardsFor(clause.term, clause.prefix).forEach(function (n) { jobs.push({clause: clause, shard: n}); });
    });
    return Promise.all(jobs.map(function (job) { return self.shard(job.shard); })).then(function (indexes) {
      var found = new Map();
      var exactTerms = new Set();
      jobs.forEach(function (job, i) {
        var index = indexes[i];
        var clause = job.clause;
        if (!clause.prefix && !(clause.term in index.invertedIndex)) return;
        if (!clause.prefix) exactTerms.add(clause.term);
        var wildcard = clause.prefix ? self.lunr.Query.wildcard.TRAILING : self.lunr.Query.wildcard.NONE;
        index.query(function (q) { q.term(clause.term, {usePipeline: false, wildcard: wildcard}); }).forEach(function (r) {
          var entry = found.get(r.ref) || {ref: r.ref, score: 0, words: new Set()};
          entry.score += clause.boost * r.score;
          entry.words.add(clause.word);
          found.set(r.ref, entry);
        });
      });
      var results = Array.from(found.values()).map(function (e) {
        return {ref: e.ref, score: Math.round(e.score * 1e6) / 1e6, words: e.words.size};
      });
      results.sort(function (a, b) {
        return b.words - a.words || b.score - a.score || parseInt(a.ref, 16) - parseInt(b.ref, 16);
      });
      return {results: results, exactTerms: exactTerms};
    });
  };

  /*
   * What the search box shows for a query: {results, exact: [symbol, location, ref] of the whole
   * symbol typed (its document first), notInRecord: the symbol typed when no document has it nor any symbol has it
   * as a part}. Near matches of a missing symbol: its shorter forms, segment by segment.
   */
  Searcher.prototype.answer = function (query) {
    var self = this;
    var key = this.analyzer.wholeSymbol(query);
    var exact = key ? this.lookup(key) : Promise.resolve(null);
    return Promise.all([exact, this.search(query)]).then(function (both) {
      var hit = both[0], found = both[1];
      if (hit) {  // the document of the whole symbol typed comes first
        var first = found.results.filter(function (r) { return r.ref === hit[2]; })[0] || {ref: hit[2], score: 0, words: 0};
        var rest = found.results.filter(function (r) { return r.ref !== hit[2]; });
        return {results: [first].concat(rest), exact: hit, notInRecord: null};
      }
      if (!key || found.exactTerms.has(key)) return {results: found.results, exact: null, notInRecord: null};
      return self.nearMatches(key).then(function (results) {
        return {results: results, exact: null, notInRecord: query.trim()};
      });
    });
  };

  Searcher.prototype.nearMatches = function (key) {
    var self = this;
    var cut = Math.max(key.lastIndexOf("/"), key.lastIndexOf("-"), key.lastIndexOf("."));
    if (cut <= 0) return Promise.resolve([]);
    var shorter = key.slice(0, cut);
    return this.search(shorter).then(function (found) {
      return found.results.length ? found.results : self.nearMatches(shorter);
    });
  };

  return {Analyzer: Analyzer, Searcher: Searcher};
});
