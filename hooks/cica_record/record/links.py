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

from cica_record.record import model as m
from cica_record.record import schema as s
from cica_record.record.addresses import check_addresses
from cica_record.record.errors import DataError, dotted
from cica_record.record.salvage import Waiting
from cica_record.record.yaml_source import SourceFile

Where = tuple[SourceFile, tuple]

KIND_WORDS = {
    m.State: "a state code", m.Organisation: "an organisation", m.Person: "a person", m.Body: "a body",
    m.Dimension: "a dimension", m.PriorityArea: "a priority area", m.Event: "an event",
    m.Meeting: "a meeting", m.Document: "a document symbol or id", m.Decision: "a decision",
    m.Source: "an external source",
}
# What an entity's own source supports, by kind (a meeting's depends on how it is known).
SELF_FACTS = {
    m.State: "names", m.Organisation: "name", m.Person: "name", m.Body: "name", m.Dimension: "name",
    m.PriorityArea: "name", m.Event: "event", m.Document: "document", m.Decision: "decision",
}
# The facts of a meeting known from reports that must each cite a source.
REPORTED_FACTS = ("date", "place", "format", "chair", "hosts")
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
    def __init__(self, waiting: Optional[Waiting] = None) -> None:
        self.waiting = waiting or Waiting()  # what files set aside for shape errors may hold
        self.errors: list[DataError] = []
        self.registry: dict[str, object] = {}
        self.defined_at: dict[str, Where] = {}
        self.sources: dict[str, m.Source] = {}
        self.publishers: dict[str, m.Publisher] = {}
        self.disagreement_ids: dict[str, Where] = {}
        self.statements: dict[str, dict[str, m.Statement]] = {}
        self.record = m.Record([], [], [], [], [], [], [], [], [], [], [], [])
        self._pending: list = []  # (callable) resolutions to run after every entity exists
        self._secretaries: Optional[list[m.Office]] = None

    # --- reporting --------------------------------------------------------

    def error(self, where: Where, problem: str, **details: Optional[str]) -> None:
        source, path = where
        self.errors.append(DataError(source.name, source.line_of(path), dotted(source.written_path(path)), problem,
                                     **details))

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
        if self.waiting.covers(candidates, kinds):
            return None  # it may be in a part of a file set aside for its shape errors: it waits for their fix
        self.error(where, f"'{ref}' refers to nothing in the record", expected=_kind_list(kinds), found=f"'{ref}'",
                   hint=self._hint_for_nothing(ref, where))
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

    def resolve_sources(self, refs: Optional[Sequence[str]], where: Where) -> list:
        """An external source by its id in sources.yaml, or a document of the record, for each ref.

        One source may be written as a plain string: its mistakes are then told at the field itself.
        """
        source, path = where
        one = isinstance(_node_at(source.data, path), str)
        found = (self.resolve_source(ref, (source, path if one else path + (i,))) for i, ref in enumerate(refs or ()))
        return [target for target in found if target is not None]

    def cite(self, page: m.Entity, fact: str, sources: Iterable) -> None:
        """Record on `page` that each source supports `fact`, in the order first cited."""
        for source in sources:
            citation = next((c for c in page.citations if c.source is source), None)
            if citation is None:
                citation = m.Citation(source, len(page.citations) + 1)
                page.citations.append(citation)
            if fact not in citation.facts:
                citation.facts.append(fact)

    def _written_key(self, key: str) -> str:
        source, path = self.defined_at[key.casefold()]
        node = source.data
        for part in path:
            node = node[part]
        if isinstance(self.registry[key.casefold()], m.Meeting):  # registered at its id, or at its date
            return key
        return node if isinstance(node, str) else key

    def _hint_for_nothing(self, ref: str, where: Where) -> str:
        """The closest identifier — never one inside another meeting while a closer one exists — or what to add."""
        source, path = where
        near, far = list(self.sources), []
        for key, entity in self.registry.items():
            in_another_meeting = getattr(entity, "meeting", None) is not None and self.defined_at[key][0] is not source
            (far if in_another_meeting else near).append(self._written_key(key))
        is_source = path[-1:] == ("source",)
        for keys in (near,) if is_source else (near, far):
            close = difflib.get_close_matches(ref, keys, n=1, cutoff=0.75)
            if close:
                return f"did you mean '{close[0]}'?"
        if is_source:
            return (f"a source must be in the record: list '{ref}' under documents: — a meeting's minutes in that "
                    f"meeting's file (- symbol: '{ref}', kind: minutes), another document in its meeting's file or "
                    "in data/documents.yaml — or an outside source in data/sources.yaml")
        return "add it to the data first (states.yaml, people.yaml, organisations.yaml, documents.yaml, …)"

    def inferred(self, shape: s.Sourced) -> dict[str, s.Text]:
        return {inference.fact: inference.reason for inference in shape.inferred}

    def finish(self) -> None:
        for action in self._pending:
            action()
        self._pending.clear()


