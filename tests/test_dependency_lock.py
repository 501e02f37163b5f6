"""The whole dependency tree is pinned with hashes (requirements/*.lock, made from pyproject.toml by
`make lock`), and the Makefile, which the README's two commands run, installs from those locks only,
checking every hash. Indirect dependencies were once left to the resolver of the day."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata

import pytest

from conftest import ROOT

pytestmark = pytest.mark.unit

LOCKS = ROOT / "requirements"
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def locked(name: str) -> dict[str, str]:
    """Package -> version of a lock file; fails on a requirement that is not pinned with a hash."""
    text = (LOCKS / f"{name}.lock").read_text(encoding="utf-8")
    pins = {}
    for entry in re.split(r"\n(?=\S)", text):
        if not entry.strip() or entry.startswith("#"):
            continue
        match = _PIN.match(entry)
        assert match, f"{name}.lock: not an exact pin: {entry.splitlines()[0]}"
        assert "--hash=sha256:" in entry, f"{name}.lock: no hash for {match.group(1)}"
        pins[canonical(match.group(1))] = match.group(2)
    return pins


def declared(extra: str | None = None) -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = project["optional-dependencies"][extra] if extra else project["dependencies"]
    return {canonical(name): version for name, version in (r.split("==") for r in requirements)}


def test_every_declared_dependency_is_locked_at_its_version():
    site, test = locked("site"), locked("test")
    assert (declared() | declared("build")).items() <= site.items()
    assert (declared() | declared("test") | declared("build")).items() <= test.items()


def test_the_sites_lock_is_part_of_the_tests_lock():
    assert locked("site").items() <= locked("test").items()
    assert len(locked("site")) > len(declared())  # the indirect dependencies too


def test_the_makefile_installs_the_locks_with_their_hashes():
    """Whatever pip fetches is checked against a lock's hashes; the one other install is the project's own
    package, from its folder, with nothing fetched (no index, no dependencies)."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    installs = [line for line in makefile.splitlines() if "pip install" in line]
    project = [line for line in installs if line.rstrip().endswith("-e .")]
    assert len(project) == 1 and "--no-index" in project[0] and "--no-deps" in project[0]
    assert installs and all("--require-hashes" in line and "--no-deps" in line for line in installs if line not in project)
    assert "$(INSTALL) requirements/site.lock" in makefile and "$(INSTALL) requirements/test.lock" in makefile


@pytest.mark.parametrize("package, version", sorted(locked("test").items()))
def test_the_installed_environment_is_the_locked_one(package, version):
    assert metadata.version(package) == version
