"""How much of what a reader reads is in another language than the page's: per language and kind of page.

    python benchmarks/language_share.py --site SITE_DIR [--data DATA_DIR] [--worst N] [--json]
    python benchmarks/language_share.py [--data DATA_DIR] ...      (builds the site of DATA_DIR first)

The words counted are the visible words of each page's article (`<article>`), read off the built HTML:
- left out as not visible: `<script>`, `<style>`, `<template>`, anything `hidden`, and the content of a
  closed `<details>` except its `<summary>` (the original of a translation, folded, is one tap away,
  not read);
- a word is a run of letters (with inner hyphens or apostrophes), in a whitespace-separated token;
- a word is in another language than the page's when it stands in an element whose nearest `lang`
  is another language, or when it is written in another script than the page's language's
  (Latin on a Russian or Kazakh page, Cyrillic on an English one).
Left out of the count altogether (neither the page's language nor another):
- symbols and addresses: words inside `<code>`, and every token holding a digit together with a letter,
  a '/', '://', 'www.' or a domain name (SOC/2023-III/DEC/1, Rev.1, s-cica.org);
- keys and a program's own output, quoted as it prints it: `<kbd>` and `<samp>` (the publisher's guide
  quotes the build's messages, which are in English, with their translation beside them);
- abbreviations: a word of two or more letters with no small letter (SOC, UNOCT, USD, EN);
- names written in Latin script as the source writes them: every run of Latin words in a name of the record
  (publishers, organisations, people, states, bodies, events) as the page's language writes it ("The Astana
  Times", "Lokmat Times", "Trend" of «Агентство Trend»), and the names of the formats and tools the Data
  page and the guide speak of (TECHNICAL_NAMES: Atom, iCalendar, JSON, …), masked wherever they occur on
  the page;
- the titles of publications as their source writes them: Latin words quoted in «…» or „…“ on a Russian or
  Kazakh page (the title of a declaration as a newspaper printed it).
A page's kind is its address's first folder (meetings, decisions, states, …), `index` for the list at a
folder's root (meetings/, states/), `home` for the home page, and the name of MkDocs' own pages (about,
data, guide). The goal (issue 21) is at most 1% on every kind of page in Russian and Kazakh.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from lxml import html

from cica_record.devtools.project import make_project, run_mkdocs

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "ru", "kk")
GOAL = 1.0  # per cent

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_CYRILLIC = re.compile(r"[\u0400-\u052F]")
_SYMBOL_OR_ADDRESS = re.compile(r"/|://|www\.|\b[\w-]+\.(?:org|com|net|kz|ru|az|cn|tj|gov|int|info|news|uz|kg|tr|in)\b"
                                r"|(?=.*\d)(?=.*[^\W\d_])", re.I)
_LATIN_RUN = re.compile(r"[A-Za-z\u00C0-\u024F][\w'’.&-]*(?:\s+[A-Za-z\u00C0-\u024F0-9][\w'’.&-]*)*")
_QUOTED_LATIN = re.compile(r"[«„]([^«»„“]*?)[»“]")
TECHNICAL_NAMES = ("Frictionless Data Package", "JSON Schema", "iCalendar", "Atom", "JSON", "CSV", "YAML", "Popolo",
                   "git", "GitHub Pages", "GitHub", "Unicode", "CLDR", "Visual Studio Code", "VS Code", "MkDocs",
                   "Python", "OWASP", "Red Hat", "Creative Commons")
_UNSEEN = ".//script | .//style | .//template | .//*[@hidden] | .//code | .//kbd | .//samp"


def kind_of(relative: Path) -> tuple[str, str]:
    """(language, kind) of a built page from its path in the site."""
    parts = list(relative.parts[:-1])  # without index.html
    lang = parts.pop(0) if parts and parts[0] in LANGUAGES[1:] else "en"
    if not parts:
        return lang, "home"
    return lang, parts[0] if len(parts) > 1 else ("index" if parts[0] not in ("about", "data", "guide") else parts[0])


def latin_names(data: Path) -> dict[str, list[str]]:
    """Per language, the names the record writes in Latin script in that language, longest first."""
    from cica_record.record.loader import load_record

    record = load_record(data, ROOT)
    entities = [*record.publishers, *record.organisations, *record.people, *record.states, *record.bodies,
                *record.events]
    names: dict[str, set[str]] = defaultdict(set)
    for entity in entities:
        for text in (entity.name, getattr(entity, "short", None)):
            for lang in LANGUAGES:
                value = getattr(text, lang, None) if text else None
                if value:
                    names[lang].update(run.strip(" .-") for run in _LATIN_RUN.findall(value))
    return {lang: sorted(found | set(TECHNICAL_NAMES), key=len, reverse=True) for lang, found in names.items()}


def visible_texts(article: html.HtmlElement, page_lang: str):
    """(text, its language) of every visible piece of text in the article."""
    for unseen in article.xpath(_UNSEEN):
        unseen.drop_tree()
    for details in article.xpath(".//details[not(@open)]"):
        for child in details:
            if child.tag != "summary":
                child.drop_tree()
    for element in article.iter():
        if not isinstance(element.tag, str):
            continue
        lang = element.xpath("string(ancestor-or-self::*[@lang][1]/@lang)") or page_lang
        yield element.text or "", lang.split("-")[0]
        for child in element:
            if child.tail:
                yield child.tail, lang.split("-")[0]


def count_words(text: str, lang: str, page_lang: str, names: list[str]) -> tuple[int, int, list[str]]:
    """(words, words in another language, those words) of one piece of text."""
    for name in names:
        if name in text:
            text = re.sub(rf"(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])", " ", text)
    if page_lang != "en":
        text = _QUOTED_LATIN.sub(lambda quote: " " if not _CYRILLIC.search(quote.group(1)) else quote.group(0), text)
    words = foreign = 0
    seen: list[str] = []
    for token in text.split():
        if _SYMBOL_OR_ADDRESS.search(token):
            continue
        for word in _WORD.findall(token):
            if len(word) > 1 and not any(char.islower() for char in word):
                continue  # an abbreviation
            words += 1
            other_script = bool(_LATIN.search(word)) if page_lang != "en" else bool(_CYRILLIC.search(word))
            if lang != page_lang or other_script:
                foreign += 1
                seen.append(word)
    return words, foreign, seen


def measure(site: Path, names: dict[str, list[str]]) -> dict:
    """Per language and kind: pages, words, words in another language, and each page's own counts."""
    totals: dict[tuple[str, str], dict] = defaultdict(lambda: {"pages": 0, "words": 0, "foreign": 0})
    pages = []
    for file in sorted(site.rglob("index.html")):
        relative = file.relative_to(site)
        if relative.parts[0] in ("assets", "search", "symbol", "data") and len(relative.parts) > 2:
            continue
        page_lang, kind = kind_of(relative)
        root = html.parse(str(file)).getroot()
        article = root.find(".//article")
        if article is None or root.find(".//meta[@http-equiv='refresh']") is not None:
            continue
        words = foreign = 0
        seen: list[str] = []
        for text, lang in list(visible_texts(article, page_lang)):
            w, f, s = count_words(text, lang, page_lang, names.get(page_lang, []))
            words, foreign, seen = words + w, foreign + f, seen + s
        total = totals[(page_lang, kind)]
        total["pages"] += 1
        total["words"] += words
        total["foreign"] += foreign
        pages.append({"page": relative.parent.as_posix() + "/", "lang": page_lang, "kind": kind, "words": words,
                      "foreign": foreign, "sample": seen[:12]})
    return {"totals": {f"{lang}/{kind}": value for (lang, kind), value in sorted(totals.items())}, "pages": pages}


