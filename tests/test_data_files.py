"""The shipped data files as files: schemas current, each file checked by its
JSON Schema, clean YAML that survives a round trip, a modeline for editors, and
the date of the data (its last commit)."""

from __future__ import annotations

import json
import os
import subprocess
from functools import lru_cache
from pathlib import Path

import jsonschema
import pytest
import yaml

from conftest import FIXTURE_DATA, ROOT
from cica_record.record.schema.files import schema_texts
from cica_record.record.loader import data_files, load_record
from cica_record.record.yaml_source import read_yaml

pytestmark = pytest.mark.unit

SHIPPED = [path for path, _ in data_files(ROOT / "data")]
FIXTURES = [path for path, _ in data_files(FIXTURE_DATA)]


KINDS = {**dict(data_files(ROOT / "data")), **dict(data_files(FIXTURE_DATA))}


def kind_of(path: Path) -> str:
    return KINDS[path]


@lru_cache(maxsize=None)
def validator(kind: str) -> jsonschema.protocols.Validator:
    """The committed JSON Schema of a kind of file, checked once and compiled once."""
    schema = json.loads((ROOT / "schema" / f"{kind}.schema.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


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
    validator(kind_of(path)).validate(source.data)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_file_is_clean_yaml_that_round_trips(path):
    text = path.read_text(encoding="utf-8")
    assert "\t" not in text, "tabs in YAML indentation are an error waiting to happen"
    assert not [n for n, line in enumerate(text.splitlines(), 1) if line != line.rstrip()], "trailing spaces"
    assert text.endswith("\n") and not text.endswith("\n\n")
    source, errors = read_yaml(path, path.name)
    assert not errors
    # libyaml's safe dumper and loader (the same types as PyYAML's safe ones), ten times as fast on the record's files
    dumped = yaml.dump(source.data, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False)
    assert yaml.load(dumped, Loader=yaml.CSafeLoader) == source.data


def _enum_of(schema: dict, definitions: dict) -> list:
    """The values a JSON Schema property allows (through a $ref, beside null in anyOf, or in each item of a list)."""
    if "items" in schema:
        return _enum_of(schema["items"], definitions)
    if "$ref" in schema:
        return _enum_of(definitions[schema["$ref"].rsplit("/", 1)[-1]], definitions)
    if "const" in schema:
        return [schema["const"]]
    return schema.get("enum", []) or [value for option in schema.get("anyOf", []) for value in _enum_of(option, definitions)]


def test_the_allowed_values_of_every_field_are_those_of_its_json_schema():
    """What a message or the guide lists as allowed (allowed_options) is what pydantic's JSON Schema of the field
    allows, in the same order, for every field of every model; and nothing for a field of free text."""
    from pydantic import BaseModel

    from cica_record.record import schema as s
    from cica_record.record.validation import allowed_options

    models = {model for model in vars(s).values()
              if isinstance(model, type) and issubclass(model, BaseModel) and model.__module__.startswith(s.__name__ + ".")}
    compared = 0
    for model in sorted(models, key=lambda model: model.__name__):
        schema = model.model_json_schema()
        for name, field in model.model_fields.items():
            alias = field.alias or name
            expected = _enum_of(schema["properties"][alias], schema.get("$defs", {}))
            assert allowed_options(field.annotation) == expected, f"{model.__name__}.{name}"
            compared += bool(expected)
    assert compared >= 10  # enums and literals, required and optional (the fixture of this test)


def test_the_date_of_the_data_is_the_last_commit_of_data(tmp_path):
    from cica_record.export import open_data

    project = tmp_path / "project"
    (project / "data").mkdir(parents=True)
    (project / "data" / "states.yaml").write_text("states: []\n", encoding="utf-8")
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_COMMITTER_DATE": "2024-01-16T23:30:00+05:00"}
    for command in (["init", "-q"], ["add", "data"], ["commit", "-qm", "data"]):
        subprocess.run(["git", *command], cwd=project, env=env, check=True)
    day, commit = open_data.data_version(load_record(FIXTURE_DATA, ROOT), project)
    assert day == "2024-01-16" and len(commit) == 40  # the commit's day in UTC (18:30Z)
    elsewhere = tmp_path / "not-a-checkout"
    elsewhere.mkdir()
    # Outside a git checkout: the newest date the record holds (the fixture's minutes, of 16 January 2024).
    assert open_data.data_version(load_record(FIXTURE_DATA, ROOT), elsewhere) == ("2024-01-16", None)
