"""Mutation testing of the package with cosmic-ray: how many deliberate small bugs the tests catch.

    .venv/bin/python tools/mutation.py [MODULE ...]     (or: make mutation [MODULES="…"])

A MODULE is named by its place in the package: `record.links` is hooks/cica_record/record/links.py.

Every module of tools/mutation.toml (or the ones named) is mutated in turn, in a
scratch copy of the project (cosmic-ray edits the file it mutates in place; the copy's
hooks/ comes first on PYTHONPATH, so its package is the one imported, not the installed one), and
each mutant is tested by the module's own test selection: the unit layer only
(`pytest -m unit`: no site is built), stopping at the first failure. A mutant whose tests all
pass has survived. The sessions, a summary and every survivor's diff go to
mutation-results/ (not committed); tests/mutation-survivors.md says why each
survivor that remains is harmless.

It takes long (about an hour for all modules on two cores): run it at low priority, not in CI.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import json
import os
import random
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "tools" / "mutation.toml"
RESULTS = ROOT / "mutation-results"
# What the scratch copy leaves out: history, builds, caches, earlier results.
NOT_COPIED = (".git", "site", "node_modules", ".venv", "mutation-results", "__pycache__", ".pytest_cache")
BIN = Path(sys.executable).parent


def main() -> None:
    if sys.argv[1:2] == ["--test-mutant"]:
        sys.exit(test_mutant(sys.argv[2]))
    config = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", choices=[[], *config["modules"]], metavar="MODULE",
                        help=f"modules of the package to mutate (default: all of {', '.join(config['modules'])})")
    parser.add_argument("--sample", type=int, metavar="N",
                        help="test only N of each module's mutants, drawn at random (for a quicker estimate)")
    arguments = parser.parse_args()
    modules = arguments.modules or list(config["modules"])
    RESULTS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="cica-mutation-") as scratch:
        copy = Path(scratch) / "project"
        shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(*NOT_COPIED), symlinks=True)
        rows = [mutate(copy, name, config, arguments.sample) for name in modules]
    summary = "\n".join([HEADER, *rows])
    (RESULTS / "summary.md").write_text(summary + "\n", encoding="utf-8")
    print(summary)


HEADER = ("| module | mutants | killed | of which timeouts | survived | score | minutes |\n"
          "|---|---:|---:|---:|---:|---:|---:|")


def module_path(name: str) -> str:
    """`record.links` -> hooks/cica_record/record/links.py, relative to the project."""
    return f"hooks/cica_record/{name.replace('.', '/')}.py"


def scratch_environment(copy: Path, **extra: str) -> dict[str, str]:
    """The environment of every command run in the copy: its own package first (and tools/, for the plugin)."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(copy / "hooks"), str(copy / "tools")]), **extra}


def mutate(copy: Path, name: str, config: dict, sample: int | None = None) -> str:
    """Mutate the package's module NAME in `copy`; the summary's row for it."""
    started = time.monotonic()
    module = config["modules"][name]
    tests = module["tests"]
    baseline = map_tests(copy, name, config["test-sets"][tests] if isinstance(tests, str) else tests)
    shutil.copy2(copy / module_path(name), copy / f"mutation-{name}.orig.py")
    session = RESULTS / f"{name}.sqlite"
    session.unlink(missing_ok=True)
    session_config = copy / f"mutation-{name}.toml"
    command = shlex.join([sys.executable, "tools/mutation.py", "--test-mutant", name])
    session_config.write_text(cosmic_ray_config(name, command, timeout=max(30.0, 5 * baseline),
                                                exclude=config.get("exclude-operators", [])), encoding="utf-8")
    cosmic_ray = lambda *args: subprocess.run([str(BIN / args[0]), *map(str, args[1:])], cwd=copy, check=True,  # noqa: E731
                                              env=scratch_environment(copy))
    cosmic_ray("cosmic-ray", "init", session_config, session)
    cosmic_ray("cr-filter-operators", session, session_config)
    skip_annotations(session, copy / module_path(name))
    if sample:
        keep_a_sample(session, sample)
    cosmic_ray("cosmic-ray", "exec", session_config, session)
    row = report(name, session, (time.monotonic() - started) / 60,
                 (copy / f"mutation-{name}.orig.py").read_text(encoding="utf-8"))
    print(row, flush=True)
    return row


PYTEST = ["-x", "-q", "-p", "no:cacheprovider", "-m", "unit"]


def map_tests(copy: Path, name: str, tests: list[str]) -> float:
    """Run the module's tests once on the unmutated code, noting which test runs which line of it
    (tools/mutation_contexts.py); the seconds they took. They must pass, or no mutant could be judged."""
    env = scratch_environment(copy, MUTATION_SOURCE=str(copy / module_path(name)),
                              MUTATION_MAP=str(copy / f"mutation-{name}.json"))
    command = [sys.executable, "-m", "pytest", *PYTEST, "-p", "mutation_contexts", *tests]
    started = time.monotonic()
    result = subprocess.run(command, cwd=copy, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"The tests fail before any mutation ({shlex.join(command)}):\n{result.stdout}{result.stderr}")
    return time.monotonic() - started


