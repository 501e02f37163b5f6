"""Build the site's search and symbol addresses beside the MkDocs build, on the machine's other core.

MkDocs renders pages on one core, one language after another. A forked process starts as soon as
the record is loaded and, for each language in turn, makes the search documents of the record,
writes the symbol addresses, then waits for the pages MkDocs renders from Markdown in that
language (home, About, Data, the guide), which the plugin sends as search documents once the
language's last one is rendered: the search indexes those pages as a reader sees them, the
guide's generated lists included, from their one rendering. Each language's search files go
into a folder of the process's own; `collect` waits for it after the last language is built and
moves its files into the site. Under `mkdocs serve` nothing is built: the preview's search box
says so.
"""

from __future__ import annotations

import multiprocessing
import shutil
import tempfile
import threading
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, Callable

from mkdocs.exceptions import PluginError

from cica_record.record import model as m
from cica_record.record.schema import LANGUAGES
from cica_record.search.documents import SearchDoc, record_documents
from cica_record.search.files import write_language
from cica_record.site.language import Language
from cica_record.site.symbol_pages import write_symbol_pages

FAILURE = "failure.txt"


@dataclass(kw_only=True)
class SearchBuild:
    """The search build running beside the pages, and the plugin's end of the pipe that feeds it pages."""

    process: BaseProcess
    folder: Path
    pages: Connection

    def send_pages(self, lang: str, docs: list[SearchDoc]) -> None:
        """The search documents of one language's pages rendered from Markdown (all of them, at once)."""
        self.pages.send((lang, docs))

    def collect(self, site_dir: Path) -> None:
        """Wait for the search build and move its files into the site; raise with its report if it failed."""
        self.pages.close()
        self.process.join()
        try:
            failure = self.folder / FAILURE
            if self.process.exitcode != 0 or failure.exists():
                report = failure.read_text(encoding="utf-8") if failure.exists() else f"exit {self.process.exitcode}"
                raise PluginError(f"The search build failed:\n{report}")
            _move_into(self.folder, site_dir)
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def abandon(self) -> None:
        """Stop a search build whose site will not be finished (its build failed) and remove what it wrote."""
        self.pages.close()
        self.process.terminate()
        self.process.join()
        shutil.rmtree(self.folder, ignore_errors=True)


def start(record: m.Record, tables: dict[str, dict[str, Any]], site_url: str) -> SearchBuild:
    folder = Path(tempfile.mkdtemp(prefix="cica-search-"))
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(target=_run, args=(record, tables, site_url, folder, receiving, sending), daemon=True)
    process.start()
    receiving.close()  # the search build's end; the plugin keeps the other
    return SearchBuild(process=process, folder=folder, pages=sending)


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


def _run(record: m.Record, tables: dict[str, dict[str, Any]], site_url: str, folder: Path,
         receiving: Connection, sending: Connection) -> None:
    sending.close()  # only the plugin sends: when its end closes, a wait for pages ends (EOFError)
    try:
        build_all(record, tables, site_url, folder, Arrivals(receiving))
    except BaseException:  # reported by `collect` in the build's own process
        (folder / FAILURE).write_text(traceback.format_exc(), encoding="utf-8")


class Arrivals:
    """The pages of each language as the plugin sends them, asked for one language at a time.

    A thread takes them off the pipe as they come, so that the plugin never waits for this
    process to read (a pipe holds 64 KB): the pages arrive early in each language's build.
    """

    def __init__(self, connection: Connection) -> None:
        self.received: dict[str, list[SearchDoc]] = {}
        self.ended = False  # the plugin's end is closed: nothing more will come
        self.arrived = threading.Condition()
        threading.Thread(target=self._receive, args=(connection,), daemon=True).start()

    def _receive(self, connection: Connection) -> None:
        while True:
            try:
                lang, docs = connection.recv()
            except (EOFError, OSError):
                lang, docs = None, None
            with self.arrived:
                if lang is None:
                    self.ended = True
                else:
                    self.received[lang] = docs
                self.arrived.notify_all()
            if lang is None:
                return

    def __call__(self, lang: str) -> list[SearchDoc]:
        with self.arrived:
            self.arrived.wait_for(lambda: lang in self.received or self.ended)
            if lang not in self.received:
                raise EOFError(f"the build ended before its '{lang}' pages were sent")
            return self.received.pop(lang)


def build_all(record: m.Record, tables: dict[str, dict[str, Any]], site_url: str, site_dir: Path,
              pages: Callable[[str], list[SearchDoc]]) -> None:
    """Every language's search files and symbol addresses; `pages(lang)` gives its pages rendered from Markdown."""
    for code in LANGUAGES:
        lang = Language(code, tables)
        docs = record_documents(record, lang)
        write_symbol_pages({symbol: doc.location for doc in docs for symbol in doc.symbols}, lang, site_dir, site_url)
        write_language(pages(code) + docs, code, site_dir / lang.prefix / "search")
