"""Views of the record derived once it is linked: each body's sequence of meetings and each entity's
dated history, made while linking; and what the pages and the open data ask of the whole record:
the latest meeting held and the next announced, the decisions still open and those whose outcome is
not in the public record, the decisions by where they stand, the meetings by year. (Where things stand
as of the record's date: `standing`; who chaired for which state: `chairing`; an entity's statements
by year: `periods`.)
"""

from __future__ import annotations

from itertools import groupby
from typing import Optional

from cica_record.record import model as m
from cica_record.record.model.entities import first_day, last_day
from cica_record.record.standing import DEADLINE_PASSED, OPEN, UNREPORTED


def link_meeting_sequence(record: m.Record) -> None:
    """Previous and next meeting of the same body, by date, among the meetings held.

    A meeting only announced is not in the sequence, but links to the held meetings around it.
    """
    record.meetings.sort(key=lambda meeting: meeting.order)
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
            if isinstance(seat.holder, m.Person):
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
            add(state, status.began, "status", status, status.decided_by.meeting if status.decided_by else None)
        for chairmanship in state.chairmanships:
            add(state, chairmanship.start, "chairmanship", chairmanship, chairmanship.handover)
        for credit in state.chaired:
            add(state, credit.meeting.date, "chaired", credit, credit.meeting)
    for organisation in record.organisations:
        for status in organisation.statuses:
            add(organisation, status.began, "status", status)
    for role in [r for entity in [*record.dimensions, *record.areas] for r in entity.roles]:
        for entity in (role.area, role.state):
            add(entity, role.start or role.as_of, "role", role, role.decided_by.meeting if role.decided_by else None)
    for person in record.people:
        for office in person.offices:
            add(person, office.start or office.as_of, "office", office)
    for entity in record.entities():
        entity.history.sort(key=lambda entry: _when(entry))


def _when(entry: m.HistoryEntry) -> tuple[str, str]:
    """A history line's place in time: a meeting's by its order (a meeting dated by a range where its
    sources put it), anything else by its date's first day."""
    target = entry.target.meeting if isinstance(entry.target, m.ChairCredit) else entry.target
    if isinstance(target, m.Meeting):
        return target.order[:2]
    return (first_day(entry.date), last_day(entry.date))


def latest_held_meeting(record: m.Record) -> Optional[m.Meeting]:
    """The latest meeting of any body the record knows was held (with minutes or not)."""
    return next((meeting for meeting in reversed(record.meetings) if not meeting.is_announced), None)


def coming_meetings(record: m.Record) -> list[m.Meeting]:
    """Meetings announced for after the record's date, soonest first."""
    return [meeting for meeting in record.meetings if meeting.is_announced and not meeting.overdue]


def pending_decisions(record: m.Record) -> list[m.Decision]:
    """Decisions still open as of the record's date (nothing depends on the day of the build)."""
    return [decision for decision in record.decisions if decision.is_pending]


def unreported_decisions(record: m.Record) -> list[m.Decision]:
    """Decisions left open whose outcome (or, when a later decision answered part of them, the rest's) is not
    in the public record: the deadline has passed, or the body they wait for has met since, and no source says
    what became of them."""
    return [decision for decision in record.decisions if decision.standing in (UNREPORTED, DEADLINE_PASSED)]


# The order of the decisions' index: still open first, then those whose outcome is not in the public
# record, those with an outcome, and those taken.
STATE_GROUPS = ("pending-silence", "awaiting-other-body", "unreported", "outcome", "taken")


def decisions_by_state(record: m.Record) -> list[tuple[str, list[m.Decision]]]:
    """The decisions grouped by where they stand: an open one by the state its meeting left it in; one whose
    outcome a later source gives (wholly or in part) by that outcome."""
    def group_of(decision: m.Decision) -> str:
        if decision.outcome is not None and decision.outcome.answers != "none":
            return "outcome"
        if decision.standing == OPEN:
            return decision.state
        return "unreported" if decision.standing in (UNREPORTED, DEADLINE_PASSED) else "taken"

    return [(group, [d for d in record.decisions if group_of(d) == group]) for group in STATE_GROUPS]


def meetings_by_year(record: m.Record) -> list[tuple[str, list[tuple[m.Body, list[m.Meeting]]]]]:
    """Newest year first; within a year, bodies in the order of bodies.yaml, newest meeting first."""
    years = []
    newest_first = sorted(record.meetings, key=lambda mt: mt.order, reverse=True)
    for year, meetings in groupby(newest_first, key=lambda mt: mt.date[:4]):
        meetings = list(meetings)
        by_body = [(body, [mt for mt in meetings if mt.body is body]) for body in record.bodies]
        years.append((year, [(body, rows) for body, rows in by_body if rows]))
    return years