def _node_at(data, path: tuple):
    """The YAML value at `path`, or None where the path leads nowhere."""
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _kind_list(kinds: Sequence[type]) -> str:
    words = [KIND_WORDS[kind] for kind in kinds]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


# --- entity builders: one per kind of file ----------------------------------


def link_record(files: dict[str, list[Loaded]],
                waiting: Optional[Waiting] = None) -> tuple[m.Record, list[DataError]]:
    """Every validated file in, the linked record and every reference error out (but those that wait)."""
    linker = Linker(waiting)
    for loaded in files.get("sources", []):
        _add_sources(linker, loaded)
    for kind, add in _BUILDERS:
        for loaded in files.get(kind, []):
            add(linker, loaded)
    linker.finish()
    _check_meetings(linker)
    check_addresses(linker)
    _link_meeting_sequence(linker.record)
    _build_histories(linker.record)
    return linker.record, linker.errors


def _add_sources(linker: Linker, loaded: Loaded) -> None:
    src = loaded.source
    for i, item in enumerate(loaded.shape.publishers):
        if item.id in linker.publishers:
            linker.error((src, ("publishers", i, "id")), f"the publisher '{item.id}' is defined twice")
            continue
        linker.publishers[item.id] = m.Publisher(item.id, item.name, item.url)
        linker.record.publishers.append(linker.publishers[item.id])
    for i, item in enumerate(loaded.shape.sources):
        if item.id in linker.sources:
            linker.error((src, ("sources", i, "id")), f"the source '{item.id}' is defined twice")
            continue
        publisher = linker.publishers.get(item.publisher)
        if publisher is None:
            close = difflib.get_close_matches(item.publisher, list(linker.publishers), n=1)
            linker.error((src, ("sources", i, "publisher")), f"'{item.publisher}' is not a publisher of sources.yaml",
                         expected="the id of a publisher in the publishers list", found=f"'{item.publisher}'",
                         hint=f"did you mean '{close[0]}'?" if close else "add it under publishers: first")
        source = m.Source(item.id, item.title, item.title_is.value, publisher, item.url, item.date,
                          language=item.language, source_kind=item.kind.value, note=item.note)
        linker.sources[item.id] = source
        linker.record.sources.append(source)
    for i, item in enumerate(loaded.shape.sources):
        if item.cited_in:
            citing = linker.sources.get(item.cited_in)
            if citing is None or citing.key == item.id:
                linker.error((src, ("sources", i, "cited_in")), f"'{item.cited_in}' is not another source of sources.yaml",
                             expected="the id of the source that cites this one", found=f"'{item.cited_in}'")
            linker.sources[item.id].cited_in = citing


def _common(linker: Linker, entity: m.Entity, shape: s.Sourced, where: Where) -> None:
    """Fields every entity shares: its sources, inferences, note and disagreements."""
    entity.inferred = linker.inferred(shape)
    entity.note = shape.note
    src, path = where

    def resolve() -> None:
        entity.sources = linker.resolve_sources(shape.source, (src, path + ("source",)))
        fact = entity.known_from if isinstance(entity, m.Meeting) else SELF_FACTS[type(entity)]
        linker.cite(entity, fact, entity.sources)
        for source in entity.sources:
            if isinstance(source, m.Document):
                source.sources_of.append(entity)

    linker.later(resolve)
    if isinstance(shape, s.Disputed):
        # Queued behind the entity's other facts: a page numbers its sources in reading order, versions last.
        linker.later(lambda: _add_disagreements(linker, entity, shape.disagreements, (src, path + ("disagreements",))))


