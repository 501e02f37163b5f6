"""Build the site's search and symbol addresses beside the MkDocs build, on the machine's other core.

MkDocs renders pages on one core, one language after another. The search
files of all three languages depend only on the record, the translation
tables and the markdown pages, so a forked process builds them as soon as the
record is loaded, into a folder of its own; `collect` waits for it after the
last language is built and moves its files into the site. Under `mkdocs
serve` nothing is built: the preview's search box says so.

The theme's configuration on each Russian or Kazakh page has its `base`
pointed at its language's root, where the search script finds its files.
"""

from __future__ import annotations

import html
import multiprocessing
import re
import shutil
import tempfile
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

import markdown
from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

import record_model as m
from record_language import Language
from record_schema import LANGUAGES
from search_documents import SearchDoc, page_document, record_documents
from search_files import write_language
from symbol_pages import write_symbol_pages

_BASE = re.compile(r'("base": )"[^"]*"')
_H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S)
FAILURE = "failure.txt"


@dataclass
class Pending:
    process: Any
    folder: Path


def start(record: m.Record, tables: dict[str, dict[str, Any]], docs_dir: Path, site_url: str) -> Pending:
    folder = Path(tempfile.mkdtemp(prefix="cica-search-"))
    process = multiprocessing.get_context("fork").Process(
        target=_run, args=(record, tables, docs_dir, site_url, folder), daemon=True)
    process.start()
    return Pending(process, folder)


def collect(pending: Optional[Pending], site_dir: Path) -> None:
    """Wait for the search build and move its files into the site; raise with its report if it failed."""
    if pending is None:
        return
    pending.process.join()
    try:
        failure = pending.folder / FAILURE
        if pending.process.exitcode != 0 or failure.exists():
            report = failure.read_text(encoding="utf-8") if failure.exists() else f"exit {pending.process.exitcode}"
            raise PluginError(f"The search build failed:\n{report}")
        _move_into(pending.folder, site_dir)
    finally:
        shutil.rmtree(pending.folder, ignore_errors=True)


def _move_into(source: Path, target: Path) -> None:
    """Move a folder's files into another that may already hold some of its folders (`ru/`, `kk/`).

    Each entry the target lacks is renamed whole, not copied and deleted file by file: at 480
    meetings the symbol pages alone are 23,000 folders, and copying then removing them took 105 s
    of a 400 s build. (`shutil.move` copies only where the two are on different file systems.)
    """
    for entry in source.iterdir():
        destination = target / entry.name
        if entry.is_dir() and destination.is_dir():
            _move_into(entry, destination)
        else:
            shutil.move(entry, destination)


def _run(record: m.Record, tables: dict[str, dict[str, Any]], docs_dir: Path, site_url: str, folder: Path) -> None:
    try:
        build_all(record, tables, docs_dir, site_url, folder)
    except BaseException:  # reported by `collect` in the build's own process
        (folder / FAILURE).write_text(traceback.format_exc(), encoding="utf-8")


def build_all(record: m.Record, tables: dict[str, dict[str, Any]], docs_dir: Path, site_url: str,
              site_dir: Path) -> None:
    for code in LANGUAGES:
        lang = Language(code, tables)
        docs = markdown_documents(docs_dir / code, lang) + record_documents(record, lang)
        write_language(docs, code, site_dir / lang.prefix / "search")
        symbols = {symbol: doc.location for doc in docs for symbol in doc.symbols}
        write_symbol_pages(symbols, lang, site_dir, site_url)


def markdown_documents(folder: Path, lang: Language) -> list[SearchDoc]:
    """The language's markdown pages (home, About, the guide), from their content."""
    docs = []
    for source in sorted(folder.rglob("*.md")):
        rendered = markdown.markdown(source.read_text(encoding="utf-8"),
                                     extensions=["tables", "attr_list", "md_in_html", "admonition"])
        heading = _H1.search(rendered)
        title = html.unescape(re.sub(r"<[^>]+>", "", heading.group(1))).strip() if heading else source.stem
        body = _H1.sub("", rendered, count=1)
        stem = source.relative_to(folder).with_suffix("").as_posix()
        location = "" if stem == "index" else stem.removesuffix("/index") + "/"
        docs.append(page_document(location, title, body, lang))
    return docs


SCRIPT_WORDS = ("exact", "not_in_record", "not_an_address", "preview", "failed", "offer")


def script_words(lang: Language) -> dict[str, str]:
    """The search script's own words, for the search box's data-* attributes (`data-not_in_record`)."""
    return {key: lang.t(f"search.{key}") for key in SCRIPT_WORDS}


def point_base_at_language_root(page_html: str, page_url: str, lang: str, default: str) -> str:
    if lang == default:
        return page_html
    base = get_relative_url(f"{lang}/", page_url)
    base = base if base.endswith("/") else base + "/"
    return _BASE.sub(lambda match: f'{match.group(1)}"{base}"', page_html, count=1)
