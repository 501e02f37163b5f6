"""A copy of the project with other data, built or served by MkDocs in a process of its own.

Tests and benchmarks build real sites this way: the copy has the project's own mkdocs.yml, docs,
overrides, translations and schemas, and the package builds it (the installed one: the plugin is
found by its entry point, not in the copy).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

# .gitignore too: a copy that is committed (the publishing tests) must ignore what a build
# leaves behind, such as Python's bytecode caches, as a clone of the project does.
PROJECT_PARTS = (".gitignore", "mkdocs.yml", "docs", "hooks", "overrides", "schema", "translations")


def make_project(root: Path, target: Path, data: Path) -> Path:
    """A copy in `target` of the project at `root`, whose data/ is `data`."""
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = root / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            shutil.copy2(source, target / part)
    shutil.copytree(data, target / "data")
    return target


def run_mkdocs(project: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    """`python -m mkdocs ARGS` in the project; with `check`, a failure raises with MkDocs' output."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", *args], cwd=project, env=env, capture_output=True, text=True, timeout=600,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"mkdocs {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result