def skip_annotations(session: Path, module: Path) -> None:
    """Leave out the mutants inside type annotations: under `from __future__ import annotations` (every module
    of the package that is mutated) they are never evaluated, so no test could tell `str | None` from `str & None`."""
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import WorkerOutcome, WorkResult

    spans = annotation_spans(module.read_text(encoding="utf-8"))
    with use_db(str(session), WorkDB.Mode.open) as db:
        for item in list(db.pending_work_items):
            if in_annotation(item, spans):
                db.set_result(item.job_id, WorkResult(output="in a type annotation (never evaluated)",
                                                      worker_outcome=WorkerOutcome.SKIPPED))


def keep_a_sample(session: Path, size: int) -> None:
    """Leave out all but `size` of the mutants still to test, drawn at random (the same ones each run)."""
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import WorkerOutcome, WorkResult

    with use_db(str(session), WorkDB.Mode.open) as db:
        order = lambda item: [(m.start_pos, m.operator_name, m.occurrence) for m in item.mutations]  # noqa: E731
        pending = sorted(db.pending_work_items, key=order)
        kept = {item.job_id for item in random.Random(14).sample(pending, min(size, len(pending)))}
        for item in pending:
            if item.job_id not in kept:
                db.set_result(item.job_id, WorkResult(output="not in the sample", worker_outcome=WorkerOutcome.SKIPPED))


def annotation_spans(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(line, column) where each annotation of a module starts and ends, in characters as cosmic-ray counts them."""
    tree = ast.parse(text)
    assert any(isinstance(node, ast.ImportFrom) and node.module == "__future__" and
               any(alias.name == "annotations" for alias in node.names) for node in tree.body)
    lines = text.splitlines()
    column = lambda line, offset: len(lines[line - 1].encode("utf-8")[:offset].decode("utf-8"))  # noqa: E731
    return [((node.lineno, column(node.lineno, node.col_offset)),
             (node.end_lineno, column(node.end_lineno, node.end_col_offset))) for node in _annotations(tree)]


def in_annotation(item, spans) -> bool:
    return any(start <= tuple(mutation.start_pos) < end for mutation in item.mutations for start, end in spans)


def _annotations(tree: ast.AST) -> list[ast.expr]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.arg | ast.AnnAssign) and node.annotation is not None:
            found.append(node.annotation)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.returns is not None:
            found.append(node.returns)
    return found


def test_mutant(name: str) -> int:
    """cosmic-ray's test command, run in the scratch copy: the tests that run a line the mutant changed
    (all the module's tests for a line run at import); 0 (survived) when no test runs one."""
    original = Path(f"mutation-{name}.orig.py").read_text(encoding="utf-8").splitlines()
    mutated = Path(module_path(name)).read_text(encoding="utf-8").splitlines()
    changed = {line + 1 for tag, i1, i2, _, _ in difflib.SequenceMatcher(None, original, mutated).get_opcodes()
               if tag != "equal" for line in range(i1, max(i2, i1 + 1))}
    covering = json.loads(Path(f"mutation-{name}.json").read_text(encoding="utf-8"))
    tests = {test for line in changed for test in covering["lines"].get(str(line), [])}
    if not tests:
        print(f"no test runs line {', '.join(map(str, sorted(changed)))} of {module_path(name)}")
        return 0
    import pytest
    return int(pytest.main([*PYTEST, *(test for test in covering["tests"] if test in tests)]))


def cosmic_ray_config(name: str, command: str, timeout: float, exclude: list[str]) -> str:
    quoted = ", ".join(f"'{pattern}'" for pattern in exclude)  # TOML literal strings: no escapes in regexes
    return (f'[cosmic-ray]\nmodule-path = "{module_path(name)}"\ntimeout = {timeout:.0f}\nexcluded-modules = []\n'
            f"test-command = '{command}'\n\n[cosmic-ray.distributor]\nname = \"local\"\n\n"
            f"[cosmic-ray.filters.operators-filter]\nexclude-operators = [{quoted}]\n")


def report(name: str, session: Path, minutes: float, module_text: str) -> str:
    """The module's row of the summary; every survivor's diff in mutation-results/NAME-survivors.txt."""
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import TestOutcome, WorkerOutcome

    spans = annotation_spans(module_text)
    with use_db(str(session), WorkDB.Mode.open) as db:
        done = [(item, result) for item, result in db.completed_work_items
                if result.worker_outcome not in (WorkerOutcome.SKIPPED, WorkerOutcome.NO_TEST)
                and not in_annotation(item, spans)]
    survivors = [(item, result) for item, result in done if result.test_outcome == TestOutcome.SURVIVED]
    timeouts = sum(1 for _, result in done if result.test_outcome == TestOutcome.KILLED and result.output == "timeout")
    killed = sum(1 for _, result in done if result.test_outcome == TestOutcome.KILLED)
    lines = []
    for item, result in sorted(survivors, key=lambda pair: pair[0].mutations[0].start_pos):
        mutation = item.mutations[0]
        lines += [f"## {name}.py:{mutation.start_pos[0]} {mutation.operator_name} (job {item.job_id})",
                  result.diff or "", ""]
    (RESULTS / f"{name}-survivors.txt").write_text("\n".join(lines), encoding="utf-8")
    score = f"{100 * killed / len(done):.1f}%" if done else "–"
    return f"| {name} | {len(done)} | {killed} | {timeouts} | {len(survivors)} | {score} | {minutes:.0f} |"


if __name__ == "__main__":
    main()
