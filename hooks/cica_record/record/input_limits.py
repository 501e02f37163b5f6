"""What a data file may be before its values are read: a real file inside data/, of a size a record's file
can have, without YAML's anchors and aliases, nested no deeper than the record's shapes go, each text of
a size a text can have, and without invisible characters (text_characters).

A file is measured on disk before it is read, and its YAML is checked in one pass over libyaml's
events, before any value is made: so a 50 MB file, or an "alias bomb" of a few hundred bytes (lists of
aliases of lists, which expand to billions of values), is refused in milliseconds and in the memory
of one event at a time. Publishers never need anchors (`&name`) and aliases (`*name`): a value is
written out where it belongs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator, Optional

import yaml

from cica_record.record.errors import DataError, dotted
from cica_record.record.text_characters import HINT as CHARACTER_HINT, forbidden_character

MAX_FILE_BYTES = 2 * 1024 * 1024  # the largest file of the record today is about 100 KB
MAX_TEXT_CHARACTERS = 100_000  # about 40 pages of an official text; the longest today is under 1,000
MAX_DEPTH = 30  # lists and mappings one inside another; the record's shapes need fewer than 12
MAX_ERRORS = 20  # a file past this many is not read further: its first errors are enough to act on

_MEGABYTE = 1024 * 1024


def data_file_error(path: Path, data_dir: Path, name: str) -> Optional[DataError]:
    """Why `path` is not read at all (a link, a file outside data/, a file too large), or None."""
    if path.is_symlink() or not path.resolve().is_relative_to(data_dir.resolve()):
        return DataError(file=name, line=1, path="",
                         problem="this is a link to a file elsewhere, or lies outside data/; it was not read",
                         expected="a file inside data/ itself",
                         hint="copy the content into a file in data/ (or data/meetings/) and remove the link")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        return DataError(file=name, line=1, path="",
                         problem="the file is too large to be one file of the record; it was not read",
                         expected=f"at most {MAX_FILE_BYTES / _MEGABYTE:.0f} MB", found=f"{size / _MEGABYTE:.1f} MB",
                         hint="a meeting's file is usually under 100 KB: check that it holds only the record's "
                              "YAML, and not, say, a document pasted whole")
    return None


def stream_errors(text: str, name: str, loader: type) -> list[DataError]:
    """What the YAML of a file holds that no data file may, found in one pass over its events.

    Raises yaml.MarkedYAMLError for text that is not YAML, as parsing it would."""
    errors: list[DataError] = []
    for (line, path), fields in _problems(yaml.parse(text, Loader=loader)):
        if len(errors) == MAX_ERRORS:
            errors.append(DataError(file=name, line=line, path="",
                                    problem=f"the file was read no further after {MAX_ERRORS} errors",
                                    hint="correct these and run again to see the rest"))
            break
        errors.append(DataError(file=name, line=line, path=dotted(path), **fields))
    return errors


_KEY, _PART = 0, 1  # an open list or mapping: [is the next node a key (None in a list), current key or index]
_NODES = (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent, yaml.AliasEvent)


def _problems(events: Iterator[yaml.Event]) -> Iterator[tuple[tuple[int, tuple], dict]]:
    """((line, path of the value), the error's fields) for each problem, in the order of the file; nothing
    after a list or mapping nested too deep. This runs over every value of the record: the path is
    made only for a problem."""
    open_: list[list] = []
    marked_lines: set[int] = set()  # an anchor or alias is told once a line (a list of nine aliases is one mistake)
    for event in events:
        kind = type(event)
        if kind is yaml.SequenceEndEvent or kind is yaml.MappingEndEvent:
            open_.pop()
            continue
        if kind not in _NODES:
            continue
        if open_:
            inner = open_[-1]
            if inner[_KEY] is None:
                inner[_PART] += 1
            elif inner[_KEY]:
                inner[_KEY], inner[_PART] = False, event.value if kind is yaml.ScalarEvent else "?"
            else:
                inner[_KEY] = True
        if event.anchor is not None and event.start_mark.line not in marked_lines:
            marked_lines.add(event.start_mark.line)
            alias = kind is yaml.AliasEvent
            yield _at(event, open_), _alias_or_anchor(("*" if alias else "&") + event.anchor,
                                                      "an alias" if alias else "an anchor")
        if kind is yaml.ScalarEvent:
            problem = _text_problem(event.value)
            if problem is not None:
                yield _at(event, open_), problem
        elif kind is not yaml.AliasEvent:
            open_.append([True if kind is yaml.MappingStartEvent else None, -1])
            if len(open_) > MAX_DEPTH:
                line, path = _at(event, open_[:-1])
                yield (line, path[:1]), dict(
                    problem="lists and mappings are nested too deep here; the file was read no further",
                    expected=f"at most {MAX_DEPTH} levels",
                    hint="check the indentation and the brackets: the record's files need fewer than 12 levels")
                return


def _at(event: yaml.NodeEvent, open_: list[list]) -> tuple[int, tuple]:
    """The line of an event and the path of its value."""
    return event.start_mark.line + 1, tuple(inner[_PART] for inner in open_)


def _alias_or_anchor(found: str, what: str) -> dict:
    return dict(problem=f"YAML anchors (&name) and aliases (*name) are not allowed in data files: this is {what}",
                found=found, hint="write the value out in full where it is needed")


def _text_problem(value: str) -> Optional[dict]:
    if len(value) > MAX_TEXT_CHARACTERS:
        return dict(problem="this text is too long for one value of the record",
                    expected=f"at most {MAX_TEXT_CHARACTERS:,} characters", found=f"{len(value):,} characters")
    forbidden = forbidden_character(value)
    if forbidden is None:
        return None
    return dict(problem=f"this text holds {forbidden.code}, {forbidden.what}", found=f"'{forbidden.found}'",
                hint=CHARACTER_HINT)
