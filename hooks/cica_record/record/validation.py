"""Check each data file's shape against the schema (`record.schema`), in publisher's words.

pydantic finds the problems; this module only says where they are (file, line,
field) and what they mean for someone editing YAML by hand.
"""

from __future__ import annotations

import difflib
import re
import typing
from dataclasses import dataclass
from enum import Enum
from pathlib import PurePosixPath
from typing import Any, Optional

from pydantic import BaseModel, ValidationError

from cica_record.record.errors import DataError, dotted, shown
from cica_record.record.schema import EXPECTED_FORMS, MeetingFile, Shape
from cica_record.record.yaml_source import SourceFile


# What to write when a commonly forgotten field is missing.
MISSING_HINTS = {
    "zone": "a deadline needs its time zone: add zone: Asia/Almaty for Astana time (or another IANA time zone)",
    "time": "a deadline needs its local time, in quotes: time: '12:00'",
    "by": "say who spoke: state codes such as [RU], a person's id, chair or secretary-general",
    "wording": "minutes if the text is the minutes' own words, summary if it is ours",
    "known_from": "minutes if the record holds the meeting's minutes, reports if it is known from press releases and "
                  "news reports, mention if it is only mentioned elsewhere",
    "name": "a name in all three languages: {en: …, ru: …, kk: …}",
    "title": "a short title naming what was decided, e.g. title: {en: 'Budget of the CICA Secretariat for 2024: adopted'}",
    "source": "name where this comes from: source: an id from data/sources.yaml or a document symbol "
              "(a list when several sources state it)",
}


def validate_file(source: SourceFile, model: type[BaseModel]) -> tuple[Optional[BaseModel], list[DataError]]:
    if source.data is None:
        return None, [DataError(file=source.name, line=1, path="", problem="the file is empty",
                                      expected=f"the fields of a {_kind(model)}")]
    if not isinstance(source.data, dict):
        return None, [DataError(file=source.name, line=1, path="", problem="the file must be a mapping of fields",
                                      found=shown(source.data))]
    try:
        return model.model_validate(source.data), []
    except ValidationError as error:
        details = [d for d in error.errors() if not _only_short_of_invalid_items(source.data, d)]
        return None, [_explain(source, model, detail) for detail in details]


def _only_short_of_invalid_items(data: Any, detail: dict) -> bool:
    """A list reported too short only because some of its items were invalid (they are reported themselves)."""
    if detail["type"] != "too_short":
        return False
    node = data
    for part in error_path(data, detail):
        node = node[part]
    return isinstance(node, list) and len(node) >= detail["ctx"]["min_length"]


def _kind(model: type[BaseModel]) -> str:
    return model.__name__.removesuffix("File").lower()


def _data_path(data: Any, loc: tuple, names_a_field: bool) -> tuple:
    """pydantic's location, less the union tags it inserts, as a path into the data.

    A missing or unknown field is named at the end of the path even though the
    data has no value there; any other name that is not in the data is a tag.
    """
    path: list = []
    node = data
    for part in loc:
        if isinstance(node, dict) and part in node:
            node = node[part]
            path.append(part)
        elif isinstance(node, list):  # pydantic's index of an item: always in the list
            node = node[part]
            path.append(part)
        elif names_a_field and part == loc[-1]:
            path.append(part)
    return tuple(path)


def error_path(data: Any, detail: dict) -> tuple:
    """Where in the data one of pydantic's error details is: a field that is missing or unknown is named last."""
    return _data_path(data, detail["loc"], detail["type"] in ("missing", "extra_forbidden"))