def _add_disagreements(linker: Linker, owner, shapes: Sequence[s.Disagreement], where: Where) -> None:
    src, path = where
    for i, item in enumerate(shapes):
        at = (src, path + (i,))
        if item.id in linker.disagreement_ids:
            first_src, first_path = linker.disagreement_ids[item.id]
            linker.error((src, path + (i, "id")), f"the disagreement id '{item.id}' is already used",
                         hint=f"first used at {first_src.name}:{first_src.line_of(first_path)}; it is the anchor "
                              "v-ID on pages, so it must be unique in the record")
            continue
        linker.disagreement_ids[item.id] = at
        versions = [m.Version(v.text, [], v.date, v.end_date, v.note) for v in item.versions]
        disagreement = m.Disagreement(item.id, owner, item.fact, item.about, versions, item.note)
        owner.disagreements.append(disagreement)
        linker.record.disagreements.append(disagreement)
        linker.later(lambda d=disagreement, item=item, at=at: _resolve_disagreement(linker, d, item, at))


def _resolve_disagreement(linker: Linker, disagreement: m.Disagreement, item: s.Disagreement, where: Where) -> None:
    src, path = where
    page = disagreement.page
    if page is not disagreement.owner:
        page.disagreements.append(disagreement)
    for j, (version, shape) in enumerate(zip(disagreement.versions, item.versions)):
        version.sources = linker.resolve_sources(shape.source, (src, path + ("versions", j, "source")))
        linker.cite(page, "versions", version.sources)
    disagreement.concerns = linker.resolve_all(item.concerns, (src, path + ("concerns",)))
    for target in disagreement.concerns:
        if disagreement not in target.disagreements:
            target.disagreements.append(disagreement)


def _decided_by(linker: Linker, ref: Optional[str], where: Where) -> Optional[m.Decision]:
    return linker.resolve(ref, where, (m.Decision,)) if ref else None


def _statuses(linker: Linker, owner: m.Entity, shapes: Sequence[s.Status], where: Where) -> list[m.Status]:
    out = []
    src, path = where
    for i, item in enumerate(shapes):
        status = m.Status(item.status.value, item.since, item.until, item.since_text, [],
                          linker.inferred(item), item.note)
        out.append(status)

        def resolve(status=status, item=item, i=i) -> None:
            status.sources = linker.resolve_sources(item.source, (src, path + (i, "source")))
            linker.cite(owner, "status", status.sources)
            status.decided_by = _decided_by(linker, item.decided_by, (src, path + (i, "decided_by")))

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
        state.statuses = _statuses(linker, state, item.statuses, (src, path + ("statuses",)))


def _add_organisations(linker: Linker, loaded: Loaded) -> None:
    make = lambda item: m.Organisation(item.id, item.name, f"organisations/{item.id}/",  # noqa: E731
                                       short=item.short, aliases=list(item.aliases))
    for org, item, (src, path) in _each_entity(linker, loaded, "organisations", make, linker.record.organisations):
        org.statuses = _statuses(linker, org, item.statuses, (src, path + ("statuses",)))


def _add_people(linker: Linker, loaded: Loaded) -> None:
    make = lambda item: m.Person(item.id, item.name, f"people/{item.id}/")  # noqa: E731
    for person, item, (src, path) in _each_entity(linker, loaded, "people", make, linker.record.people):
        for j, shape in enumerate(item.offices):
            office = m.Office(shape.title, person, None, shape.role, shape.start, shape.end, [],
                              linker.inferred(shape), shape.note, as_of=shape.as_of)
            person.offices.append(office)
            linker.later(lambda office=office, shape=shape, at=(src, path + ("offices", j)):
                         _resolve_office(linker, office, shape, at))


