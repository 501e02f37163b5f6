"""Texts of the data that lack one of the record's languages: a warning for the publisher, not an error.

A text is a mapping of languages (en, ru, kk, and optionally `unofficial`). One written in English only
is valid: the page shows the English with its language's mark until someone translates it. The build
says so, with the file and line, so that the publisher knows what is still to translate; the shipped
data has none (tests/test_untranslated.py). tools/missing_translations.py lists them for a data folder.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from cica_record.record.errors import dotted
from cica_record.record.schema import LANGUAGES
from cica_record.record.yaml_source import SourceFile

_TEXT_KEYS = frozenset(LANGUAGES) | {"unofficial"}


@dataclass(frozen=True, order=True, kw_only=True)
class Untranslated:
    """A text of the data that some language lacks, where it is written."""

    file: str
    line: int
    path: str
    missing: tuple[str, ...]
    words: int  # how many words the text holds in the first language it has

    def __str__(self) -> str:
        return (f"{self.file}:{self.line}: {self.path}: no {' or '.join(self.missing)} text: the pages in "
                f"{' and '.join(self.missing)} show it in the language it has, marked as such "
                f"(add {', '.join(f'{code}:' for code in self.missing)} beside it)")


def untranslated(source: SourceFile) -> list[Untranslated]:
    """Every text of one file that lacks a language, in the order of the file."""
    found = []
    for path, text in _texts(source.data):
        missing = tuple(code for code in LANGUAGES if not text.get(code))
        if missing:
            written = next((str(text[code]) for code in LANGUAGES if text.get(code)), "")
            found.append(Untranslated(file=source.name, line=source.line_of(path), path=dotted(path),
                                      missing=missing, words=len(written.split())))
    return found


def _texts(value: object, path: tuple[object, ...] = ()) -> Iterator[tuple[tuple[object, ...], dict]]:
    """Every mapping of languages inside `value`, with its path."""
    if isinstance(value, dict):
        if value and set(value) <= _TEXT_KEYS and set(value) & set(LANGUAGES) and not any(
                isinstance(value.get(code), (dict, list)) for code in LANGUAGES):  # not a body's forms
            yield path, value
            return
        for key, item in value.items():
            yield from _texts(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _texts(item, path + (index,))
