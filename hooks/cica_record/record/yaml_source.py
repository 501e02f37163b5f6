"""Read one YAML data file safely, remembering the line of every value.

PyYAML's safe loader is kept (no object construction) but made stricter on
purpose, because a publisher's intent must survive the parse:

* a key written twice in one mapping is an error (PyYAML keeps the last);
* only `true`/`false` are booleans (`NO`, `yes`, `off` stay text: Norway's
  code must not become `false`);
* dates and times stay text (`2023-12-12` is checked as a date later, `12:00`
  does not become the sexagesimal number 720);
* numbers with a fraction stay text (`1.10` must not become `1.1`);
* integers are plain decimal only (no octal `010`, no `0x`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from cica_record.record.errors import DataError, dotted
from cica_record.record.input_limits import stream_errors

Path_ = tuple[object, ...]


class _RecordLoader(yaml.SafeLoader):
    """SafeLoader with only the implicit types a publisher can predict."""


# libyaml's parser and composer (C) build the same node tree, with the same line marks, about five
# times faster than PyYAML's; construction is PyYAML's safe constructor with either.
class _FastRecordLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """The same loader, parsing with libyaml."""


for _loader in (_RecordLoader, _FastRecordLoader):
    _loader.yaml_implicit_resolvers = {}
    _loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))
    _loader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^-?(?:0|[1-9][0-9]*)$"),
                                  list("-0123456789"))
    _loader.add_implicit_resolver("tag:yaml.org,2002:null", re.compile(r"^(?:~|null|)$"), ["~", "n", ""])


@dataclass(kw_only=True)
class SourceFile:
    """The parsed content of one file and the line where each value starts."""

    name: str
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)

    def written_path(self, path: Path_) -> Path_:
        """`path` as the file writes it (a part of a file set aside for errors may have renumbered the rest)."""
        return path

    def line_of(self, path: Path_) -> int:
        """The line of the deepest part of `path` that exists in the file, or else where its content starts
        (only a file with content is ever asked: an empty one is reported as such, on line 1)."""
        for end in range(len(path), 0, -1):
            line = self.lines.get(tuple(path[:end]))
            if line:
                return line
        return self.lines[()]


def read_yaml(path: Path, name: str) -> tuple[SourceFile | None, list[DataError]]:
    """Parse `path`; on a syntax error return no file and the error."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        return None, [DataError(file=name, line=1, path="", problem="the file is not UTF-8 text",
                                  found=str(error.reason))]
    try:
        return _read(text, name, _FastRecordLoader)
    except yaml.MarkedYAMLError:
        pass
    # libyaml words a mistake tersely ("did not find expected ',' or ']'"): PyYAML's own parser
    # reads the file again to say it as the publisher's guide shows it, and where.
    try:
        return _read(text, name, _RecordLoader)
    except yaml.MarkedYAMLError as error:
        return None, [_syntax_error(name, error)]


def _read(text: str, name: str, loader_class: type) -> tuple[SourceFile | None, list[DataError]]:
    refused = stream_errors(text, name, loader_class)  # aliases, depth, sizes, characters: before any value is made
    if refused:
        return None, refused
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        source = SourceFile(name=name, data=None)
        errors: list[DataError] = []
        if node is not None:
            _index(node, (), source, errors)
            source.data = loader.construct_document(node)
    finally:
        loader.dispose()
    return (None, errors) if errors else (source, [])


def _index(node: Node, path: Path_, source: SourceFile, errors: list[DataError]) -> None:
    """Record lines of every value and reject duplicate keys, walking the node tree."""
    source.lines[path] = node.start_mark.line + 1
    if isinstance(node, MappingNode):
        seen: dict[object, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, ScalarNode) else str(key_node)
            line = key_node.start_mark.line + 1
            if key in seen:
                errors.append(DataError(
                    file=source.name, line=line, path=dotted(path + (key,)),
                    problem=f"the key '{key}' is written twice in the same place",
                    hint=f"it was first written on line {seen[key]}; YAML would silently keep only the last one",
                ))
                continue
            seen[key] = line
            _index(value_node, path + (key,), source, errors)
            source.lines[path + (key,)] = line
    elif isinstance(node, SequenceNode):
        for index, item in enumerate(node.value):
            _index(item, path + (index,), source, errors)


def _syntax_error(name: str, error: yaml.MarkedYAMLError) -> DataError:
    mark = error.problem_mark or error.context_mark
    line = mark.line + 1 if mark else 1
    problem = (error.problem or "the file is not valid YAML").strip()
    return DataError(
        file=name, line=line, path="", problem=f"this is not valid YAML: {problem}",
        hint="check the indentation and that a text containing ': ' or '#' is in quotes",
    )
