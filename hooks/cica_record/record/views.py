"""Views of the record derived once it is linked: each body's sequence of meetings and each entity's
dated history, made while linking; and what the pages ask of the whole record (the latest meeting
with minutes, the decisions still pending).
"""

from __future__ import annotations

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
