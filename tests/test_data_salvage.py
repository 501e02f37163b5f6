"""A file with shape errors does not hide the rest: what of it has a valid shape is checked in the
same run, and references into what was set aside wait for its fix instead of being reported."""

from __future__ import annotations

import pytest

from test_data_errors import MEETING, broken_copy, edit, report_lines

pytestmark = pytest.mark.unit


def test_a_shape_error_does_not_hide_the_references_of_its_file(tmp_path):
    data = broken_copy(tmp_path, MEETING, "date: '2023-12-12'", "date: '2023-02-30'")
    edit(data, MEETING, "by: [KR]", "by: [KO]")
    assert report_lines(data, tmp_path) == [
        "The data has 2 errors:",
        "data/meetings/2023-12-12-soc.yaml:4: date: this date does not exist (day is out of range for month) "
        "(found '2023-02-30')",
        "data/meetings/2023-12-12-soc.yaml:56: agenda[1].proceedings[1].by[0]: 'KO' refers to nothing in the record "
        "(expected a state code, an organisation or a person, found 'KO')",
        "  hint: add it to the data first (states.yaml, people.yaml, organisations.yaml, documents.yaml, …)",
    ]


def test_the_rest_of_an_entry_with_a_shape_error_is_checked(tmp_path):
    """A decision whose value is not allowed: its references are still checked, and other entries' too."""
    data = broken_copy(tmp_path, MEETING, "supported_by: [RU, KZ]", "supported_by: [RU, KZ]\n        silence: true")
    edit(data, MEETING, "concerns: [SA]", "concerns: [SX]")
    edit(data, MEETING, "by: [RU]", "by: [RX]")
    lines = report_lines(data, tmp_path)
    assert [line.split(": ", 2)[1] for line in lines[1:] if not line.startswith("  ")] == [
        "agenda[1].proceedings[0].by[0]", "agenda[3].proceedings[1].silence", "agenda[3].proceedings[1].concerns[0]"]
    assert "  hint: did you mean 'silence_procedure'?" in lines


KO_BY_KR = ("by: [KR]", "by: [KO]")
KO_REPORTED = [
    "data/meetings/2023-12-12-soc.yaml:56: agenda[1].proceedings[1].by[0]: 'KO' refers to nothing in the record "
    "(expected a state code, an organisation or a person, found 'KO')",
    "  hint: add it to the data first (states.yaml, people.yaml, organisations.yaml, documents.yaml, …)",
]


@pytest.mark.parametrize("edits, expected", [
    pytest.param([("date: '2023-12-12'\n", ""), KO_BY_KR], [
        "data/meetings/2023-12-12-soc.yaml:2: date: the required field 'date' is missing",
        KO_REPORTED[0].replace(":56:", ":55:"), KO_REPORTED[1],
    ], id="the meeting's date missing: its file name stands in"),
    pytest.param([("body: soc\n", ""), KO_BY_KR], [
        "data/meetings/2023-12-12-soc.yaml:2: body: the required field 'body' is missing",
        KO_REPORTED[0].replace(":56:", ":55:"), KO_REPORTED[1],
    ], id="the meeting's body missing: its file name stands in"),
    pytest.param([("known_from: minutes\n", ""), KO_BY_KR], [
        "data/meetings/2023-12-12-soc.yaml:2: known_from: the required field 'known_from' is missing",
        "  hint: minutes if the record holds the meeting's minutes, reports if it is known from press releases and "
        "news reports, mention if it is only mentioned elsewhere",
        KO_REPORTED[0].replace(":56:", ":55:"), KO_REPORTED[1],
    ], id="known_from missing: the first value stands in, so no reported meeting's checks"),
    pytest.param([("date: '2023-12-12'\n", ""), ("deadline: {date: '2023-12-26'", "deadline: {date: '2023-12-32'"),
                  KO_BY_KR], [
        "data/meetings/2023-12-12-soc.yaml:2: date: the required field 'date' is missing",
        KO_REPORTED[0].replace(":56:", ":55:"), KO_REPORTED[1],
        "data/meetings/2023-12-12-soc.yaml:92: agenda[3].proceedings[1].deadline.date: this date does not exist (day "
        "is out of range for month) (found '2023-12-32')",
    ], id="a date deeper in a meeting whose own date stands in is set aside by itself"),
    pytest.param([("session: '2023-I'", "session: 5"), KO_BY_KR], [
        "data/meetings/2023-12-12-soc.yaml:3: session: this must be text (found 5 (a number))",
        "  hint: write it in quotes: '5' (without quotes YAML reads a number)",
        *KO_REPORTED,
    ], id="an optional field of the meeting itself set aside: no stand-in, the rest checked"),
    pytest.param([("by: [KR]", "by: [5, KO]")], [
        "data/meetings/2023-12-12-soc.yaml:56: agenda[1].proceedings[1].by[0]: this must be text (found 5 (a number))",
        "  hint: write it in quotes: '5' (without quotes YAML reads a number)",
        KO_REPORTED[0].replace("by[0]", "by[1]"), KO_REPORTED[1],
    ], id="an item set aside: the next keeps its place as written"),
    pytest.param([(", zone: Asia/Almaty}", "}"), ("concerns: [SA]", "concerns: [SX]")], [
        "data/meetings/2023-12-12-soc.yaml:93: agenda[3].proceedings[1].deadline.zone: the required field 'zone' is "
        "missing",
        "  hint: a deadline needs its time zone: add zone: Asia/Almaty for Astana time (or another IANA time zone)",
        "data/meetings/2023-12-12-soc.yaml:97: agenda[3].proceedings[1].concerns[0]: 'SX' refers to nothing in the "
        "record (expected a state code, an organisation, a person, a body, a dimension, a priority area, an event, a "
        "meeting, a document symbol or id or a decision, found 'SX')",
        KO_REPORTED[1],
    ], id="a field missing: only the entry that needs it is set aside"),
    pytest.param([("date: '2023-12-12'", "date: '2023-02-30'"), ("by: [KR]", "by: [hybrid]")], [
        "data/meetings/2023-12-12-soc.yaml:4: date: this date does not exist (day is out of range for month) "
        "(found '2023-02-30')",
        KO_REPORTED[0].replace("KO", "hybrid"), KO_REPORTED[1],
    ], id="only ids and symbols of a file with errors wait, not its other words"),
])
def test_the_rest_of_a_meeting_is_checked_around_what_is_set_aside(tmp_path, edits, expected):
    data = broken_copy(tmp_path, MEETING, *edits[0])
    for old, new in edits[1:]:
        edit(data, MEETING, old, new)
    assert report_lines(data, tmp_path)[1:] == expected


