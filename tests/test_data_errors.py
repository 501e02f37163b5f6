"""A truth table of broken data files: each mistake a publisher can make, and
the exact message that must tell them where it is and what to do."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import FIXTURE_DATA, ROOT
from cica_record.record.errors import DataErrors
from cica_record.record.loader import load_record

pytestmark = pytest.mark.unit

MEETING = "meetings/2023-12-12-soc.yaml"
REPORTED = "meetings/2021-06-23-soc.yaml"
SYMBOL_FORM = (
    "a symbol such as SOC/2023-III/INF/5/Rev.1 or NºSOC/45: segments of letters A-Z, digits and . - ( ) º №, each "
    "with a letter or digit, joined by single '/' (the pattern "
    "^[A-Za-z0-9º№().-]*[A-Za-z0-9º№][A-Za-z0-9º№().-]*(/[A-Za-z0-9º№().-]*[A-Za-z0-9º№][A-Za-z0-9º№().-]*)*$)"
)

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
        "(expected 'took-note', 'adopted', 'approved', 'endorsed', 'recommended', 'supported', 'appointed' or 'proposed', found "
        "'took_note')",
        "  hint: did you mean 'took-note'?",
    ]),
    ("malformed YAML", MEETING, "format: hybrid\n", "format: [hybrid\n", [
        "data/meetings/2023-12-12-soc.yaml:7: this is not valid YAML: expected ',' or ']', but got ':'",
        "  hint: check the indentation and that a text containing ': ' or '#' is in quotes",
    ]),
    ("agenda number YAML reads as a number", MEETING, "number: '1'", "number: 1", [
        "data/meetings/2023-12-12-soc.yaml:39: agenda[0].number: this must be text (found 1 (a number))",
        "  hint: write it in quotes: '1' (without quotes YAML reads a number)",
    ]),
    ("a year alone without quotes", "people.yaml", "start: '2022'", "start: 2022", [
        "data/people.yaml:13: people[1].offices[0].start: this must be text (found 2022 (a number))",
        "  hint: write it in quotes: '2022' (without quotes YAML reads a number)",
    ]),
    ("meeting date that disagrees with its file name and id", MEETING, "body: soc\nsession: '2023-I'\ndate: '2023-12-12'",
     "id: soc-2023-12-12\nbody: soc\nsession: '2023-I'\ndate: '2023-12-13'", [
        "data/meetings/2023-12-12-soc.yaml:5: date: the meeting's date, its file name and its id disagree "
        "(expected a file name starting with 2023-12-13 and the id soc-2023-12-13 or none, found date '2023-12-13', "
        "file name '2023-12-12-soc.yaml', id 'soc-2023-12-12')",
        "  hint: if the date is right, name the file 2023-12-13-soc.yaml and write id: soc-2023-12-13 (or no id); "
        "if not, correct the date",
    ]),
    ("meeting id that disagrees with its date", MEETING, "body: soc", "id: soc-2023-12-11\nbody: soc", [
        "data/documents.yaml:17: documents[1].meeting: 'soc-2023-12-12' refers to nothing in the record "
        "(expected a meeting, found 'soc-2023-12-12')",
        "  hint: did you mean 'soc-2023-12-11'?",
        "data/meetings/2023-12-12-soc.yaml:5: date: the meeting's date, its file name and its id disagree "
        "(expected a file name starting with 2023-12-12 and the id soc-2023-12-12 or none, found date '2023-12-12', "
        "file name '2023-12-12-soc.yaml', id 'soc-2023-12-11')",
        "  hint: if the date is right, name the file 2023-12-12-soc.yaml and write id: soc-2023-12-12 (or no id); "
        "if not, correct the date",
    ]),
    ("symbol that climbs out of the site", MEETING, "symbol: TST/2023-I/DEC/10", "symbol: TST/../../../../tmp/x", [
        "data/meetings/2023-12-12-soc.yaml:21: documents[2].symbol: this value is not in the expected form "
        "(expected " + SYMBOL_FORM + ", found 'TST/../../../../tmp/x')",
    ]),
    ("symbol with a space", MEETING, "symbol: TST/2023-I/DEC/10", "symbol: TST/2023 I/DEC/10", [
        "data/meetings/2023-12-12-soc.yaml:21: documents[2].symbol: this value is not in the expected form "
        "(expected " + SYMBOL_FORM + ", found 'TST/2023 I/DEC/10')",
    ]),
    ("a symbol of 60 characters, shown whole", MEETING, "symbol: TST/2023-I/DEC/10", "symbol: TST 2023 " + "x" * 51, [
        "data/meetings/2023-12-12-soc.yaml:21: documents[2].symbol: this value is not in the expected form "
        "(expected " + SYMBOL_FORM + ", found 'TST 2023 " + "x" * 51 + "')",
    ]),
    ("a symbol of 61 characters, shown cut", MEETING, "symbol: TST/2023-I/DEC/10", "symbol: TST 2023 " + "x" * 52, [
        "data/meetings/2023-12-12-soc.yaml:21: documents[2].symbol: this value is not in the expected form "
        "(expected " + SYMBOL_FORM + ", found 'TST 2023 " + "x" * 48 + "…')",
    ]),
    ("two symbols that would share a page", "documents.yaml", "  - id: test-guidelines",
     "  - symbol: NoTST/1\n    kind: other\n  - id: test-guidelines", [
        "data/documents.yaml:11: documents[1].symbol: 'NoTST/1' and 'NºTST/1' (data/documents.yaml:2) would have "
        "the same page, documents/notst/1/",
        "  hint: a page's address is made from the symbol or identifier in small letters, with º as o, № as no and "
        "other characters as -, so one of these pages would replace the other: correct the one written wrongly",
    ]),
    ("an id and a symbol that would share a page", "documents.yaml", "  - id: test-guidelines",
     "  - symbol: Test(Guidelines)\n    kind: other\n  - id: test-guidelines", [
        "data/documents.yaml:13: documents[2].id: 'test-guidelines' and 'Test(Guidelines)' (data/documents.yaml:11) "
        "would have the same page, documents/test-guidelines/",
        "  hint: a page's address is made from the symbol or identifier in small letters, with º as o, № as no and "
        "other characters as -, so one of these pages would replace the other: correct the one written wrongly",
    ]),
    ("a source that is not listed in the record", "meetings/2023-12-05-soc.yaml", "summary:",
     "source: TST/2023-I/INF/2\nsummary:", [
        "data/meetings/2023-12-05-soc.yaml:5: source: 'TST/2023-I/INF/2' refers to nothing in the record "
        "(expected a document symbol or id, found 'TST/2023-I/INF/2')",
        "  hint: a source must be in the record: list 'TST/2023-I/INF/2' under documents: — a meeting's minutes in "
        "that meeting's file (- symbol: 'TST/2023-I/INF/2', kind: minutes), another document in its meeting's file "
        "or in data/documents.yaml — or an outside source in data/sources.yaml",
    ]),
    # The same rule for a source written inside an entry: no document of a meeting is offered in its place.
    ("a source inside an entry that is not listed in the record", "decisions.yaml",
     "    source: TST/2023-I/INF/1\n  - id: soc-2023-12-05", "    source: TST/2023-I/INF/2\n  - id: soc-2023-12-05", [
        "data/decisions.yaml:9: decisions[0].source: 'TST/2023-I/INF/2' refers to nothing in the record "
        "(expected a document symbol or id, found 'TST/2023-I/INF/2')",
        "  hint: a source must be in the record: list 'TST/2023-I/INF/2' under documents: — a meeting's minutes in "
        "that meeting's file (- symbol: 'TST/2023-I/INF/2', kind: minutes), another document in its meeting's file "
        "or in data/documents.yaml — or an outside source in data/sources.yaml",
    ]),
    # A second definition is reported and left out; the sources after it still count (test-report is cited).
    ("source defined twice", "sources.yaml", "  - id: test-report\n",
     "  - id: test-source\n    publisher: test-publisher\n    title: {en: Again}\n    url: https://example.org/again\n"
     "  - id: test-report\n", [
        "data/sources.yaml:13: sources[1].id: the source 'test-source' is defined twice",
    ]),
    ("statement set aside, that a contribution names", MEETING, "        by: [KR]\n", "        by: []\n", [
        "data/meetings/2023-12-12-soc.yaml:56: agenda[1].proceedings[1].by: this list must not be empty",
    ]),
    ("office role set aside, that 'secretary-general' needs", "people.yaml", "role: secretary-general",
     "role: secretary-generall", [
        "data/people.yaml:12: people[1].offices[0].role: this value is not one of those allowed (expected "
        "'secretary-general', 'deputy-secretary-general' or 'executive-director', found 'secretary-generall')",
        "  hint: did you mean 'secretary-general'?",
    ]),
    ("reference like only another meeting's document", "meetings/2023-12-05-soc.yaml",
     "mentioned_in: [TST/2023-I/INF/1]", "mentioned_in: [TST/2023-I/INF/l]", [
        "data/meetings/2023-12-05-soc.yaml:4: mentioned_in[0]: 'TST/2023-I/INF/l' refers to nothing in the record "
        "(expected a document symbol or id, found 'TST/2023-I/INF/l')",
        "  hint: did you mean 'TST/2023-I/INF/1'?",
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
        "data/sources.yaml:13: sources[1]: a source needs its address (url), or, when only another source cites "
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
        "data/meetings/2021-06-23-soc.yaml:69: disagreements[0].versions[1].source: the required field 'source' is "
        "missing",
        "  hint: name where this comes from: source: an id from data/sources.yaml or a document symbol (a list when "
        "several sources state it)",
    ]),
    ("disagreement with one version", REPORTED, "      - text: {en: In person}\n        source: test-wire\n", "", [
        "data/meetings/2021-06-23-soc.yaml:66: disagreements[0].versions: this list needs at least 2 entries "
        "(found 1)",
    ]),
    ("two of three versions of a disputed fact in error", REPORTED, "      - text: {en: In person}\n",
     "      - text: 5\n        source: test-wire\n      - text: 6\n", [
        "data/meetings/2021-06-23-soc.yaml:69: disagreements[0].versions[1].text: this must be a mapping of fields "
        "(found 5 (a number))",
        "data/meetings/2021-06-23-soc.yaml:71: disagreements[0].versions[2].text: this must be a mapping of fields "
        "(found 6 (a number))",
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
        "data/meetings/2021-06-23-soc.yaml:21: decisions[0].wording: a meeting known from reports has no minutes to "
        "quote (expected wording: summary (our summary of the reports), found 'minutes')",
    ]),
    ("reported meeting with an opening transcribed", "meetings/2021-09-soc.yaml", "reports:\n",
     "opening:\n  - text: {en: Opened.}\n    wording: minutes\n    source: test-report\nreports:\n", [
        "data/meetings/2021-09-soc.yaml:11: opening: a meeting known from reports has no minutes to transcribe",
        "  hint: put what reports say under topics:, decisions:, offers: and reports:, each with its source",
    ]),
    ("reported meeting with an agenda and an opening", "meetings/2021-09-soc.yaml", "reports:\n",
     "opening:\n  - text: {en: Opened.}\n    wording: minutes\n    source: test-report\n"
     "agenda:\n  - number: '1'\n    title: {en: Adoption of the agenda}\nreports:\n", [
        "data/meetings/2021-09-soc.yaml:15: agenda: a meeting known from reports has no minutes to transcribe",
        "  hint: put what reports say under topics:, decisions:, offers: and reports:, each with its source",
    ]),
    # A second definition is reported and left out; the definitions after it still count (test-agency is used).
    ("publisher defined twice", "sources.yaml", "  - id: test-agency\n",
     "  - id: test-publisher\n    name: {en: Again, ru: Снова, kk: Тағы}\n  - id: test-agency\n", [
        "data/sources.yaml:4: publishers[1].id: the publisher 'test-publisher' is defined twice",
    ]),
    ("topics of a meeting known from its minutes", MEETING, "\nagenda:\n",
     "\ntopics:\n  - title: {en: A topic}\n    source: TST/2023-I/INF/1\nagenda:\n", [
        "data/meetings/2023-12-12-soc.yaml:38: topics: only a meeting known from reports has topics of its own",
        "  hint: a meeting known from its minutes (or a mention) records its agenda, statements and decisions under "
        "agenda:, in the source's words; what press reports add goes under reports:",
    ]),
    # Set aside, the wrong format is not there to need a source (a stand-in would be, and would need one).
    ("unknown format of a meeting known from reports", "meetings/2021-09-soc.yaml", "known_from: reports\n",
     "format: bogus\nknown_from: reports\n", [
        "data/meetings/2021-09-soc.yaml:6: format: this value is not one of those allowed (expected 'in-person', "
        "'online' or 'hybrid', found 'bogus')",
    ]),
    ("speaker that is a document", MEETING, "by: [KR]", "by: [MC/2023/DRAFT/7]", [
        "data/meetings/2023-12-12-soc.yaml:56: agenda[1].proceedings[1].by[0]: 'MC/2023/DRAFT/7' is a document symbol "
        "or id, which cannot be used here (expected a state code, an organisation or a person, found 'MC/2023/DRAFT/7')",
    ]),
    ("agenda item numbered twice", MEETING, "number: '6(b)'", "number: '6(a)'", [
        "data/meetings/2023-12-12-soc.yaml:102: agenda[4].number: agenda item '6(a)' is numbered twice in this meeting",
    ]),
    ("two Secretaries General at once", "people.yaml", "        role: secretary-general\n        start: '2022'",
     "        role: secretary-general\n        start: '2022'\n        end: '2026'\n"
     "      - title: {en: Secretary General, ru: Генеральный секретарь, kk: Бас хатшы}\n        body: secretariat\n"
     "        role: secretary-general\n        start: '2023'", [
        "data/meetings/2023-12-12-soc.yaml:82: agenda[3].proceedings[0].by[0]: cannot tell who was Secretary General "
        "on the meeting's date (expected exactly one person in people.yaml with an office of role secretary-general "
        "covering 2023-12-12, found 2)",
    ]),
    ("no Secretary General on the meeting's date", "people.yaml", "        start: '2022'\n        end: '2026'",
     "        start: '2024'\n        end: '2026'", [
        "data/meetings/2023-12-12-soc.yaml:82: agenda[3].proceedings[0].by[0]: cannot tell who was Secretary General "
        "on the meeting's date (expected exactly one person in people.yaml with an office of role secretary-general "
        "covering 2023-12-12, found 0)",
    ]),
    ("document of a reported meeting without a source", REPORTED, "topics:\n",
     "documents:\n  - {symbol: TST/2021/NOTE/1, kind: other}\ntopics:\n", [
        "data/meetings/2021-06-23-soc.yaml:16: documents[0]: a document named in reports cites no source",
        "  hint: add source: the id of the report that names it",
    ]),
    ("misspelt field close to an allowed one", MEETING, "concerns: [SA]", "concrens: [SA]", [
        "data/meetings/2023-12-12-soc.yaml:97: agenda[3].proceedings[1].concrens: unknown field 'concrens'",
        "  hint: did you mean 'concerns'?",
    ]),
    ("unknown kind of entry", MEETING, "type: statement", "type: statment", [
        "data/meetings/2023-12-12-soc.yaml:48: agenda[1].proceedings[0]: unknown kind of entry "
        "(expected type: 'statement', 'account', 'decision', found 'statment')",
    ]),
    ("entry that does not say what it is", MEETING, "    - type: statement\n", "    - \n", [
        "data/meetings/2023-12-12-soc.yaml:49: agenda[1].proceedings[0]: this entry does not say what it is "
        "(expected type: statement, account or decision)",
    ]),
    ("one speaker where a list is expected", MEETING, "by: [KR]", "by: KR", [
        "data/meetings/2023-12-12-soc.yaml:56: agenda[1].proceedings[1].by: this must be a list (found 'KR')",
        "  hint: start each element on its own line with '- ', or write [a, b]",
    ]),
    ("fields where a list of speakers is expected", MEETING, "by: [KR]", "by: {state: KR}", [
        "data/meetings/2023-12-12-soc.yaml:56: agenda[1].proceedings[1].by: this must be a list "
        "(found a mapping of fields)",
        "  hint: start each element on its own line with '- ', or write [a, b]",
    ]),
    ("empty list of speakers", MEETING, "by: [KR]", "by: []", [
        "data/meetings/2023-12-12-soc.yaml:56: agenda[1].proceedings[1].by: this list must not be empty",
    ]),
    ("empty speaker", MEETING, "by: [KR]", "by: ['']", [
        "data/meetings/2023-12-12-soc.yaml:56: agenda[1].proceedings[1].by[0]: this must not be empty (found '')",
    ]),
    ("text where fields are expected", MEETING, "deadline: {date: '2023-12-26', time: '12:00', zone: Asia/Almaty}",
     "deadline: tomorrow", [
        "data/meetings/2023-12-12-soc.yaml:93: agenda[3].proceedings[1].deadline: this must be a mapping of fields "
        "(found 'tomorrow')",
    ]),
    ("a number in a list of sources", MEETING, "source: test-source", "source: [test-source, 5]", [
        "data/meetings/2023-12-12-soc.yaml:101: agenda[3].proceedings[1].outcome.source[1]: this must be text "
        "(found 5 (a number))",
        "  hint: write it in quotes: '5' (without quotes YAML reads a number)",
    ]),
    ("a name that YAML reads as true", "states.yaml", ", kk: Ресей}", ", kk: true}", [
        "data/states.yaml:7: states[1].name.kk: this must be text (found true)",
        "  hint: write it in quotes: 'true' (without quotes YAML reads true or false)",
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


def edit(data: Path, file: str, old: str, new: str) -> None:
    target = data / file
    text = target.read_text(encoding="utf-8")
    assert old in text, f"the fixture no longer contains {old!r}: update this test"
    target.write_text(text.replace(old, new, 1), encoding="utf-8")


def report_lines(data: Path, root: Path) -> list[str]:
    with pytest.raises(DataErrors) as raised:
        load_record(data, root)
    return raised.value.report().splitlines()


def test_unquoted_dates_are_read_like_quoted_ones_everywhere(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, data)
    unquoted = 0
    for path in data.rglob("*.yaml"):
        text, count = re.subn(r"'(\d{4}-\d{2}(?:-\d{2})?)'", r"\1", path.read_text(encoding="utf-8"))
        path.write_text(text, encoding="utf-8")
        unquoted += count
    assert unquoted > 10
    dates = lambda record: [(entity.key, getattr(entity, "date", None)) for entity in record.entities()]  # noqa: E731
    assert dates(load_record(data, tmp_path)) == dates(load_record(FIXTURE_DATA, ROOT))


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


def test_files_outside_the_project_are_named_by_their_full_path(tmp_path):
    data = broken_copy(tmp_path, MEETING, "by: [KR]", "by: [KO]")
    assert report_lines(data, tmp_path / "elsewhere")[1].startswith(f"{data.as_posix()}/{MEETING}:56: ")


def test_unknown_file_is_reported(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, data)
    (data / "meeting-2024.yaml").write_text("body: soc\n", encoding="utf-8")
    with pytest.raises(DataErrors) as raised:
        load_record(data, tmp_path)
    assert str(raised.value.errors[0]).startswith(
        "data/meeting-2024.yaml:1: this file is not a known kind of data file\n  hint: a meeting goes in data/meetings/")


@pytest.mark.parametrize("content, problem", [
    ("", "the file is empty (expected the fields of a states)"),
    ("# only a comment\n", "the file is empty (expected the fields of a states)"),
    ("- KZ\n- RU\n", "the file must be a mapping of fields (found a list)"),
    ("Kazakhstan\n", "the file must be a mapping of fields (found 'Kazakhstan')"),
])
def test_a_file_without_fields_is_reported_on_its_first_line(tmp_path, content, problem):
    """Alone: every reference to a state waits for the file's fix (as for a file that cannot be read)."""
    data = broken_copy(tmp_path, "states.yaml", "states:", "states:")
    (data / "states.yaml").write_text(content, encoding="utf-8")
    assert report_lines(data, tmp_path) == ["The data has 1 error:", f"data/states.yaml:1: {problem}"]


