"""The YAML reader keeps what a publisher wrote: no silent retyping, no silently dropped keys."""

from __future__ import annotations

import pytest

from cica_record.record.yaml_source import read_yaml

pytestmark = pytest.mark.unit


def read(tmp_path, text: str):
    path = tmp_path / "file.yaml"
    path.write_text(text, encoding="utf-8")
    return read_yaml(path, "data/file.yaml")


def test_values_yaml_would_retype_stay_as_written(tmp_path):
    source, errors = read(tmp_path, "code: NO\nflag: yes\nday: 2023-12-12\ntime: 12:00\n"
                                    "version: 1.10\nzero: 010\nnumber: 50000\ntruth: true\nnothing: null\n")
    assert errors == []
    assert source.data == {"code": "NO", "flag": "yes", "day": "2023-12-12", "time": "12:00", "version": "1.10",
                           "zero": "010", "number": 50000, "truth": True, "nothing": None}


def test_every_value_knows_its_line(tmp_path):
    source, _ = read(tmp_path, "a:\n  - x: 1\n  - x: 2\n    y: [3, 4]\n")
    assert source.line_of(("a", 1, "y")) == 4
    assert source.line_of(("a", 0, "x")) == 2
    assert source.line_of(("a", 1, "missing")) == 3
    assert source.line_of(("a", 5, "x")) == 1  # no sixth entry: the line of the list


def test_what_is_not_in_a_file_is_placed_on_the_line_of_its_nearest_part(tmp_path):
    source, _ = read(tmp_path, "# comment\nname: x\nagenda:\n  title: y\n")
    assert source.line_of(("agenda", "missing")) == 3
    assert source.line_of(("date",)) == 2


def test_a_key_written_twice_is_an_error(tmp_path):
    source, errors = read(tmp_path, "a: 1\nb:\n  c: 1\n  c: 2\n")
    assert source is None
    assert [str(e) for e in errors] == [
        "data/file.yaml:4: b.c: the key 'c' is written twice in the same place\n"
        "  hint: it was first written on line 3; YAML would silently keep only the last one"]


def test_no_object_is_ever_constructed(tmp_path):
    source, errors = read(tmp_path, "a: !!python/object/apply:os.system ['true']\n")
    assert source is None
    assert str(errors[0]).startswith("data/file.yaml:1: this is not valid YAML: could not determine a constructor")


def test_every_key_written_twice_is_reported_and_the_rest_still_read(tmp_path):
    source, errors = read(tmp_path, "a: 1\na: 2\nb: 1\nb: 2\nc:\n  d: 1\n  d: 2\n")
    assert source is None
    assert [(e.line, e.path) for e in errors] == [(2, "a"), (4, "b"), (7, "c.d")]


def test_a_file_that_is_not_utf8_is_reported_not_raised(tmp_path):
    path = tmp_path / "file.yaml"
    path.write_bytes("name: Казахстан\n".encode("cp1251"))  # saved in a Windows code page
    source, errors = read_yaml(path, "data/file.yaml")
    assert source is None
    assert [str(e) for e in errors] == ["data/file.yaml:1: the file is not UTF-8 text (found invalid continuation byte)"]


def test_a_missing_field_is_placed_on_the_first_line_of_content(tmp_path):
    """A file that opens with comments: what is not in it is placed where its content starts."""
    source, _ = read(tmp_path, "# A comment\n# and another\nbody: soc\n")
    assert source.line_of(("date",)) == 3
    assert source.line_of(()) == 3


def test_files_are_parsed_by_libyaml_with_the_same_guarantees():
    """libyaml's parser is what makes reading 500 meetings take seconds; the tests above run through it."""
    import yaml

    from cica_record.record import yaml_source

    if yaml.__with_libyaml__:
        assert issubclass(yaml_source._FastRecordLoader, yaml.CSafeLoader)


def test_a_yaml_error_without_a_place_is_put_on_the_first_line():
    """PyYAML's errors may carry no mark (none of its own raises does so today): the message still has a line."""
    import yaml

    from cica_record.record.yaml_source import _syntax_error

    assert str(_syntax_error("data/file.yaml", yaml.MarkedYAMLError(problem="odd"))).startswith(
        "data/file.yaml:1: this is not valid YAML: odd")
