"""The shipped data files as files: schemas current, each file checked by its
JSON Schema, clean YAML that survives a round trip, and a modeline for editors."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from conftest import FIXTURE_DATA, ROOT
from cica_record.record.schema.files import schema_texts
from cica_record.record.loader import data_files
from cica_record.record.yaml_source import read_yaml

SHIPPED = [path for path, _ in data_files(ROOT / "data")]
FIXTURES = [path for path, _ in data_files(FIXTURE_DATA)]


def kind_of(path: Path) -> str:
    return dict(data_files(ROOT / "data")).get(path) or dict(data_files(FIXTURE_DATA))[path]


def test_committed_schemas_are_generated_from_the_models():
    for name, text in schema_texts().items():
        committed = ROOT / "schema" / name
        assert committed.exists(), f"schema/{name} is missing: run make schema"
        assert committed.read_text(encoding="utf-8") == text, (
            f"schema/{name} is out of date: run make schema")


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_shipped_file_names_its_schema(path):
    first = path.read_text(encoding="utf-8").splitlines()[0]
    schema = f"{kind_of(path)}.schema.json"
    depth = "../../" if path.parent.name == "meetings" else "../"
    assert first == f"# yaml-language-server: $schema={depth}schema/{schema}"


@pytest.mark.parametrize("path", SHIPPED + FIXTURES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_file_passes_its_json_schema(path):
    source, errors = read_yaml(path, path.name)
    assert not errors
    schema = json.loads((ROOT / "schema" / f"{kind_of(path)}.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(source.data, schema)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_file_is_clean_yaml_that_round_trips(path):
    text = path.read_text(encoding="utf-8")
    assert "\t" not in text, "tabs in YAML indentation are an error waiting to happen"
    assert not [n for n, line in enumerate(text.splitlines(), 1) if line != line.rstrip()], "trailing spaces"
    assert text.endswith("\n") and not text.endswith("\n\n")
    source, errors = read_yaml(path, path.name)
    assert not errors
    dumped = yaml.safe_dump(source.data, allow_unicode=True, sort_keys=False)
    assert yaml.safe_load(dumped) == source.data
