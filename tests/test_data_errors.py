"""A truth table of broken data files: each mistake a publisher can make, and
the exact message that must tell them where it is and what to do."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import FIXTURE_DATA, make_project, run_mkdocs
from record_errors import DataErrors
from record_loader import load_record

MEETING = "meetings/2023-12-12-soc.yaml"
REPORTED = "meetings/2021-06-23-soc.yaml"

# (case, file, text to replace, replacement, the exact report lines expected)
CASES = [
    ("unknown state", MEETING, "by: [KR]", "by: [KO]", [
        "data/meetings/2023-12-12-soc.yaml:56: agenda[1].proceedings[1].by[0]: 'KO' refers to nothing in the record "
        "(expected a state code, an organisation or a person, found 'KO')",
        "  hint: add it to the data first (states.yaml, people.yaml, organisations.yaml, documents.yaml, …)",
    ]),
    ("date that does not exist", MEETING, "date: '2023-12-12'", "date: '2023-02-30'", [
        "data/meetings/2023-12-12-soc.yaml:4: date: this date does not exist (day is out of range for month) "
        "(found '2023-02-30')",
    ]),
    ("missing language in a name", "states.yaml", ", kk: Ресей}", "}", [
        "data/states.yaml:7: states[1].name: a name is needed in every language; missing: kk",
    ]),
    ("deadline without time zone", MEETING, ", zone: Asia/Almaty}", "}", [
        "data/meetings/2023-12-12-soc.yaml:93: agenda[3].proceedings[1].deadline.zone: "
        "the required field 'zone' is missing",
        "  hint: a deadline needs its time zone: add zone: Asia/Almaty for Astana time (or another IANA time zone)",
    ]),
    ("time zone that does not exist", MEETING, "zone: Asia/Almaty", "zone: Astana", [
        "data/meetings/2023-12-12-soc.yaml:93: agenda[3].proceedings[1].deadline: unknown time zone 'Astana' "
        "(expected an IANA name such as Asia/Almaty)",
    ]),
    ("key written twice", MEETING, "format: hybrid\n", "format: hybrid\nformat: online\n", [
        "data/meetings/2023-12-12-soc.yaml:7: format: the key 'format' is written twice in the same place",
        "  hint: it was first written on line 6; YAML would silently keep only the last one",
    ]),
    ("statement id used twice", MEETING, "id: chair-thanks", "id: rok-contribution", [
        "data/meetings/2023-12-12-soc.yaml:60: agenda[1].proceedings[2].id: "
        "the statement id 'rok-contribution' is used twice in this meeting",
    ]),
    ("document symbol used twice", MEETING, "symbol: TST/2023-I/DEC/10", "symbol: TST/2023-I/dec/1", [
        "data/meetings/2023-12-12-soc.yaml:21: documents[2].symbol: the identifier 'TST/2023-I/dec/1' is already used",
        "  hint: first defined at data/meetings/2023-12-12-soc.yaml:18; every identifier and symbol must be unique "
        "(letter case does not count)",
    ]),
    ("misspelt field", MEETING, "        by: [RU]", "        speakers: [RU]", [
        "data/meetings/2023-12-12-soc.yaml:48: agenda[1].proceedings[0].by: the required field 'by' is missing",
        "  hint: say who spoke: state codes such as [RU], a person's id, chair or secretary-general",
        "data/meetings/2023-12-12-soc.yaml:50: agenda[1].proceedings[0].speakers: unknown field 'speakers'",
        "  hint: allowed here: by, concerns, id, inferred, note, source, text, type, wording",
    ]),
    ("value not allowed", MEETING, "kind: took-note", "kind: took_note", [
        "data/meetings/2023-12-12-soc.yaml:67: agenda[1].proceedings[3].kind: this value is not one of those allowed "
        "(expected 'took-note', 'adopted', 'approved', 'recommended', 'supported', 'appointed' or 'proposed', found "
        "'took_note')",
        "  hint: did you mean 'took-note'?",
    ]),
    ("malformed YAML", MEETING, "format: hybrid\n", "format: [hybrid\n", [
        "data/meetings/2023-12-12-soc.yaml:7: this is not valid YAML: expected ',' or ']', but got ':'",
        "  hint: check the indentation and that a text containing ': ' or '#' is in quotes",
    ]),
    ("agenda number YAML reads as a number", MEETING, "number: '1'", "number: 1", [
        "data/meetings/2023-12-12-soc.yaml:39: agenda[0].number: this must be text (found 1 (a number))",
        "  hint: put the value in quotes, e.g. '2023-III' or '6(a)'",
    ]),
    ("'yes' is not a boolean", MEETING, "silence_procedure: true", "silence_procedure: yes", [
        "data/meetings/2023-12-12-soc.yaml:92: agenda[3].proceedings[1].silence_procedure: this must be true or false "
        "(found 'yes')",
        "  hint: write true or false without quotes",
    ]),
    ("revision of a document that is not in the record", MEETING,
     "revision_of: TST/2023-I/DRAFT/1", "revision_of: TST/2023-I/DRAFT/2", [
        "data/meetings/2023-12-12-soc.yaml:32: documents[4].revision_of: 'TST/2023-I/DRAFT/2' refers to nothing in "
        "the record (expected a document symbol or id, found 'TST/2023-I/DRAFT/2')",
        "  hint: did you mean 'TST/2023-I/DRAFT/1'?",
    ]),
    ("symbol written in another case", MEETING, "drafts: [MC/2023/DRAFT/7]", "drafts: [mc/2023/draft/7]", [
        "data/meetings/2023-12-12-soc.yaml:95: agenda[3].proceedings[1].drafts[0]: the symbol 'mc/2023/draft/7' is "
        "written in another case than its document (expected 'MC/2023/DRAFT/7', found 'mc/2023/draft/7')",
        "  hint: write symbols exactly as the document does",
    ]),
    ("coordinator that is not a state", "dimensions.yaml", "state: KZ", "state: sco", [
        "data/dimensions.yaml:11: dimensions[0].areas[0].roles[0].state: this value is not in the expected form "
        "(expected a state code of two capital letters (ISO 3166-1), e.g. KZ, found 'sco')",
    ]),
    ("web source without an address", "sources.yaml", "    url: https://news.example.org/soc-june-2021\n", "", [
        "data/sources.yaml:13: sources[1]: a web source needs its address (url), or, when only another source cites "
        "it, cited_in",
    ]),
    ("source with an unknown publisher", "sources.yaml", "publisher: test-agency\n    title: {en: Report",
     "publisher: test-agncy\n    title: {en: Report", [
        "data/sources.yaml:14: sources[1].publisher: 'test-agncy' is not a publisher of sources.yaml (expected the id "
        "of a publisher in the publishers list, found 'test-agncy')",
        "  hint: did you mean 'test-agency'?",
    ]),
    ("fact of a reported meeting without a source", REPORTED, "  chair: test-report\n", "", [
        "data/meetings/2021-06-23-soc.yaml:5: chair: the fact 'chair' cites no source",
        "  hint: a meeting known from reports cites the source of each fact: add cite: {chair: [source-id]} (an id in "
        "data/sources.yaml)",
    ]),
    ("version of a disputed fact without a source", REPORTED, "        source: test-wire\n", "", [
        "data/meetings/2021-06-23-soc.yaml:45: disagreements[0].versions[1].source: the required field 'source' is "
        "missing",
        "  hint: name where this comes from: source: an id from data/sources.yaml or a document symbol (a list when "
        "several sources state it)",
    ]),
    ("disagreement with one version", REPORTED, "      - text: {en: In person}\n        source: test-wire\n", "", [
        "data/meetings/2021-06-23-soc.yaml:42: disagreements[0].versions: this list needs at least 2 entries "
        "(found 1)",
    ]),
    ("announced meeting with decisions", "meetings/2024-06-mc.yaml", "  place: test-release\n",
     "  place: test-release\ndecisions:\n  - {id: talks, title: {en: 'Talks: held'}, kind: adopted, text: {en: Talks.}, "
     "source: test-release}\n", [
        "data/meetings/2024-06-mc.yaml:4: status: an announced meeting cannot have decisions",
        "  hint: a meeting only announced was not (as far as the sources say) held: record its decisions once a source "
        "reports it held, and then set status: held",
    ]),
    ("reported decision quoting minutes", REPORTED, "  - id: kr-coordinator\n",
     "  - id: kr-coordinator\n    wording: minutes\n", [
        "data/meetings/2021-06-23-soc.yaml:19: decisions[0].wording: a meeting known from reports has no minutes to "
        "quote (expected wording: summary (our summary of the reports), found 'minutes')",
    ]),
    ("speaker that is a document", MEETING, "by: [KR]", "by: [MC/2023/DRAFT/7]", [
        "data/meetings/2023-12-12-soc.yaml:56: agenda[1].proceedings[1].by[0]: 'MC/2023/DRAFT/7' is a document symbol "
        "or id, which cannot be used here (expected a state code, an organisation or a person, found 'MC/2023/DRAFT/7')",
    ]),
]


def broken_copy(tmp_path: Path, file: str, old: str, new: str) -> Path:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, data)
    target = data / file
    text = target.read_text(encoding="utf-8")
    assert old in text, f"the fixture no longer contains {old!r}: update this case"
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return data


@pytest.mark.parametrize("case, file, old, new, expected", CASES, ids=[c[0] for c in CASES])
def test_each_mistake_gets_its_message(tmp_path, case, file, old, new, expected):
    data = broken_copy(tmp_path, file, old, new)
    with pytest.raises(DataErrors) as raised:
        load_record(data, tmp_path)
    lines = raised.value.report().splitlines()
    count = len([line for line in expected if not line.startswith("  ")])
    assert lines[0] == f"The data has {count} error{'s' if count != 1 else ''}:"
    assert lines[1:] == expected


def test_all_errors_are_reported_at_once(tmp_path):
    data = broken_copy(tmp_path, MEETING, "date: '2023-12-12'", "date: '2023-02-30'")
    states = data / "states.yaml"
    states.write_text(states.read_text(encoding="utf-8").replace(", kk: Ресей}", "}"), encoding="utf-8")
    with pytest.raises(DataErrors) as raised:
        load_record(data, tmp_path)
    files = [error.file for error in raised.value.errors]
    assert files == ["data/meetings/2023-12-12-soc.yaml", "data/states.yaml"]


def test_pending_silence_procedure_needs_a_deadline(tmp_path):
    data = broken_copy(tmp_path, MEETING, "        deadline: {date: '2023-12-26', time: '12:00', zone: Asia/Almaty}\n",
                       "")
    meeting = data / MEETING
    meeting.write_text(meeting.read_text(encoding="utf-8").replace(
        "state: awaiting-other-body", "state: pending-silence"), encoding="utf-8")
    with pytest.raises(DataErrors) as raised:
        load_record(data, tmp_path)
    assert [str(e) for e in raised.value.errors] == [
        "data/meetings/2023-12-12-soc.yaml:86: agenda[3].proceedings[1]: "
        "a decision pending a silence procedure needs its deadline",
    ]


def test_unknown_file_is_reported(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, data)
    (data / "meeting-2024.yaml").write_text("body: soc\n", encoding="utf-8")
    with pytest.raises(DataErrors) as raised:
        load_record(data, tmp_path)
    assert str(raised.value.errors[0]).startswith(
        "data/meeting-2024.yaml:1: this file is not a known kind of data file\n  hint: a meeting goes in data/meetings/")


def test_build_stops_with_the_message_and_no_traceback(tmp_path):
    project = make_project(tmp_path / "project", broken_copy(tmp_path, MEETING, "by: [KR]", "by: [KO]"))
    result = run_mkdocs(project, "build", "--strict", "-d", str(tmp_path / "site"), check=False)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "agenda[1].proceedings[1].by[0]: 'KO' refers to nothing in the record" in output
    assert "Nothing was built or published" in output
    assert "Traceback" not in output
    assert not (tmp_path / "site" / "index.html").exists()
