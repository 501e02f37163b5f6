"""What the record derives about where things stand, as rules on small records: the fixture, changed one
fact at a time in a copy (the latest meeting held, meetings announced ahead, a decision answered, partly
answered, unanswered after its body met again or still open, a deadline passed, a status before and after its
date, a meeting dated by a range, the states credited with a meeting their officials chaired).

Nothing here depends on the day the tests run: the record's own date is the newest it holds."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import FIXTURE_DATA
from cica_record.record.errors import DataErrors
from cica_record.record.loader import load_record
from cica_record.record.views import (coming_meetings, decisions_by_state, latest_held_meeting, pending_decisions,
                                      unreported_decisions)

pytestmark = pytest.mark.unit

RECOMMENDATION = "soc-2023-12-05-recommendation"  # decisions.yaml: recommended to the MC, no outcome
SILENCE = "soc-2023-12-12/partnership-silence"  # 2023-12-12-soc.yaml: pending a silence procedure until 2024-03-15


def copy(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, data)
    return data


def add_meeting(data: Path, name: str, text: str) -> None:
    (data / "meetings" / name).write_text(text, encoding="utf-8")


def held_mc(day: str, extra: str = "") -> str:
    """An MC meeting known from a report, held on `day`."""
    return (f"body: mc\ndate: '{day}'\nknown_from: reports\ncite: {{date: test-report}}\n"
            f"reports:\n  - text: {{en: Held.}}\n    source: test-report\n{extra}")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path.name} no longer holds {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def load(data: Path):
    return load_record(data, data.parent)


def decision(record, key: str):
    return next(d for d in record.decisions if d.key == key)


def meeting(record, key: str):
    return next(mt for mt in record.meetings if mt.key == key)


# --- the record's date ------------------------------------------------------------------------------


def test_the_records_date_is_the_newest_it_holds_a_source_included(tmp_path):
    data = copy(tmp_path)
    before = load(data).as_of
    edit(data / "sources.yaml", "date: '2021-06-24'", "date: '2031-02-03'")
    assert before < "2031-02-03" and load(data).as_of == "2031-02-03"


# --- the latest meeting and those ahead -------------------------------------------------------------


def test_the_latest_meeting_is_the_latest_held_with_minutes_or_not(tmp_path):
    data = copy(tmp_path)
    record = load(data)
    latest = latest_held_meeting(record)
    assert latest.known_from == "minutes" and not latest.is_announced
    assert all(mt.order <= latest.order for mt in record.meetings if not mt.is_announced)
    add_meeting(data, "2024-01-10-mc.yaml", held_mc("2024-01-10"))
    later = latest_held_meeting(load(data))
    assert (later.key, later.known_from) == ("mc-2024-01-10", "reports")


def test_an_announced_meeting_is_ahead_until_its_latest_day_passes_with_no_report(tmp_path):
    data = copy(tmp_path)  # 2024-06-mc.yaml: announced for June 2024; the record's date is earlier
    record = load(data)
    announced = meeting(record, "mc-2024-06")
    assert record.as_of < "2024-06-01" and not announced.overdue and announced in coming_meetings(record)
    assert latest_held_meeting(record) is not announced
    edit(data / "sources.yaml", "date: '2021-06-24'", "date: '2024-07-01'")
    record = load(data)
    assert meeting(record, "mc-2024-06").overdue and coming_meetings(record) == []
    edit(data / "sources.yaml", "date: '2024-07-01'", "date: '2024-06-30'")  # its last possible day: not passed
    assert not meeting(load(data), "mc-2024-06").overdue


# --- decisions left open by their meeting -----------------------------------------------------------


def test_an_unanswered_recommendation_is_open_until_the_body_it_waits_for_meets(tmp_path):
    data = copy(tmp_path)
    record = load(data)
    waiting = decision(record, RECOMMENDATION)
    assert waiting.standing == "open" and waiting in pending_decisions(record)
    assert waiting not in unreported_decisions(record)
    add_meeting(data, "2024-01-10-mc.yaml", held_mc("2024-01-10"))
    record = load(data)
    waiting = decision(record, RECOMMENDATION)
    assert waiting.standing == "unreported" and waiting.met_since.key == "mc-2024-01-10"
    assert waiting not in pending_decisions(record) and waiting in unreported_decisions(record)
    assert waiting in dict(decisions_by_state(record))["unreported"]


def test_a_meeting_of_another_body_or_before_the_decision_does_not_close_it(tmp_path):
    data = copy(tmp_path)
    add_meeting(data, "2023-11-01-mc.yaml", held_mc("2023-11-01"))  # before the recommendation of 2023-12-05
    record = load(data)
    assert decision(record, RECOMMENDATION).standing == "open"
    assert decision(record, RECOMMENDATION).met_since is None


def answered_at_the_next_mc(tmp_path: Path, answers: str):
    """The fixture with an MC meeting of 2024-01-10 whose decision answers the recommendation (`answers`)."""
    data = copy(tmp_path)
    add_meeting(data, "2024-01-10-mc.yaml", held_mc("2024-01-10", (
        "decisions:\n  - id: adopted\n    title: {en: Adopted}\n    kind: adopted\n    text: {en: Adopted.}\n"
        "    source: test-report\n")))
    edit(data / "decisions.yaml", "    supported_by: [KZ]\n", (
        f"    supported_by: [KZ]\n    outcome: {{date: '2024-01-10', text: {{en: Adopted.}}, answers: {answers},"
        " decision: mc-2024-01-10/adopted, source: test-report}\n"))
    return load(data)


def test_an_answered_recommendation_leaves_the_open_list_and_is_linked_both_ways(tmp_path):
    record = answered_at_the_next_mc(tmp_path, "full")
    answered = decision(record, RECOMMENDATION)
    assert answered.standing == "answered"
    assert answered not in pending_decisions(record) + unreported_decisions(record)
    assert decision(record, "mc-2024-01-10/adopted").settles == [answered]
    assert answered in dict(decisions_by_state(record))["outcome"]


def test_a_partly_answered_recommendation_stands_by_what_is_left(tmp_path):
    record = answered_at_the_next_mc(tmp_path, "partial")
    partly = decision(record, RECOMMENDATION)
    # the body it waited for met (and answered part): the rest's outcome is not in the public record
    assert partly.standing == "unreported" and partly.outcome.answers == "partial"
    assert partly in unreported_decisions(record) and partly not in pending_decisions(record)
    assert partly in dict(decisions_by_state(record))["outcome"]


def test_a_silence_procedure_is_open_until_its_deadline_then_its_result_is_not_in_the_record(tmp_path):
    data = copy(tmp_path)
    record = load(data)
    silence = decision(record, SILENCE)
    assert record.as_of < silence.deadline.date and silence.standing == "open" and silence in pending_decisions(record)
    edit(data / "sources.yaml", "date: '2021-06-24'", "date: '2024-03-16'")
    record = load(data)
    silence = decision(record, SILENCE)
    assert silence.standing == "deadline-passed"
    assert silence in unreported_decisions(record) and silence not in pending_decisions(record)


def test_an_outcome_that_answers_none_of_it_names_no_decision(tmp_path):
    data = copy(tmp_path)
    edit(data / "decisions.yaml", "    supported_by: [KZ]\n", (
        "    supported_by: [KZ]\n    outcome: {date: '2024-01-10', text: {en: Discussed again.}, answers: none,"
        " decision: mc-2023-12-26-saudi-observer, source: test-report}\n"))
    with pytest.raises(DataErrors) as raised:
        load(data)
    assert "names no answering decision" in raised.value.report()


# --- statuses ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("until, current", [
    ("'2030'", True),  # ends after the record's date: still current
    ("'2024-01-16'", False),  # ended on the record's date
    ("'2020-05'", False),
])
def test_a_status_is_current_until_its_end(tmp_path, until, current):
    data = copy(tmp_path)
    edit(data / "states.yaml", "      - {status: member, since: '2006', source: test-source}",
         f"      - {{status: member, since: '2006', until: {until}, source: test-source}}")
    korea = next(s for s in load(data).states if s.key == "KR")
    assert (korea.current_status is not None) is current


def test_a_status_that_ended_at_a_date_no_source_gives_is_not_current(tmp_path):
    data = copy(tmp_path)
    edit(data / "states.yaml", "      - {status: member, since: '2006', source: test-source}",
         "      - {status: observer, no_later_than: '2001', until_text: {en: last named in 2006}, source: test-source}")
    korea = next(s for s in load(data).states if s.key == "KR")
    assert korea.current_status is None
    assert [(line.date, line.what) for line in korea.history if line.what == "status"] == [("2001", "status")]


# --- meetings dated by a range ----------------------------------------------------------------------


def ranged_soc(bounds: str) -> str:
    return (f"body: soc\ndate: '2023-12'\n{bounds}known_from: reports\ncite: {{date: test-report}}\n"
            "reports:\n  - text: {en: Held.}\n    source: test-report\n")


def test_a_meeting_dated_by_a_range_sorts_where_its_sources_put_it(tmp_path):
    data = copy(tmp_path)
    add_meeting(data, "2023-12-soc.yaml", ranged_soc("not_before: '2023-12-13'\nno_later_than: '2023-12-20'\n"))
    keys = [mt.key for mt in load(data).meetings]
    assert keys.index("soc-2023-12-12") < keys.index("soc-2023-12")
    (data / "meetings" / "2023-12-soc.yaml").write_text(ranged_soc(""), encoding="utf-8")  # known only to the month
    keys = [mt.key for mt in load(data).meetings]
    assert keys.index("soc-2023-12") < keys.index("soc-2023-12-05") < keys.index("soc-2023-12-12")


@pytest.mark.parametrize("bounds, message", [
    ("not_before: '2024-01-02'\n", "must be a closer date within date"),
    ("not_before: '2023-12-20'\nno_later_than: '2023-12-13'\n", "is before the earliest date"),
])
def test_a_meetings_bounds_must_hold_together(tmp_path, bounds, message):
    data = copy(tmp_path)
    add_meeting(data, "2023-12-soc.yaml", ranged_soc(bounds))
    with pytest.raises(DataErrors) as raised:
        load(data)
    assert message in raised.value.report() and "2023-12-soc.yaml" in raised.value.report()


# --- who chaired for which state --------------------------------------------------------------------


def test_a_state_is_credited_with_the_meetings_its_officials_chaired_and_their_words_in_the_chair():
    record = load_record(FIXTURE_DATA, FIXTURE_DATA.parent)
    kazakhstan = next(s for s in record.states if s.key == "KZ")
    # test-chair holds an office of KZ (people.yaml) and chairs 2021-06-23 and 2023-12-12; 2021-09 names KZ itself
    chaired = {credit.meeting.key: [seat.holder.key for seat in credit.seats] for credit in kazakhstan.chaired}
    assert chaired == {"soc-2021-06-23": ["test-chair"], "soc-2021-09": ["KZ"], "soc-2023-12-12": ["test-chair"]}
    said = kazakhstan.chair_statements
    assert said and all(any(sp.capacity == "chair" for sp in st.speakers) for st in said)
    assert {st.meeting.key for st in said} == {"soc-2023-12-12"}


def test_each_version_of_a_disputed_chair_credits_the_state_it_names_marked_disputed():
    record = load_record(FIXTURE_DATA, FIXTURE_DATA.parent)
    credits = {state.key: credit for state in record.states for credit in state.chaired
               if credit.meeting.key == "soc-2021-09"}
    assert set(credits) == {"KZ", "RU"}  # 2021-09-soc.yaml: chair KZ; a version names RU
    assert all(credit.disputed is not None and credit.disputed.key == "test-soc-chair" for credit in credits.values())
