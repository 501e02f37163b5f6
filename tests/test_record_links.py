"""The linked record of the fixture, read as objects: what linking makes of the data beyond its references'
resolution (tested by test_reference_fields.py and test_data_errors.py): each entity's history, and a document
known by its symbol and by an id. Expectations are read off tests/fixtures/mini by hand, in the comments."""

from __future__ import annotations

import shutil

import pytest

from conftest import FIXTURE_DATA, ROOT
from cica_record.record.loader import load_record

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def record():
    return load_record(FIXTURE_DATA, ROOT)


def history(record, key: str) -> list[tuple[str, str, str]]:
    entity = next(e for e in record.entities() if e.key == key)
    return [(line.date, line.what, getattr(line.target, "key", type(line.target).__name__)) for line in entity.history]


@pytest.mark.parametrize("key, expected", [
    # states.yaml: member since 1999; bodies.yaml: chairmanship from 2020; 2021-06-23-soc.yaml: hosts [KZ];
    # 2021-09-soc.yaml: chair {state: KZ}; 2021-06-23 and 2023-12-12: chaired by test-chair, whose office is KZ's
    # (people.yaml); dimensions.yaml: coordinator of environment protection as of 2023-12-12.
    ("KZ", [("1999", "status", "Status"), ("2020", "chairmanship", "Chairmanship"),
            ("2021-06-23", "hosted", "soc-2021-06-23"), ("2021-06-23", "chaired", "ChairCredit"),
            ("2021-09", "chaired", "ChairCredit"), ("2023-12-12", "chaired", "ChairCredit"),
            ("2023-12-12", "role", "Role")]),
    # 2021-06-23-soc.yaml: a topic, an offer and a decision concern it, and Korea becomes its co-coordinator;
    # 2023-12-12-soc.yaml: took-note-plan concerns it; dimensions.yaml: two roles as of 2023-12-12.
    ("environment-protection", [("2021-06-23", "reported", "Topic"), ("2021-06-23", "offer", "Offer"),
                                ("2021-06-23", "decision", "soc-2021-06-23/kr-coordinator"),
                                ("2021-06-23", "role", "Role"),
                                ("2023-12-12", "decision", "soc-2023-12-12/took-note-plan"),
                                ("2023-12-12", "role", "Role"), ("2023-12-12", "role", "Role")]),
    # An applicant without a date (since_text) has no line; observer from 2023-12-26, by the MC's decision.
    ("SA", [("2023-12-12", "decision", "soc-2023-12-12/saudi-observer"),
            ("2023-12-26", "decision", "mc-2023-12-26-saudi-observer"), ("2023-12-26", "status", "Status")]),
    ("test-sg", [("2021-06-23", "decision", "soc-2021-06-23/sg-appointed"), ("2022", "office", "Office")]),
    ("sco", [("2014", "status", "Status")]),
])
def test_each_entity_has_a_dated_line_for_each_thing_the_record_says_of_it(record, key, expected):
    assert history(record, key) == expected


def test_a_body_lists_its_meetings_in_its_history(record):
    assert [line for line in history(record, "soc") if line[1] == "meeting"] == [
        (meeting.date, "meeting", meeting.key) for meeting in record.meetings if meeting.body.key == "soc"]
    assert len([line for line in history(record, "soc") if line[1] == "meeting"]) >= 4


def test_a_document_with_a_symbol_and_an_id_is_one_document_found_by_either(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, data)
    documents = data / "documents.yaml"
    documents.write_text(documents.read_text(encoding="utf-8").replace(
        "  - symbol: NºTST/1\n", "  - symbol: NºTST/1\n    id: tst-one\n", 1), encoding="utf-8")
    meeting = data / "meetings" / "2023-12-12-soc.yaml"
    meeting.write_text(meeting.read_text(encoding="utf-8").replace(
        "concerns: [SA]", "concerns: [SA, tst-one, NºTST/1]", 1), encoding="utf-8")
    record = load_record(data, tmp_path)
    found = [d for d in record.documents if d.symbol == "NºTST/1"]
    assert len(found) == 1 and found[0].path == "documents/notst/1/"
    decision = next(d for d in record.decisions if d.key == "soc-2023-12-12/saudi-observer")
    assert [target.key for target in decision.concerns] == ["SA", "NºTST/1", "NºTST/1"]


def test_an_entity_lists_the_documents_that_concern_it(record):
    # documents.yaml: test-guidelines concerns [environment-protection]; nothing else in documents.yaml concerns it.
    area = next(e for e in record.entities() if e.key == "environment-protection")
    guidelines = next(d for d in record.documents if d.key == "test-guidelines")
    assert area in guidelines.concerns and guidelines in area.documents


def test_a_pages_sources_are_numbered_from_one_in_the_order_first_cited(record):
    # 2021-06-23-soc.yaml: its date cites [test-report, test-release]; test-wire only a decision, read later.
    meeting = next(m for m in record.meetings if m.key == "soc-2021-06-23")
    assert [(c.source.key, c.number) for c in meeting.citations] == [("test-report", 1), ("test-release", 2),
                                                                      ("test-wire", 3)]


def test_a_document_knows_the_entities_it_is_a_source_of(record):
    # events.yaml: test-forum has source TST/2023-I/INF/1; so has the meeting of 2023-12-12-soc.yaml (line 11).
    document = next(d for d in record.documents if d.key == "TST/2023-I/INF/1")
    assert {"test-forum", "soc-2023-12-12"} <= {entity.key for entity in document.sources_of}


def test_a_meetings_co_chairs_follow_its_chair(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, data)
    meeting_file = data / "meetings" / "2023-12-12-soc.yaml"
    meeting_file.write_text(meeting_file.read_text(encoding="utf-8").replace(
        "known_from: minutes\n", "co_chairs: [{state: RU, role: co-chair}, {state: KR, role: moderator}]\n"
                                  "known_from: minutes\n", 1), encoding="utf-8")
    meeting = next(m for m in load_record(data, tmp_path).meetings if m.key == "soc-2023-12-12")
    assert [(seat.holder.key, seat.role) for seat in meeting.chairs] == [("test-chair", "chair"), ("RU", "co-chair"),
                                                                          ("KR", "moderator")]


@pytest.mark.parametrize("key, way_back, what", [
    ("RU", "events", "test-forum"),  # events.yaml: organisers: [RU]
    ("KZ", "meetings", "soc-2021-06-23"),  # 2021-06-23-soc.yaml: hosts: [KZ]
])
def test_an_entity_knows_what_names_it(record, key, way_back, what):
    assert what in [item.key for item in getattr(entity(record, key), way_back)]


def test_an_offer_is_known_to_who_made_it_and_to_what_it_concerns(record):
    # 2021-06-23-soc.yaml: an offer by [RU] concerning [environment-protection].
    (offer,) = next(m for m in record.meetings if m.key == "soc-2021-06-23").offers_made
    assert offer in entity(record, "RU").offers and offer in entity(record, "environment-protection").reported_in


def entity(record, key: str):
    return next(e for e in record.entities() if e.key == key)


def test_a_decision_of_a_meeting_is_taken_by_the_meetings_body(record):
    # 2023-12-12-soc.yaml: body: soc; decision saudi-observer under its agenda.
    decision = next(d for d in record.decisions if d.key == "soc-2023-12-12/saudi-observer")
    assert decision.body is entity(record, "soc") and decision in entity(record, "soc").taken