def _resolve_office(linker: Linker, office: m.Office, shape: s.Office, where: Where) -> None:
    src, path = where
    office.sources = linker.resolve_sources(shape.source, (src, path + ("source",)))
    linker.cite(office.holder, "offices", office.sources)
    office.decided_by = _decided_by(linker, shape.decided_by, (src, path + ("decided_by",)))
    if shape.body:
        office.body = linker.resolve(shape.body, (src, path + ("body",)), (m.Body, m.State, m.Organisation))
        if isinstance(office.body, m.Body):
            office.body.offices.append(office)
            linker.cite(office.body, "offices", office.sources)


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
                                  linker.resolve_sources(item.source, (src, path + ("source",))), item.note)
    linker.cite(state, "chairmanship", chairmanship.sources)
    chairmanship.decided_by = _decided_by(linker, item.decided_by, (src, path + ("decided_by",)))
    if item.handover:
        chairmanship.handover = linker.resolve(item.handover, (src, path + ("handover",)), (m.Meeting,))
        if chairmanship.handover:
            chairmanship.handover.handovers.append(chairmanship)
    state.chairmanships.append(chairmanship)
    linker.record.chairmanships.append(chairmanship)
    # This runs among the later steps; the disagreements' own later steps still run before finish() ends.
    _add_disagreements(linker, chairmanship, item.disagreements, (src, path + ("disagreements",)))


def _add_dimensions(linker: Linker, loaded: Loaded) -> None:
    make = lambda item: m.Dimension(item.id, item.name, f"dimensions/{item.id}/")  # noqa: E731
    for dimension, item, (src, path) in _each_entity(linker, loaded, "dimensions", make, linker.record.dimensions):
        _add_roles(linker, dimension, item.roles, (src, path + ("roles",)))
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
    _add_roles(linker, area, item.roles, (src, path + ("roles",)))


def _add_roles(linker: Linker, area, shapes: Sequence[s.Role], where: Where) -> None:
    src, path = where
    for k, shape in enumerate(shapes):
        role = m.Role(shape.role.value, shape.status.value, None, area, shape.as_of, shape.start, shape.end, [],
                      shape.note)
        area.roles.append(role)
        linker.later(lambda role=role, shape=shape, k=k: _resolve_role(linker, role, shape, (src, path + (k,))))


def _resolve_role(linker: Linker, role: m.Role, shape: s.Role, where: Where) -> None:
    src, path = where
    role.sources = linker.resolve_sources(shape.source, (src, path + ("source",)))
    linker.cite(role.area, "roles", role.sources)
    role.decided_by = _decided_by(linker, shape.decided_by, (src, path + ("decided_by",)))
    if shape.state:
        role.state = linker.resolve(shape.state, (src, path + ("state",)), (m.State,))
        if role.state:
            role.state.roles.append(role)
            linker.cite(role.state, "roles", role.sources)


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
    if document.meeting is not None and document in document.meeting.own_documents:
        linker.cite(document.meeting, "documents", document.sources)
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

        decision.taken_by = item.taken_by

        def resolve(decision=decision, item=item, where=where) -> None:
            if item.body:
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
    decision.wording = item.wording.value
    decision.silence_procedure = item.silence_procedure
    decision.deadline = item.deadline
    decision.period = item.period
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
                                     linker.resolve_sources(item.outcome.source, (src, path + ("outcome", "source"))))
        linker.cite(decision, "outcome", decision.outcome.sources)
        decision.outcome.decision = _decided_by(linker, item.outcome.decision, (src, path + ("outcome", "decision")))
        if decision.outcome.decision:
            decision.outcome.decision.settles.append(decision)


