"""The package's folders follow the flow of the data, and the code keeps the rules of its layout.

    record (read → check → link → views) → site (pages) → search → export → preview, publish → plugin

A module imports from its own folder and from earlier ones, never from a later one; the plugin,
which wires MkDocs' events to all of them, comes last. devtools/ (what tests and benchmarks share)
may import any stage, and no stage imports it. The rules are read from the source, with Python's
own parser: nothing is imported to check them but the dataclasses.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
import pkgutil
from pathlib import Path

import pytest

import cica_record

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = Path(cica_record.__file__).parent
STAGES = ("record", "site", "search", "export", "preview", "publish", "plugin")
TOOLS = "devtools"
MAX_LINES = 500


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def stage(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def package_imports(path: Path) -> set[str]:
    """The folders of the package a module imports from (its stages, and devtools)."""
    return {name.split(".")[1] for name in imported_modules(path)
            if name.startswith("cica_record.") and name.split(".")[1] in (*STAGES, TOOLS)}


def test_every_module_is_in_a_stage_folder():
    assert [str(p.relative_to(PACKAGE)) for p in modules() if stage(p) not in (*STAGES, TOOLS, "__init__")] == []


def test_no_module_imports_from_a_later_stage():
    backwards = [f"{path.relative_to(PACKAGE)} imports from {other}/"
                 for path in modules() if stage(path) in STAGES
                 for other in package_imports(path) if other == TOOLS or STAGES.index(other) > STAGES.index(stage(path))]
    assert backwards == []


def test_devtools_do_not_use_the_plugin():
    assert [str(p.relative_to(PACKAGE)) for p in modules() if stage(p) == TOOLS and "plugin" in package_imports(p)] == []


def test_the_package_imports_no_tests_benchmarks_or_tools():
    outside = {"tests", "benchmarks", "tools", "conftest", "site_reading"}
    assert [(str(p.relative_to(PACKAGE)), name) for p in modules() for name in imported_modules(p)
            if name.split(".")[0] in outside] == []


def python_files() -> list[Path]:
    return sorted(p for folder in ("hooks", "tests", "benchmarks", "tools") for p in (ROOT / folder).rglob("*.py"))


def test_no_module_is_over_500_lines():
    long = {str(p.relative_to(ROOT)): n for p in python_files() if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def test_nothing_changes_the_import_path():
    """Tests, benchmarks and tools import the installed package; none of them reaches code through sys.path."""
    changing = []
    for path in python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "path" and getattr(node.value, "id", "") == "sys":
                changing.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert changing == []


def test_tests_and_benchmarks_do_not_import_each_other():
    tests = {p.stem for p in (ROOT / "tests").glob("*.py")}
    benchmarks = {p.stem for p in (ROOT / "benchmarks").glob("*.py")}
    crossing = [f"{path.relative_to(ROOT)} imports {name}"
                for folder, others in (("tests", benchmarks), ("benchmarks", tests))
                for path in (ROOT / folder).glob("*.py")
                for name in imported_modules(path) if name.split(".")[0] in others]
    assert crossing == []


def all_dataclasses() -> list[type]:
    found = []
    for info in pkgutil.walk_packages(cica_record.__path__, "cica_record."):
        module = importlib.import_module(info.name)
        found += [value for value in vars(module).values()
                  if dataclasses.is_dataclass(value) and isinstance(value, type) and value.__module__ == info.name]
    return found


def test_dataclasses_of_more_than_two_fields_are_built_by_keyword():
    positional = [f"{cls.__module__}.{cls.__name__}" for cls in all_dataclasses()
                  if len(dataclasses.fields(cls)) > 2 and not all(f.kw_only for f in dataclasses.fields(cls))]
    assert positional == []
