"""A meeting file's entities: the meeting, its documents, its agenda with statements, accounts and
decisions, what reports say of it (topics, decisions, offers, summaries), who chaired it, who
hosted it and the contributions announced at it.
"""

from __future__ import annotations

from typing import Optional

from cica_record.record import model as m
from cica_record.record import schema as s
from cica_record.record.builders import add_common, add_document, fill_decision
from cica_record.record.registry import Linker, Where
from cica_record.record.validation import ValidFile
from cica_record.record.yaml_source import SourceFile


def add_meeting(linker: Linker, loaded: ValidFile) -> None:
    item: s.MeetingFile = loaded.shape
    src = loaded.source
    key = item.id or f"{item.body}-{item.date}"
    meeting = m.Meeting(key=key, name=s.Text(en=key), path=f"meetings/{item.date[:4]}/{key}/", session=item.session,
                        date=item.date, no_later_than=item.no_later_than, not_before=item.not_before,
                        end_date=item.end_date, meeting_kind=item.kind.value if item.kind else None,
                        status=item.status.value, place=item.place,
                        format=item.format.value if item.format else None, known_from=item.known_from,
                        summary=item.summary, chair_office=item.chair.office if item.chair else None)
    if not linker.register(key, meeting, (src, ("id",) if item.id else ("date",))):
        return
    add_common(linker, meeting, item, (src, ()))
    linker.record.meetings.append(meeting)
    # Resolved before its statements, which need the chair.
    linker.later(lambda: _resolve_meeting(linker, meeting, item, src))
    for i, paragraph in enumerate(item.opening):
        account = m.Account(meeting=meeting, item=None, text=paragraph.text, wording=paragraph.wording.value,
                            concerns=[], note=paragraph.note)
        meeting.opening.append(account)
        linker.later(lambda account=account, paragraph=paragraph, i=i: _resolve_account(
            linker, account, paragraph, (src, ("opening", i))))
    for i, document in enumerate(item.documents):
        add_document(linker, document, (src, ("documents", i)), meeting)
    for i, agenda_item in enumerate(item.agenda):
        _add_agenda_item(linker, meeting, agenda_item, (src, ("agenda", i)))
    _add_reported(linker, meeting, item, src)


def _add_reported(linker: Linker, meeting: m.Meeting, item: s.MeetingFile, src: SourceFile) -> None:
    """What reports say of a meeting: topics, decisions, offers and our summary, each with its sources."""
    for i, topic in enumerate(item.topics):
        made = m.Topic(meeting=meeting, text=topic.title, sources=[])
        meeting.topics.append(made)
        linker.later(lambda made=made, topic=topic, i=i: _resolve_reported(linker, made, topic, "topics", (src, ("topics", i))))
    for i, entry in enumerate(item.decisions):
        where = (src, ("decisions", i))
        decision = m.Decision(key=f"{meeting.key}/{entry.id}", name=entry.title,
                              path=f"decisions/{meeting.key}/{entry.id}/", meeting=meeting,
                              date=entry.date or meeting.date)
        if linker.register(decision.key, decision, (src, ("decisions", i, "id"))):
            fill_decision(linker, decision, entry, where, meeting)
            meeting.decided.append(decision)
            linker.later(lambda decision=decision: linker.cite(meeting, "decisions", decision.sources))
    for i, offer in enumerate(item.offers):
        made = m.Offer(meeting=meeting, text=offer.text, sources=[])
        meeting.offers_made.append(made)
        linker.later(lambda made=made, offer=offer, i=i: _resolve_offer(linker, made, offer, (src, ("offers", i))))
    for i, report in enumerate(item.reports):
        made = m.Report(meeting=meeting, text=report.text, sources=[])
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


def _resolve_offer(linker: Linker, offer: m.Offer, shape: s.OfferEntry, where: Where) -> None:
    src, path = where
    offer.by = linker.resolve_all(shape.by, (src, path + ("by",)), m.SPEAKERS)
    for entity in offer.by:
        entity.offers.append(offer)
    _resolve_reported(linker, offer, shape, "offers", where)


def _add_agenda_item(linker: Linker, meeting: m.Meeting, item: s.AgendaItemEntry, where: Where) -> None:
    src, path = where
    agenda_item = m.AgendaItem(meeting=meeting, number=item.number, title=item.title)
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
        decision = m.Decision(key=f"{meeting.key}/{entry.id}", name=entry.title,
                              path=f"decisions/{meeting.key}/{entry.id}/", meeting=meeting, item=agenda_item,
                              date=meeting.date)
        if not linker.register(decision.key, decision, (src, path + ("id",))):
            return None
        fill_decision(linker, decision, entry, where, meeting)
        return decision
    if isinstance(entry, s.StatementEntry):
        statement = m.Statement(key=entry.id, meeting=meeting, item=agenda_item, speakers=[], text=entry.text,
                                wording=entry.wording.value, concerns=[], sources=[], note=entry.note)
        if entry.id in linker.statements.setdefault(meeting.key, {}):
            linker.error((src, path + ("id",)), f"the statement id '{entry.id}' is used twice in this meeting")
            return None
        linker.statements[meeting.key][entry.id] = statement
        linker.later(lambda: _resolve_statement(linker, statement, entry, where))
        return statement
    account = m.Account(meeting=meeting, item=agenda_item, text=entry.text, wording=entry.wording.value, concerns=[],
                        note=entry.note)
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
        return m.Speaker(entity=meeting.chair, capacity="chair", office=meeting.chair_office)
    if ref == "secretary-general":
        holders = [office.holder for office in linker.secretaries_general() if office.covers(meeting.date)]
        if len(holders) != 1:
            if not linker.waiting.may_hold(m.Person):  # an office set aside for its errors may be the one
                linker.error(where, "cannot tell who was Secretary General on the meeting's date",
                             expected="exactly one person in people.yaml with an office of role secretary-general "
                                      f"covering {meeting.date}", found=f"{len(holders)}")
            return None
        return m.Speaker(entity=holders[0], capacity="secretary-general")
    entity = linker.resolve(ref, where, m.SPEAKERS)
    return m.Speaker(entity=entity) if entity is not None else None


def _resolve_meeting(linker: Linker, meeting: m.Meeting, item: s.MeetingFile, src: SourceFile) -> None:
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
    return m.ChairSeat(holder=holder, office=chair.office, role=chair.role) if holder is not None else None


def _meeting_name(meeting: m.Meeting, lang: str) -> str:
    """Only the body's short name on the meeting's day; templates add the date in the reader's language."""
    short = meeting.body_name.short
    return getattr(short, lang) or short.en


def _add_contribution(linker: Linker, meeting: m.Meeting, item: s.ContributionEntry, where: Where) -> None:
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
    contribution = m.Contribution(state=state, amount=item.amount, currency=item.currency, voluntary=item.voluntary,
                                  when=item.when, meeting=meeting, statement=statement,
                                  sources=linker.resolve_sources(item.source, (src, path + ("source",))))
    state.contributions.append(contribution)
    meeting.contributions.append(contribution)
