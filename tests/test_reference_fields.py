"""Every reference field of the schema, broken one at a time, is reported where it is written.

The cases are not listed by hand: they come from the schema's own fields (every field typed
as a reference — `Ref`, a state code — in any file's model), and each is broken where the
fixture uses it. A reference the linker forgot to check would otherwise vanish without a
word (as unknown `concerns` once did).
"""

from __future__ import annotations

import shutil
import typing
from pathlib import Path

import pytest
import yaml
from pydantic import BaseModel

from cica_record.record import schema as s
from conftest import FIXTURE_DATA
from cica_record.record.errors import DataErrors, dotted
from cica_record.record.loader import data_files, load_record
from cica_record.record.schema.files import SCHEMAS
from cica_record.record.validation import validate_file
from cica_record.record.yaml_source import read_yaml

pytestmark = pytest.mark.unit

REFERENCE_TYPES = (s.Ref, s.StateCode)
BROKEN = {s.Ref: "nothing-in-the-record", s.StateCode: "ZZ"}


def reference_type(annotation) -> typing.Any:
    """The reference type an annotation holds (directly, optional or in a tuple), or None."""
    if any(annotation == ref for ref in REFERENCE_TYPES):
        return annotation
    for arg in typing.get_args(annotation):
        found = reference_type(arg)
        if found is not None:
            return found
    return None


def models(root: type[BaseModel], seen: set | None = None) -> set[type[BaseModel]]:
    """A model and every model its fields can hold."""
    seen = set() if seen is None else seen
    if root in seen:
        return seen
    seen.add(root)
    for annotation in typing.get_type_hints(root, include_extras=True).values():
        for inner in _classes(annotation):
            if issubclass(inner, BaseModel):
                models(inner, seen)
    return seen


def _classes(annotation) -> list[type]:
    if isinstance(annotation, type):
        return [annotation]
    return [c for arg in typing.get_args(annotation) for c in _classes(arg)]


def reference_fields() -> dict[tuple[str, str], typing.Any]:
    """(model, field) → its reference type, for every model of every data file."""
    fields = {}
    for model in set().union(*(models(root) for root in SCHEMAS.values())):
        for name, annotation in typing.get_type_hints(model, include_extras=True).items():
            ref = reference_type(annotation)
            if ref is not None and name != "id":  # an id defines, it does not refer
                fields[(model.__name__, name)] = ref
    return fields


def fixture_uses() -> dict[tuple[str, str], tuple[Path, tuple]]:
    """Where the fixture first writes each (model, field) reference: its file and path."""
    uses: dict[tuple[str, str], tuple[Path, tuple]] = {}
    for path, kind in data_files(FIXTURE_DATA):
        source, errors = read_yaml(path, path.name)
        shape, shape_errors = validate_file(source, SCHEMAS[kind])
        assert not errors and not shape_errors, (errors, shape_errors)
        _walk(shape, source.data, (), path, uses)
    return uses


def _walk(shape: BaseModel, raw: typing.Any, at: tuple, file: Path, uses: dict) -> None:
    """`raw` is the YAML behind `shape`: a list of sources may be written as one string (source: an-id)."""
    for name, value in shape:
        if name not in shape.model_fields_set:
            continue
        written = raw.get(name) if isinstance(raw, dict) else None
        if isinstance(value, tuple) and not isinstance(written, list):
            items = [(None, value[0], written)] if value else []
        elif isinstance(value, tuple):
            items = [(index, item, written[index]) for index, item in enumerate(value)]
        else:
            items = [(None, value, written)]
        for index, item, raw_item in items:
            where = at + (name,) + (() if index is None else (index,))
            if isinstance(item, BaseModel):
                _walk(item, raw_item, where, file, uses)
            elif isinstance(item, str):
                uses.setdefault((type(shape).__name__, name), (file, where))


FIELDS = reference_fields()
USES = fixture_uses()


def test_the_schema_has_the_reference_fields_this_table_relies_on():
    assert len(FIELDS) >= 30
    assert ("StatementEntry", "concerns") in FIELDS and ("RoleEntry", "state") in FIELDS


@pytest.mark.parametrize("model, field", sorted(FIELDS), ids=[f"{m}.{f}" for m, f in sorted(FIELDS)])
def test_a_broken_reference_is_reported_at_its_place(tmp_path, model, field):
    assert (model, field) in USES, (
        f"the fixture (tests/fixtures/mini) writes no {model}.{field}: add one, so that this reference is tested")
    file, path = USES[(model, field)]
    data = shutil.copytree(FIXTURE_DATA, tmp_path / "data")
    broken = data / file.relative_to(FIXTURE_DATA)
    content = yaml.safe_load(broken.read_text(encoding="utf-8"))
    node = content
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = BROKEN[FIELDS[(model, field)]]
    broken.write_text(yaml.safe_dump(content, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
    written, _ = read_yaml(broken, "")
    with pytest.raises(DataErrors) as raised:
        load_record(data, tmp_path)
    name = broken.relative_to(tmp_path).as_posix()
    at = [str(e) for e in raised.value.errors if e.file == name and e.path == dotted(path)]
    assert at, f"breaking {name} {dotted(path)} gave only:\n{raised.value.report()}"
    assert all(e.line == written.line_of(path) for e in raised.value.errors
               if e.file == name and e.path == dotted(path)), at
