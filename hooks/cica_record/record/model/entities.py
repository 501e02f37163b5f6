"""The linked record: typed objects whose references are already resolved.

`links` builds these from the validated files; renderers and templates
only read them. Every entity knows its own page path (the same in each
language) and carries lists of what refers to it, so a page can show both
directions of every link without searching. The entities (what has a page)
and the `Record` are here; what lives inside their pages is in `parts`.

These are the record's objects, not the data files' shapes: those are the
pydantic classes of `schema` (`MeetingFile`, `StateEntry`, …), whose names say so.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass, field
from typing import ClassVar, Optional, Union

from cica_record.record.schema import Deadline, Link, NameForms, Text
from cica_record.record.model.parts import (Account, AgendaItem, ChairCredit, Chairmanship, ChairSeat, Citation, Cited,
                                           Contribution, Disagreement, HistoryEntry, Linked, Office, Offer, Outcome,
                                           Publisher, Report, Reported, Role, Source, SourceLike, Statement, Status,
                                           Topic)

@dataclass(eq=False, repr=False, kw_only=True)
class Entity(Cited, Linked):
    """Anything with a page of its own."""

    kind: ClassVar[str] = "entity"
    key: str
    name: Text
    path: str
    sources: list[SourceLike] = field(default_factory=list)
    inferred: dict[str, Text] = field(default_factory=dict)
    note: Optional[Text] = None
    aliases: list[str] = field(default_factory=list)
    statements: list["Statement"] = field(default_factory=list)
    mentioned_in: list[Union["Statement", "Account"]] = field(default_factory=list)
    decisions: list["Decision"] = field(default_factory=list)
    documents: list["Document"] = field(default_factory=list)
    meetings: list["Meeting"] = field(default_factory=list)
    events: list["Event"] = field(default_factory=list)
    # Reports of meetings that concern it (topics, summary paragraphs, offers) and the offers it made.
    reported_in: list["Reported"] = field(default_factory=list)
    offers: list["Offer"] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    history: list[HistoryEntry] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return ""

    def citation_of(self, source: SourceLike) -> Optional[Citation]:
        """This page's citation of a source: its number and anchor in the page's list of sources."""
        return next((citation for citation in self.citations if citation.source is source), None)


@dataclass(eq=False, repr=False, kw_only=True)
class State(Entity):
    kind: ClassVar[str] = "state"
    statuses: list[Status] = field(default_factory=list)
    roles: list["Role"] = field(default_factory=list)
    contributions: list["Contribution"] = field(default_factory=list)
    chairmanships: list["Chairmanship"] = field(default_factory=list)
    supported: list["Decision"] = field(default_factory=list)
    # Derived once linked (`views`): its status as of the record's date (none once its last has ended),
    # the meetings it chaired through its officials, and what its chairs said in the chair.
    current_status: Optional[Status] = None
    chaired: list[ChairCredit] = field(default_factory=list)
    chair_statements: list["Statement"] = field(default_factory=list)

    @property
    def member_status(self) -> Optional[Status]:
        """The status by which it joined as a member, if it did."""
        return next((status for status in self.statuses if status.status == "member"), None)


@dataclass(eq=False, repr=False, kw_only=True)
class Organisation(Entity):
    kind: ClassVar[str] = "organisation"
    short: Optional[Text] = None
    statuses: list[Status] = field(default_factory=list)
    current_status: Optional[Status] = None  # derived once linked, as a state's


@dataclass(eq=False, repr=False, kw_only=True)
class Person(Entity):
    kind: ClassVar[str] = "person"
    family_name: Optional[Text] = None  # where it is not the name's last word
    offices: list[Office] = field(default_factory=list)
    chaired: list["Meeting"] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class BodyName:
    """A body's name for a period: its meetings until `until` (exclusive; None: to this day) bear it."""

    name: Text
    short: Text
    forms: NameForms
    until: Optional[str] = None


@dataclass(eq=False, repr=False, kw_only=True)
class Body(Entity):
    kind: ClassVar[str] = "body"
    short: Optional[Text] = None
    forms: Optional[NameForms] = None
    former_names: list[BodyName] = field(default_factory=list)  # oldest first
    taken: list["Decision"] = field(default_factory=list)
    offices: list[Office] = field(default_factory=list)

    @property
    def current_name(self) -> BodyName:
        return BodyName(name=self.name, short=self.short or self.name, forms=self.forms)

    def name_on(self, day: Optional[str]) -> BodyName:
        """The name the body bore on `day` (a date as precise as the data gives it): a meeting of the
        Ministerial Council of 1999 is a Meeting of Ministers of Foreign Affairs."""
        if day:
            for former in self.former_names:
                if day < former.until:
                    return former
        return self.current_name


