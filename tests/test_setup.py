"""The Makefile's set-up: the preview on the port asked for, and Debian packages installed or refused clearly."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

import pytest

from cica_record.devtools.serving import free_port, wait_for
from conftest import ROOT
from site_reading import SITE_PATH

pytestmark = pytest.mark.site

NOBODY = 65534


def test_make_serve_serves_on_the_port_it_is_given():
    port = free_port()
    # -o: take the installed .venv as it is (make would otherwise reinstall it when requirements/site.lock is newer).
    server = subprocess.Popen(["make", "-o", ".venv/bin/mkdocs", "serve", f"PORT={port}"], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_for(f"http://127.0.0.1:{port}{SITE_PATH}", "<h1", seconds=120)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


@pytest.fixture
def bare_machine():
    """A folder anyone may read holding the Makefile, and a PATH with make and id but no sudo, Chromium or Java."""
    folder = Path(tempfile.mkdtemp(prefix="cica-make-"))
    folder.chmod(0o755)
    shutil.copy(ROOT / "Makefile", folder / "Makefile")
    tools = folder / "bin"
    tools.mkdir()
    for tool in ("make", "id"):
        (tools / tool).symlink_to(shutil.which(tool))
    yield folder, tools
    shutil.rmtree(folder)


def _make_as_ordinary_user(folder: Path, tools: Path) -> subprocess.CompletedProcess:
    command = ["make", "--no-print-directory", "debian-packages"]
    if os.getuid() == 0:  # drop root, as a publisher's own account would run it
        command = [shutil.which("setpriv"), f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *command]
    return subprocess.run(command, cwd=folder, env={"PATH": str(tools)}, capture_output=True, text=True, timeout=60)


def test_make_test_says_in_one_line_what_it_cannot_install(bare_machine):
    folder, tools = bare_machine
    result = _make_as_ordinary_user(folder, tools)
    assert result.returncode != 0
    assert result.stderr.splitlines()[0] == (
        "make test needs the Debian packages chromium default-jre-headless and cannot install them: run it as root "
        "or as a user with sudo, or have them installed (apt-get install chromium default-jre-headless)")


def test_make_test_installs_nothing_when_the_packages_are_there(bare_machine):
    folder, tools = bare_machine
    for tool in ("chromium", "java"):
        (tools / tool).symlink_to(shutil.which(tool))
    result = _make_as_ordinary_user(folder, tools)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