def _explain(source: SourceFile, model: type[BaseModel], detail: dict) -> DataError:
    path = error_path(source.data, detail)
    where = dict(file=source.name, line=source.line_of(path), path=dotted(path))
    kind, value, ctx = detail["type"], detail.get("input"), detail.get("ctx") or {}
    if kind == "missing":
        return DataError(**where, problem=f"the required field '{path[-1]}' is missing", hint=MISSING_HINTS.get(path[-1]))
    if kind == "extra_forbidden":
        allowed = _allowed_fields(model, detail["loc"])
        close = difflib.get_close_matches(str(path[-1]), allowed, n=1) or [
            name for name in allowed if name.startswith(str(path[-1]))][:1]
        return DataError(
            **where, problem=f"unknown field '{path[-1]}'",
            hint=f"did you mean '{close[0]}'?" if close else
            (f"allowed here: {', '.join(sorted(allowed))}" if allowed else None),
        )
    if kind in ("enum", "literal_error"):
        expected = ctx.get("expected", "")
        options = [o.strip(" '") for o in expected.replace(" or ", ",").split(",") if o.strip()]
        close = difflib.get_close_matches(str(value), options, n=1)
        return DataError(
            **where, problem="this value is not one of those allowed", expected=expected, found=shown(value),
            hint=f"did you mean '{close[0]}'?" if close else None,
        )
    if kind == "union_tag_invalid":
        return DataError(**where, problem="unknown kind of entry", expected=f"type: {ctx.get('expected_tags')}",
                         found=shown(ctx.get("tag")))
    if kind == "union_tag_not_found":
        return DataError(**where, problem="this entry does not say what it is",
                         expected="type: statement, account or decision")
    if kind == "string_type":
        return DataError(**where, problem="this must be text", found=shown(value), hint=_quote_hint(value))
    if kind == "string_too_short":  # an empty text or reference: '' or []
        return DataError(**where, problem="this must not be empty", found=shown(value))
    if kind == "string_pattern_mismatch":
        return DataError(**where, problem="this value is not in the expected form",
                         expected=EXPECTED_FORMS.get(ctx.get("pattern"), f"text matching {ctx.get('pattern')}"),
                         found=shown(value))
    if kind in ("bool_type", "bool_parsing"):
        return DataError(**where, problem="this must be true or false", found=shown(value),
                         hint="write true or false without quotes")
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return DataError(**where, problem="this must be a whole number", found=shown(value),
                         hint="write digits only, without quotes or separators")
    if kind in ("tuple_type", "list_type"):
        return DataError(**where, problem="this must be a list", found=shown(value),
                         hint="start each element on its own line with '- ', or write [a, b]")
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return DataError(**where, problem="this must be a mapping of fields", found=shown(value))
    if kind == "too_short":
        least = ctx["min_length"]
        return DataError(**where, problem="this list must not be empty" if least == 1 else
                         f"this list needs at least {least} entries", found=f"{len(value)}" if least > 1 else None)
    # A check of the schema (a value_error) says what is wrong in its own words, without pydantic's prefix.
    return DataError(**where, problem=str(ctx.get("error", detail["msg"])), found=_found_scalar(value))


def _quote_hint(value: Any) -> Optional[str]:
    """A year alone (2022), an agenda number (6) or a yes/no read where text was meant: quote it."""
    if isinstance(value, bool):
        return f"write it in quotes: '{shown(value)}' (without quotes YAML reads true or false)"
    if isinstance(value, (int, float)):
        return f"write it in quotes: '{value}' (without quotes YAML reads a number)"
    return None


def _found_scalar(value: Any) -> Optional[str]:
    return None if isinstance(value, (dict, list)) else shown(value)


def _allowed_fields(model: type[BaseModel], loc: tuple) -> list[str]:
    """The fields of the model that holds the field at `loc` (none if that is not one model)."""
    models = [model]
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        owner = next((candidate for candidate in models if part in candidate.model_fields), None)
        if owner is not None:
            models = _models_in(owner.model_fields[part].annotation)
        else:  # pydantic names the member of a tagged union by its tag: 'statement', 'decision', …
            models = [candidate for candidate in models if _has_tag(candidate, part)] or models
    return list(models[0].model_fields) if len(models) == 1 else []


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    """The models inside Optional[...], tuple[...], unions and Annotated[...]."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [model for arg in typing.get_args(annotation) for model in _models_in(arg)]


def allowed_options(annotation: Any) -> list:
    """The values an Enum or Literal field allows (inside Optional[...] too), in the schema's order."""
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return [member.value for member in annotation]
    if typing.get_origin(annotation) is typing.Literal:
        return list(typing.get_args(annotation))
    return [value for arg in typing.get_args(annotation) for value in allowed_options(arg)]


def _has_tag(model: type[BaseModel], tag: str) -> bool:
    field = model.model_fields.get("type")
    return field is not None and tag in typing.get_args(field.annotation)


def meeting_name_errors(source: SourceFile, meeting: MeetingFile) -> list[DataError]:
    """A meeting's date as written, the start of its file's name and its id (BODY-DATE) must agree.

    Written dates may be partial (2021-09): the file name must start with the date as
    written and go on with '-' and no more digits, so 2021-09-15-mc.yaml does not match 2021-09.
    """
    file_name, stem = PurePosixPath(source.name).name, PurePosixPath(source.name).stem
    date, expected_id = meeting.date, f"{meeting.body}-{meeting.date}"
    named_by_date = re.fullmatch(re.escape(date) + r"(-(?!\d).*)?", stem) is not None
    if named_by_date and meeting.id in (None, expected_id):
        return []
    return [DataError(
        file=source.name, line=source.line_of(("date",)), path="date",
        problem="the meeting's date, its file name and its id disagree",
        expected=f"a file name starting with {date} and the id {expected_id} or none",
        found=f"date '{date}', file name '{file_name}', id " + (f"'{meeting.id}'" if meeting.id else "none"),
        hint=f"if the date is right, name the file {date}-{meeting.body}.yaml and write id: {expected_id} (or no id); "
             "if not, correct the date",
    )]


@dataclass
class ValidFile:
    """One data file whose shape is valid (or what of it is: a `SalvagedSource`), ready to be linked."""

    source: SourceFile
    shape: Shape
