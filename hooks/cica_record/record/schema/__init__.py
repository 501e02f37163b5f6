"""The shape of every data file, as pydantic models: what a data file may contain, and nothing else.

These classes are the single definition of a data file's shape: the build validates with them
(`validation`), and `schema/*.schema.json` (which editors use to complete and check YAML as it is
typed) is generated from them (`make schema`: `files.py`). They describe *files*, not the
linked record: references stay strings here and are resolved once, by `links`, into the objects
of `model`. Their names say what they are in a file (`StateEntry`, `StatesFile`, `MeetingFile`).

    types.py       scalar types, texts and names, sources, inferences, deadlines, disagreements
    reference.py   the reference files, and documents and decisions known outside a meeting
    meeting.py     a meeting's file

This module gives them all in one namespace: `from cica_record.record import schema as s`.
"""

from cica_record.record.schema.types import (  # noqa: F401
    CURRENCY_PATTERN, Deadline, DisagreementEntry, Disputed, EXPECTED_FORMS, FullDate, Inference, ITEM_PATTERN,
    LANGUAGES, Name, PartialDate, Ref, Shape, Slug, SLUG_PATTERN, Sourced, Sources, STATE_PATTERN, StateCode,
    Symbol, SYMBOL_PATTERN, Text, TIME_PATTERN, Url, URL_PATTERN, VersionEntry)
from cica_record.record.schema.reference import (  # noqa: F401
    ALIASES, Answer, BodiesFile, BodyEntry, ChairmanshipEntry, DecisionFields, DecisionKind, DecisionsFile,
    DecisionState, DimensionEntry, DimensionsFile, DocumentEntry, DocumentKind, DocumentsFile, EventEntry,
    EventsFile, EventStatus, ExternalSource, FormerName, KazakhForms, Link, NameForms, OfficeEntry, OrganisationEntry, OrganisationsFile,
    OutcomeEntry, PeopleFile, PersonEntry, PriorityAreaEntry, PublisherEntry, RoleEntry, RoleKind, RoleStatus,
    RussianForms, SOURCE_LANGUAGES, SourcesFile, StandaloneDecision, StateEntry, StatesFile, StatusEntry,
    StatusKind, TitleKind, Wording)
from cica_record.record.schema.meeting import (  # noqa: F401
    AccountEntry, AgendaItemEntry, Chair, ContributionEntry, DecisionEntry, FactSources, MeetingFile,
    MeetingFormat, MeetingKind, MeetingStatus, OfferEntry, Paragraph, ProceedingEntry, ReportedDecision, ReportedFact,
    ReportEntry, StatementEntry, TopicEntry)