def share(foreign: int, words: int) -> float:
    return 100.0 * foreign / words if words else 0.0


def report(result: dict, worst: int) -> str:
    lines = [f"{'language':8} {'kind':15} {'pages':>6} {'words':>9} {'other':>7} {'share':>7}"]
    for key, value in result["totals"].items():
        lang, kind = key.split("/")
        percent = share(value["foreign"], value["words"])
        flag = "  > goal" if lang != "en" and percent > GOAL else ""
        lines.append(f"{lang:8} {kind:15} {value['pages']:>6} {value['words']:>9} {value['foreign']:>7} "
                     f"{percent:>6.2f}%{flag}")
    if worst:
        lines.append("")
        ranked = sorted((p for p in result["pages"] if p["lang"] != "en"),
                        key=lambda p: share(p["foreign"], p["words"]), reverse=True)[:worst]
        for p in ranked:
            lines.append(f"{share(p['foreign'], p['words']):6.2f}%  {p['page']}  {' '.join(p['sample'])}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="a built site (otherwise the site of --data is built)")
    parser.add_argument("--data", type=Path, default=ROOT / "data", help="the record's data folder")
    parser.add_argument("--worst", type=int, default=0, help="also list the N Russian and Kazakh pages with most")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    names = latin_names(args.data)
    if args.site:
        result = measure(args.site, names)
    else:
        with tempfile.TemporaryDirectory() as folder:
            run_mkdocs(make_project(ROOT, Path(folder) / "project", args.data), "build", "--strict", "-d",
                       str(Path(folder) / "site"))
            result = measure(Path(folder) / "site", names)
    print(json.dumps(result["totals"], indent=1) if args.json else report(result, args.worst))
    over = [key for key, value in result["totals"].items()
            if not key.startswith("en/") and share(value["foreign"], value["words"]) > GOAL]
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
