"""Hostile or broken data files are refused before they are read into values: fast, in little memory,
each with a publisher's message (file:line: field: what is wrong, expected, found, hint), never a traceback.

Every case builds the fixture record with one such file for real, as `mkdocs build --strict` under
`ulimit -v` (a cap on the build's memory far below what reading these files whole took: an alias bomb
of 522 bytes needed more than 2.6 GB, a 50 MB file 1.2 GB), with a timeout. How long each refusal takes and
how much memory it needs is measured by benchmarks/hostile_input.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cica_record.devtools.hostile import alias_bomb
from conftest import make_project
from cica_record.record.input_limits import MAX_DEPTH, MAX_FILE_BYTES, MAX_TEXT_CHARACTERS
from test_data_errors import broken_copy

pytestmark = pytest.mark.site

MEMORY_CAP_KB = 400 * 1024
MEETING = "meetings/2023-12-12-soc.yaml"
NEW_MEETING = "meetings/2024-01-10-soc.yaml"
PLACE = 'place: {en: "Astana <i'
STOPPED = "Nothing was built or published: correct the files above and run the command again."


def build_under_memory_cap(tmp_path: Path, data: Path) -> subprocess.CompletedProcess:
    return build_project_under_memory_cap(tmp_path, make_project(tmp_path / "project", data))


def build_project_under_memory_cap(tmp_path: Path, project: Path) -> subprocess.CompletedProcess:
    command = (f"ulimit -v {MEMORY_CAP_KB} && exec {sys.executable} -m mkdocs build --strict "
               f"-d {tmp_path / 'site'}")
    return subprocess.run(["bash", "-c", command], cwd=project, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})


def with_new_file(tmp_path: Path, name: str, content: str | bytes) -> Path:
    data = broken_copy(tmp_path / "copy", MEETING, "body: soc", "body: soc")
    target = data / name
    target.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return data


def refused(result: subprocess.CompletedProcess, *lines: str) -> None:
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Traceback" not in output and "MemoryError" not in output
    assert STOPPED in output
    for line in lines:
        assert line in output.splitlines(), f"{line!r} not in:\n{output}"


ANCHOR_HINT = "  hint: write the value out in full where it is needed"


@pytest.mark.parametrize("levels", [7, 9])
def test_an_alias_bomb_is_refused_at_its_anchors(tmp_path, levels):
    bomb = alias_bomb(levels)
    assert len(bomb) < 600
    result = build_under_memory_cap(tmp_path, with_new_file(tmp_path, NEW_MEETING, bomb))
    refused(result,
            f"data/{NEW_MEETING}:1: a0: YAML anchors (&name) and aliases (*name) are not allowed in data files: "
            "this is an anchor (found &a0)", ANCHOR_HINT,
            f"data/{NEW_MEETING}:{levels + 1}: a{levels}: YAML anchors (&name) and aliases (*name) are not allowed "
            f"in data files: this is an anchor (found &a{levels})")


def test_an_alias_alone_is_refused_where_it_is_written(tmp_path):
    data = broken_copy(tmp_path, MEETING, "format: hybrid\n", "format: hybrid\nhosts: *elsewhere\n")
    result = build_under_memory_cap(tmp_path, data)
    refused(result, f"data/{MEETING}:7: hosts: YAML anchors (&name) and aliases (*name) are not allowed in data "
                    "files: this is an alias (found *elsewhere)", ANCHOR_HINT)


def test_a_50_mb_file_is_refused_without_being_read(tmp_path):
    paragraph = "      - {type: account, wording: minutes, text: {en: '" + "word " * 200 + "'}}\n"
    big = "body: soc\ndate: '2024-01-10'\nknown_from: minutes\nopening:\n" + paragraph * (50 * 1024 * 1024 // len(paragraph))
    result = build_under_memory_cap(tmp_path, with_new_file(tmp_path, NEW_MEETING, big))
    refused(result, f"data/{NEW_MEETING}:1: the file is too large to be one file of the record; it was not read "
                    f"(expected at most {MAX_FILE_BYTES // 2**20} MB, found 50.0 MB)",
            "  hint: a meeting's file is usually under 100 KB: check that it holds only the record's YAML, and not, "
            "say, a document pasted whole")


@pytest.mark.parametrize("size", [5 * 1024 * 1024, MAX_TEXT_CHARACTERS + 1])
def test_a_text_too_long_is_refused(tmp_path, size):
    data = broken_copy(tmp_path, MEETING, PLACE, 'place: {en: "' + "A" * size + '", x: "<i')
    result = build_under_memory_cap(tmp_path, data)
    if size > MAX_FILE_BYTES:
        megabytes = (data / MEETING).stat().st_size / 2**20
        refused(result, f"data/{MEETING}:1: the file is too large to be one file of the record; it was not read "
                        f"(expected at most 2 MB, found {megabytes:.1f} MB)")
    else:
        refused(result, f"data/{MEETING}:5: place.en: this text is too long for one value of the record (expected "
                        f"at most {MAX_TEXT_CHARACTERS:,} characters, found {size:,} characters)")


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 1000, 100_000])
def test_values_nested_too_deep_are_refused(tmp_path, depth):
    data = broken_copy(tmp_path, MEETING, "format: hybrid\n", "format: hybrid\nhosts: " + "[" * depth + "]" * depth + "\n")
    result = build_under_memory_cap(tmp_path, data)
    refused(result, f"data/{MEETING}:7: hosts: lists and mappings are nested too deep here; the file was read no "
                    f"further (expected at most {MAX_DEPTH} levels)",
            "  hint: check the indentation and the brackets: the record's files need fewer than 12 levels")


def test_a_file_at_the_limits_is_read(tmp_path):
    """Just under each limit, a file is read and checked as any other (here: a text as long as allowed)."""
    data = broken_copy(tmp_path, MEETING, PLACE, 'place: {en: "' + "A" * MAX_TEXT_CHARACTERS + '", x: "<i')
    result = build_under_memory_cap(tmp_path, data)
    refused(result, f"data/{MEETING}:5: place.x: unknown field 'x'")


@pytest.mark.parametrize("target", ["outside", "inside"])
def test_a_data_file_that_is_a_link_is_refused_and_not_read(tmp_path, target):
    secret = tmp_path / "token.yaml"
    secret.write_text("token: SECRET-5d1f\n", encoding="utf-8")
    project = make_project(tmp_path / "project", with_new_file(tmp_path, "meetings/notes.txt", "token: SECRET-5d1f\n"))
    data = project / "data"
    (data / NEW_MEETING).symlink_to(secret if target == "outside" else data / "meetings" / "notes.txt")
    result = build_project_under_memory_cap(tmp_path, project)
    refused(result, f"data/{NEW_MEETING}:1: this is a link to a file elsewhere, or lies outside data/; it was not read "
                    "(expected a file inside data/ itself)",
            "  hint: copy the content into a file in data/ (or data/meetings/) and remove the link")
    assert "SECRET" not in result.stdout + result.stderr
