"""List every text in data/ that is missing one of the record's languages (en, ru, kk).

    .venv/bin/python tools/missing_translations.py [DATA_DIR]

A text is a YAML mapping whose keys are languages (en, ru, kk) and, optionally,
`unofficial`. Each one that lacks a language is printed as `file:line: field:
missing ru, kk` with the number of English words it holds; the last line sums
them up. Exit status 1 when any text lacks a language, 0 when none does.
It reads the files with the site's own YAML reader (cica_record.record.yaml_source), so
the lines are the ones the build reports.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from cica_record.record.errors import dotted
from cica_record.record.yaml_source import SourceFile, read_yaml

ROOT = Path(__file__).resolve().parent.parent

LANGUAGES = ("en", "ru", "kk")
TEXT_KEYS = frozenset(LANGUAGES) | {"unofficial"}


def texts(value: object, path: tuple[object, ...] = ()) -> Iterator[tuple[tuple[object, ...], dict]]:
    """Every language mapping inside `value`, with its path."""
    if isinstance(value, dict):
        if value and set(value) <= TEXT_KEYS and set(value) & set(LANGUAGES):
            yield path, value
            return
        for key, item in value.items():
            yield from texts(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from texts(item, path + (index,))


def missing_in(source: SourceFile) -> Iterator[tuple[int, str, list[str], int]]:
    """(line, field, missing languages, English words) for each incomplete text of one file."""
    for path, text in texts(source.data):
        missing = [lang for lang in LANGUAGES if not text.get(lang)]
        if missing:
            words = len(str(text.get("en") or "").split())
            yield source.line_of(path), dotted(path), missing, words


def main(argv: list[str]) -> int:
    data_dir = Path(argv[0]) if argv else ROOT / "data"
    count = words = 0
    for path in sorted(data_dir.rglob("*.yaml")):
        name = path.relative_to(data_dir.parent).as_posix()
        source, errors = read_yaml(path, name)
        if source is None:
            for error in errors:
                print(error, file=sys.stderr)
            return 2
        for line, field, missing, english_words in missing_in(source):
            print(f"{name}:{line}: {field}: missing {', '.join(missing)} ({english_words} English words)")
            count += 1
            words += english_words
    print(f"{count} texts lack a language ({words} English words among them)" if count
          else "every text has en, ru and kk")
    return 1 if count else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
