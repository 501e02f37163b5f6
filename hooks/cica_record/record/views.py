"""Views of the record derived once it is linked: each body's sequence of meetings and each entity's
dated history, made while linking; and what the pages and the open data ask of the whole record:
the latest meeting with minutes, the decisions still pending, the decisions by their latest state,
the meetings by year, the newest date the record holds. (An entity's statements by year: `periods`.)
"""

from __future__ import annotations

from itertools import groupby
from typing import Optional

from cica_record.record import model as m


def link_meeting_sequence(record: m.Record) -> None:
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


def build_histories(record: m.Record) -> None:
    """Each entity's dated lines across meetings, oldest first: what it chaired, hosted, was given, offered."""
    def add(entity: Optional[m.Entity], date: Optional[str], what: str, target, meeting=None) -> None:
        if entity is not None and date:
            entity.history.append(m.HistoryEntry(date=date, what=what, target=target, meeting=meeting))

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


def latest_meeting_with_minutes(record: m.Record) -> Optional[m.Meeting]:
    """The newest meeting the record holds the minutes of."""
    return next((meeting for meeting in reversed(record.meetings) if meeting.known_from == "minutes"), None)


def pending_decisions(record: m.Record) -> list[m.Decision]:
    """Decisions still open as far as a dated source goes (nothing depends on the day of the build)."""
    return [decision for decision in record.decisions if decision.is_pending]


# The order of the decisions' index: still open first, then those with an outcome, then those taken.
STATE_GROUPS = ("pending-silence", "awaiting-other-body", "outcome", "taken")


def decisions_by_state(record: m.Record) -> list[tuple[str, list[m.Decision]]]:
    """The decisions grouped by the latest state the record knows: one with a recorded outcome is listed by it."""
    return [(group, [d for d in record.decisions if (d.outcome is not None if group == "outcome"
                                                    else d.state == group and d.outcome is None)])
            for group in STATE_GROUPS]


def meetings_by_year(record: m.Record) -> list[tuple[str, list[tuple[m.Body, list[m.Meeting]]]]]:
    """Newest year first; within a year, bodies in the order of bodies.yaml, newest meeting first."""
    years = []
    newest_first = sorted(record.meetings, key=lambda mt: mt.date, reverse=True)
    for year, meetings in groupby(newest_first, key=lambda mt: mt.date[:4]):
        meetings = list(meetings)
        by_body = [(body, [mt for mt in meetings if mt.body is body]) for body in record.bodies]
        years.append((year, [(body, rows) for body, rows in by_body if rows]))
    return years


def newest_date(record: m.Record) -> str:
    """The newest full date of something that has happened: a meeting held (not only announced), a document,
    a decision, an outcome."""
    held = [mt for mt in record.meetings if getattr(mt, "status", "held") != "announced"]
    dated = [*held, *record.documents, *record.decisions, *(d.outcome for d in record.decisions)]
    days = [getattr(item, "date", None) or "" for item in dated if item is not None]
    return max((day for day in days if len(day) == 10), default="1999-01-01")
