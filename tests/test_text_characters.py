"""Invisible characters in the data are refused where they are written: control characters (other than
newline and tab), lone surrogates, and the bidirectional overrides, embeddings and isolates.

They once passed validation and then stopped the build with a traceback that named no file, after pages
had been written (`\\v`, `\\0`, a lone surrogate), or went into the pages unchanged (U+202E, which makes
"gpj.exe" read "exe.jpg").
"""

from __future__ import annotations

import pytest

from conftest import make_project, run_mkdocs
from cica_record.record.errors import DataErrors
from cica_record.record.loader import load_record
from test_data_errors import broken_copy

MEETING = "meetings/2023-12-12-soc.yaml"
STATES = "states.yaml"
HINT = ("  hint: delete it: in quotes, YAML turns \\0, \\a, \\b, \\v, \\f, \\r, \\e, \\x.. and \\u.... into such "
        "characters; newlines and tabs are allowed, and right-to-left text needs none of them")
CONTROL = "a control character, which a reader cannot see"
REORDERS = "an unseen character that reorders the text around it (a bidirectional override, embedding or isolate)"

# (case, file, text to replace, replacement, the first report line expected)
CASES = [
    ("vertical tab", STATES, "{en: Kazakhstan,", '{en: "Kazakh\\vstan",',
     f"data/states.yaml:3: states[0].name.en: this text holds U+000B, {CONTROL} (found 'Kazakh\\u000bstan')"),
    ("NUL", STATES, "{en: Kazakhstan,", '{en: "Kazakhstan\\0",',
     f"data/states.yaml:3: states[0].name.en: this text holds U+0000, {CONTROL} (found 'Kazakhstan\\u0000')"),
    ("escape in a key", MEETING, "format: hybrid", '"form\\eat": hybrid',
     f"data/meetings/2023-12-12-soc.yaml:6: form\x1bat: this text holds U+001B, {CONTROL} (found 'form\\u001bat')"),
    ("C1 control", STATES, "{en: Kazakhstan,", '{en: "Kazakh\\x85stan",',
     f"data/states.yaml:3: states[0].name.en: this text holds U+0085, {CONTROL} (found 'Kazakh\\u0085stan')"),
    ("lone surrogate", STATES, "{en: Kazakhstan,", '{en: "Kazakh\\ud800stan",',
     "data/states.yaml:3: states[0].name.en: this text holds U+D800, half of a character (a lone surrogate), which "
     "no file can hold (found 'Kazakh\\ud800stan')"),
    ("right-to-left override", STATES, "{en: Kazakhstan,", "{en: Kazakh\u202estan,",
     f"data/states.yaml:3: states[0].name.en: this text holds U+202E, {REORDERS} (found 'Kazakh\\u202estan')"),
    ("first strong isolate", MEETING, "format: hybrid", "format: hy\u2068brid",
     f"data/meetings/2023-12-12-soc.yaml:6: format: this text holds U+2068, {REORDERS} (found 'hy\\u2068brid')"),
]


@pytest.mark.unit
@pytest.mark.parametrize("case, file, old, new, expected", CASES, ids=[c[0] for c in CASES])
def test_an_invisible_character_is_refused_where_it_is_written(tmp_path, case, file, old, new, expected):
    with pytest.raises(DataErrors) as raised:
        load_record(broken_copy(tmp_path, file, old, new), tmp_path)
    lines = raised.value.report().splitlines()
    assert expected in lines
    assert lines[lines.index(expected) + 1] == HINT


@pytest.mark.unit
def test_a_long_text_shows_the_character_with_twenty_characters_either_side(tmp_path):
    text = "word " * 30 + "\u202egpj.exe" + " word" * 30
    with pytest.raises(DataErrors) as raised:
        load_record(broken_copy(tmp_path, STATES, "{en: Kazakhstan,", "{en: " + text + ","), tmp_path)
    assert (f"data/states.yaml:3: states[0].name.en: this text holds U+202E, {REORDERS} "
            "(found '…word word word word \\u202egpj.exe word word wo…')") in raised.value.report().splitlines()


@pytest.mark.unit
@pytest.mark.parametrize("allowed", ["Kazakh\tstan", "Kazakh\nstan", "Kazakh\u200fstan", "Kazakh\u200estan"])
def test_newline_tab_and_direction_marks_are_allowed(tmp_path, allowed):
    escaped = allowed.replace("\t", "\\t").replace("\n", "\\n")
    load_record(broken_copy(tmp_path, STATES, "{en: Kazakhstan,", '{en: "' + escaped + '",'), tmp_path)


@pytest.mark.site
def test_the_build_stops_before_writing_anything_and_names_the_file(tmp_path):
    project = make_project(tmp_path / "project", broken_copy(tmp_path, STATES, "{en: Kazakhstan,", '{en: "Kaz\\vakh",'))
    result = run_mkdocs(project, "build", "--strict", "-d", str(tmp_path / "site"), check=False)
    output = result.stdout + result.stderr
    assert result.returncode != 0 and "Traceback" not in output
    assert f"data/states.yaml:3: states[0].name.en: this text holds U+000B, {CONTROL} (found 'Kaz\\u000bakh')" in output
    assert not (tmp_path / "site").exists()
