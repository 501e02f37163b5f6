"""The building blocks of every data file's shape: the scalar types (dates, identifiers, symbols,
references, addresses), texts and names in three languages, sources, inferences, deadlines and
disagreements; and `Shape`, the base of every shape.

The shapes of whole files are in `reference` (the reference files) and `meeting` (a meeting's
file); `cica_record.record.schema` gives them all in one namespace (`s.MeetingFile`).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Literal, Optional

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
    model_validator,
)
from pydantic import BaseModel

LANGUAGES = ("en", "ru", "kk")


class Shape(BaseModel):
    """Base of every file shape: unknown fields are mistakes, not extras."""

    model_config = ConfigDict(extra="forbid", frozen=True)


# --- scalar types -----------------------------------------------------------

_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _check_partial_date(value: str) -> str:
    if not _PARTIAL_DATE.match(value):
        raise ValueError("expected a date as YYYY-MM-DD, YYYY-MM or YYYY")
    parts = [int(p) for p in value.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError as error:
        raise ValueError(f"this date does not exist ({error})") from None
    return value


PartialDate = Annotated[
    str,
    AfterValidator(_check_partial_date),
    Field(
        description="A date as precise as the source gives it: YYYY-MM-DD, YYYY-MM or YYYY.",
        json_schema_extra={"pattern": _PARTIAL_DATE.pattern},
    ),
]


def _check_full_date(value: str) -> str:
    _check_partial_date(value)
    if value.count("-") != 2:
        raise ValueError("expected a full date as YYYY-MM-DD")
    return value


FullDate = Annotated[
    str,
    AfterValidator(_check_full_date),
    Field(description="A full date, YYYY-MM-DD.", json_schema_extra={"pattern": r"^\d{4}-\d{2}-\d{2}$"}),
]

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
STATE_PATTERN = r"^[A-Z]{2}$"
TIME_PATTERN = r"^([01]\d|2[0-3]):[0-5]\d$"
ITEM_PATTERN = r"^\d+(\([a-z]\))?$"
CURRENCY_PATTERN = r"^[A-Z]{3}$"
# https:// or http://, or none: an address reproduced as a source writes it (cica.org/docs/…); never another scheme.
URL_PATTERN = r"^(https?://[^\s]+|[^\s:/?#]+([/?#][^\s]*)?)$"
# Segments of letters, digits, '.', '-', '(', ')', 'º', '№', each with a letter or digit (so never '.' or '..'),
# joined by single '/': a symbol becomes a page's address, which must stay inside the site.
_SYMBOL_SEGMENT = r"[A-Za-z0-9º№().-]*[A-Za-z0-9º№][A-Za-z0-9º№().-]*"
SYMBOL_PATTERN = rf"^{_SYMBOL_SEGMENT}(/{_SYMBOL_SEGMENT})*$"

# What a value of each constrained form looks like, for error messages.
EXPECTED_FORMS = {
    SLUG_PATTERN: "an identifier of lowercase letters, digits and single hyphens, e.g. natural-disaster-management",
    STATE_PATTERN: "a state code of two capital letters (ISO 3166-1), e.g. KZ",
    TIME_PATTERN: "a time as HH:MM on the 24-hour clock, in quotes, e.g. '12:00'",
    ITEM_PATTERN: "an agenda number such as '6' or '6(a)', in quotes",
    CURRENCY_PATTERN: "a currency code of three capital letters, e.g. USD",
    URL_PATTERN: "a web address starting with https:// or http:// (or, as a source writes it, with the site's name: "
                 "cica.org/docs/x.pdf), without spaces",
    SYMBOL_PATTERN: "a symbol such as SOC/2023-III/INF/5/Rev.1 or NºSOC/45: segments of letters A-Z, digits and "
                    f". - ( ) º №, each with a letter or digit, joined by single '/' (the pattern {SYMBOL_PATTERN})",
}

Slug = Annotated[
    str,
    StringConstraints(pattern=SLUG_PATTERN),
    Field(description="An identifier: lowercase letters, digits and single hyphens."),
]

StateCode = Annotated[
    str,
    StringConstraints(pattern=STATE_PATTERN),
    Field(description="A state's ISO 3166-1 alpha-2 code in capitals, e.g. KZ."),
]

Ref = Annotated[
    str,
    StringConstraints(min_length=1),
    Field(
        description=(
            "A reference to something in the record: a state code (RU), the id of an organisation, "
            "person, body, dimension, priority area, event or meeting, a document symbol "
            "(SOC/2023-III/DEC/1) or id, or a decision as MEETING/ID (or ID within the same meeting)."
        )
    ),
]

Url = Annotated[str, StringConstraints(pattern=URL_PATTERN)]

Symbol = Annotated[
    str,
    StringConstraints(pattern=SYMBOL_PATTERN),
    Field(description="A document symbol exactly as written, e.g. SOC/2023-III/DEC/1 or NºSOC/45."),
]


def _one_or_many(value: object) -> object:
    """`source: a-source` and `source: [a-source, another]` both mean a list."""
    return (value,) if isinstance(value, str) else value


_SOURCES_DESCRIPTION = (
    "Where this comes from: the id of a source in sources.yaml or a document symbol or id, "
    "or a list of them when several sources state it."
)
Sources = Annotated[
    tuple[Ref, ...],
    BeforeValidator(_one_or_many),
    Field(min_length=1),
    WithJsonSchema({
        "description": _SOURCES_DESCRIPTION,
        "anyOf": [{"type": "string", "minLength": 1},
                  {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}}],
    }),
]


class Text(Shape):
    """A text in up to three languages. `unofficial` lists the languages we translated."""

    en: Optional[str] = None
    ru: Optional[str] = None
    kk: Optional[str] = None
    unofficial: tuple[Literal["en", "ru", "kk"], ...] = Field(
        default=(),
        description="Languages whose text is our own translation, shown as unofficial.",
    )

    @model_validator(mode="after")
    def _has_some_text(self) -> "Text":
        present = [lang for lang in LANGUAGES if getattr(self, lang)]
        if not present:
            raise ValueError("a text needs at least one of en, ru, kk")
        for lang in self.unofficial:
            if not getattr(self, lang):
                raise ValueError(f"'{lang}' is marked unofficial but has no text")
        return self


class Name(Text):
    """A name that every reader sees: required in all three languages."""

    @model_validator(mode="after")
    def _has_every_language(self) -> "Name":
        missing = [lang for lang in LANGUAGES if not getattr(self, lang)]
        if missing:
            raise ValueError(f"a name is needed in every language; missing: {', '.join(missing)}")
        return self


class Inference(Shape):
    """Why a fact that the source does not state outright was recorded."""

    fact: Literal[
        "existence", "dimension", "documents", "status", "since", "name", "role", "date", "kind", "body",
        "meeting", "title", "start", "end", "symbol", "revision_of", "procedure", "place", "format", "chair",
        "end_date",
    ] = Field(description="Which fact is inferred: a field of the entry (e.g. 'dimension'), or 'existence'.")
    reason: Text


class Deadline(Shape):
    """A moment with its time zone, e.g. 26 December 2023, 12:00 Astana time."""

    date: FullDate
    time: Annotated[str, StringConstraints(pattern=TIME_PATTERN)] = Field(
        description="Local time as HH:MM (24-hour clock); quote it in YAML: '12:00'."
    )
    zone: str = Field(description="An IANA time zone, e.g. Asia/Almaty for Astana time.")

    @model_validator(mode="after")
    def _zone_exists(self) -> "Deadline":
        try:
            ZoneInfo(self.zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone '{self.zone}' (expected an IANA name such as Asia/Almaty)") from None
        return self

    def moment(self) -> datetime:
        return datetime.fromisoformat(f"{self.date}T{self.time}").replace(tzinfo=ZoneInfo(self.zone))


class Sourced(Shape):
    """Something that keeps where it comes from."""

    source: Optional[Sources] = None
    inferred: tuple[Inference, ...] = ()
    note: Optional[Text] = None


class VersionEntry(Shape):
    """One source's version of a fact that sources give differently."""

    text: Text = Field(description="The fact as these sources give it, in our words, e.g. '13 October 2022'.")
    source: Sources
    date: Optional[PartialDate] = None
    end_date: Optional[PartialDate] = None
    who: tuple[Ref, ...] = Field(default=(), description=(
        "Who this version names, when the fact is who (a chair): people, states or organisations. Their pages "
        "credit them with it, marked as disputed."))
    note: Optional[Text] = None


class DisagreementEntry(Shape):
    """Where sources disagree: every version with its sources, shown side by side; the record chooses none."""

    id: Slug = Field(description="Unique in the record; becomes the anchor v-ID on the page.")
    fact: Slug = Field(description="The fact in question: date, place, format, chair, start, name, attendance, …")
    about: Text = Field(description="What the sources disagree about, as a reader would ask it.")
    versions: tuple[VersionEntry, ...] = Field(min_length=2)
    note: Optional[Text] = Field(
        default=None, description="Our comment: e.g. which version the page's own fact follows, and why.")
    concerns: tuple[Ref, ...] = Field(default=(), description="Other pages that show this disagreement too.")


class Disputed(Shape):
    """Something whose facts some sources give differently."""

    disagreements: tuple[DisagreementEntry, ...] = ()
