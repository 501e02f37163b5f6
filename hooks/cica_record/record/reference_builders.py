"""The entities of the reference files: sources, states, organisations, people, bodies and
chairmanships, dimensions with their priority areas and roles, events, documents and decisions
known outside a meeting. One builder per file, registered in `BUILDERS` by the file's kind.
"""

from __future__ import annotations

import difflib
from typing import Sequence

from cica_record.record import model as m
from cica_record.record import schema as s
from cica_record.record.builders import add_common, add_disagreements, add_document, decided_by, fill_decision
from cica_record.record.registry import Linker, Where
from cica_record.record.validation import ValidFile


def add_sources(linker: Linker, loaded: ValidFile) -> None:
    src = loaded.source
    for i, item in enumerate(loaded.shape.publishers):
        if item.id in linker.publishers:
            linker.error((src, ("publishers", i, "id")), f"the publisher '{item.id}' is defined twice")
            continue
        linker.publishers[item.id] = m.Publisher(key=item.id, name=item.name, url=item.url)
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
        source = m.Source(key=item.id, title=item.title, title_is=item.title_is.value, publisher=publisher,
                          url=item.url, date=item.date, language=item.language, note=item.note)
        linker.sources[item.id] = source
        linker.record.sources.append(source)
    for i, item in enumerate(loaded.shape.sources):
        if item.cited_in:
            citing = linker.sources.get(item.cited_in)
            if citing is None or citing.key == item.id:
                linker.error((src, ("sources", i, "cited_in")), f"'{item.cited_in}' is not another source of sources.yaml",
                             expected="the id of the source that cites this one", found=f"'{item.cited_in}'")
            linker.sources[item.id].cited_in = citing


def _statuses(linker: Linker, owner: m.Entity, shapes: Sequence[s.StatusEntry], where: Where) -> list[m.Status]:
    out = []
    src, path = where
    for i, item in enumerate(shapes):
        status = m.Status(holder=owner, status=item.status.value, since=item.since, until=item.until,
                          since_text=item.since_text, no_later_than=item.no_later_than, until_text=item.until_text,
                          sources=[], inferred=linker.inferred(item), note=item.note)
        out.append(status)

        def resolve(status=status, item=item, i=i) -> None:
            status.sources = linker.resolve_sources(item.source, (src, path + (i, "source")))
            linker.cite(owner, "status", status.sources)
            status.decided_by = decided_by(linker, item.decided_by, (src, path + (i, "decided_by")))
            # Among the later steps, so that the versions' sources come after the page's own facts. They are
            # the holder's (its page shows them); the status keeps them to mark its date as disputed.
            status.disagreements = add_disagreements(linker, owner, item.disagreements, (src, path + (i, "disagreements")))

        linker.later(resolve)
    return out


def _each_entity(linker: Linker, loaded: ValidFile, field: str, make, into: list) -> list:
    """Create, register and keep each entity of a reference file; (entity, item, where) of those that took."""
    kept = []
    for i, item in enumerate(getattr(loaded.shape, field)):
        where = (loaded.source, (field, i))
        entity = make(item)
        if linker.register(item.id, entity, (loaded.source, (field, i, "id"))):
            add_common(linker, entity, item, where)
            into.append(entity)
            kept.append((entity, item, where))
    return kept


def add_states(linker: Linker, loaded: ValidFile) -> None:
    make = lambda item: m.State(key=item.id, name=item.name, path=f"states/{item.id.lower()}/",  # noqa: E731
                                aliases=list(item.aliases))  # noqa: E731
    for state, item, (src, path) in _each_entity(linker, loaded, "states", make, linker.record.states):
        state.statuses = _statuses(linker, state, item.statuses, (src, path + ("statuses",)))


def add_organisations(linker: Linker, loaded: ValidFile) -> None:
    make = lambda item: m.Organisation(key=item.id, name=item.name, path=f"organisations/{item.id}/",  # noqa: E731
                                       short=item.short, aliases=list(item.aliases))
    for org, item, (src, path) in _each_entity(linker, loaded, "organisations", make, linker.record.organisations):
        org.statuses = _statuses(linker, org, item.statuses, (src, path + ("statuses",)))


def add_people(linker: Linker, loaded: ValidFile) -> None:
    make = lambda item: m.Person(  # noqa: E731
        key=item.id, name=item.name, family_name=item.family_name, path=f"people/{item.id}/")
    for person, item, (src, path) in _each_entity(linker, loaded, "people", make, linker.record.people):
        for j, shape in enumerate(item.offices):
            office = m.Office(title=shape.title, holder=person, body=None, role=shape.role, start=shape.start,
                              end=shape.end, sources=[], inferred=linker.inferred(shape), note=shape.note,
                              as_of=shape.as_of)
            person.offices.append(office)
            linker.later(lambda office=office, shape=shape, at=(src, path + ("offices", j)):
                         _resolve_office(linker, office, shape, at))


def _resolve_office(linker: Linker, office: m.Office, shape: s.OfficeEntry, where: Where) -> None:
    src, path = where
    office.sources = linker.resolve_sources(shape.source, (src, path + ("source",)))
    linker.cite(office.holder, "offices", office.sources)
    office.decided_by = decided_by(linker, shape.decided_by, (src, path + ("decided_by",)))
    if shape.body:
        office.body = linker.resolve(shape.body, (src, path + ("body",)), (m.Body, m.State, m.Organisation))
        if isinstance(office.body, m.Body):
            office.body.offices.append(office)
            linker.cite(office.body, "offices", office.sources)


