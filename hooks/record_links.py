"""Build the linked record from validated files, checking every reference.

One pass creates every entity (and finds duplicate identifiers), the next
resolves every reference once into the objects of `record_model` and records
its way back. All problems are collected as `DataError`s with the file and
line of the reference, so a publisher sees every broken link at once.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

import record_model as m
import record_schema as s
from record_errors import DataError, dotted
from yaml_source import SourceFile

Where = tuple[SourceFile, tuple]

KIND_WORDS = {
    m.State: "a state code", m.Organisation: "an organisation", m.Person: "a person", m.Body: "a body",
    m.Dimension: "a dimension", m.PriorityArea: "a priority area", m.Event: "an event",
    m.Meeting: "a meeting", m.Document: "a document symbol or id", m.Decision: "a decision",
    m.Source: "an external source",
}
ANY_ENTITY = (m.State, m.Organisation, m.Person, m.Body, m.Dimension, m.PriorityArea, m.Event, m.Meeting,
              m.Document, m.Decision)
SPEAKERS = (m.State, m.Organisation, m.Person)
OFFICE_SPEAKERS = {"chair": "chair", "secretary-general": "secretary-general"}


def symbol_path(symbol: str) -> str:
    """`SOC/2023-III/INF/5/Rev.1` -> `soc/2023-iii/inf/5/rev.1`; `NºSOC/45` -> `nosoc/45`."""
    lowered = symbol.lower().replace("º", "o").replace("№", "no")
    return re.sub(r"[^a-z0-9./-]+", "-", lowered).strip("-/")


@dataclass
class Loaded:
    """One validated data file."""

    source: SourceFile
    shape: s.Shape


class Linker:
    def __init__(self) -> None:
        self.errors: list[DataError] = []
        self.registry: dict[str, object] = {}
        self.defined_at: dict[str, Where] = {}
        self.sources: dict[str, m.Source] = {}
        self.statements: dict[str, dict[str, m.Statement]] = {}
        self.record = m.Record([], [], [], [], [], [], [], [], [], [], [], [])
        self._pending: list = []  # (callable) resolutions to run after every entity exists
        self._secretaries: Optional[list[m.Office]] = None

    # --- reporting --------------------------------------------------------

    def error(self, where: Where, problem: str, **details: Optional[str]) -> None:
        source, path = where
        self.errors.append(DataError(source.name, source.line_of(path), dotted(path), problem, **details))

    # --- registering ------------------------------------------------------

    def register(self, key: str, entity: object, where: Where) -> bool:
        folded = key.casefold()
        clash = self.registry.get(folded)
        if clash is not None:
            first_source, first_path = self.defined_at[folded]
            self.error(where, f"the identifier '{key}' is already used",
                       hint=f"first defined at {first_source.name}:{first_source.line_of(first_path)}; "
                            "every identifier and symbol must be unique (letter case does not count)")
            return False
        self.registry[folded] = entity
        self.defined_at[folded] = where
        entity.origin = where[0].name
        return True

    def later(self, action) -> None:
        self._pending.append(action)

    def secretaries_general(self) -> list[m.Office]:
        """The offices of Secretary General, gathered once for every statement 'secretary-general' made."""
        if self._secretaries is None:
            self._secretaries = [office for person in self.record.people for office in person.offices
                                 if office.role == "secretary-general"]
        return self._secretaries

    # --- resolving --------------------------------------------------------

    def resolve(self, ref: str, where: Where, kinds: Sequence[type] = ANY_ENTITY,
                meeting: Optional[m.Meeting] = None):
        """The entity `ref` names, or None after reporting why it names nothing usable."""
        candidates = [ref]
        if meeting is not None:
            candidates.insert(0, f"{meeting.key}/{ref}")
        for key in candidates:
            target = self.registry.get(key.casefold())
            if target is None:
                continue
            if not isinstance(target, tuple(kinds)):
                self.error(where, f"'{ref}' is {KIND_WORDS[type(target)]}, which cannot be used here",
                           expected=_kind_list(kinds), found=f"'{ref}'")
                return None
            written = self._written_key(key)
            if written != key and isinstance(target, m.Document):
                self.error(where, f"the symbol '{ref}' is written in another case than its document",
                           expected=f"'{written}'", found=f"'{ref}'",
                           hint="write symbols exactly as the document does")
                return None
            return target
        close = difflib.get_close_matches(ref, self._written_keys(), n=1, cutoff=0.75)
        self.error(where, f"'{ref}' refers to nothing in the record", expected=_kind_list(kinds), found=f"'{ref}'",
                   hint=f"did you mean '{close[0]}'?" if close else
                   "add it to the data first (states.yaml, people.yaml, organisations.yaml, documents.yaml, …)")
        return None

    def resolve_all(self, refs: Iterable[str], where: Where, kinds: Sequence[type] = ANY_ENTITY,
                    meeting: Optional[m.Meeting] = None) -> list:
        source, path = where
        found = (self.resolve(ref, (source, path + (i,)), kinds, meeting) for i, ref in enumerate(refs))
        return [target for target in found if target is not None]

    def resolve_source(self, ref: Optional[str], where: Where):
        if ref is None:
            return None
        if ref in self.sources:
            return self.sources[ref]
        return self.resolve(ref, where, (m.Document,))

    def _written_key(self, key: str) -> str:
        source, path = self.defined_at[key.casefold()]
        node = source.data
        for part in path:
            node = node[part]
        if isinstance(node, dict):
            return node.get("symbol") or node.get("id") or key
        return node if isinstance(node, str) else key

    def _written_keys(self) -> list[str]:
        return [self._written_key(key) for key in self.registry] + list(self.sources)

    def inferred(self, shape: s.Sourced) -> dict[str, s.Text]:
        return {inference.fact: inference.reason for inference in shape.inferred}

    def finish(self) -> None:
        for action in self._pending:
            action()
        self._pending.clear()


def _kind_list(kinds: Sequence[type]) -> str:
    words = [KIND_WORDS[kind] for kind in kinds]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


# --- entity builders: one per kind of file ----------------------------------


def link_record(files: dict[str, list[Loaded]]) -> tuple[m.Record, list[DataError]]:
    """Every validated file in, the linked record and every reference error out."""
    linker = Linker()
    for loaded in files.get("sources", []):
        _add_sources(linker, loaded)
    for kind, add in _BUILDERS:
        for loaded in files.get(kind, []):
            add(linker, loaded)
    linker.finish()
    _link_meeting_sequence(linker.record)
    return linker.record, linker.errors


def _add_sources(linker: Linker, loaded: Loaded) -> None:
    for i, item in enumerate(loaded.shape.sources):
        if item.id in linker.sources:
            linker.error((loaded.source, ("sources", i, "id")), f"the source '{item.id}' is defined twice")
            continue
        source = m.Source(item.id, item.title, item.publisher, item.url, item.date)
        linker.sources[item.id] = source
        linker.record.sources.append(source)


def _common(linker: Linker, entity: m.Entity, shape: s.Sourced, where: Where) -> None:
    """Fields every entity shares: its source, inferences and note."""
    entity.inferred = linker.inferred(shape)
    entity.note = shape.note
    src, path = where

    def resolve() -> None:
        entity.source = linker.resolve_source(shape.source, (src, path + ("source",)))
        if isinstance(entity.source, m.Document):
            entity.source.sources_of.append(entity)

    linker.later(resolve)


def _statuses(linker: Linker, shapes: Sequence[s.Status], where: Where) -> list[m.Status]:
    out = []
    src, path = where
    for i, item in enumerate(shapes):
        status = m.Status(item.status.value, item.since, item.until, item.since_text, None,
                          linker.inferred(item), item.note)
        out.append(status)

        def resolve(status=status, item=item, i=i) -> None:
            status.source = linker.resolve_source(item.source, (src, path + (i, "source")))

        linker.later(resolve)
    return out


def _each_entity(linker: Linker, loaded: Loaded, field: str, make, into: list) -> list:
    """Create, register and keep each entity of a reference file; (entity, item, where) of those that took."""
    kept = []
    for i, item in enumerate(getattr(loaded.shape, field)):
        where = (loaded.source, (field, i))
        entity = make(item)
        if linker.register(item.id, entity, (loaded.source, (field, i, "id"))):
            _common(linker, entity, item, where)
            into.append(entity)
            kept.append((entity, item, where))
    return kept


def _add_states(linker: Linker, loaded: Loaded) -> None:
    make = lambda item: m.State(item.id, item.name, f"states/{item.id.lower()}/", aliases=list(item.aliases))  # noqa: E731
    for state, item, (src, path) in _each_entity(linker, loaded, "states", make, linker.record.states):
        state.statuses = _statuses(linker, item.statuses, (src, path + ("statuses",)))


def _add_organisations(linker: Linker, loaded: Loaded) -> None:
    make = lambda item: m.Organisation(item.id, item.name, f"organisations/{item.id}/",  # noqa: E731
                                       short=item.short, aliases=list(item.aliases))
    for org, item, (src, path) in _each_entity(linker, loaded, "organisations", make, linker.record.organisations):
        org.statuses = _statuses(linker, item.statuses, (src, path + ("statuses",)))


def _add_people(linker: Linker, loaded: Loaded) -> None:
    make = lambda item: m.Person(item.id, item.name, f"people/{item.id}/")  # noqa: E731
    for person, item, (src, path) in _each_entity(linker, loaded, "people", make, linker.record.people):
        for j, shape in enumerate(item.offices):
            office = m.Office(shape.title, person, None, shape.role, shape.start, shape.end, None,
                              linker.inferred(shape), shape.note)
            person.offices.append(office)
            linker.later(lambda office=office, shape=shape, at=(src, path + ("offices", j)):
                         _resolve_office(linker, office, shape, at))


def _resolve_office(linker: Linker, office: m.Office, shape: s.Office, where: Where) -> None:
    src, path = where
    office.source = linker.resolve_source(shape.source, (src, path + ("source",)))
    if shape.body:
        office.body = linker.resolve(shape.body, (src, path + ("body",)), (m.Body, m.State, m.Organisation))
        if isinstance(office.body, m.Body):
            office.body.offices.append(office)


def _add_bodies(linker: Linker, loaded: Loaded) -> None:
    make = lambda item: m.Body(item.id, item.name, f"bodies/{item.id}/", short=item.short)  # noqa: E731
    _each_entity(linker, loaded, "bodies", make, linker.record.bodies)
    for i, item in enumerate(loaded.shape.chairmanships):
        linker.later(lambda item=item, i=i: _resolve_chairmanship(linker, item, (loaded.source, ("chairmanships", i))))


def _resolve_chairmanship(linker: Linker, item: s.Chairmanship, where: Where) -> None:
    src, path = where
    state = linker.resolve(item.state, (src, path + ("state",)), (m.State,))
    if state is None:
        return
    chairmanship = m.Chairmanship(state, item.start, item.end,
                                  linker.resolve_source(item.source, (src, path + ("source",))), item.note)
    state.chairmanships.append(chairmanship)
    linker.record.chairmanships.append(chairmanship)


def _add_dimensions(linker: Linker, loaded: Loaded) -> None:
    make = lambda item: m.Dimension(item.id, item.name, f"dimensions/{item.id}/")  # noqa: E731
    for dimension, item, (src, path) in _each_entity(linker, loaded, "dimensions", make, linker.record.dimensions):
        for j, area_shape in enumerate(item.areas):
            _add_area(linker, dimension, area_shape, (src, path + ("areas", j)))


def _add_area(linker: Linker, dimension: m.Dimension, item: s.PriorityArea, where: Where) -> None:
    src, path = where
    area = m.PriorityArea(item.id, item.name, f"priority-areas/{item.id}/", dimension=dimension)
    if not linker.register(item.id, area, (src, path + ("id",))):
        return
    _common(linker, area, item, where)
    dimension.areas.append(area)
    linker.record.areas.append(area)
    for k, role_shape in enumerate(item.roles):
        role = m.Role(role_shape.role.value, role_shape.status.value, None, area, role_shape.as_of,
                      role_shape.start, role_shape.end, None, role_shape.note)
        area.roles.append(role)
        linker.later(lambda role=role, shape=role_shape, k=k: _resolve_role(linker, role, shape, (src, path + ("roles", k))))


def _resolve_role(linker: Linker, role: m.Role, shape: s.Role, where: Where) -> None:
    src, path = where
    role.source = linker.resolve_source(shape.source, (src, path + ("source",)))
    if shape.state:
        role.state = linker.resolve(shape.state, (src, path + ("state",)), (m.State,))
        if role.state:
            role.state.roles.append(role)


def _add_events(linker: Linker, loaded: Loaded) -> None:
    make = lambda item: m.Event(item.id, item.name, f"events/{item.id}/", date=item.date,  # noqa: E731
                                end_date=item.end_date, place=item.place, status=item.status.value)
    for event, item, (src, path) in _each_entity(linker, loaded, "events", make, linker.record.events):
        linker.later(lambda event=event, item=item, at=(src, path + ("organisers",)): _resolve_organisers(
            linker, event, item, at))


def _resolve_organisers(linker: Linker, event: m.Event, item: s.Event, where: Where) -> None:
    event.organisers = linker.resolve_all(item.organisers, where, (m.State, m.Organisation, m.Body, m.Person))
    for organiser in event.organisers:
        organiser.events.append(event)


def _add_documents_file(linker: Linker, loaded: Loaded) -> None:
    for i, item in enumerate(loaded.shape.documents):
        _add_document(linker, item, (loaded.source, ("documents", i)), None)


def _add_document(linker: Linker, item: s.Document, where: Where, meeting: Optional[m.Meeting]) -> None:
    src, path = where
    key = item.symbol or item.id
    name = s.Text(en=item.symbol) if item.symbol else (item.title or s.Text(en=item.id))
    page = f"documents/{symbol_path(item.symbol) if item.symbol else item.id}/"
    document = m.Document(key, name, page, symbol=item.symbol, doc_kind=item.kind.value, date=item.date,
                          title=item.title, distribution=item.distribution, links=item.links, text=item.text,
                          meeting=meeting)
    if not linker.register(key, document, (src, path + ("symbol" if item.symbol else "id",))):
        return
    if item.symbol and item.id and not linker.register(item.id, document, (src, path + ("id",))):
        return
    _common(linker, document, item, where)
    linker.record.documents.append(document)
    if meeting is not None:
        meeting.own_documents.append(document)
    linker.later(lambda: _resolve_document(linker, document, item, where))


def _resolve_document(linker: Linker, document: m.Document, item: s.Document, where: Where) -> None:
    src, path = where
    if item.revision_of:
        original = linker.resolve(item.revision_of, (src, path + ("revision_of",)), (m.Document,))
        if original is document:
            linker.error((src, path + ("revision_of",)), "a document cannot be a revision of itself")
        elif original is not None:
            document.revision_of = original
            original.revisions.append(document)
    if item.body:
        document.body = linker.resolve(item.body, (src, path + ("body",)), (m.Body, m.Organisation, m.State))
        if document.body:
            document.body.documents.append(document)
    if item.meeting and document.meeting is None:
        document.meeting = linker.resolve(item.meeting, (src, path + ("meeting",)), (m.Meeting,))
        if document.meeting:
            document.meeting.own_documents.append(document)
    document.enclosures = linker.resolve_all(item.enclosures, (src, path + ("enclosures",)), (m.Document,))
    for enclosure in document.enclosures:
        enclosure.enclosed_in.append(document)
    document.concerns = linker.resolve_all(item.concerns, (src, path + ("concerns",)))
    for target in document.concerns:
        target.documents.append(document)


def _add_decisions_file(linker: Linker, loaded: Loaded) -> None:
    for i, item in enumerate(loaded.shape.decisions):
        where = (loaded.source, ("decisions", i))
        decision = m.Decision(item.id, item.title, f"decisions/{item.id}/", date=item.date)
        if not linker.register(item.id, decision, (where[0], where[1] + ("id",))):
            continue
        _fill_decision(linker, decision, item, where, None)

        def resolve(decision=decision, item=item, where=where) -> None:
            decision.body = linker.resolve(item.body, (where[0], where[1] + ("body",)), (m.Body,))
            if item.meeting:
                decision.meeting = linker.resolve(item.meeting, (where[0], where[1] + ("meeting",)), (m.Meeting,))
                if decision.meeting:
                    decision.meeting.decisions.append(decision)
            if decision.body:
                decision.body.taken.append(decision)

        linker.later(resolve)


def _fill_decision(linker: Linker, decision: m.Decision, item: s.DecisionFields, where: Where,
                   meeting: Optional[m.Meeting]) -> None:
    _common(linker, decision, item, where)
    decision.decision_kind = item.kind.value
    decision.state = item.state.value
    decision.text = item.text
    decision.silence_procedure = item.silence_procedure
    decision.deadline = item.deadline
    linker.record.decisions.append(decision)
    linker.later(lambda: _resolve_decision(linker, decision, item, where, meeting))


def _resolve_decision(linker: Linker, decision: m.Decision, item: s.DecisionFields, where: Where,
                      meeting: Optional[m.Meeting]) -> None:
    src, path = where
    at = lambda name: (src, path + (name,))  # noqa: E731 - a short local helper reads best here
    if meeting is not None and meeting.body is not None:
        decision.body = meeting.body
        meeting.body.taken.append(decision)
    if item.recommended_to:
        decision.recommended_to = linker.resolve(item.recommended_to, at("recommended_to"), (m.Body,))
        if decision.recommended_to:
            decision.recommended_to.decisions.append(decision)
    decision.drafts = linker.resolve_all(item.drafts, at("drafts"), (m.Document,))
    decision.records = linker.resolve_all(item.documents, at("documents"), (m.Document,))
    decision.concerns = linker.resolve_all(item.concerns, at("concerns"), meeting=meeting)
    decision.supported_by = linker.resolve_all(item.supported_by, at("supported_by"), (m.State,))
    for draft in decision.drafts:
        draft.drafts_of.append(decision)
    for document in decision.records:
        document.records.append(decision)
    for target in decision.concerns:
        target.decisions.append(decision)
    for state in decision.supported_by:
        state.supported.append(decision)
    if item.outcome:
        decision.outcome = m.Outcome(item.outcome.date, item.outcome.text,
                                     linker.resolve_source(item.outcome.source, (src, path + ("outcome", "source"))))


def _add_meeting(linker: Linker, loaded: Loaded) -> None:
    item: s.Meeting = loaded.shape
    src = loaded.source
    key = item.id or f"{item.body}-{item.date}"
    meeting = m.Meeting(key, s.Text(en=key), f"meetings/{item.date[:4]}/{key}/", session=item.session,
                        date=item.date, end_date=item.end_date, place=item.place,
                        format=item.format.value if item.format else None, known_from=item.known_from,
                        summary=item.summary, chair_office=item.chair.office if item.chair else None)
    if not linker.register(key, meeting, (src, ("id",) if item.id else ("date",))):
        return
    _common(linker, meeting, item, (src, ()))
    linker.record.meetings.append(meeting)
    # Resolved before its statements, which need the chair.
    linker.later(lambda: _resolve_meeting(linker, meeting, item, src))
    for i, paragraph in enumerate(item.opening):
        account = m.Account(meeting, None, paragraph.text, paragraph.wording.value, [], paragraph.note)
        meeting.opening.append(account)
        linker.later(lambda account=account, paragraph=paragraph, i=i: _resolve_concerns(
            linker, account, paragraph, (src, ("opening", i))))
    for i, document in enumerate(item.documents):
        _add_document(linker, document, (src, ("documents", i)), meeting)
    for i, agenda_item in enumerate(item.agenda):
        _add_agenda_item(linker, meeting, agenda_item, (src, ("agenda", i)))


def _add_agenda_item(linker: Linker, meeting: m.Meeting, item: s.AgendaItem, where: Where) -> None:
    src, path = where
    agenda_item = m.AgendaItem(meeting, item.number, item.title)
    if any(other.number == item.number for other in meeting.agenda):
        linker.error((src, path + ("number",)), f"agenda item '{item.number}' is numbered twice in this meeting")
    meeting.agenda.append(agenda_item)
    for j, entry in enumerate(item.proceedings):
        entry_where = (src, path + ("proceedings", j))
        proceeding = _add_proceeding(linker, agenda_item, entry, entry_where)
        if proceeding is not None:
            agenda_item.proceedings.append(proceeding)


def _add_proceeding(linker: Linker, agenda_item: m.AgendaItem, entry, where: Where):
    meeting = agenda_item.meeting
    src, path = where
    if isinstance(entry, s.DecisionEntry):
        decision = m.Decision(f"{meeting.key}/{entry.id}", entry.title, f"decisions/{meeting.key}/{entry.id}/",
                              meeting=meeting, item=agenda_item, date=meeting.date)
        if not linker.register(decision.key, decision, (src, path + ("id",))):
            return None
        _fill_decision(linker, decision, entry, where, meeting)
        return decision
    if isinstance(entry, s.StatementEntry):
        statement = m.Statement(entry.id, meeting, agenda_item, [], entry.text, entry.wording.value, [], None,
                                entry.note)
        if entry.id in linker.statements.setdefault(meeting.key, {}):
            linker.error((src, path + ("id",)), f"the statement id '{entry.id}' is used twice in this meeting")
            return None
        linker.statements[meeting.key][entry.id] = statement
        linker.later(lambda: _resolve_statement(linker, statement, entry, where))
        return statement
    account = m.Account(meeting, agenda_item, entry.text, entry.wording.value, [], entry.note)
    linker.later(lambda: _resolve_concerns(linker, account, entry, where))
    return account


def _resolve_concerns(linker: Linker, proceeding, entry, where: Where) -> None:
    src, path = where
    proceeding.concerns = linker.resolve_all(entry.concerns, (src, path + ("concerns",)), meeting=proceeding.meeting)
    for target in proceeding.concerns:
        target.mentioned_in.append(proceeding)


def _resolve_statement(linker: Linker, statement: m.Statement, entry: s.StatementEntry, where: Where) -> None:
    src, path = where
    statement.source = linker.resolve_source(entry.source, (src, path + ("source",)))
    for i, ref in enumerate(entry.by):
        speaker = _speaker(linker, statement.meeting, ref, (src, path + ("by", i)))
        if speaker is not None:
            statement.speakers.append(speaker)
            speaker.entity.statements.append(statement)
    _resolve_concerns(linker, statement, entry, where)


def _speaker(linker: Linker, meeting: m.Meeting, ref: str, where: Where) -> Optional[m.Speaker]:
    if ref == "chair":
        if meeting.chair is None:
            linker.error(where, "'chair' speaks, but the meeting names no chair", hint="add chair: {person: …}")
            return None
        return m.Speaker(meeting.chair, "chair")
    if ref == "secretary-general":
        holders = [office.holder for office in linker.secretaries_general() if office.covers(meeting.date)]
        if len(holders) != 1:
            linker.error(where, "cannot tell who was Secretary General on the meeting's date",
                         expected="exactly one person in people.yaml with an office of role secretary-general "
                                  f"covering {meeting.date}", found=f"{len(holders)}")
            return None
        return m.Speaker(holders[0], "secretary-general")
    entity = linker.resolve(ref, where, SPEAKERS)
    return m.Speaker(entity) if entity is not None else None


def _resolve_meeting(linker: Linker, meeting: m.Meeting, item: s.Meeting, src: SourceFile) -> None:
    meeting.body = linker.resolve(item.body, (src, ("body",)), (m.Body,))
    if meeting.body is not None:
        meeting.body.meetings.append(meeting)
        meeting.name = s.Text(**{lang: _meeting_name(meeting, lang) for lang in s.LANGUAGES})
    if item.chair:
        meeting.chair = linker.resolve(item.chair.person, (src, ("chair", "person")), (m.Person,))
        if meeting.chair is not None:
            meeting.chair.chaired.append(meeting)
    meeting.mentioned_by = linker.resolve_all(item.mentioned_in, (src, ("mentioned_in",)), (m.Document,))
    for document in meeting.mentioned_by:
        document.concerns.append(meeting)
    for i, contribution in enumerate(item.contributions):
        _add_contribution(linker, meeting, contribution, (src, ("contributions", i)))


def _meeting_name(meeting: m.Meeting, lang: str) -> str:
    """Only the body's short name; templates add the date in the reader's language."""
    return getattr(meeting.body.short, lang) or meeting.body.short.en


def _add_contribution(linker: Linker, meeting: m.Meeting, item: s.Contribution, where: Where) -> None:
    src, path = where
    state = linker.resolve(item.state, (src, path + ("state",)), (m.State,))
    statement = None
    if item.statement:
        statement = linker.statements.get(meeting.key, {}).get(item.statement)
        if statement is None:
            linker.error((src, path + ("statement",)), f"no statement '{item.statement}' in this meeting",
                         hint="give the id of one of this meeting's statements")
    if state is None:
        return
    contribution = m.Contribution(state, item.amount, item.currency, item.voluntary, item.when, meeting,
                                  statement, linker.resolve_source(item.source, (src, path + ("source",))))
    state.contributions.append(contribution)
    meeting.contributions.append(contribution)


def _link_meeting_sequence(record: m.Record) -> None:
    """Previous and next meeting of the same body, by date."""
    record.meetings.sort(key=lambda meeting: (meeting.date, meeting.key))
    last_of_body: dict[int, m.Meeting] = {}
    for meeting in record.meetings:
        previous = last_of_body.get(id(meeting.body))
        if previous is not None:
            previous.next, meeting.previous = meeting, previous
        last_of_body[id(meeting.body)] = meeting


_BUILDERS = (
    ("states", _add_states),
    ("organisations", _add_organisations),
    ("people", _add_people),
    ("bodies", _add_bodies),
    ("dimensions", _add_dimensions),
    ("events", _add_events),
    ("documents", _add_documents_file),
    ("meetings", _add_meeting),
    ("decisions", _add_decisions_file),
)
