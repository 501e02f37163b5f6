"""The shapes of the reference files (states, organisations, people, bodies and chairmanships,
dimensions and priority areas, sources, events) and of the documents and decisions known outside a
meeting (documents.yaml, decisions.yaml), which a meeting's file shares.

Each class is named for what it is in a file (`StateEntry`, an entry of states.yaml; `StatesFile`,
the whole file), never as the linked record's objects (`model.State`) that `links` makes from them.
"""

from __future__ import annotations

from enum import Enum
from typing import Literal, Optional

from pydantic import Field, StrictBool, model_validator

from cica_record.record.schema.types import (Deadline, Disputed, FullDate, Name, PartialDate, Ref, Shape, Slug,
                                             Sourced, StateCode, Symbol, Text, Url)


# --- reference data ---------------------------------------------------------


class StatusKind(str, Enum):
    member = "member"
    observer = "observer"
    applicant = "applicant"
    partner = "partner"


class StatusEntry(Sourced, Disputed):
    status: StatusKind
    since: Optional[PartialDate] = None
    until: Optional[PartialDate] = None
    since_text: Optional[Text] = Field(
        default=None, description="When a source gives no single date ('by 2001', '2004 or 2006')."
    )
    no_later_than: Optional[PartialDate] = Field(
        default=None, description=(
            "When sources only bound when it began ('by 2001'): the latest it can have begun. It places the "
            "status in time lines; since_text, where given, says it in words."))
    until_text: Optional[Text] = Field(
        default=None, description=(
            "When it ended but no source says when, or sources stop naming it: what they say ('listed until June "
            "2006; absent from the lists from August 2008'). The status is then no longer current."))
    decided_by: Optional[Ref] = Field(default=None, description="The decision that gave this status.")


ALIASES = Field(
    default=(),
    description="Other names the source uses (RoK, the Kingdom of Saudi Arabia); they become links in narrative text.",
)


class StateEntry(Sourced):
    id: StateCode
    name: Name
    aliases: tuple[str, ...] = ALIASES
    statuses: tuple[StatusEntry, ...] = ()


class StatesFile(Shape):
    states: tuple[StateEntry, ...]


class OrganisationEntry(Sourced, Disputed):
    id: Slug
    name: Name
    short: Optional[Name] = None
    aliases: tuple[str, ...] = ALIASES
    statuses: tuple[StatusEntry, ...] = ()


class OrganisationsFile(Shape):
    organisations: tuple[OrganisationEntry, ...]


class OfficeEntry(Sourced):
    title: Name
    body: Optional[Ref] = Field(default=None, description="The body, organisation or state of the office.")
    role: Optional[Literal["secretary-general", "deputy-secretary-general", "executive-director"]] = Field(
        default=None, description="For CICA offices that statements refer to by role."
    )
    start: Optional[PartialDate] = None
    end: Optional[PartialDate] = None
    as_of: Optional[PartialDate] = Field(default=None, description="The date a source speaks of, when it gives no term.")
    decided_by: Optional[Ref] = Field(default=None, description="The decision that appointed them.")


class PersonEntry(Sourced, Disputed):
    id: Slug
    name: Name
    family_name: Optional[Name] = Field(
        default=None, description="The family name where it is not the name's last word (Xi Jinping: Xi): lists "
                                  "of people are in the order of family names.")
    offices: tuple[OfficeEntry, ...] = ()


class PeopleFile(Shape):
    people: tuple[PersonEntry, ...]


class RussianForms(Shape):
    """A body's name and its meetings' as Russian sentences need them, written out (the site inflects nothing)."""

    running: str = Field(description="The short name inside a sentence, small letter where Russian writes one: "
                                     "саммит, КСДЛ, Совет министров.")
    genitive: str = Field(description="The full name in the genitive: Комитета старших должностных лиц.")
    dative: str = Field(description="The full name in the dative: Комитету старших должностных лиц.")
    meeting: str = Field(description="One of its meetings, in the nominative: заседание Комитета старших "
                                     "должностных лиц; саммит СВМДА.")
    meeting_genitive: str = Field(description="The same in the genitive: заседания Комитета старших должностных "
                                              "лиц; саммита СВМДА.")
    meeting_prepositional: str = Field(description="The same in the prepositional: заседании Комитета старших "
                                                   "должностных лиц; саммите СВМДА.")


