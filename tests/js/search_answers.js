// Answers the site's search engine gives under Node, for the agreement test.
// Usage: node search_answers.js SITE LANG < {"words": [...], "queries": [...]}  → JSON on stdout
"use strict";
const fs = require("fs");
const path = require("path");

const [site, lang] = process.argv.slice(2);
const scripts = path.join(site, "assets", "javascripts");
const lunr = require(path.join(scripts, "lunr", "lunr.min.js"));
require(path.join(scripts, "lunr", "min", "lunr.stemmer.support.min.js"))(lunr);
require(path.join(scripts, "lunr", "min", "lunr.ru.min.js"))(lunr);
const {Searcher} = require(path.join(scripts, "search-engine.js"));

const folder = path.join(site, lang === "en" ? "" : lang, "search");
const load = (file) => Promise.resolve(JSON.parse(fs.readFileSync(path.join(folder, file), "utf8")));

(async () => {
  const input = JSON.parse(fs.readFileSync(0, "utf8"));
  const searcher = new Searcher(await load("manifest.json"), load, lunr);
  const words = input.words.map((text) => searcher.analyzer.queryWords(text));
  const answers = [];
  for (const query of input.queries) {
    const answer = await searcher.answer(query);
    answers.push({
      results: answer.results.map((r) => [r.ref, r.score, r.words]),
      exact: answer.exact,
      notInRecord: answer.notInRecord,
    });
  }
  process.stdout.write(JSON.stringify({words, answers}));
})();
