"""The Data page's tables of columns: each `<!-- data-columns: TABLE -->` becomes that table's columns.

The columns and what they mean are what the exports declare (`export/tables.column_docs`,
handed in by the plugin): the page explains the files as they are made, and the exports know
nothing of the page.
"""

from __future__ import annotations

import re
from typing import Any, Protocol

MARKER = re.compile(r"<!-- data-columns: (?P<table>\w+) -->")


class Column(Protocol):
    name: str
    type: str
    meaning: str  # in the page's language, Markdown


def fill_data_columns(markdown: str, columns: dict[str, list[Column]], words: dict[str, Any]) -> str:
    """The page with each marker replaced by its table's columns, headed in the language of `words`."""
    header = words["data_columns"]["header"]

    def replace(match: re.Match) -> str:
        rows = [f"| `{c.name}` | `{c.type}` | {c.meaning} |" for c in columns[match.group("table")]]
        return "\n".join([f"| {header['column']} | {header['type']} | {header['meaning']} |", "|---|---|---|", *rows])

    return MARKER.sub(replace, markdown)
