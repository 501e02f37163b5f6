"""The shipped record: it loads, its references resolve both ways, and it
carries every sentence and decision of its source document, word for word."""

from __future__ import annotations

import re

import pytest

from cica_record.record import model as m
from conftest import ROOT
from cica_record.record.loader import load_record

pytestmark = pytest.mark.unit

SEED = ROOT / "tests" / "fixtures" / "seed" / "soc-2023-12-12-minutes-and-note.txt"
MINUTES = "SOC/2023-III/INF/5/Rev.1"
SEED_SYMBOLS = [
    "SOC/2023-III/Agenda/1", "SOC/2023-III/Agenda/2", "SOC/2023-III/DEC/1", "SOC/2023-III/DEC/2",
    "SOC/2023-III/DEC/3", "SOC/2023-III/SEC/1", "SOC/2023-III/DRAFT/1/Rev.2", "SOC/2023-III/DRAFT/2",
    "SOC/2023-III/INF/2", "MC/2023/DRAFT/7", "SOC/2023-III/DRAFT/3", MINUTES, "NºSOC/45",
]


@pytest.fixture(scope="module")
def record() -> m.Record:
    return load_record(ROOT / "data", ROOT)


@pytest.fixture(scope="module")
def meeting(record) -> m.Meeting:
    return next(mt for mt in record.meetings if mt.key == "soc-2023-12-12")


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def minutes_body() -> str:
    """The minutes' running text from the seed, without headings, markup or page breaks."""
    text = SEED.read_text(encoding="utf-8")
    body = text[text.index("The Senior Officials Committee (SOC) meeting was held"):]
    lines = [line for line in body.splitlines() if not line.startswith("#")]
    return squash(re.sub(r"<[^>]+>", "", "\n".join(lines)))


def record_text(meeting: m.Meeting) -> str:
    parts = [p.text.en for p in meeting.opening]
    for item in meeting.agenda:
        for p in item.proceedings:
            # Every decision but the proposal put to a silence procedure stands in the minutes
            # as a paragraph of its own, labelled "The SOC decision:".
            labelled = isinstance(p, m.Decision) and p.state != "pending-silence"
            prefix = "The SOC decision: " if labelled else ""
            parts.append(prefix + p.text.en)
    return squash(" ".join(parts))


def test_every_sentence_of_the_minutes_is_in_the_record(meeting):
    carried = record_text(meeting)
    sentences = [s for s in re.split(r"(?<=[.;])\s+(?=[A-Z])", minutes_body()) if s]
    missing = [s for s in sentences if s not in carried]
    assert len(sentences) > 90
    assert not missing, "not in the data:\n" + "\n".join(missing)


def test_every_soc_decision_of_the_minutes_is_a_decision(meeting):
    said = re.findall(r"The SOC decision: (.+?)(?= #|\n|$)", SEED.read_text(encoding="utf-8"), re.M)
    recorded = [squash(d.text.en) for d in meeting.all_decisions]
    assert len(said) == 9
    assert not [text for text in said if squash(text) not in recorded]


def test_every_symbol_of_the_seed_has_its_document(record):
    symbols = {d.symbol for d in record.documents if d.symbol}
    assert [s for s in SEED_SYMBOLS if s not in symbols] == []


def test_the_meeting_facts(meeting):
    assert (meeting.date, meeting.session, meeting.format) == ("2023-12-12", "2023-III", "hybrid")
    assert meeting.chair.key == "alibek-bakayev"
    assert meeting.source.symbol == MINUTES
    assert [item.number for item in meeting.agenda] == ["1", "2", "3", "4", "5", "6", "6(a)", "6(b)", "6(c)", "7",
                                                         "8", "9"]


