"""Under `mkdocs serve`, a rebuild writes only the pages whose inputs changed, and the site it
serves is page for page the one a fresh preview of the same data serves.

The record is the synthetic one (benchmarks/synthetic_record.py), whose meetings link each other
in every way the templates follow. Each edit is one a publisher makes: a statement's words, a
meeting's date (which every list naming the meeting shows), a document's title, a decision's outcome
(which lists of decisions show), a mistake and its correction.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import yaml

from conftest import ROOT, make_project
from test_serve import fetch, free_port, wait_for

sys.path.insert(0, str(ROOT / "benchmarks"))

from synthetic_record import _dump, generate  # noqa: E402

_LIVERELOAD = re.compile(r"<script>\s*var livereload = .*?</script>", re.S)


def serve(project: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                            cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def stop(server: subprocess.Popen) -> str:
    server.terminate()
    return server.communicate(timeout=60)[0]


def edit(path: Path, change) -> None:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    change(data)
    path.write_text(_dump(data), encoding="utf-8")


def pages_of(base: str) -> list[str]:
    """Every page of a preview, from its sitemap (complete after a first, full build)."""
    sitemap = fetch(base + "sitemap.xml")
    return sorted({re.sub(r"^http://[^/]+/cica-record/", "", loc) for loc in re.findall(r"<loc>([^<]*)</loc>", sitemap)})


def shown(base: str, page: str, port: int) -> str:
    return _LIVERELOAD.sub("", fetch(base + page)).replace(f"127.0.0.1:{port}", "HOST")


def test_a_preview_after_edits_serves_what_a_fresh_preview_serves(tmp_path):
    generate(tmp_path / "record", pages_per_language=150, seed=3)
    project = make_project(tmp_path / "project", tmp_path / "record")
    first, second = sorted((project / "data" / "meetings").glob("*-soc.yaml"))[:2]
    port = free_port()
    base = f"http://127.0.0.1:{port}/cica-record/"
    server = serve(project, port)
    try:
        first_page = base + "meetings/1999/" + first.stem[11:] + "-" + first.stem[:10] + "/"
        wait_for(first_page, "<h1", 120)
        statement = lambda data: data["agenda"][1]["proceedings"][0]["text"].update(  # noqa: E731
            en=data["agenda"][1]["proceedings"][0]["text"]["en"] + " Edited in the preview.")
        edit(first, statement)
        wait_for(first_page, "Edited in the preview.", 120)
        edit(second, lambda data: data.update(date=data["date"][:8] + "27"))  # every list naming it changes
        edit(first, lambda data: data["documents"][0]["title"].update(en="A title changed in the preview"))
        outcome = next(path for path in sorted(project.glob("data/meetings/*.yaml")) if "outcome:" in path.read_text())
        edit(outcome, lambda data: [entry["outcome"]["text"].update(en="An outcome changed in the preview.")
                                    for item in data["agenda"] for entry in item["proceedings"] if "outcome" in entry])
        wait_for(first_page, "A title changed in the preview", 120)
        good = first.read_text(encoding="utf-8")
        first.write_text(good.replace("known_from: minutes", "known_from: minute", 1), encoding="utf-8")
        wait_for(base, "The data has 1 error:", 120)
        first.write_text(good, encoding="utf-8")
        wait_for(first_page, "A title changed in the preview", 120)
        time.sleep(1)
        fresh_project = make_project(tmp_path / "fresh", project / "data")
        fresh_port = free_port()
        fresh_base = f"http://127.0.0.1:{fresh_port}/cica-record/"
        fresh = serve(fresh_project, fresh_port)
        try:
            wait_for(fresh_page := fresh_base + first_page[len(base):], "A title changed in the preview", 120)
            assert fresh_page
            pages = pages_of(fresh_base)
            assert len(pages) > 400  # three languages of the whole record
            different = [page for page in pages if shown(base, page, port) != shown(fresh_base, page, fresh_port)]
        finally:
            stop(fresh)
    finally:
        output = stop(server)
    assert not different, f"{len(different)} pages differ from a fresh preview, e.g. {different[:5]}"
    assert "Traceback" not in output
