"""The site's search, asked in Python with lunr.py, from the very files a build ships.

The same algorithm as `Searcher` in docs/assets/javascripts/search-engine.js
(the agreement test proves both give the same answers): each query word is
asked exactly and by its prefixes, each clause of each shard on its own, and
the scores are added with the clause's weight; documents matching more of the
query's words come first.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

from lunr.index import Index
from lunr.query import Query

from cica_record.search import analysis

SYMBOL_EXACT, WORD_EXACT, PREFIX = 100, 10, 1


@dataclass
class Result:
    ref: str
    score: float
    words: int
    location: str = ""
    kind: str = ""
    title: str = ""
    snippet: str = ""


@dataclass
class Answer:
    results: list[Result]
    exact: Optional[list[str]]
    not_in_record: Optional[str]
    shards: set[int] = field(default_factory=set)

    @property
    def locations(self) -> list[str]:
        return [r.location for r in self.results]


class SiteSearch:
    """One language's search files in a built site."""

    def __init__(self, site: Path, lang: str):
        self.folder = site / ("" if lang == "en" else lang) / "search"
        self.lang = lang
        self.manifest = self.read("manifest.json")
        self.shards: dict[int, Index] = {}

    def read(self, path: str):
        return json.loads((self.folder / path).read_text(encoding="utf-8"))

    def shard(self, number: int) -> Index:
        if number not in self.shards:
            self.shards[number] = Index.load(self.read(f"t/{number}.json"))
        return self.shards[number]

    def shards_for(self, term: str, prefix: bool) -> list[int]:
        firsts = self.manifest["shards"]
        low = max(i for i, first in enumerate(firsts) if first <= term) if firsts[0] <= term else 0
        out = [low]
        while prefix and out[-1] + 1 < len(firsts) and firsts[out[-1] + 1].startswith(term):
            out.append(out[-1] + 1)
        return out

    def lookup(self, key: str) -> Optional[list[str]]:
        return self.read(f"s/{analysis.bucket(key, self.manifest['symbolFiles'])}.json").get(key)

    def search(self, query: str) -> tuple[list[Result], set[str], set[int]]:
        clauses = []
        for position, word in enumerate(analysis.query_words(query, self.lang)):
            clauses.append((position, word.exact, False, SYMBOL_EXACT if word.symbol else WORD_EXACT))
            clauses += [(position, p, True, PREFIX) for p in word.prefixes]
        found: dict[str, list] = {}
        exact_terms: set[str] = set()
        used: set[int] = set()
        for position, term, prefix, boost in clauses:
            for number in self.shards_for(term, prefix):
                used.add(number)
                index = self.shard(number)
                if not prefix and term not in index.inverted_index:
                    continue
                if not prefix:
                    exact_terms.add(term)
                query = index.create_query()
                query.term(term, use_pipeline=False,
                           wildcard=Query.WILDCARD_TRAILING if prefix else Query.WILDCARD_NONE)
                for hit in index.query(query):
                    entry = found.setdefault(hit["ref"], [0.0, set()])
                    entry[0] += boost * hit["score"]
                    entry[1].add(position)
        results = [Result(ref, math.floor(score * 1e6 + 0.5) / 1e6, len(words)) for ref, (score, words) in found.items()]
        results.sort(key=lambda r: (-r.words, -r.score, int(r.ref, 16)))
        return results, exact_terms, used

    def answer(self, query: str) -> Answer:
        key = analysis.whole_symbol(query)
        hit = self.lookup(key) if key else None
        results, exact_terms, used = self.search(query)
        missing = None
        if key and not hit and key not in exact_terms:
            missing = query.strip()
            results = self.near_matches(key)
        if hit:
            first = next((r for r in results if r.ref == hit[2]), Result(hit[2], 0.0, 0))
            results = [first] + [r for r in results if r.ref != hit[2]]
        return Answer([self.described(r) for r in results], hit, missing, used)

    def near_matches(self, key: str) -> list[Result]:
        cut = max(key.rfind("/"), key.rfind("-"), key.rfind("."))
        if cut <= 0:
            return []
        results = self.search(key[:cut])[0]
        return results or self.near_matches(key[:cut])

    def described(self, result: Result) -> Result:
        chunk = self.manifest["chunk"]
        number = int(result.ref, 16)
        row = self.read(f"d/{number // chunk}.json")[number % chunk]
        result.location, result.kind, result.title, result.snippet = row
        return result


@lru_cache(maxsize=None)
def site_search(site: str, lang: str) -> SiteSearch:
    return SiteSearch(Path(site), lang)
