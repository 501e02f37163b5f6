"""The shape of every data file, as pydantic models.

These classes are the single definition of what a data file may contain: the
build validates with them, and `schema/*.schema.json` (which editors use to
complete and check YAML as it is typed) is generated from them by
`python -m hooks.export_schema`.

They describe *files*, not the linked record: references stay strings here and
are resolved once, by `record_links`, into the objects of `record_model`.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import Enum
from typing import Annotated, Literal, Optional, Union
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StringConstraints,
    WithJsonSchema,
    model_validator,
)

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


class Version(Shape):
    """One source's version of a fact that sources give differently."""

    text: Text = Field(description="The fact as these sources give it, in our words, e.g. '13 October 2022'.")
    source: Sources
    date: Optional[PartialDate] = None
    end_date: Optional[PartialDate] = None
    note: Optional[Text] = None


class Disagreement(Shape):
    """Where sources disagree: every version with its sources, shown side by side; the record chooses none."""

    id: Slug = Field(description="Unique in the record; becomes the anchor v-ID on the page.")
    fact: Slug = Field(description="The fact in question: date, place, format, chair, start, name, attendance, …")
    about: Text = Field(description="What the sources disagree about, as a reader would ask it.")
    versions: tuple[Version, ...] = Field(min_length=2)
    note: Optional[Text] = Field(
        default=None, description="Our comment: e.g. which version the page's own fact follows, and why.")
    concerns: tuple[Ref, ...] = Field(default=(), description="Other pages that show this disagreement too.")


class Disputed(Shape):
    """Something whose facts some sources give differently."""

    disagreements: tuple[Disagreement, ...] = ()


# --- reference data ---------------------------------------------------------


class StatusKind(str, Enum):
    member = "member"
    observer = "observer"
    applicant = "applicant"
    partner = "partner"


class Status(Sourced):
    status: StatusKind
    since: Optional[PartialDate] = None
    until: Optional[PartialDate] = None
    since_text: Optional[Text] = Field(
        default=None, description="When a source gives no single date ('by 2001', '2004 or 2006')."
    )
    decided_by: Optional[Ref] = Field(default=None, description="The decision that gave this status.")


ALIASES = Field(
    default=(),
    description="Other names the source uses (RoK, the Kingdom of Saudi Arabia); they become links in narrative text.",
)


class State(Sourced):
    id: StateCode
    name: Name
    aliases: tuple[str, ...] = ALIASES
    statuses: tuple[Status, ...] = ()


class StatesFile(Shape):
    states: tuple[State, ...]


class Organisation(Sourced, Disputed):
    id: Slug
    name: Name
    short: Optional[Name] = None
    aliases: tuple[str, ...] = ALIASES
    statuses: tuple[Status, ...] = ()


class OrganisationsFile(Shape):
    organisations: tuple[Organisation, ...]


class Office(Sourced):
    title: Name
    body: Optional[Ref] = Field(default=None, description="The body, organisation or state of the office.")
    role: Optional[Literal["secretary-general", "deputy-secretary-general", "executive-director"]] = Field(
        default=None, description="For CICA offices that statements refer to by role."
    )
    start: Optional[PartialDate] = None
    end: Optional[PartialDate] = None
    as_of: Optional[PartialDate] = Field(default=None, description="The date a source speaks of, when it gives no term.")
    decided_by: Optional[Ref] = Field(default=None, description="The decision that appointed them.")


class Person(Sourced, Disputed):
    id: Slug
    name: Name
    offices: tuple[Office, ...] = ()


class PeopleFile(Shape):
    people: tuple[Person, ...]


class Body(Sourced, Disputed):
    id: Slug
    name: Name
    short: Name
    symbol_prefix: Optional[str] = Field(default=None, description="How the body's document symbols begin, e.g. SOC.")


class Chairmanship(Sourced, Disputed):
    state: StateCode
    start: PartialDate
    end: Optional[PartialDate] = None
    decided_by: Optional[Ref] = Field(default=None, description="The decision that gave the chairmanship.")
    handover: Optional[Ref] = Field(default=None, description="The meeting at which the chairmanship was taken over.")


class BodiesFile(Shape):
    bodies: tuple[Body, ...]
    chairmanships: tuple[Chairmanship, ...] = ()


class RoleKind(str, Enum):
    coordinator = "coordinator"
    co_coordinator = "co-coordinator"


class RoleStatus(str, Enum):
    serving = "serving"
    offered = "offered"
    announced = "announced"
    vacant = "vacant"