def add_bodies(linker: Linker, loaded: ValidFile) -> None:
    make = lambda item: m.Body(  # noqa: E731
        key=item.id, name=item.name, path=f"bodies/{item.id}/", short=item.short, forms=item.forms,
        former_names=[m.BodyName(name=f.name, short=f.short, forms=f.forms, until=f.until) for f in item.former_names])
    _each_entity(linker, loaded, "bodies", make, linker.record.bodies)
    for i, item in enumerate(loaded.shape.chairmanships):
        linker.later(lambda item=item, i=i: _resolve_chairmanship(linker, item, (loaded.source, ("chairmanships", i))))


def _resolve_chairmanship(linker: Linker, item: s.ChairmanshipEntry, where: Where) -> None:
    src, path = where
    state = linker.resolve(item.state, (src, path + ("state",)), (m.State,))
    if state is None:
        return
    chairmanship = m.Chairmanship(state=state, start=item.start, end=item.end, note=item.note,
                                  sources=linker.resolve_sources(item.source, (src, path + ("source",))))
    linker.cite(state, "chairmanship", chairmanship.sources)
    chairmanship.decided_by = decided_by(linker, item.decided_by, (src, path + ("decided_by",)))
    if item.handover:
        chairmanship.handover = linker.resolve(item.handover, (src, path + ("handover",)), (m.Meeting,))
        if chairmanship.handover:
            chairmanship.handover.handovers.append(chairmanship)
    state.chairmanships.append(chairmanship)
    linker.record.chairmanships.append(chairmanship)
    # This runs among the later steps; the disagreements' own later steps still run before finish() ends.
    add_disagreements(linker, chairmanship, item.disagreements, (src, path + ("disagreements",)))


def add_dimensions(linker: Linker, loaded: ValidFile) -> None:
    make = lambda item: m.Dimension(key=item.id, name=item.name, path=f"dimensions/{item.id}/")  # noqa: E731
    for dimension, item, (src, path) in _each_entity(linker, loaded, "dimensions", make, linker.record.dimensions):
        _add_roles(linker, dimension, item.roles, (src, path + ("roles",)))
        for j, area_shape in enumerate(item.areas):
            _add_area(linker, dimension, area_shape, (src, path + ("areas", j)))


def _add_area(linker: Linker, dimension: m.Dimension, item: s.PriorityAreaEntry, where: Where) -> None:
    src, path = where
    area = m.PriorityArea(key=item.id, name=item.name, path=f"priority-areas/{item.id}/", dimension=dimension)
    if not linker.register(item.id, area, (src, path + ("id",))):
        return
    add_common(linker, area, item, where)
    dimension.areas.append(area)
    linker.record.areas.append(area)
    _add_roles(linker, area, item.roles, (src, path + ("roles",)))


def _add_roles(linker: Linker, area, shapes: Sequence[s.RoleEntry], where: Where) -> None:
    src, path = where
    for k, shape in enumerate(shapes):
        role = m.Role(role=shape.role.value, status=shape.status.value, state=None, area=area, as_of=shape.as_of,
                      start=shape.start, end=shape.end, sources=[], note=shape.note)
        area.roles.append(role)
        linker.later(lambda role=role, shape=shape, k=k: _resolve_role(linker, role, shape, (src, path + (k,))))


def _resolve_role(linker: Linker, role: m.Role, shape: s.RoleEntry, where: Where) -> None:
    src, path = where
    role.sources = linker.resolve_sources(shape.source, (src, path + ("source",)))
    linker.cite(role.area, "roles", role.sources)
    role.decided_by = decided_by(linker, shape.decided_by, (src, path + ("decided_by",)))
    if shape.state:
        role.state = linker.resolve(shape.state, (src, path + ("state",)), (m.State,))
        if role.state:
            role.state.roles.append(role)
            linker.cite(role.state, "roles", role.sources)


def add_events(linker: Linker, loaded: ValidFile) -> None:
    make = lambda item: m.Event(key=item.id, name=item.name, path=f"events/{item.id}/", date=item.date,  # noqa: E731
                                end_date=item.end_date, place=item.place, status=item.status.value)
    for event, item, (src, path) in _each_entity(linker, loaded, "events", make, linker.record.events):
        linker.later(lambda event=event, item=item, at=(src, path + ("organisers",)): _resolve_organisers(
            linker, event, item, at))


def _resolve_organisers(linker: Linker, event: m.Event, item: s.EventEntry, where: Where) -> None:
    event.organisers = linker.resolve_all(item.organisers, where, (m.State, m.Organisation, m.Body, m.Person))
    for organiser in event.organisers:
        organiser.events.append(event)


def add_documents_file(linker: Linker, loaded: ValidFile) -> None:
    for i, item in enumerate(loaded.shape.documents):
        add_document(linker, item, (loaded.source, ("documents", i)), None)


def add_decisions_file(linker: Linker, loaded: ValidFile) -> None:
    for i, item in enumerate(loaded.shape.decisions):
        where = (loaded.source, ("decisions", i))
        decision = m.Decision(key=item.id, name=item.title, path=f"decisions/{item.id}/", date=item.date)
        if not linker.register(item.id, decision, (where[0], where[1] + ("id",))):
            continue
        fill_decision(linker, decision, item, where, None)

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
