"""Everything a page says in the reader's language: words, texts, dates, times.

Words come from one translation table per language
(`translations/{en,ru,kk}.yaml`); a key missing from a table stops
the build, so no page can fall back to English words unnoticed. Texts from
the data are shown in the reader's language where the record has it, and
otherwise in the language it exists in, marked with `lang` and a note.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Optional

import yaml
from babel.dates import format_date
from babel.numbers import format_decimal
from markupsafe import Markup, escape

from record_schema import LANGUAGES, Deadline, Text


class MissingTranslation(KeyError):
    pass


def load_tables(folder: Path) -> dict[str, dict[str, Any]]:
    return {lang: yaml.safe_load((folder / f"{lang}.yaml").read_text(encoding="utf-8")) for lang in LANGUAGES}


@dataclass(frozen=True)
class Shown:
    """A text chosen for a reader: its string, its language, and how it relates to the reader's."""

    value: str
    lang: str
    is_fallback: bool
    is_unofficial: bool


class Language:
    """One reader language: a translation table plus formatting rules."""

    def __init__(self, code: str, tables: dict[str, dict[str, Any]]):
        self.code = code
        self.table = tables[code]
        self.prefix = "" if code == LANGUAGES[0] else f"{code}/"
        self.dates: dict[tuple[str, str], str] = {}  # Babel is slow and pages repeat dates: formatted once

    # --- words ------------------------------------------------------------

    def t(self, key: str, **values: object) -> str:
        node: Any = self.table
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                raise MissingTranslation(f"'{key}' is missing from translations/{self.code}.yaml")
            node = node[part]
        if not isinstance(node, str):
            raise MissingTranslation(f"'{key}' in translations/{self.code}.yaml is not a text")
        return node.format(**values) if values else node

    # --- texts from the data ----------------------------------------------

    def pick(self, text: Optional[Text]) -> Optional[Shown]:
        if text is None:
            return None
        for lang in (self.code, *LANGUAGES):
            value = getattr(text, lang)
            if value:
                return Shown(value, lang, lang != self.code, lang in text.unofficial)
        return None

    def plain(self, text: Optional[Text]) -> str:
        shown = self.pick(text)
        return shown.value if shown else ""

    # --- dates and times --------------------------------------------------

    def date(self, value: Optional[str], style: str = "") -> str:
        """A date as precise as the data gives it, as official documents write it.

        `style` ("since", "until", "as_of") picks the patterns that include the
        preposition, because it changes the month's form in Russian (с июня)
        and needs a case ending in Kazakh.
        """
        if not value:
            return ""
        if (value, style) not in self.dates:
            parts = [int(p) for p in value.split("-")]
            precision = ("year", "month", "day")[len(parts) - 1]
            day = date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
            key = f"dates.{style}.{precision}" if style else f"dates.{precision}"
            self.dates[(value, style)] = format_date(day, format=self.t(key), locale=self.code)
        return self.dates[(value, style)]

    def date_range(self, start: Optional[str], end: Optional[str]) -> str:
        """Two dates as documents write a span: 12–13 October 2022, 2022–2026."""
        if not end or end == start:
            return self.date(start)
        if len(start) == len(end) == 4:
            return self.t("dates.years", start=start, end=end)
        if len(start) == len(end) == 10 and start[:7] == end[:7]:
            first, last = (date.fromisoformat(value) for value in (start, end))
            return self.t("dates.same_month.join",
                          start=format_date(first, self.t("dates.same_month.start"), locale=self.code),
                          end=format_date(last, self.t("dates.same_month.end"), locale=self.code))
        return self.t("dates.range", start=self.date(start), end=self.date(end))

    def deadline(self, deadline: Deadline) -> Markup:
        moment = deadline.moment()
        offset = moment.strftime("%z")
        stamp = f"{deadline.date}T{deadline.time}{offset[:3]}:{offset[3:]}"
        words = self.t("dates.deadline", date=self.date(deadline.date), time=deadline.time,
                       zone=self.t(f"zones.{deadline.zone.replace('/', '_')}"))
        return Markup('<time datetime="{}">{}</time>').format(stamp, words)

    def number(self, value: int) -> str:
        return format_decimal(value, locale=self.code)

    def escape(self, value: str) -> Markup:
        return escape(value)
