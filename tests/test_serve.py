"""`mkdocs serve` shows data errors and recovers when the file is fixed, in one process."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from cica_record.devtools.serving import fetch, free_port, wait_for
from conftest import FIXTURE_DATA, make_project

pytestmark = pytest.mark.site

MEETING = "data/meetings/2023-12-12-soc.yaml"


def test_serve_shows_errors_and_recovers(tmp_path):
    project = make_project(tmp_path / "project", FIXTURE_DATA)
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    base = f"http://127.0.0.1:{port}/cica-record"
    meeting = project / MEETING
    good = meeting.read_text(encoding="utf-8")
    try:
        home = wait_for(f"{base}/states/kr/", "<h1>Republic of Korea</h1>")
        # The preview builds no search; its box says so when a reader opens it.
        assert fetch(f"{base}/search/manifest.json") == "" and 'data-preview="The search is not built' in home
        meeting.write_text(good.replace("by: [KR]", "by: [KO]"), encoding="utf-8")
        # The banner speaks the page's language; the error line stays as the terminal prints it.
        page = wait_for(f"{base}/ru/", "В данных 1 ошибка:")
        assert "&#39;KO&#39; refers to nothing in the record" in page and "The data has" not in page
        assert "The data has 1 error:" in fetch(f"{base}/") and "Деректерде 1 қате бар:" in fetch(f"{base}/kk/")
        meeting.write_text(good, encoding="utf-8")
        wait_for(f"{base}/states/kr/", "<h1>Republic of Korea</h1>")
        assert "The data has" not in fetch(f"{base}/")
    finally:
        server.terminate()
        output = server.communicate(timeout=30)[0]
    assert output.count("The data has 1 error:") == 1, output
    assert "Traceback" not in output
