"""What an entity's page shows of the statements it made and the passages that mention it.

Statements are shown whole, grouped by meeting, newest meeting first, so that
"everything Russia said" is one page. The record will hold thirty years of
meetings: when an entity's statements and mentions would make its page too
heavy for a phone, its page keeps the newest years and every earlier year
gets a page of its own (`states/ru/statements/2019/`), linked from it, newest
first. The split depends only on the record, never on the reader's language,
so a page has the same path in every language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

from cica_record.record import model as m
from cica_record.record.schema import LANGUAGES, Text

Quoted = Union[m.Statement, m.Account]

# The estimated HTML, in bytes, that one page may spend on statements and mentions.
# With the page's own frame and its other sections it stays under 1 MB
# (measured on the synthetic record: benchmarks/, see README).
PAGE_BUDGET = 600_000
# Markup around each quoted text: its speakers, agenda item and permalink.
MARKUP_PER_TEXT = 900


@dataclass(frozen=True)
class MeetingGroup:
    meeting: m.Meeting
    items: list[Quoted]


@dataclass(frozen=True, kw_only=True)
class Year:
    year: str
    statements: list[MeetingGroup]
    mentions: list[MeetingGroup]

    def items(self, which: str) -> list[Quoted]:
        """Its statements or its mentions (`which`), newest meeting first."""
        return [item for group in getattr(self, which) for item in group.items]


@dataclass(frozen=True, kw_only=True)
class Period:
    """An earlier year that has a page of its own."""

    entity: m.Entity
    year: Year
    path: str


@dataclass(frozen=True, kw_only=True)
class Listing:
    """The years an entity's own page shows, and the earlier years on pages of their own."""

    entity: m.Entity
    years: list[Year]
    earlier: list[Period] = field(default_factory=list)

    def texts(self, which: str) -> list[Text]:
        return [item.text for year in self.years for item in year.items(which)]

    @property
    def has_statements(self) -> bool:
        return any(y.statements for y in self.years) or any(p.year.statements for p in self.earlier)

    @property
    def has_mentions(self) -> bool:
        return any(y.mentions for y in self.years) or any(p.year.mentions for p in self.earlier)


def listing(entity: m.Entity, budget: int = PAGE_BUDGET) -> Listing:
    """The newest years that fit in `budget` on the entity's page (always at least one); the rest by year."""
    years = _years(entity)
    shown: list[Year] = []
    spent = 0
    for year in years:
        spent += _weight(year)
        if shown and spent > budget:
            break
        shown.append(year)
    earlier = [Period(entity=entity, year=year, path=period_path(entity, year.year)) for year in years[len(shown):]]
    return Listing(entity=entity, years=shown, earlier=earlier)


def period_path(entity: m.Entity, year: str) -> str:
    return f"{entity.path}statements/{year}/"


def by_meeting(items: list[Quoted]) -> list[MeetingGroup]:
    """Newest meeting first; within a meeting, the minutes' order."""
    meetings: dict[int, MeetingGroup] = {}
    for item in items:
        meetings.setdefault(id(item.meeting), MeetingGroup(item.meeting, [])).items.append(item)
    return sorted(meetings.values(), key=lambda g: g.meeting.order, reverse=True)


def spoken(entity: m.Entity) -> list[m.Statement]:
    """Its statements and, for a state, what its chairs said in the chair, each in its meeting's order."""
    said = list(entity.statements)
    own = {id(statement) for statement in said}
    said += [statement for statement in getattr(entity, "chair_statements", ()) if id(statement) not in own]
    if len(said) == len(own):
        return said
    return sorted(said, key=lambda statement: statement.meeting.all_statements.index(statement))


def _years(entity: m.Entity) -> list[Year]:
    statements = by_meeting(spoken(entity))
    mentions = by_meeting(list(entity.mentioned_in))
    years = sorted({g.meeting.date[:4] for g in statements + mentions}, reverse=True)
    return [Year(year=year, statements=[g for g in statements if g.meeting.date[:4] == year],
                 mentions=[g for g in mentions if g.meeting.date[:4] == year]) for year in years]


def _weight(year: Year) -> int:
    return sum(_bytes(item.text) + MARKUP_PER_TEXT for g in year.statements + year.mentions for item in g.items)


def _bytes(text: Text) -> int:
    """The longest of a text's languages in UTF-8, as written on the page (Cyrillic takes two bytes a letter)."""
    return max(len((getattr(text, code) or "").encode("utf-8")) for code in LANGUAGES)