def _add_meeting(linker: Linker, loaded: Loaded) -> None:
    item: s.Meeting = loaded.shape
    src = loaded.source
    key = item.id or f"{item.body}-{item.date}"
    meeting = m.Meeting(key, s.Text(en=key), f"meetings/{item.date[:4]}/{key}/", session=item.session,
                        date=item.date, no_later_than=item.no_later_than, end_date=item.end_date,
                        status=item.status.value, place=item.place,
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
        linker.later(lambda account=account, paragraph=paragraph, i=i: _resolve_account(
            linker, account, paragraph, (src, ("opening", i))))
    for i, document in enumerate(item.documents):
        _add_document(linker, document, (src, ("documents", i)), meeting)
    for i, agenda_item in enumerate(item.agenda):
        _add_agenda_item(linker, meeting, agenda_item, (src, ("agenda", i)))
    _add_reported(linker, meeting, item, src)


def _add_reported(linker: Linker, meeting: m.Meeting, item: s.Meeting, src: SourceFile) -> None:
    """What reports say of a meeting: topics, decisions, offers and our summary, each with its sources."""
    for i, topic in enumerate(item.topics):
        made = m.Topic(meeting, topic.title, [])
        meeting.topics.append(made)
        linker.later(lambda made=made, topic=topic, i=i: _resolve_reported(linker, made, topic, "topics", (src, ("topics", i))))
    for i, entry in enumerate(item.decisions):
        where = (src, ("decisions", i))
        decision = m.Decision(f"{meeting.key}/{entry.id}", entry.title, f"decisions/{meeting.key}/{entry.id}/",
                              meeting=meeting, date=entry.date or meeting.date)
        if linker.register(decision.key, decision, (src, ("decisions", i, "id"))):
            _fill_decision(linker, decision, entry, where, meeting)
            meeting.decided.append(decision)
            linker.later(lambda decision=decision: linker.cite(meeting, "decisions", decision.sources))
    for i, offer in enumerate(item.offers):
        made = m.Offer(meeting, offer.text, [])
        meeting.offers_made.append(made)
        linker.later(lambda made=made, offer=offer, i=i: _resolve_offer(linker, made, offer, (src, ("offers", i))))
    for i, report in enumerate(item.reports):
        made = m.Report(meeting, report.text, [])
        meeting.reports.append(made)
        linker.later(lambda made=made, report=report, i=i: _resolve_reported(
            linker, made, report, "reports_text", (src, ("reports", i))))


def _resolve_reported(linker: Linker, made, shape, fact: str, where: Where) -> None:
    src, path = where
    made.sources = linker.resolve_sources(shape.source, (src, path + ("source",)))
    linker.cite(made.meeting, fact, made.sources)
    made.concerns = linker.resolve_all(shape.concerns, (src, path + ("concerns",)), meeting=made.meeting)
    for target in made.concerns:
        target.reported_in.append(made)


def _resolve_offer(linker: Linker, offer: m.Offer, shape: s.Offer, where: Where) -> None:
    src, path = where
    offer.by = linker.resolve_all(shape.by, (src, path + ("by",)), SPEAKERS)
    for entity in offer.by:
        entity.offers.append(offer)
    _resolve_reported(linker, offer, shape, "offers", where)


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
        statement = m.Statement(entry.id, meeting, agenda_item, [], entry.text, entry.wording.value, [], [],
                                entry.note)
        if entry.id in linker.statements.setdefault(meeting.key, {}):
            linker.error((src, path + ("id",)), f"the statement id '{entry.id}' is used twice in this meeting")
            return None
        linker.statements[meeting.key][entry.id] = statement
        linker.later(lambda: _resolve_statement(linker, statement, entry, where))
        return statement
    account = m.Account(meeting, agenda_item, entry.text, entry.wording.value, [], entry.note)
    linker.later(lambda: _resolve_account(linker, account, entry, where))
    return account


def _resolve_account(linker: Linker, account: m.Account, entry: s.Paragraph, where: Where) -> None:
    src, path = where
    account.sources = linker.resolve_sources(entry.source, (src, path + ("source",)))
    _resolve_concerns(linker, account, entry, where)


def _resolve_concerns(linker: Linker, proceeding, entry, where: Where) -> None:
    src, path = where
    proceeding.concerns = linker.resolve_all(entry.concerns, (src, path + ("concerns",)), meeting=proceeding.meeting)
    for target in proceeding.concerns:
        target.mentioned_in.append(proceeding)


def _resolve_statement(linker: Linker, statement: m.Statement, entry: s.StatementEntry, where: Where) -> None:
    src, path = where
    statement.sources = linker.resolve_sources(entry.source, (src, path + ("source",)))
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
            if not linker.waiting.may_hold(m.Person):  # an office set aside for its errors may be the one
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
        seat = _chair_seat(linker, meeting, item.chair, (src, ("chair",)))
        if seat is not None:
            meeting.chairs.append(seat)
            meeting.chair = seat.holder if isinstance(seat.holder, m.Person) else None
    for i, chair in enumerate(item.co_chairs):
        seat = _chair_seat(linker, meeting, chair, (src, ("co_chairs", i)))
        if seat is not None:
            meeting.chairs.append(seat)
    meeting.hosts = linker.resolve_all(item.hosts, (src, ("hosts",)), (m.State, m.Organisation, m.Body))
    for host in meeting.hosts:
        host.meetings.append(meeting)
    for fact in s.FactSources.model_fields:
        sources = linker.resolve_sources(getattr(item.cite, fact), (src, ("cite", fact)))
        if sources:
            meeting.cite[fact] = sources
            linker.cite(meeting, fact, sources)
    meeting.mentioned_by = linker.resolve_all(item.mentioned_in, (src, ("mentioned_in",)), (m.Document,))
    for document in meeting.mentioned_by:
        document.concerns.append(meeting)
    for i, contribution in enumerate(item.contributions):
        _add_contribution(linker, meeting, contribution, (src, ("contributions", i)))


def _chair_seat(linker: Linker, meeting: m.Meeting, chair: s.Chair, where: Where) -> Optional[m.ChairSeat]:
    src, path = where
    if chair.person:
        holder = linker.resolve(chair.person, (src, path + ("person",)), (m.Person,))
        if holder is not None:
            holder.chaired.append(meeting)
    else:
        holder = linker.resolve(chair.state, (src, path + ("state",)), (m.State,))
        if holder is not None:
            holder.meetings.append(meeting)
    return m.ChairSeat(holder, chair.office, chair.role) if holder is not None else None


def _meeting_name(meeting: m.Meeting, lang: str) -> str:
    """Only the body's short name; templates add the date in the reader's language."""
    return getattr(meeting.body.short, lang) or meeting.body.short.en


def _add_contribution(linker: Linker, meeting: m.Meeting, item: s.Contribution, where: Where) -> None:
    src, path = where
    state = linker.resolve(item.state, (src, path + ("state",)), (m.State,))
    statement = None
    if item.statement:
        statement = linker.statements.get(meeting.key, {}).get(item.statement)
        if statement is None and not linker.waiting.covers([f"{meeting.key}/{item.statement}"], ()):
            linker.error((src, path + ("statement",)), f"no statement '{item.statement}' in this meeting",
                         hint="give the id of one of this meeting's statements")
    if state is None:
        return
    contribution = m.Contribution(state, item.amount, item.currency, item.voluntary, item.when, meeting,
                                  statement, linker.resolve_sources(item.source, (src, path + ("source",))))
    state.contributions.append(contribution)
    meeting.contributions.append(contribution)


def _check_meetings(linker: Linker) -> None:
    """What a meeting may hold depends on how it is known and whether it was held."""
    for meeting in linker.record.meetings:
        src, _ = linker.defined_at[meeting.key.casefold()]
        at = lambda *path, src=src: (src, path)  # noqa: E731 - a short local helper reads best here
        if meeting.is_announced and (meeting.all_decisions or [d for d in meeting.decisions if d.meeting is meeting]):
            linker.error(at("status"), "an announced meeting cannot have decisions",
                         hint="a meeting only announced was not (as far as the sources say) held: record its decisions "
                              "once a source reports it held, and then set status: held")
        if meeting.known_from == "reports":
            _check_reported_meeting(linker, meeting, src.data, at)
        else:
            for field in ("topics", "decisions", "offers"):
                if src.data.get(field):
                    linker.error(at(field), f"only a meeting known from reports has {field} of its own",
                                 hint="a meeting known from its minutes (or a mention) records its agenda, "
                                      "statements and decisions under agenda:, in the source's words; what press "
                                      "reports add goes under reports:")


def _check_reported_meeting(linker: Linker, meeting: m.Meeting, data: dict, at) -> None:
    """A meeting known from reports: no minutes, a source for every fact, our own words."""
    if data.get("agenda") or data.get("opening"):
        linker.error(at("agenda" if data.get("agenda") else "opening"),
                     "a meeting known from reports has no minutes to transcribe",
                     hint="put what reports say under topics:, decisions:, offers: and reports:, each with its source")
    cited = data.get("cite") if isinstance(data.get("cite"), dict) else {}
    for fact in REPORTED_FACTS:
        if data.get(fact) and not cited.get(fact):  # a source written but not found is reported where it is written
            linker.error(at(fact), f"the fact '{fact}' cites no source",
                         hint=f"a meeting known from reports cites the source of each fact: add "
                              f"cite: {{{fact}: [source-id]}} (an id in data/sources.yaml)")
    for i, decision in enumerate(data.get("decisions") or ()):
        if decision.get("wording") == "minutes":
            linker.error(at("decisions", i, "wording"), "a meeting known from reports has no minutes to quote",
                         expected="wording: summary (our summary of the reports)", found="'minutes'")
    for i, document in enumerate(data.get("documents") or ()):
        if not document.get("source"):
            linker.error(at("documents", i), "a document named in reports cites no source",
                         hint="add source: the id of the report that names it")


def _link_meeting_sequence(record: m.Record) -> None:
    """Previous and next meeting of the same body, by date, among the meetings held.

    A meeting only announced is not in the sequence, but links to the held meetings around it.
    """
    record.meetings.sort(key=lambda meeting: (meeting.date, meeting.key))
    last_held: dict[int, m.Meeting] = {}
    waiting: dict[int, list[m.Meeting]] = {}
    for meeting in record.meetings:
        body = id(meeting.body)
        if meeting.is_announced:
            meeting.previous = last_held.get(body)
            waiting.setdefault(body, []).append(meeting)
            continue
        previous = last_held.get(body)
        if previous is not None:
            previous.next, meeting.previous = meeting, previous
        for announced in waiting.pop(body, []):
            announced.next = meeting
        last_held[body] = meeting


def _build_histories(record: m.Record) -> None:
    """Each entity's dated lines across meetings, oldest first: what it chaired, hosted, was given, offered."""
    def add(entity: Optional[m.Entity], date: Optional[str], what: str, target, meeting=None) -> None:
        if entity is not None and date:
            entity.history.append(m.HistoryEntry(date, what, target, meeting))

    for meeting in record.meetings:
        add(meeting.body, meeting.date, "meeting", meeting, meeting)
        for seat in meeting.chairs:
            add(seat.holder, meeting.date, "chaired", meeting, meeting)
        for host in meeting.hosts:
            add(host, meeting.date, "hosted", meeting, meeting)
        for reported in [*meeting.topics, *meeting.reports]:
            for target in reported.concerns:
                add(target, meeting.date, "reported", reported, meeting)
        for offer in meeting.offers_made:
            for target in [*offer.by, *offer.concerns]:
                add(target, meeting.date, "offer", offer, meeting)
    for decision in record.decisions:
        for target in decision.concerns:
            add(target, decision.date, "decision", decision, decision.meeting)
    for state in record.states:
        for status in state.statuses:
            add(state, status.since, "status", status, status.decided_by.meeting if status.decided_by else None)
        for chairmanship in state.chairmanships:
            add(state, chairmanship.start, "chairmanship", chairmanship, chairmanship.handover)
    for organisation in record.organisations:
        for status in organisation.statuses:
            add(organisation, status.since, "status", status)
    for role in [r for entity in [*record.dimensions, *record.areas] for r in entity.roles]:
        for entity in (role.area, role.state):
            add(entity, role.start or role.as_of, "role", role, role.decided_by.meeting if role.decided_by else None)
    for person in record.people:
        for office in person.offices:
            add(person, office.start or office.as_of, "office", office)
    for entity in record.entities():
        entity.history.sort(key=lambda entry: entry.date)


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
