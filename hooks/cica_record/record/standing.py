"""Where things stand as of the record's own date: the newest date it holds, never the clock's, so two
builds of the same data say the same.

A status is current unless it has ended by then; an announced meeting whose latest possible day has
passed with no report of it held is overdue; a decision left open by its meeting (a silence procedure,
a recommendation to another body) is answered by a later source, or still open, or its outcome is not
in the public record: its deadline has passed, or the body it waits for has met since without a source
saying what became of it.
"""

from __future__ import annotations

from typing import Optional

from cica_record.record import model as m
from cica_record.record.model.entities import last_day

# A decision's standing; "open" ones alone are pending.
TAKEN, ANSWERED, OPEN, UNREPORTED, DEADLINE_PASSED = "taken", "answered", "open", "unreported", "deadline-passed"


def newest_date(record: m.Record) -> str:
    """The newest full date of something that has happened: a meeting held (not only announced), a document,
    a decision, an outcome, a source's publication."""
    held = [mt for mt in record.meetings if not mt.is_announced]
    dated = [*held, *record.documents, *record.decisions, *(d.outcome for d in record.decisions), *record.sources]
    days = [getattr(item, "date", None) or "" for item in dated if item is not None]
    return max((day for day in days if len(day) == 10), default="1999-01-01")


def weigh_record(record: m.Record) -> None:
    """Set the record's date, and what stands as of it: statuses, announced meetings, open decisions."""
    record.as_of = newest_date(record)
    for holder in [*record.states, *record.organisations]:
        last = holder.statuses[-1] if holder.statuses else None
        holder.current_status = last if last is not None and not last.ended_by(record.as_of) else None
    for meeting in record.meetings:
        meeting.overdue = meeting.is_announced and meeting.latest < record.as_of
    held = [meeting for meeting in record.meetings if not meeting.is_announced]
    for decision in record.decisions:
        weigh_decision(decision, held, record.as_of)


def weigh_decision(decision: m.Decision, held: list[m.Meeting], as_of: str) -> None:
    """A decision's standing as of `as_of`, and the first meeting of the body it waits for held after it."""
    outcome = decision.outcome
    if outcome is not None and outcome.answers == "full":
        decision.standing = ANSWERED
        return
    if decision.state == "taken" and outcome is None:
        decision.standing = TAKEN
        return
    decision.met_since = _first_meeting_after(decision, held)
    if decision.deadline is not None and decision.deadline.date < as_of:
        decision.standing = DEADLINE_PASSED
    elif decision.deadline is None and decision.met_since is not None:
        decision.standing = UNREPORTED
    else:
        decision.standing = OPEN


def _first_meeting_after(decision: m.Decision, held: list[m.Meeting]) -> Optional[m.Meeting]:
    """The first meeting of the body a decision waits for that began after the last day it can have been taken."""
    body = decision.waits_for
    if body is None or not decision.date:
        return None
    taken_by = decision.meeting.latest if decision.meeting is not None and decision.date == decision.meeting.date \
        else last_day(decision.date)
    return next((meeting for meeting in held
                 if meeting.body is body and meeting is not decision.meeting and meeting.earliest > taken_by), None)