class Role(Sourced):
    role: RoleKind
    status: RoleStatus
    state: Optional[StateCode] = Field(default=None, description="Absent only when the role is vacant.")
    as_of: Optional[PartialDate] = Field(default=None, description="The date the source speaks of.")
    start: Optional[PartialDate] = None
    end: Optional[PartialDate] = None
    decided_by: Optional[Ref] = Field(default=None, description="The decision that gave the role.")

    @model_validator(mode="after")
    def _vacant_has_no_state(self) -> "Role":
        if (self.status is RoleStatus.vacant) == (self.state is not None):
            raise ValueError("a vacant role has no state; any other role needs one")
        return self


class PriorityArea(Sourced):
    id: Slug
    name: Name
    roles: tuple[Role, ...] = ()


class Dimension(Sourced):
    id: Slug
    name: Name
    roles: tuple[Role, ...] = Field(default=(), description="Coordinators of the dimension as a whole.")
    areas: tuple[PriorityArea, ...] = ()


class DimensionsFile(Shape):
    dimensions: tuple[Dimension, ...]


class Publisher(Shape):
    """Who publishes sources: CICA's Secretariat, a news agency, a ministry."""

    id: Slug
    name: Name
    url: Optional[Url] = Field(default=None, description="The publisher's site.")


class SourceKind(str, Enum):
    web = "web"
    compilation = "compilation"


class TitleKind(str, Enum):
    headline = "headline"
    description = "description"


SOURCE_LANGUAGES = ("en", "ru", "kk", "az", "zh", "tg")


class ExternalSource(Shape):
    id: Slug
    publisher: Slug = Field(description="The id of its publisher in the publishers list of sources.yaml.")
    title: Text
    title_is: TitleKind = Field(
        default=TitleKind.description,
        description="headline: the source's own headline; description: our description of it, marked as ours.",
    )
    kind: SourceKind = Field(
        default=SourceKind.web, description="web: a page on the web; compilation: this project's own compilation.")
    url: Optional[Url] = Field(default=None, description="Its address; required for a web source.")
    cited_in: Optional[Slug] = Field(
        default=None, description="When its address is not known: the source that cites it.")
    date: Optional[PartialDate] = Field(default=None, description="Its date of publication, where given.")
    language: Optional[Literal[SOURCE_LANGUAGES]] = Field(default=None, description="The language it is written in.")
    note: Optional[Text] = None

    @model_validator(mode="after")
    def _web_source_has_address(self) -> "ExternalSource":
        if self.kind is SourceKind.web and not self.url and not self.cited_in:
            raise ValueError(
                "a web source needs its address (url), or, when only another source cites it, cited_in")
        return self


class SourcesFile(Shape):
    publishers: tuple[Publisher, ...] = ()
    sources: tuple[ExternalSource, ...]


class EventStatus(str, Enum):
    held = "held"
    planned = "planned"
    proposed = "proposed"


class Event(Sourced):
    """Something the record mentions that is not a meeting of a CICA body."""

    id: Slug
    name: Name
    date: Optional[PartialDate] = None
    end_date: Optional[PartialDate] = None
    place: Optional[Name] = None
    status: EventStatus
    organisers: tuple[Ref, ...] = ()


class EventsFile(Shape):
    events: tuple[Event, ...]


# --- documents and decisions -----------------------------------------------


class DocumentKind(str, Enum):
    agenda = "agenda"
    annotated_agenda = "annotated-agenda"
    decision = "decision"
    draft = "draft"
    information = "information"
    report = "report"
    note_verbale = "note-verbale"
    minutes = "minutes"
    statement = "statement"
    concept_paper = "concept-paper"
    plan = "plan"
    list_of_participants = "list-of-participants"
    presentation = "presentation"
    memorandum = "memorandum"
    rules = "rules"
    guidelines = "guidelines"
    other = "other"


class Link(Shape):
    url: Url
    note: Optional[Text] = Field(default=None, description="E.g. that the address is reproduced as the source writes it.")


class Document(Sourced):
    symbol: Optional[Symbol] = Field(default=None, description="The symbol exactly as written, e.g. SOC/2023-III/DEC/1.")
    id: Optional[Slug] = Field(default=None, description="For a document without a symbol.")
    kind: DocumentKind
    date: Optional[PartialDate] = None
    title: Optional[Text] = None
    distribution: Optional[Text] = None
    revision_of: Optional[Ref] = Field(default=None, description="The symbol of the text this revision replaces.")
    body: Optional[Ref] = None
    meeting: Optional[Ref] = Field(default=None, description="Set in documents.yaml; a meeting's own documents belong to it.")
    links: tuple[Link, ...] = ()
    text: Optional[Text] = Field(default=None, description="The official text, where the record holds it.")
    enclosures: tuple[Ref, ...] = ()
    concerns: tuple[Ref, ...] = ()

    @model_validator(mode="after")
    def _has_identity(self) -> "Document":
        if not self.symbol and not self.id:
            raise ValueError("a document needs a symbol or, when it has none, an id")
        return self