class KazakhForms(Shape):
    """A body's name and its meetings' as Kazakh sentences need them, written out; a meeting's date stands
    between `meeting_owner` and the meeting's word ("Аға лауазымды тұлғалар комитетінің 2023 жылғы
    12 желтоқсандағы отырысында")."""

    running: str = Field(description="The short name inside a sentence, small letter where Kazakh writes one: "
                                     "саммит, АЛТК.")
    genitive: str = Field(description="The full name in the genitive: Аға лауазымды тұлғалар комитетінің.")
    dative: str = Field(description="The full name in the dative: Аға лауазымды тұлғалар комитетіне.")
    meeting_owner: str = Field(default="", description="Whose meeting it is, before its date: Аға лауазымды "
                                                        "тұлғалар комитетінің; empty where the meeting's word "
                                                        "says it all.")
    meeting: str = Field(description="The meeting's word after its date, in the nominative: отырысы; саммиті.")
    meeting_genitive: str = Field(description="The same in the genitive: отырысының; саммитінің.")
    meeting_locative: str = Field(description="The same in the locative: отырысында; саммитінде.")


class NameForms(Shape):
    """The forms of a body's name that Russian and Kazakh pages need (English needs none)."""

    ru: RussianForms
    kk: KazakhForms


class FormerName(Shape):
    """A name the body had before it was renamed: its meetings before `until` are shown under it."""

    until: FullDate = Field(description="The day of the renaming: meetings before it bear this name.")
    name: Name
    short: Name
    forms: NameForms


class BodyEntry(Sourced, Disputed):
    id: Slug
    name: Name
    short: Name
    forms: NameForms = Field(description="The name's forms inside Russian and Kazakh sentences (see the guide).")
    former_names: tuple[FormerName, ...] = Field(
        default=(), description="Earlier names, oldest first, each with the day it ended; a meeting is shown under "
                                "the name of its date.")
    symbol_prefix: Optional[str] = Field(default=None, description="How the body's document symbols begin, e.g. SOC.")

    @model_validator(mode="after")
    def _former_names_in_order(self) -> "BodyEntry":
        ends = [former.until for former in self.former_names]
        if ends != sorted(ends) or len(set(ends)) != len(ends):
            raise ValueError("former_names must be listed oldest first, each ending on a later day")
        return self


class ChairmanshipEntry(Sourced, Disputed):
    state: StateCode
    start: PartialDate
    end: Optional[PartialDate] = None
    decided_by: Optional[Ref] = Field(default=None, description="The decision that gave the chairmanship.")
    handover: Optional[Ref] = Field(default=None, description="The meeting at which the chairmanship was taken over.")


class BodiesFile(Shape):
    bodies: tuple[BodyEntry, ...]
    chairmanships: tuple[ChairmanshipEntry, ...] = ()


class RoleKind(str, Enum):
    coordinator = "coordinator"
    co_coordinator = "co-coordinator"


class RoleStatus(str, Enum):
    serving = "serving"
    offered = "offered"
    announced = "announced"
    vacant = "vacant"


class RoleEntry(Sourced):
    role: RoleKind
    status: RoleStatus
    state: Optional[StateCode] = Field(default=None, description="Absent only when the role is vacant.")
    as_of: Optional[PartialDate] = Field(default=None, description="The date the source speaks of.")
    start: Optional[PartialDate] = None
    end: Optional[PartialDate] = None
    decided_by: Optional[Ref] = Field(default=None, description="The decision that gave the role.")

    @model_validator(mode="after")
    def _vacant_has_no_state(self) -> "RoleEntry":
        if (self.status is RoleStatus.vacant) == (self.state is not None):
            raise ValueError("a vacant role has no state; any other role needs one")
        return self


