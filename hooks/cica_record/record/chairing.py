"""Which meetings each state chaired, and what its chair said in the chair.

A state chairs a meeting through its officials: a chair (or co-chair, or moderator) who is a person
holding an office of that state (`body: KZ` in people.yaml) on the meeting's date, or the state
itself where the sources name no person. Where sources dispute who chaired, each version that names
someone (`who:`) credits their state too, and the credit carries the disagreement, so that the
state's page marks it as disputed. The words the Chair spoke (`by: [chair]`) are the chairing
state's too: its page shows them, marked as the Chair's.
"""

from __future__ import annotations

from cica_record.record import model as m


def credit_chairs(record: m.Record) -> None:
    """Fill each state's `chaired` (meetings it chaired, in the record's order) and `chair_statements`."""
    for meeting in record.meetings:
        if meeting.is_announced:
            continue
        disputed = meeting.disputed("chair")
        credits: dict[int, m.ChairCredit] = {}

        def credit(seat: m.ChairSeat) -> None:
            for state in states_of(seat.holder, meeting.date):
                if id(state) not in credits:
                    credits[id(state)] = m.ChairCredit(meeting=meeting, disputed=disputed)
                    state.chaired.append(credits[id(state)])
                if seat.holder not in [other.holder for other in credits[id(state)].seats]:
                    credits[id(state)].seats.append(seat)

        for seat in meeting.chairs:
            credit(seat)
        for version in disputed.versions if disputed else ():
            for who in version.who:
                credit(m.ChairSeat(holder=who, office=None, role="chair"))
        chairing = [state for seat in meeting.chairs[:1] for state in states_of(seat.holder, meeting.date)]
        for statement in meeting.all_statements:
            if any(speaker.capacity == "chair" for speaker in statement.speakers):
                for state in chairing:
                    state.chair_statements.append(statement)


def states_of(who: m.Entity, day: str) -> list[m.State]:
    """The states someone acted for on a day: a state itself, or the states of a person's offices then."""
    if isinstance(who, m.State):
        return [who]
    if not isinstance(who, m.Person):
        return []
    states: list[m.State] = []
    for office in who.offices:
        if isinstance(office.body, m.State) and office.covers(day) and office.body not in states:
            states.append(office.body)
    return states
