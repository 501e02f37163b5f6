"""The shape of a meeting's file (data/meetings/DATE-BODY.yaml): the meeting's facts, its documents, its
agenda with statements, accounts and decisions in the minutes' words, and for a meeting known from
reports, what the reports say, each with its source.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Literal, Optional, Union

from pydantic import Field, StrictBool, StrictInt, StringConstraints, model_validator

from cica_record.record.schema.reference import DecisionFields, DocumentEntry, Wording
from cica_record.record.schema.types import (CURRENCY_PATTERN, ITEM_PATTERN, Disputed, FullDate, Name, PartialDate,
                                             Ref, Shape, Slug, Sources, Sourced, StateCode, Text)


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


ProceedingEntry = Annotated[Union[StatementEntry, AccountEntry, DecisionEntry], Field(discriminator="type")]


class AgendaItemEntry(Shape):
    number: Annotated[str, StringConstraints(pattern=ITEM_PATTERN)] = Field(
        description="As the agenda numbers it: '6' or '6(a)'. Quote it in YAML."
    )
    title: Text
    proceedings: tuple[ProceedingEntry, ...] = ()


class ContributionEntry(Sourced):
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


class MeetingKind(str, Enum):
    """What its sources call a meeting that is not one of its body's regular meetings."""

    informal = "informal"
    special = "special"
    extraordinary = "extraordinary"


class MeetingStatus(str, Enum):
    held = "held"
    announced = "announced"


class FactSources(Shape):
    """Which sources state each fact of a meeting known from reports."""

    date: Sources = ()
    kind: Sources = Field(default=(), description="The source that calls it informal, special or extraordinary.")
    place: Sources = ()
    format: Sources = ()
    chair: Sources = ()
    hosts: Sources = ()
    announcement: Sources = Field(default=(), description="For an announced meeting: the source that announces it.")


class ReportedFact(Shape):
    """A fact of a meeting known from reports: it always names its source."""

    source: Sources = Field(description="The source(s) that state it: ids from sources.yaml or document symbols.")


class TopicEntry(ReportedFact):
    """An agenda topic as a report names it (reports do not number agenda items)."""

    title: Text
    concerns: tuple[Ref, ...] = ()


class ReportEntry(ReportedFact):
    """A paragraph of our own summary of what a source reports about a meeting."""

    text: Text = Field(description="Our summary, in our own words: never the source's sentences.")
    concerns: tuple[Ref, ...] = ()


class OfferEntry(ReportedFact):
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


class MeetingFile(Sourced, Disputed):
    """One meeting of a CICA body: the file a publisher adds."""

    id: Optional[Slug] = Field(default=None, description="Defaults to BODY-DATE, e.g. soc-2023-12-12.")
    body: Slug = Field(description="The id of the body in bodies.yaml, e.g. soc; with the date it names the meeting.")
    session: Optional[str] = Field(default=None, description="E.g. 2023-III.")
    date: PartialDate = Field(description=(
        "As precise as the sources give it: YYYY-MM-DD, or YYYY-MM / YYYY when the day is not known. With "
        "no_later_than, the earliest it can have been."))
    no_later_than: Optional[PartialDate] = Field(
        default=None, description="When sources only bound the date: the latest it can have been.")
    not_before: Optional[PartialDate] = Field(
        default=None, description=(
            "When date gives only the month or year and sources set a later earliest day: that day, within "
            "date (date: '2024-12' with not_before: '2024-12-05'). Pages then show the range, never a day."))
    end_date: Optional[FullDate] = None
    kind: Optional[MeetingKind] = Field(
        default=None, description=(
            "Only for a meeting its sources call informal, special or extraordinary (with cite: {kind: …} for a "
            "meeting known from reports); shown in its title and in every list."))
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
    topics: tuple[TopicEntry, ...] = Field(default=(), description="Agenda topics as reports name them.")
    decisions: tuple[ReportedDecision, ...] = Field(default=(), description="Decisions as reports give them.")
    offers: tuple[OfferEntry, ...] = ()
    reports: tuple[ReportEntry, ...] = Field(
        default=(), description="Our summary of what reports say, paragraph by paragraph, each with its source; for a "
                                "meeting known from its minutes, what press reports add, shown beside the minutes.")
    opening: tuple[Paragraph, ...] = Field(default=(), description="The minutes' paragraphs before the first agenda item.")
    documents: tuple[DocumentEntry, ...] = ()
    agenda: tuple[AgendaItemEntry, ...] = ()
    contributions: tuple[ContributionEntry, ...] = ()

    @model_validator(mode="after")
    def _bounds_hold_together(self) -> "MeetingFile":
        earliest = self.not_before or self.date
        if self.not_before and not (self.not_before.startswith(self.date + "-") and len(self.not_before) > len(self.date)):
            raise ValueError(f"not_before ({self.not_before}) must be a closer date within date ({self.date}): "
                             "date gives the month or year, not_before the earliest day in it")
        if self.no_later_than and self.no_later_than < earliest[:len(self.no_later_than)]:
            raise ValueError(f"no_later_than ({self.no_later_than}) is before the earliest date the meeting can "
                             f"have ({earliest})")
        return self
