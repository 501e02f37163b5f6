// The site's search engine (docs/assets/javascripts/search-engine.js) under Node, for the tests:
// it answers as it does in the browser, from the files a build ships.
// Usage: node search_engine.js SITE LANG; then one JSON request a line on stdin, one JSON answer a line on stdout:
//   {"answer": QUERY}   -> {"results": [[ref, score, words], ...], "exact": [symbol, location, ref] | null, "notInRecord": …}
//   {"analyze": [TEXT]} -> [{"tokens": [...], "symbols": [bool, ...], "words": [{exact, prefixes, symbol}], "key": …, "bucket": …}]
"use strict";
const fs = require("fs");
const path = require("path");
const readline = require("readline");

const [site, lang] = process.argv.slice(2);
const scripts = path.join(site, "assets", "javascripts");
const lunr = require(path.join(scripts, "lunr", "lunr.min.js"));
require(path.join(scripts, "lunr", "min", "lunr.stemmer.support.min.js"))(lunr);
require(path.join(scripts, "lunr", "min", "lunr.ru.min.js"))(lunr);
const {Searcher} = require(path.join(scripts, "search-engine.js"));

const folder = path.join(site, lang === "en" ? "" : lang, "search");
const load = (file) => Promise.resolve(JSON.parse(fs.readFileSync(path.join(folder, file), "utf8")));

function analyze(analyzer, symbolFiles, text) {
  const tokens = analyzer.tokens(text);
  const key = analyzer.symbolKey(text);
  return {tokens, symbols: tokens.map((t) => analyzer.isSymbol(t)), words: analyzer.queryWords(text),
          key, bucket: analyzer.bucket(key, symbolFiles)};
}

(async () => {
  const manifest = await load("manifest.json");
  const searcher = new Searcher(manifest, load, lunr);
  const lines = readline.createInterface({input: process.stdin});
  for await (const line of lines) {
    const request = JSON.parse(line);
    let reply;
    if ("answer" in request) {
      const answer = await searcher.answer(request.answer);
      reply = {results: answer.results.map((r) => [r.ref, r.score, r.words]), exact: answer.exact,
               notInRecord: answer.notInRecord};
    } else {
      reply = request.analyze.map((text) => analyze(searcher.analyzer, manifest.symbolFiles, text));
    }
    process.stdout.write(JSON.stringify(reply) + "\n");
  }
})();