@pytest.mark.parametrize("old, new", [("2023-12-12-soc.yaml", "2023-12-12.yaml"),
                                      ("2023-12-12-soc.yaml", "2023-12-12-soc.extra.yaml"),
                                      ("2021-09-soc.yaml", "2021-09-soc-of-september.yaml")])
def test_a_meeting_file_may_be_named_by_its_date_alone_or_with_more_words(tmp_path, old, new):
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, data)
    (data / "meetings" / old).rename(data / "meetings" / new)
    assert load_record(data, tmp_path).meetings


@pytest.mark.parametrize("new", ["2021-09-15-soc.yaml", "2021-09-1-soc.yaml", "2021-0-soc.yaml", "2021-soc.yaml"])
def test_a_meeting_file_named_by_another_date_is_reported(tmp_path, new):
    """A meeting of September 2021 (day unknown) in a file named by a day, or by another month or year."""
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, data)
    (data / "meetings" / "2021-09-soc.yaml").rename(data / "meetings" / new)
    assert report_lines(data, tmp_path) == [
        "The data has 1 error:",
        f"data/meetings/{new}:3: date: the meeting's date, its file name and its id disagree (expected a file name "
        f"starting with 2021-09 and the id soc-2021-09 or none, found date '2021-09', file name '{new}', id none)",
        "  hint: if the date is right, name the file 2021-09-soc.yaml and write id: soc-2021-09 (or no id); if not, "
        "correct the date",
    ]


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_guide_shows_errors_exactly_as_the_build_prints_them(lang):
    """Every error the publisher's guide quotes is a line of this truth table, so the guide cannot drift from it."""
    printed = {line for *_, expected in CASES for line in expected}
    guide = (ROOT / "docs" / lang / "guide.md").read_text(encoding="utf-8")
    quoted = [line for line in guide.splitlines() if re.match(r"data/\S+:\d+: |  hint: [^…]", line)]
    assert len(quoted) > 10
    assert [line for line in quoted if line not in printed] == []