class DecisionKind(str, Enum):
    took_note = "took-note"
    adopted = "adopted"
    approved = "approved"
    recommended = "recommended"
    supported = "supported"
    appointed = "appointed"
    proposed = "proposed"


class DecisionState(str, Enum):
    taken = "taken"
    pending_silence = "pending-silence"
    awaiting_other_body = "awaiting-other-body"


class Outcome(Sourced):
    """What became of a pending decision, from a later source."""

    date: PartialDate
    text: Text
    decision: Optional[Ref] = Field(default=None, description="The later decision that settled it, if in the record.")


class Wording(str, Enum):
    minutes = "minutes"
    summary = "summary"


class DecisionFields(Sourced, Disputed):
    title: Text = Field(description=(
        "A short title naming what was decided, in the source's terms, e.g. 'Observer status for Saudi Arabia: "
        "recommended to the Ministerial Council'. It names the decision in every list, link and page title."))
    kind: DecisionKind
    state: DecisionState = DecisionState.taken
    text: Text = Field(description="What was decided: the source's own words, or (wording: summary) our summary.")
    wording: Wording = Field(
        default=Wording.minutes,
        description="minutes: the text is the source's own words; summary: it is our summary of a report.")
    silence_procedure: StrictBool = False
    deadline: Optional[Deadline] = None
    period: Optional[Text] = Field(
        default=None, description="Where a source gives no deadline: how long the silence procedure lasts, as it says.")
    recommended_to: Optional[Ref] = Field(default=None, description="The body a recommendation goes to.")
    drafts: tuple[Ref, ...] = ()
    documents: tuple[Ref, ...] = Field(default=(), description="Decision documents that record it.")
    concerns: tuple[Ref, ...] = ()
    supported_by: tuple[Ref, ...] = ()
    outcome: Optional[Outcome] = None

    @model_validator(mode="after")
    def _pending_needs_deadline(self) -> "DecisionFields":
        if self.state is DecisionState.pending_silence and self.deadline is None and self.period is None:
            raise ValueError("a decision pending a silence procedure needs its deadline")
        if self.kind is DecisionKind.recommended and self.recommended_to is None:
            raise ValueError("a recommendation needs recommended_to (the body it goes to)")
        return self


class StandaloneDecision(DecisionFields):
    """A decision taken outside a meeting in the record, or known only from a mention."""

    id: Slug
    body: Optional[Ref] = None
    taken_by: Optional[Text] = Field(
        default=None, description="Who took it, when the sources name no body (e.g. 'the member states').")
    date: PartialDate
    meeting: Optional[Ref] = None

    @model_validator(mode="after")
    def _says_who_decided(self) -> "StandaloneDecision":
        if self.body is None and self.taken_by is None:
            raise ValueError("a decision needs the body that took it (body), or, when no source names one, taken_by")
        return self


class DecisionsFile(Shape):
    decisions: tuple[StandaloneDecision, ...]


class DocumentsFile(Shape):
    documents: tuple[Document, ...]


# --- meetings ---------------------------------------------------------------


class StatementEntry(Sourced):
    type: Literal["statement"]
    id: Slug = Field(description="Unique within the meeting; becomes the statement's anchor.")
    by: tuple[Ref, ...] = Field(min_length=1, description="Who spoke: state codes, people, organisations, or chair / secretary-general.")
    text: Text
    wording: Wording = Field(description="minutes: the minutes' own words; summary: our summary, labelled as such.")
    concerns: tuple[Ref, ...] = ()


class Paragraph(Sourced):
    """A paragraph of the minutes that is nobody's statement."""

    text: Text
    wording: Wording
    concerns: tuple[Ref, ...] = ()


class AccountEntry(Paragraph):
    type: Literal["account"]


class DecisionEntry(DecisionFields):
    type: Literal["decision"]
    id: Slug = Field(description="Unique within the meeting; becomes the decision's address.")


Proceeding = Annotated[Union[StatementEntry, AccountEntry, DecisionEntry], Field(discriminator="type")]


class AgendaItem(Shape):
    number: Annotated[str, StringConstraints(pattern=ITEM_PATTERN)] = Field(
        description="As the agenda numbers it: '6' or '6(a)'. Quote it in YAML."
    )
    title: Text
    proceedings: tuple[Proceeding, ...] = ()


class Contribution(Sourced):
    state: StateCode
    amount: StrictInt
    currency: Annotated[str, StringConstraints(pattern=CURRENCY_PATTERN)]
    voluntary: StrictBool = True
    when: Optional[PartialDate] = None
    statement: Optional[Ref] = None


