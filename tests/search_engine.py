"""The site's search as the browser runs it: its JavaScript engine under Node, over the files a build ships.

There is one search engine, docs/assets/javascripts/search-engine.js; the tests ask it their
questions through tests/js/search_engine.js, one Node process per built site and language, kept
for the session. Node is part of what `make test` needs (it installs the Node packages the tests
use): without it these tests fail, they are not skipped.
"""

from __future__ import annotations

import atexit
import json
import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

import pytest

ENGINE = Path(__file__).parent / "js" / "search_engine.js"


@dataclass(kw_only=True)
class Result:
    ref: str
    score: float
    words: int  # how many of the query's words it matches
    location: str = ""
    kind: str = ""
    title: str = ""
    snippet: str = ""


@dataclass(kw_only=True)
class Answer:
    results: list[Result]
    exact: Optional[list[str]]  # [symbol, location, ref] of the whole symbol typed
    not_in_record: Optional[str]

    @property
    def locations(self) -> list[str]:
        return [r.location for r in self.results]


class SiteSearch:
    """One language's search of a built site, asked of the browser's engine."""

    def __init__(self, site: Path, lang: str):
        node = shutil.which("node")
        if node is None:
            pytest.fail("the search tests run the browser's search engine under Node.js: install node "
                        "(README: make test needs Python, make, Node.js and npm)")
        self.folder = site / ("" if lang == "en" else lang) / "search"
        self.manifest = self.read("manifest.json")
        self.process = subprocess.Popen([node, str(ENGINE), str(site), lang], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True, encoding="utf-8")
        atexit.register(self.process.kill)

    def read(self, path: str) -> Any:
        return json.loads((self.folder / path).read_text(encoding="utf-8"))

    def ask(self, request: dict) -> Any:
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"the search engine under Node stopped (exit {self.process.wait()})")
        return json.loads(line)

    def answer(self, query: str) -> Answer:
        found = self.ask({"answer": query})
        results = [self.described(Result(ref=ref, score=score, words=words)) for ref, score, words in found["results"]]
        return Answer(results=results, exact=found["exact"], not_in_record=found["notInRecord"])

    def analyze(self, texts: list[str]) -> list[dict]:
        """How the engine reads each text as a query: its tokens, which are symbols, its words, its symbol key."""
        return self.ask({"analyze": texts})

    def described(self, result: Result) -> Result:
        """A result with what the page shows of it, from the result chunk that holds it."""
        chunk = self.manifest["chunk"]
        number = int(result.ref, 16)
        result.location, result.kind, result.title, result.snippet = self.read(f"d/{number // chunk}.json")[number % chunk]
        return result


@lru_cache(maxsize=None)
def site_search(site: str, lang: str) -> SiteSearch:
    return SiteSearch(Path(site), lang)
