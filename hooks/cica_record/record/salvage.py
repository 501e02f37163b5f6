"""The parts of a file with shape errors that do have a valid shape, so that their references are checked now.

Without this, a file that fails its shape check would stay out of the record until it
is fixed, and every broken reference in it (or into any file) would show only in the
next run. Instead each part with an error is set aside — the value itself, or, if
the file cannot do without it, the entry or field around it — until what remains
has a valid shape. A required field of the file itself has a stand-in instead: the
first allowed value, or for a meeting's date and body those its file name gives.

What was set aside is remembered as `Waiting`: a reference to it, or to anything in a
file that could not be read at all, waits for the fix rather than being reported as
a reference to nothing. Lines and field paths stay those of the file as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any, Iterable, Optional, Sequence

from pydantic import BaseModel, ValidationError

from cica_record.record import model as m
from cica_record.record.validation import allowed_options, error_path
from cica_record.record.yaml_source import SourceFile

Path_ = tuple
# The body starts with a letter: in 2023-12-12.yaml, 12 is the day, not a body of a meeting in 2023-12.
_NAMED_BY_DATE = re.compile(r"^(?P<date>\d{4}(?:-\d{2}(?:-\d{2})?)?)-(?P<body>[a-z][a-z0-9-]*)\.ya?ml$")

# What a file holds, for references into a file that could not be read at all.
KINDS_OF_FILE: dict[str, tuple[type, ...]] = {
    "states": (m.State,), "organisations": (m.Organisation,), "people": (m.Person,), "bodies": (m.Body,),
    "dimensions": (m.Dimension, m.PriorityArea), "events": (m.Event,), "documents": (m.Document,),
    "sources": (m.Document,),  # a `source:` that names no external source is looked up as a document
    "decisions": (m.Decision,), "meeting": (m.Meeting, m.Document, m.Decision),
}


@dataclass(kw_only=True)
class SalvagedSource(SourceFile):
    """What remains of a file: its data less what was set aside, its paths translated back to the file's."""

    kept_positions: dict[Path_, list[int]] = field(default_factory=dict)  # list path as written -> indices kept

    def written_path(self, path: Path_) -> Path_:
        written: Path_ = ()
        for part in path:  # every list of what remains has its kept positions: an index is translated back
            written += (self.kept_positions[written][part] if isinstance(part, int) else part,)
        return written

    def line_of(self, path: Path_) -> int:
        return super().line_of(self.written_path(path))


@dataclass(kw_only=True)
class Waiting:
    """Identifiers and kinds of entity that files set aside may hold."""

    keys: set[str] = field(default_factory=set)
    kinds: set[type] = field(default_factory=set)  # of files that could not be read at all
    partly: set[type] = field(default_factory=set)  # of files with parts set aside

    def covers(self, candidates: Iterable[str], kinds: Sequence[type]) -> bool:
        return any(c.casefold() in self.keys for c in candidates) or not self.kinds.isdisjoint(kinds)

    def may_hold(self, kind: type) -> bool:
        """Whether something of `kind` may be in what was set aside (for checks over all of a kind)."""
        return kind in self.kinds or kind in self.partly

    def add_unreadable(self, kind: str) -> None:
        self.kinds.update(KINDS_OF_FILE.get(kind, ()))

    def add_set_aside(self, kind: str, data: Any) -> None:
        """A file with parts set aside: what kinds it holds, every id and symbol written in it, and each id
        also under the meeting's key (MEETING/ID)."""
        self.partly.update(KINDS_OF_FILE.get(kind, ()))
        found = list(_identifiers(data))
        meeting = _meeting_key(data)
        self.keys.update(key.casefold() for key in found)
        if meeting:
            self.keys.update(f"{meeting}/{key}".casefold() for key in found)
            self.keys.add(meeting.casefold())


def salvage(source: SourceFile, model: type[BaseModel]) -> Optional[tuple[SalvagedSource, BaseModel]]:
    """The valid remainder of a file with shape errors and its shape, or None if nothing of it can stand."""
    set_aside: set[Path_] = set()
    stand_ins: dict[str, Any] = {}
    while True:  # each round sets aside more, or stands in for more, or ends: the data is finite
        positions: dict[Path_, list[int]] = {}
        kept = _without(source.data, (), set_aside, positions)
        kept.update(stand_ins)
        remainder = SalvagedSource(name=source.name, data=kept, lines=source.lines, kept_positions=positions)
        try:
            return remainder, model.model_validate(kept)
        except ValidationError as error:
            details = error.errors()
        before = (len(set_aside), len(stand_ins))
        for detail in details:
            path = error_path(kept, detail)
            if detail["type"] == "missing" and len(path) == 1:  # a required field of the file itself
                [name] = path
                value = None if name in stand_ins else _stand_in(model, name, source.name)
                if value is None:
                    return None
                stand_ins[name] = value
            elif detail["type"] == "missing":
                set_aside.add(remainder.written_path(path[:-1]))  # the entry or field that needs it
            elif path and path[0] not in stand_ins:
                set_aside.add(remainder.written_path(path))
            else:  # the file as a whole, or a stand-in, is wrong: nothing of it can stand
                return None
        if (len(set_aside), len(stand_ins)) == before:  # a guard: what a round found in error is set aside
            return None


def _without(node: Any, path: Path_, set_aside: set[Path_], positions: dict[Path_, list[int]]) -> Any:
    if isinstance(node, dict):
        return {key: _without(value, path + (key,), set_aside, positions)
                for key, value in node.items() if path + (key,) not in set_aside}
    if isinstance(node, list):
        kept = [i for i in range(len(node)) if path + (i,) not in set_aside]
        positions[path] = kept
        return [_without(node[i], path + (i,), set_aside, positions) for i in kept]
    return node


def _stand_in(model: type[BaseModel], name: str, file_name: str) -> Any:
    options = allowed_options(model.model_fields[name].annotation)
    if options:
        return options[0]
    named = _NAMED_BY_DATE.match(PurePosixPath(file_name).name)  # a meeting file: DATE-BODY.yaml
    return named.group(name) if named and name in ("date", "body") else None


def _identifiers(node: Any) -> Iterable[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("id", "symbol") and isinstance(value, str):
                yield value
            yield from _identifiers(value)
    elif isinstance(node, list):
        for value in node:
            yield from _identifiers(value)


def _meeting_key(data: Any) -> Optional[str]:
    if not isinstance(data, dict) or "body" not in data:
        return None
    if isinstance(data.get("id"), str):
        return data["id"]
    return f"{data['body']}-{data.get('date')}" if isinstance(data["body"], str) else None