def test_pages_after_a_document_known_by_symbol_and_id_are_checked_too(tmp_path):
    """A document with a symbol and an id is registered under both; the check of addresses goes on past it."""
    data = broken_copy(tmp_path, "documents.yaml", "  - symbol: NºTST/1\n", "  - symbol: NºTST/1\n    id: tst-one\n")
    edit(data, "documents.yaml", "  - id: test-guidelines", "  - symbol: NoTST/1\n    kind: other\n  - id: test-guidelines")
    assert report_lines(data, tmp_path)[1] == (
        "data/documents.yaml:12: documents[1].symbol: 'NoTST/1' and 'NºTST/1' (data/documents.yaml:2) would have the "
        "same page, documents/notst/1/")


@pytest.mark.parametrize("name", ["2023-12-12.yaml", "2023-02-30-soc.yaml"])
def test_a_meeting_that_cannot_stand_has_its_references_wait(tmp_path, name):
    """No date, and a file name that cannot stand in for it (12 is the day, not a body; 30 February does not
    exist): nothing of the meeting stands, so references into it wait and its own are not checked yet."""
    data = broken_copy(tmp_path, MEETING, "date: '2023-12-12'\n", "")
    edit(data, MEETING, *KO_BY_KR)
    (data / MEETING).rename(data / "meetings" / name)
    assert report_lines(data, tmp_path) == [
        "The data has 1 error:", f"data/meetings/{name}:2: date: the required field 'date' is missing"]


def test_references_into_an_entry_set_aside_wait_for_its_fix(tmp_path):
    """Russia's entry has a shape error: references to RU wait, an unknown code is still reported."""
    data = broken_copy(tmp_path, "states.yaml", ", kk: Ресей}", "}")
    edit(data, MEETING, "by: [KR]", "by: [KO]")
    lines = report_lines(data, tmp_path)
    assert lines[0] == "The data has 2 errors:"
    assert lines[1].startswith("data/meetings/2023-12-12-soc.yaml:56: agenda[1].proceedings[1].by[0]: 'KO' refers")
    assert lines[3] == "data/states.yaml:7: states[1].name: a name is needed in every language; missing: kk"


def test_references_into_a_file_that_cannot_be_read_wait_for_its_fix(tmp_path):
    data = broken_copy(tmp_path, "states.yaml", "states:", "states: [")
    edit(data, MEETING, "recommended_to: mc", "recommended_to: mk")  # a body: nothing states.yaml could hold
    lines = report_lines(data, tmp_path)
    assert [line.split(":", 2)[0] for line in lines[1:] if not line.startswith("  ")] == [
        "data/meetings/2023-12-12-soc.yaml", "data/states.yaml"]
    assert "'mk' refers to nothing" in lines[1]


def test_a_suggestion_inside_another_meeting_only_when_nothing_is_closer(tmp_path):
    """DEC/2O is closest to the other meeting's DEC/20, then to this meeting's DEC/1."""
    data = broken_copy(tmp_path, "meetings/2023-12-05-soc.yaml", "summary:",
                       "documents: [{symbol: TST/2023-I/DEC/20, kind: decision}]\nsummary:")
    edit(data, MEETING, "concerns: [SA]", "concerns: [TST/2023-I/DEC/2O]")
    assert report_lines(data, tmp_path)[2] == "  hint: did you mean 'TST/2023-I/DEC/1'?"
