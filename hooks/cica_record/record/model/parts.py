"""The parts of the linked record that live inside an entity's page: sources and citations, statuses,
offices, roles, chairmanships, statements and accounts with their speakers, agenda items, outcomes,
contributions, what reports say, and where sources disagree.

They are objects of the same model as the entities (`entities`; `cica_record.record.model` gives both
in one namespace: `m.Statement`), kept apart to keep each file short; like the entities, they refer
to each other both ways.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Optional, Union

from cica_record.record.schema import Text

if TYPE_CHECKING:  # the entities they refer to (annotations only: the model module imports this one)
    from cica_record.record.model.entities import (Decision, Dimension, Document, Entity, Meeting, Person,
                                                   PriorityArea, Proceeding, State)

SourceLike = Union["Document", "Source"]


class Linked:
    """Base of every object of the linked record: a repr that names, never expands.

    The objects refer to each other both ways, so a generated repr prints the
    whole record, path after path: pytest, reporting one failing assertion on
    it, grew to 21 GB. Each object shows only what identifies it.
    """

    # The data file an entity was read from (set by the registry when it registers the entity);
    # objects without a page of their own live in their meeting's or owner's file.
    origin: str = ""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.label()}>"

    def label(self) -> str:
        return str(getattr(self, "key", ""))


class Cited:
    """Something that keeps its sources: `sources` in the order the data gives them."""

    sources: list[SourceLike]

    @property
    def source(self) -> Optional[SourceLike]:
        """The first source, for places that name one."""
        return self.sources[0] if self.sources else None


@dataclass(eq=False, repr=False, kw_only=True)
class Publisher(Linked):
    """Who publishes external sources (CICA's Secretariat, a news agency, a ministry)."""

    key: str
    name: Text
    url: Optional[str]


@dataclass(eq=False, repr=False, kw_only=True)
class Source(Linked):
    """An external source (news item, press release, ministry page) named in sources.yaml."""

    kind: ClassVar[str] = "source"
    key: str
    title: Text
    title_is: str  # "headline" (its own words) or "description" (ours)
    publisher: Optional[Publisher]
    url: Optional[str]
    date: Optional[str]
    language: Optional[str] = None
    cited_in: Optional["Source"] = None
    note: Optional[Text] = None


@dataclass(eq=False, repr=False, kw_only=True)
class Citation(Linked):
    """One source of a page, its number there (in the order first cited) and the facts of the page it supports."""

    source: SourceLike
    number: int
    facts: list[str] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return "src-" + re.sub(r"[^a-z0-9]+", "-", self.source.key.casefold()).strip("-")

    def label(self) -> str:
        return f"[{self.number}] {self.source.key}: {', '.join(self.facts)}"


@dataclass(eq=False, repr=False, kw_only=True)
class Version(Cited, Linked):
    text: Text
    sources: list[SourceLike]
    date: Optional[str] = None
    end_date: Optional[str] = None
    note: Optional[Text] = None
    who: list["Entity"] = field(default_factory=list)

    def label(self) -> str:
        return self.text.en or ""


@dataclass(eq=False, repr=False, kw_only=True)
class Disagreement(Linked):
    """A fact that sources give differently: every version with its sources; the record chooses none."""

    key: str
    owner: Linked  # the entity (or chairmanship) whose fact it is
    fact: str
    about: Text
    versions: list[Version]
    note: Optional[Text]
    concerns: list["Entity"] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return f"v-{self.key}"

    @property
    def page(self) -> "Entity":
        """The page the disagreement belongs to (a chairmanship's is its state's)."""
        return self.owner.state if isinstance(self.owner, Chairmanship) else self.owner


@dataclass(eq=False, repr=False, kw_only=True)
class HistoryEntry(Linked):
    """One dated line of an entity's history across meetings."""

    date: str
    what: str  # the kind of line: status, chairmanship, office, role, chaired, hosted, meeting, decision, offer, topic, report
    target: Linked
    meeting: Optional["Meeting"] = None

    def label(self) -> str:
        return f"{self.date} {self.what}"


@dataclass(eq=False, repr=False, kw_only=True)
class Status(Cited, Linked):
    holder: "Entity"
    status: str
    since: Optional[str]
    until: Optional[str]
    since_text: Optional[Text]
    sources: list[SourceLike]
    inferred: dict[str, Text]
    note: Optional[Text]
    no_later_than: Optional[str] = None
    until_text: Optional[Text] = None
    decided_by: Optional["Decision"] = None
    disagreements: list[Disagreement] = field(default_factory=list)  # its holder's, about this status

    @property
    def began(self) -> Optional[str]:
        """When it began, as far as the sources place it: its date, or the latest it can have begun."""
        return self.since or self.no_later_than

    def ended_by(self, day: str) -> bool:
        """Whether it had ended by `day` (the record's own date, never the clock's): an `until` on or before
        it, or an end the sources do not date."""
        return self.until_text is not None or (self.until is not None and self.until[:len(day)] <= day)

    def label(self) -> str:
        return f"{self.status} since {self.since}"


@dataclass(eq=False, repr=False, kw_only=True)
class Office(Cited, Linked):
    title: Text
    holder: "Person"
    body: Optional[Entity]
    role: Optional[str]
    start: Optional[str]
    end: Optional[str]
    sources: list[SourceLike]
    inferred: dict[str, Text]
    note: Optional[Text] = None
    as_of: Optional[str] = None
    decided_by: Optional["Decision"] = None

    def covers(self, day: str) -> bool:
        year = day[:4]
        return (self.start is None or self.start[:4] <= year) and (self.end is None or year <= self.end[:4])

    def label(self) -> str:
        return f"{self.holder.key}: {self.role or self.title.en}"


@dataclass(eq=False, repr=False, kw_only=True)
class Chairmanship(Cited, Linked):
    state: State
    start: str
    end: Optional[str]
    sources: list[SourceLike]
    note: Optional[Text] = None
    decided_by: Optional["Decision"] = None
    handover: Optional["Meeting"] = None
    disagreements: list[Disagreement] = field(default_factory=list)

    def label(self) -> str:
        return f"{self.state.key} from {self.start}"


@dataclass(eq=False, repr=False, kw_only=True)
class Role(Cited, Linked):
    role: str
    status: str
    state: Optional[State]
    area: Union["PriorityArea", "Dimension"]  # a priority area, or a dimension as a whole
    as_of: Optional[str]
    start: Optional[str]
    end: Optional[str]
    sources: list[SourceLike]
    note: Optional[Text]
    decided_by: Optional["Decision"] = None

    def label(self) -> str:
        return f"{self.role} of {self.area.key}: {self.state.key if self.state else self.status}"


@dataclass(eq=False, repr=False, kw_only=True)
class Speaker(Linked):
    """Who spoke, and in which capacity when it was an office (the Chair, the SG), with the office
    the source gives them (the Chair's: "Deputy Minister of Foreign Affairs of …")."""

    entity: Entity
    capacity: Optional[str] = None
    office: Optional[Text] = None

    def label(self) -> str:
        return f"{self.entity.key} as {self.capacity}" if self.capacity else self.entity.key


@dataclass(eq=False, repr=False, kw_only=True)
class Statement(Cited, Linked):
    key: str
    meeting: "Meeting"
    item: "AgendaItem"
    speakers: list[Speaker]
    text: Text
    wording: str
    concerns: list[Entity]
    sources: list[SourceLike]
    note: Optional[Text]

    @property
    def anchor(self) -> str:
        return f"s-{self.key}"

    def label(self) -> str:
        return f"{self.meeting.key}#{self.anchor}"


@dataclass(eq=False, repr=False, kw_only=True)
class Account(Cited, Linked):
    meeting: "Meeting"
    item: Optional["AgendaItem"]
    text: Text
    wording: str
    concerns: list[Entity]
    note: Optional[Text]
    sources: list[SourceLike] = field(default_factory=list)

    def label(self) -> str:
        return f"{self.meeting.key}#{self.item.anchor if self.item else 'opening'}"


@dataclass(eq=False, repr=False, kw_only=True)
class Outcome(Cited, Linked):
    date: str
    text: Text
    sources: list[SourceLike]
    decision: Optional["Decision"] = None
    answers: str = "full"  # full, partial, or none (a later source says what followed, not the result)

    def label(self) -> str:
        return self.date


@dataclass(eq=False, repr=False, kw_only=True)
class AgendaItem(Linked):
    meeting: "Meeting"
    number: str
    title: Text
    proceedings: list[Proceeding] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return "item-" + self.number.replace("(", "").replace(")", "")

    @property
    def statements(self) -> list[Statement]:
        return [p for p in self.proceedings if isinstance(p, Statement)]

    @property
    def is_subitem(self) -> bool:
        return "(" in self.number

    @property
    def parent_number(self) -> str:
        """The number of the item a sub-item belongs to: '6' for '6(a)'."""
        return self.number.split("(", 1)[0]

    def label(self) -> str:
        return f"{self.meeting.key}#{self.anchor}"


@dataclass(eq=False, repr=False, kw_only=True)
class Contribution(Cited, Linked):
    state: State
    amount: int
    currency: str
    voluntary: bool
    when: Optional[str]
    meeting: "Meeting"
    statement: Optional[Statement]
    sources: list[SourceLike]

    def label(self) -> str:
        return f"{self.state.key} at {self.meeting.key}"


@dataclass(eq=False, repr=False, kw_only=True)
class ChairSeat(Linked):
    """Who chaired (or co-chaired, or moderated) a meeting: a person, or a state when no person is named."""

    holder: Union[Person, State]
    office: Optional[Text]
    role: str  # chair, co-chair, moderator

    def label(self) -> str:
        return f"{self.role}: {self.holder.key}"


@dataclass(eq=False, repr=False, kw_only=True)
class ChairCredit(Linked):
    """A meeting a state chaired: through whom (its officials, or the state itself when no person is
    named), each in the seat the sources give, and, when sources dispute who chaired, their disagreement."""

    meeting: "Meeting"
    seats: list[ChairSeat] = field(default_factory=list)
    disputed: Optional[Disagreement] = None

    def label(self) -> str:
        return f"{self.meeting.key}: {', '.join(seat.holder.key for seat in self.seats)}"


@dataclass(eq=False, repr=False, kw_only=True)
class Reported(Cited, Linked):
    """What reports say of a meeting known from them, with its sources; `section` is its place on the page."""

    section: ClassVar[str] = ""
    meeting: "Meeting"
    text: Text
    sources: list[SourceLike]
    concerns: list[Entity] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return self.section

    def label(self) -> str:
        return f"{self.meeting.key}#{self.section}"


@dataclass(eq=False, repr=False, kw_only=True)
class Topic(Reported):
    """An agenda topic, as a report names it."""

    section: ClassVar[str] = "topics"


@dataclass(eq=False, repr=False, kw_only=True)
class Report(Reported):
    """A paragraph of our summary of what a source reports."""

    section: ClassVar[str] = "reports"


@dataclass(eq=False, repr=False, kw_only=True)
class Offer(Reported):
    """An offer or initiative put forward at the meeting, and who put it forward."""

    section: ClassVar[str] = "offers"
    by: list[Entity] = field(default_factory=list)