class MeetingFormat(str, Enum):
    in_person = "in-person"
    online = "online"
    hybrid = "hybrid"


class Chair(Shape):
    person: Optional[Ref] = Field(default=None, description="Who chaired, when the source names them.")
    state: Optional[StateCode] = Field(default=None, description="The state that chaired, when no person is named.")
    office: Optional[Text] = Field(default=None, description="The office in which they chaired, as the source gives it.")
    role: Literal["chair", "co-chair", "moderator"] = Field(default="chair", description="As the source calls it.")

    @model_validator(mode="after")
    def _names_someone(self) -> "Chair":
        if self.person is None and self.state is None:
            raise ValueError("a chair names a person (person) or, when the source names none, the state (state)")
        return self


class MeetingStatus(str, Enum):
    held = "held"
    announced = "announced"


class FactSources(Shape):
    """Which sources state each fact of a meeting known from reports."""

    date: Sources = ()
    place: Sources = ()
    format: Sources = ()
    chair: Sources = ()
    hosts: Sources = ()
    announcement: Sources = Field(default=(), description="For an announced meeting: the source that announces it.")


class Cited(Shape):
    """A fact of a meeting known from reports: it always names its source."""

    source: Sources = Field(description="The source(s) that state it: ids from sources.yaml or document symbols.")


class Topic(Cited):
    """An agenda topic as a report names it (reports do not number agenda items)."""

    title: Text
    concerns: tuple[Ref, ...] = ()


class Report(Cited):
    """A paragraph of our own summary of what a source reports about a meeting."""

    text: Text = Field(description="Our summary, in our own words: never the source's sentences.")
    concerns: tuple[Ref, ...] = ()


class Offer(Cited):
    """An offer or initiative put forward at a meeting, as a report gives it."""

    by: tuple[Ref, ...] = Field(min_length=1, description="Who put it forward: states, organisations or people.")
    text: Text = Field(description="What was offered, in our words.")
    concerns: tuple[Ref, ...] = ()


class ReportedDecision(DecisionFields):
    """A decision of a meeting known from reports (there are no agenda items to put it under)."""

    id: Slug = Field(description="Unique within the meeting; becomes the decision's address.")
    source: Sources = Field(description="The source(s) that report the decision.")
    wording: Wording = Field(default=Wording.summary, description="Always summary: our summary of the report.")
    date: Optional[FullDate] = Field(default=None, description="Only when it differs from the meeting's first day.")


class Meeting(Sourced, Disputed):
    """One meeting of a CICA body: the file a publisher adds."""

    id: Optional[Slug] = Field(default=None, description="Defaults to BODY-DATE, e.g. soc-2023-12-12.")
    body: Slug = Field(description="The id of the body in bodies.yaml, e.g. soc; with the date it names the meeting.")
    session: Optional[str] = Field(default=None, description="E.g. 2023-III.")
    date: PartialDate = Field(description=(
        "As precise as the sources give it: YYYY-MM-DD, or YYYY-MM / YYYY when the day is not known. With "
        "no_later_than, the earliest it can have been."))
    no_later_than: Optional[PartialDate] = Field(
        default=None, description="When sources only bound the date: the latest it can have been.")
    end_date: Optional[FullDate] = None
    status: MeetingStatus = Field(
        default=MeetingStatus.held,
        description="announced: a source announces it and none found says it was held; it cannot have decisions.")
    place: Optional[Name] = None
    format: Optional[MeetingFormat] = None
    chair: Optional[Chair] = None
    co_chairs: tuple[Chair, ...] = ()
    hosts: tuple[Ref, ...] = Field(default=(), description="States, organisations or bodies that hosted it.")
    known_from: Literal["minutes", "mention", "reports"] = Field(
        description=(
            "minutes: the record holds its minutes; mention: it is only mentioned elsewhere; reports: it is known "
            "from press releases and news reports, cited fact by fact."
        )
    )
    cite: FactSources = Field(default=FactSources(), description="For a meeting known from reports: the source of each fact.")
    mentioned_in: tuple[Ref, ...] = ()
    summary: Optional[Text] = None
    topics: tuple[Topic, ...] = Field(default=(), description="Agenda topics as reports name them.")
    decisions: tuple[ReportedDecision, ...] = Field(default=(), description="Decisions as reports give them.")
    offers: tuple[Offer, ...] = ()
    reports: tuple[Report, ...] = Field(
        default=(), description="Our summary of what reports say, paragraph by paragraph, each with its source; for a "
                                "meeting known from its minutes, what press reports add, shown beside the minutes.")
    opening: tuple[Paragraph, ...] = Field(default=(), description="The minutes' paragraphs before the first agenda item.")
    documents: tuple[Document, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()
    contributions: tuple[Contribution, ...] = ()
