"""What the builders of every kind of entity share: sources, inferences, notes, disagreements, and
the documents and decisions that both reference files and meeting files hold.

Each builder makes its objects of the model at once and queues the resolution of their references
(`Linker.later`), which runs once every entity exists.
"""

from __future__ import annotations

from typing import Optional, Sequence

from cica_record.record import model as m
from cica_record.record import schema as s
from cica_record.record.addresses import symbol_path
from cica_record.record.registry import Linker, Where


SELF_FACTS = {
    m.State: "names", m.Organisation: "name", m.Person: "name", m.Body: "name", m.Dimension: "name",
    m.PriorityArea: "name", m.Event: "event", m.Document: "document", m.Decision: "decision",
}


def add_common(linker: Linker, entity: m.Entity, shape: s.Sourced, where: Where) -> None:
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
        linker.later(lambda: add_disagreements(linker, entity, shape.disagreements, (src, path + ("disagreements",))))


def add_disagreements(linker: Linker, owner, shapes: Sequence[s.DisagreementEntry], where: Where) -> list[m.Disagreement]:
    """The disagreements of `owner`'s facts, each registered by its id; those made, to keep where a part shows them."""
    made = []
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
        versions = [m.Version(text=v.text, sources=[], date=v.date, end_date=v.end_date, note=v.note)
                    for v in item.versions]
        disagreement = m.Disagreement(key=item.id, owner=owner, fact=item.fact, about=item.about, versions=versions,
                                       note=item.note)
        owner.disagreements.append(disagreement)
        linker.record.disagreements.append(disagreement)
        made.append(disagreement)
        linker.later(lambda d=disagreement, item=item, at=at: _resolve_disagreement(linker, d, item, at))
    return made


def _resolve_disagreement(linker: Linker, disagreement: m.Disagreement, item: s.DisagreementEntry, where: Where) -> None:
    src, path = where
    page = disagreement.page
    if page is not disagreement.owner:
        page.disagreements.append(disagreement)
    for j, (version, shape) in enumerate(zip(disagreement.versions, item.versions)):
        version.sources = linker.resolve_sources(shape.source, (src, path + ("versions", j, "source")))
        linker.cite(page, "versions", version.sources)
        version.who = linker.resolve_all(shape.who, (src, path + ("versions", j, "who")), m.SPEAKERS)
    disagreement.concerns = linker.resolve_all(item.concerns, (src, path + ("concerns",)))
    for target in disagreement.concerns:
        if disagreement not in target.disagreements:
            target.disagreements.append(disagreement)


def decided_by(linker: Linker, ref: Optional[str], where: Where) -> Optional[m.Decision]:
    return linker.resolve(ref, where, (m.Decision,)) if ref else None


def add_document(linker: Linker, item: s.DocumentEntry, where: Where, meeting: Optional[m.Meeting]) -> None:
    src, path = where
    key = item.symbol or item.id
    name = s.Text(en=item.symbol) if item.symbol else (item.title or s.Text(en=item.id))
    page = f"documents/{symbol_path(item.symbol) if item.symbol else item.id}/"
    document = m.Document(key=key, name=name, path=page, symbol=item.symbol, doc_kind=item.kind.value, date=item.date,
                          title=item.title, distribution=item.distribution, links=item.links, text=item.text,
                          meeting=meeting)
    if not linker.register(key, document, (src, path + ("symbol" if item.symbol else "id",))):
        return
    if item.symbol and item.id and not linker.register(item.id, document, (src, path + ("id",))):
        return
    add_common(linker, document, item, where)
    linker.record.documents.append(document)
    if meeting is not None:
        meeting.own_documents.append(document)
    linker.later(lambda: _resolve_document(linker, document, item, where))


def _resolve_document(linker: Linker, document: m.Document, item: s.DocumentEntry, where: Where) -> None:
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


def fill_decision(linker: Linker, decision: m.Decision, item: s.DecisionFields, where: Where,
                   meeting: Optional[m.Meeting]) -> None:
    add_common(linker, decision, item, where)
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
        decision.outcome = m.Outcome(date=item.outcome.date, text=item.outcome.text, answers=item.outcome.answers.value,
                                     sources=linker.resolve_sources(item.outcome.source,
                                                                    (src, path + ("outcome", "source"))))
        linker.cite(decision, "outcome", decision.outcome.sources)
        decision.outcome.decision = decided_by(linker, item.outcome.decision, (src, path + ("outcome", "decision")))
        if decision.outcome.decision:
            decision.outcome.decision.settles.append(decision)
