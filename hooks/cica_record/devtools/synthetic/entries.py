"""The synthetic record's small pieces: texts in three languages, dates as the minutes write them, the
meeting being written, the summary of what was made, the reference entries that need no history.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Optional

import yaml

from cica_record.devtools.synthetic import vocabulary as v

FIRST_YEAR = 1999
ROMAN = ("I", "II", "III", "IV")
SITE = "https://www.s-cica.org"
# Pages a language that do not depend on the record's size: 3 Markdown pages (home, about, guide),
# 9 index pages and the 404 page.
FIXED_PAGES = 13
UNOFFICIAL = ["ru", "kk"]

Entry = dict[str, Any]


def text(en: str, ru: Optional[str] = None, kk: Optional[str] = None) -> Entry:
    """A Text: English as the source writes it; Russian and Kazakh are ours, so marked unofficial."""
    out: Entry = {"en": en}
    if ru:
        out["ru"] = ru
    if kk:
        out["kk"] = kk
    if ru or kk:
        out["unofficial"] = [lang for lang in UNOFFICIAL if lang in out]
    return out


def long_date(day: date) -> str:
    return f"{day.day} {day.strftime('%B')} {day.year}"


@dataclass(kw_only=True)
class Summary:
    """What was generated; `pages_per_language` counts the pages the build will make in each language."""

    folder: str
    seed: int
    meetings: int = 0
    documents: int = 0
    decisions: int = 0
    statements: int = 0
    reference_pages: int = 0
    first_year: int = FIRST_YEAR
    last_year: int = FIRST_YEAR

    @property
    def pages_per_language(self) -> int:
        return FIXED_PAGES + self.reference_pages + self.meetings + self.documents + self.decisions


@dataclass(kw_only=True)
class Meeting:
    """A meeting being written: its file's mapping plus what its statements and decisions refer to."""

    body: str
    day: date
    session: str
    entry: Entry
    drafts: list[tuple[str, dict[str, str]]] = field(default_factory=list)  # (symbol, its subject's words)
    infos: list[str] = field(default_factory=list)
    decision_docs: list[str] = field(default_factory=list)
    pledges: list[tuple[str, str]] = field(default_factory=list)  # (state, statement id)
    url: str = ""

    @property
    def key(self) -> str:
        return self.entry["id"]


def publisher_entry(key: str, en: str, ru: str, kk: str, url: str) -> Entry:
    return {"id": key, "name": text(en, ru, kk), "url": url}


def long_date_ru(day: date) -> str:
    return f"{day.day} {v.MONTHS_RU[day.month - 1]} {day.year} года"


def long_date_kk(day: date) -> str:
    return f"{day.year} жылғы {day.day} {v.MONTHS_KK[day.month - 1]}"


def join_names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def organisation_entry(org: tuple) -> Entry:
    org_id, en, ru, kk, short_en, short_ru, short_kk = org
    return {"id": org_id, "name": text(en, ru, kk), "short": text(short_en, short_ru, short_kk),
            "statuses": [{"status": "partner"}] if org_id in ("sco", "asean") else []}


def body_forms(key: str) -> Entry:
    russian, kazakh = v.BODY_FORMS[key]
    return {"ru": dict(zip(v.BODY_FORMS_RU, russian)), "kk": dict(zip(v.BODY_FORMS_KK, kazakh))}


def body_entry(key: str) -> Entry:
    body = v.BODIES[key]
    entry: Entry = {"id": key, "name": {"en": body["en"], "ru": body["ru"], "kk": body["kk"]},
                    "short": text(*body["short"]), "forms": body_forms(key)}
    if body["symbol"]:
        entry["symbol_prefix"] = body["symbol"]
    return entry


def dump_yaml(entry: Entry) -> str:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(entry, Dumper=dumper, allow_unicode=True, sort_keys=False, width=10_000)
