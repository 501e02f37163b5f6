"""Turn the names of states, organisations, people, priority areas and document
symbols inside narrative text into links to their pages.

The text is escaped piece by piece, so data never becomes markup: only the
`<a>` elements made here are HTML.
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from markupsafe import Markup, escape

import record_model as m
from record_schema import LANGUAGES


class Autolinker:
    """One pattern for the whole record, built once per build."""

    def __init__(self, record: Optional[m.Record]):
        self.targets: dict[str, m.Entity] = {}
        self.pattern = None
        if record is None:
            return
        for entity in [*record.states, *record.organisations, *record.people]:
            for name in self._names(entity):
                self.targets.setdefault(name, entity)
        for area in record.areas:
            for lang in LANGUAGES:
                name = getattr(area.name, lang)
                if name:
                    self.targets.setdefault(name, area)
                    self.targets.setdefault(name[:1].lower() + name[1:], area)
        for document in record.documents:
            if document.symbol:
                self.targets.setdefault(document.symbol, document)
        names = sorted(self.targets, key=len, reverse=True)
        self.pattern = re.compile(
            r"(?<![\w/])(" + "|".join(re.escape(n) for n in names) + r")(?![\w]|/\w)"
        ) if names else None

    @staticmethod
    def _names(entity: m.Entity) -> list[str]:
        names = [getattr(entity.name, lang) for lang in LANGUAGES]
        short = getattr(entity, "short", None)
        if short is not None:
            names += [getattr(short, lang) for lang in LANGUAGES]
        return [n for n in [*names, *entity.aliases] if n and len(n) > 1]

    def link(self, text: str, href: Callable[[m.Entity], str], current: Optional[m.Entity] = None) -> Markup:
        if self.pattern is None:
            return escape(text)
        out, last = [], 0
        for match in self.pattern.finditer(text):
            target = self.targets[match.group(1)]
            if target is current:
                continue
            out.append(escape(text[last:match.start()]))
            out.append(Markup('<a href="{}" class="record-autolink">{}</a>').format(href(target), match.group(1)))
            last = match.end()
        out.append(escape(text[last:]))
        return Markup("").join(out)
