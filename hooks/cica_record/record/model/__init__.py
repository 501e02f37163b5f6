"""The linked record, as typed objects whose references are resolved: what `links` builds from the
data files and every later step reads.

    entities.py   what has a page (states, meetings, decisions, documents, …) and the whole `Record`
    parts.py      what lives inside their pages (statements, offices, roles, citations, …)

This module gives them in one namespace: `from cica_record.record import model as m`; `NAMESPACE`
is where their annotations are read (`typing.get_type_hints(cls, NAMESPACE)`), as they name
classes of both modules.
"""

from cica_record.record.model import entities, parts
from cica_record.record.model.entities import (  # noqa: F401
    Body, BodyName, Decision, Dimension, Document, Entity, Event, Meeting, OFFICE_SPEAKERS, Organisation, Person,
    PriorityArea, Proceeding, Record, SPEAKERS, State)
from cica_record.record.model.parts import (  # noqa: F401
    Account, AgendaItem, ChairCredit, Chairmanship, ChairSeat, Citation, Cited, Contribution, Disagreement, HistoryEntry,
    Linked, Offer, Office, Outcome, Publisher, Report, Reported, Role, Source, SourceLike, Speaker, Statement,
    Status, Topic, Version)

NAMESPACE = {**vars(parts), **vars(entities)}
