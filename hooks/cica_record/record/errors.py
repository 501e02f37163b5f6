"""Errors in the data, told the way a publisher can act on them.

Every check of the record reports a `DataError` instead of raising, so that a
build can show all of them at once; `DataErrors` carries the whole list out of
the loading steps. Each prints as

    data/file.yaml:LINE: field.path: what is wrong (expected …, found …)
      hint: …
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional


@dataclass(frozen=True, order=True, kw_only=True)
class DataError:
    file: str
    line: int
    path: str
    problem: str
    expected: Optional[str] = None
    found: Optional[str] = None
    hint: Optional[str] = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}: " if self.line else f"{self.file}: "
        field = f"{self.path}: " if self.path else ""
        detail = ", ".join(
            part for part in (
                f"expected {self.expected}" if self.expected else "",
                f"found {self.found}" if self.found is not None else "",
            ) if part
        )
        text = f"{where}{field}{self.problem}" + (f" ({detail})" if detail else "")
        return text + (f"\n  hint: {self.hint}" if self.hint else "")


class DataErrors(Exception):
    """All the errors of one load of the record, in file and line order."""

    def __init__(self, errors: Iterable[DataError]):
        self.errors = sorted(set(errors))
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.errors)
        heading = f"The data has {count} error{'s' if count != 1 else ''}:"
        return "\n".join([heading, *(str(e) for e in self.errors)])


def dotted(path: Iterable[object]) -> str:
    """('agenda', 3, 'proceedings', 0, 'text') -> 'agenda[3].proceedings[0].text'."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def shown(value: object) -> str:
    """A found value as a publisher would recognise it in their file."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "nothing"
    if isinstance(value, (dict, list, tuple)):
        return "a list" if isinstance(value, (list, tuple)) else "a mapping of fields"
    text = re.sub(r"[\x00-\x1f\x7f]", lambda match: f"\\x{ord(match.group()):02x}", str(value))  # NUL, tab, …
    if len(text) > 60:
        text = text[:57] + "…"
    return f"'{text}'" if isinstance(value, str) else f"{text} (a number)"


def relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