class PriorityAreaEntry(Sourced):
    id: Slug
    name: Name
    roles: tuple[RoleEntry, ...] = ()


class DimensionEntry(Sourced):
    id: Slug
    name: Name
    roles: tuple[RoleEntry, ...] = Field(default=(), description="Coordinators of the dimension as a whole.")
    areas: tuple[PriorityAreaEntry, ...] = ()


class DimensionsFile(Shape):
    dimensions: tuple[DimensionEntry, ...]


class PublisherEntry(Shape):
    """Who publishes sources: CICA's Secretariat, a news agency, a ministry."""

    id: Slug
    name: Name
    url: Optional[Url] = Field(default=None, description="The publisher's site.")


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
    url: Optional[Url] = Field(default=None, description="Its address; required for a web source.")
    cited_in: Optional[Slug] = Field(
        default=None, description="When its address is not known: the source that cites it.")
    date: Optional[PartialDate] = Field(default=None, description="Its date of publication, where given.")
    language: Optional[Literal[SOURCE_LANGUAGES]] = Field(default=None, description="The language it is written in.")
    note: Optional[Text] = None

    @model_validator(mode="after")
    def _web_source_has_address(self) -> "ExternalSource":
        if not self.url and not self.cited_in:
            raise ValueError(
                "a source needs its address (url), or, when only another source cites it, cited_in")
        return self


class SourcesFile(Shape):
    publishers: tuple[PublisherEntry, ...] = ()
    sources: tuple[ExternalSource, ...]


class EventStatus(str, Enum):
    held = "held"
    planned = "planned"
    proposed = "proposed"


class EventEntry(Sourced):
    """Something the record mentions that is not a meeting of a CICA body."""

    id: Slug
    name: Name
    date: Optional[PartialDate] = None
    end_date: Optional[PartialDate] = None
    place: Optional[Name] = None
    status: EventStatus
    organisers: tuple[Ref, ...] = ()


class EventsFile(Shape):
    events: tuple[EventEntry, ...]


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
    regulations = "regulations"
    guidelines = "guidelines"
    other = "other"


class Link(Shape):
    url: Url
    note: Optional[Text] = Field(default=None, description="E.g. that the address is reproduced as the source writes it.")


class DocumentEntry(Sourced):
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
    def _has_identity(self) -> "DocumentEntry":
        if not self.symbol and not self.id:
            raise ValueError("a document needs a symbol or, when it has none, an id")
        return self


class DecisionKind(str, Enum):
    took_note = "took-note"
    adopted = "adopted"
    approved = "approved"
    endorsed = "endorsed"
    recommended = "recommended"
    supported = "supported"
    appointed = "appointed"
    proposed = "proposed"


class DecisionState(str, Enum):
    taken = "taken"
    pending_silence = "pending-silence"
    awaiting_other_body = "awaiting-other-body"


class Answer(str, Enum):
    full = "full"
    partial = "partial"
    none = "none"


class OutcomeEntry(Sourced):
    """What became of a pending decision, from a later source."""

    date: PartialDate
    text: Text
    decision: Optional[Ref] = Field(default=None, description="The later decision that settled it, if in the record.")
    answers: Answer = Field(default=Answer.full, description=(
        "full: the outcome answers the whole of it; partial: only part of it (the text says which part); "
        "none: a later source says what followed, but not the result (never with decision)."))

    @model_validator(mode="after")
    def _no_answering_decision_for_none(self) -> "OutcomeEntry":
        if self.answers is Answer.none and self.decision:
            raise ValueError("an outcome that answers none of it names no answering decision (decision)")
        return self


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
    outcome: Optional[OutcomeEntry] = None

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
    documents: tuple[DocumentEntry, ...]
