"""A pytest plugin for tools/mutation.py: which test runs which line of the module being mutated.

Loaded with `-p mutation_contexts` (tools/ on PYTHONPATH), with the environment
variables MUTATION_SOURCE (the module's file) and MUTATION_MAP (where to write
the map). Lines run while a test sets up a fixture that outlives it (the loaded
record, the rendered pages) count for every test that uses that fixture; lines
run outside any test (at import) count for every test.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict

import coverage

_coverage: coverage.Coverage | None = None
_shared: dict[str, set[str]] = {}  # test → the fixtures it uses that are set up once for several tests
_seconds: dict[str, float] = {}  # test → how long it took: a mutant's tests run quickest first


def pytest_configure(config):
    global _coverage
    _coverage = coverage.Coverage(data_file=None, include=[os.environ["MUTATION_SOURCE"]])
    _coverage.start()


def pytest_collection_modifyitems(config, items):
    for item in items:
        definitions = getattr(item, "_fixtureinfo", None)
        # pytest's own (tmp_path_factory under every tmp_path) set up nothing of the project's.
        _shared[item.nodeid] = {name for name, defs in (definitions.name2fixturedefs.items() if definitions else ())
                                if defs and defs[-1].scope != "function"
                                and not defs[-1].func.__module__.startswith(("_pytest", "pytest"))}


def pytest_runtest_setup(item):
    _coverage.switch_context(f"setup {item.nodeid}")


def pytest_runtest_call(item):
    _coverage.switch_context(f"call {item.nodeid}")


def pytest_runtest_teardown(item):
    _coverage.switch_context("")


def pytest_runtest_logreport(report):
    _seconds[report.nodeid] = _seconds.get(report.nodeid, 0.0) + report.duration


def pytest_unconfigure(config):
    _coverage.stop()
    data = _coverage.get_data()
    tests = sorted(_shared, key=lambda test: _seconds.get(test, 0.0))
    lines: dict[int, set[str]] = defaultdict(set)
    for source in data.measured_files():
        for line, contexts in data.contexts_by_lineno(source).items():
            for context in contexts:
                lines[line] |= _tests_of(context, tests)
    with open(os.environ["MUTATION_MAP"], "w", encoding="utf-8") as out:  # tests quickest first
        json.dump({"tests": tests, "lines": {line: sorted(found) for line, found in lines.items()}}, out)


def _tests_of(context: str, tests: list[str]) -> set[str]:
    phase, _, test = context.partition(" ")
    if phase == "call":
        return {test}
    if phase == "setup":
        shared = _shared.get(test, set())
        return {test} | {other for other in tests if _shared[other] & shared}
    return set(tests)  # at import