@dataclass(eq=False, repr=False, kw_only=True)
class Dimension(Entity):
    kind: ClassVar[str] = "dimension"
    areas: list["PriorityArea"] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)


@dataclass(eq=False, repr=False, kw_only=True)
class PriorityArea(Entity):
    kind: ClassVar[str] = "area"
    dimension: Optional[Dimension] = None
    roles: list[Role] = field(default_factory=list)


@dataclass(eq=False, repr=False, kw_only=True)
class Event(Entity):
    kind: ClassVar[str] = "event"
    date: Optional[str] = None
    end_date: Optional[str] = None
    place: Optional[Text] = None
    status: str = "held"
    organisers: list[Entity] = field(default_factory=list)


@dataclass(eq=False, repr=False, kw_only=True)
class Document(Entity):
    kind: ClassVar[str] = "document"
    symbol: Optional[str] = None
    doc_kind: str = "other"
    date: Optional[str] = None
    title: Optional[Text] = None
    distribution: Optional[Text] = None
    revision_of: Optional["Document"] = None
    revisions: list["Document"] = field(default_factory=list)
    body: Optional[Entity] = None
    meeting: Optional["Meeting"] = None
    links: tuple[Link, ...] = ()
    text: Optional[Text] = None
    enclosures: list["Document"] = field(default_factory=list)
    enclosed_in: list["Document"] = field(default_factory=list)
    concerns: list[Entity] = field(default_factory=list)
    drafts_of: list["Decision"] = field(default_factory=list)
    records: list["Decision"] = field(default_factory=list)
    sources_of: list[Entity] = field(default_factory=list)


@dataclass(eq=False, repr=False, kw_only=True)
class Decision(Entity):
    kind: ClassVar[str] = "decision"
    body: Optional[Body] = None
    date: Optional[str] = None
    meeting: Optional["Meeting"] = None
    item: Optional["AgendaItem"] = None
    decision_kind: str = "adopted"
    state: str = "taken"
    text: Optional[Text] = None
    wording: str = "minutes"
    silence_procedure: bool = False
    deadline: Optional[Deadline] = None
    period: Optional[Text] = None
    taken_by: Optional[Text] = None
    settles: list["Decision"] = field(default_factory=list)  # earlier decisions whose outcome this one is
    # Derived once linked (`views.weigh_decisions`): where it stands as of the record's date, and the
    # first meeting of the body it waits for held after it.
    standing: str = "taken"
    met_since: Optional["Meeting"] = None
    recommended_to: Optional[Body] = None
    drafts: list[Document] = field(default_factory=list)
    records: list[Document] = field(default_factory=list)
    concerns: list[Entity] = field(default_factory=list)
    supported_by: list[State] = field(default_factory=list)
    outcome: Optional[Outcome] = None

    @property
    def anchor(self) -> str:
        return f"d-{self.key.rsplit('/', 1)[-1]}"

    @property
    def is_pending(self) -> bool:
        """Still open as far as the record knows: not taken, no later source gives its outcome, its
        deadline not passed and the body it waits for not met since (`views.weigh_decisions`)."""
        return self.standing == "open"

    @property
    def waits_for(self) -> Optional[Body]:
        """The body whose decision it awaits: the one it is recommended to, else its own (a silence procedure)."""
        return self.recommended_to or self.body

    @property
    def unidentified_records(self) -> list["Document"]:
        """The meeting's decision documents, when none is linked to this decision."""
        if self.records or self.meeting is None:
            return []
        return [d for d in self.meeting.own_documents if d.doc_kind == "decision"]


Proceeding = Union[Statement, Account, Decision]