def test_the_minutes_document(record):
    minutes = next(d for d in record.documents if d.symbol == MINUTES)
    assert minutes.date == "2024-01-16"
    assert minutes.distribution.en == "Member States only"
    assert minutes.revision_of.symbol == "SOC/2023-III/INF/5"
    note = next(d for d in record.documents if d.symbol == "NºSOC/45")
    assert minutes in note.enclosures and note in minutes.enclosed_in
    assert "Секретариат Совещания по взаимодействию" in note.text.ru
    assert "2024 жылғы 16 қаңтар" in note.text.kk and not note.text.unofficial


def test_pending_decisions_keep_their_deadline_in_astana_time(meeting):
    """The seed's deadline, 26 December 2023, 12 noon by Astana time, was UTC+6 on that day."""
    pending = [d for d in meeting.all_decisions if d.deadline]
    assert pending  # the seed puts decisions through a silence procedure with that deadline
    for decision in pending:
        assert decision.deadline.moment().isoformat() == "2023-12-26T12:00:00+06:00"
        assert decision.silence_procedure


def test_saudi_application_and_its_supporters(record):
    saudi = next(s for s in record.states if s.key == "SA")
    recommendation = next(d for d in record.decisions if d.drafts and d.drafts[0].symbol == "MC/2023/DRAFT/7")
    assert recommendation.decision_kind == "recommended" and recommendation.recommended_to.key == "mc"
    assert saudi in recommendation.concerns and recommendation in saudi.decisions
    supporters = {s.key for s in recommendation.supported_by}
    assert supporters == {"CN", "JO", "IQ", "RU", "PK", "PS", "BH", "IR", "BD", "IL", "TH", "EG", "KW"}
    assert [s.status for s in saudi.statuses][:1] == ["applicant"]


def test_which_decision_document_records_which_decision_is_left_open(record):
    for number in (1, 2, 3):
        document = next(d for d in record.documents if d.symbol == f"SOC/2023-III/DEC/{number}")
        assert document.note and "do not say which" in document.note.en
        for decision in document.records:
            assert "documents" in decision.inferred, "a link from a decision to DEC/n must be marked inferred"


def test_references_have_their_way_back(record):
    for decision in record.decisions:
        for target in decision.concerns:
            assert decision in target.decisions
        for draft in decision.drafts:
            assert decision in draft.drafts_of
    for meeting in record.meetings:
        for statement in meeting.all_statements:
            for speaker in statement.speakers:
                assert statement in speaker.entity.statements
            for target in statement.concerns:
                assert statement in target.mentioned_in
    for area in record.areas:
        for role in area.roles:
            assert role.state is None or role in role.state.roles


def test_every_status_of_a_state_names_its_source(record):
    assert [(state.key, status.status) for state in record.states for status in state.statuses
            if not (status.sources or state.sources)] == []


# CICA's 28 member states, as the reference facts list them (shared/reference/cica-facts.md, "Member States").
REFERENCE_MEMBER_STATES = {
    "AF", "AZ", "CN", "EG", "IN", "IR", "IL", "KZ", "KG", "MN", "PK", "RU", "TJ", "TR", "UZ", "PS", "TH", "KR",
    "JO", "AE", "IQ", "VN", "BH", "KH", "QA", "BD", "LK", "KW",
}


def test_the_members_are_those_of_the_reference_and_the_dimensions_and_coordinators_too(record):
    """A state is a member by its current (latest) status, as the site lists it: a state admitted after years
    as an observer is a member once, and the members are exactly the member states of the reference."""
    members = {s.key for s in record.states if s.current_status and s.current_status.status == "member"}
    assert members == REFERENCE_MEMBER_STATES
    assert {d.key for d in record.dimensions} == {"military-political", "new-challenges-and-threats", "economic",
                                                   "environmental", "human"}
    coordinators = {(r.area.key, r.state.key if r.state else None, r.status) for a in record.areas for r in a.roles}
    assert ("natural-disaster-management", "IR", "serving") in coordinators
    assert ("trade-and-investment", None, "vacant") in coordinators
    assert ("combating-terrorism", "IQ", "offered") in coordinators
    assert ("sustainable-development", "IL", "offered") in coordinators