@dataclass(eq=False, repr=False, kw_only=True)
class Meeting(Entity):
    kind: ClassVar[str] = "meeting"
    body: Optional[Body] = None
    session: Optional[str] = None
    date: str = ""
    no_later_than: Optional[str] = None
    not_before: Optional[str] = None
    end_date: Optional[str] = None
    meeting_kind: Optional[str] = None  # informal, special or extraordinary, as its sources call it
    status: str = "held"
    # For an announced meeting, derived once linked (`views`): whether its latest possible day had
    # passed by the record's date with no report of it held.
    overdue: bool = False
    place: Optional[Text] = None
    format: Optional[str] = None
    chair: Optional[Person] = None
    chair_office: Optional[Text] = None
    chairs: list[ChairSeat] = field(default_factory=list)  # the chair first, then any co-chairs
    hosts: list[Entity] = field(default_factory=list)
    known_from: str = "minutes"
    cite: dict[str, list[SourceLike]] = field(default_factory=dict)  # fact -> its sources (meetings known from reports)
    mentioned_by: list[Document] = field(default_factory=list)
    summary: Optional[Text] = None
    opening: list[Account] = field(default_factory=list)
    own_documents: list[Document] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    decided: list[Decision] = field(default_factory=list)  # decisions as reports give them, outside any agenda item
    offers_made: list[Offer] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    contributions: list[Contribution] = field(default_factory=list)
    handovers: list[Chairmanship] = field(default_factory=list)
    previous: Optional["Meeting"] = None
    next: Optional["Meeting"] = None

    @property
    def body_name(self) -> Optional[BodyName]:
        """Its body's name on the day it met."""
        return self.body.name_on(self.date) if self.body else None

    @property
    def all_statements(self) -> list[Statement]:
        return [p for item in self.agenda for p in item.proceedings if isinstance(p, Statement)]

    @property
    def all_decisions(self) -> list[Decision]:
        return [p for item in self.agenda for p in item.proceedings if isinstance(p, Decision)] + self.decided

    @property
    def is_announced(self) -> bool:
        return self.status == "announced"

    @property
    def day_known(self) -> bool:
        return len(self.date) == 10 and self.no_later_than is None

    @property
    def earliest(self) -> str:
        """The earliest day it can have begun, as YYYY-MM-DD."""
        return first_day(self.not_before or self.date)

    @property
    def latest(self) -> str:
        """The latest day it can have ended, as YYYY-MM-DD."""
        return last_day(self.end_date or self.no_later_than or self.date)

    @property
    def order(self) -> tuple[str, str, str]:
        """Where it stands in time: by the earliest day it can have begun, then the latest it can have
        ended (a meeting known to the month comes before one known to the day later in that month)."""
        return (self.earliest, self.latest, self.key)

    def disputed(self, fact: str) -> Optional[Disagreement]:
        """The disagreement of the sources about one of this meeting's own facts, if any."""
        return next((d for d in self.disagreements if d.owner is self and d.fact == fact), None)

    @property
    def agenda_outline(self) -> list[tuple[AgendaItem, list[AgendaItem]]]:
        """The agenda as the minutes count it: each item with its sub-items (6 with 6(a), 6(b), 6(c))."""
        outline: list[tuple[AgendaItem, list[AgendaItem]]] = []
        for item in self.agenda:
            if item.is_subitem and outline and outline[-1][0].number == item.parent_number:
                outline[-1][1].append(item)
            else:
                outline.append((item, []))
        return outline


@dataclass(repr=False, kw_only=True)
class Record:
    """The whole linked record, in the order pages and indexes list it."""

    states: list[State] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    bodies: list[Body] = field(default_factory=list)
    dimensions: list[Dimension] = field(default_factory=list)
    areas: list[PriorityArea] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    chairmanships: list[Chairmanship] = field(default_factory=list)
    publishers: list[Publisher] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    as_of: str = ""  # the newest date the record holds (`views.newest_date`): what "now" is for its pages

    def entities(self) -> list[Entity]:
        """Everything that gets a page."""
        return [*self.meetings, *self.decisions, *self.documents, *self.dimensions, *self.areas,
                *self.states, *self.organisations, *self.people, *self.bodies, *self.events]

    def __repr__(self) -> str:
        return f"<Record of {len(self.meetings)} meetings, {len(self.entities())} pages>"


def first_day(day: str) -> str:
    """A partial date's first day: 2024-12 -> 2024-12-01."""
    return day + "-01-01"[len(day) - 4:] if len(day) < 10 else day


def last_day(day: str) -> str:
    """A partial date's last day: 2024-02 -> 2024-02-29."""
    if len(day) == 10:
        return day
    if len(day) == 4:
        return f"{day}-12-31"
    year, month = int(day[:4]), int(day[5:7])
    return f"{day}-{monthrange(year, month)[1]:02d}"


# Who may be named as a speaker: a state, an organisation or a person; or an office, written by its
# role (the meeting's chair, the Secretary General) and resolved to whoever held it that day.
SPEAKERS = (State, Organisation, Person)


OFFICE_SPEAKERS = {"chair": "chair", "secretary-general": "secretary-general"}
