"""Under `mkdocs serve`, a rebuild writes only the pages whose inputs changed, and the site it
serves is page for page the one a fresh preview of the same data serves.

The record is the synthetic one (cica_record.devtools.synthetic), whose meetings link each other
in every way the templates follow. Each edit is one a publisher makes: a statement's words, a
meeting's date (which every list naming the meeting shows, and which moves its pages), a document's
title, a decision's outcome (which lists of decisions show), a mistake and its correction.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from cica_record.devtools.serving import fetch, free_port, wait_for
from cica_record.devtools.synthetic.entries import dump_yaml
from cica_record.devtools.synthetic.record import generate
from conftest import ROOT, make_project

pytestmark = pytest.mark.site

_LIVERELOAD = re.compile(r"<script>\s*var livereload = .*?</script>", re.S)


def serve(project: Path, port: int) -> subprocess.Popen:
    """`mkdocs serve`, writing what it says to a file: a pipe nobody reads while it runs would fill up with the
    warnings a synthetic record prints on every rebuild (its texts in English only) and stop the server mid-build."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    log = project.parent / f"serve-{port}.log"
    with log.open("w", encoding="utf-8") as said:
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                                  cwd=project, env=env, stdout=said, stderr=subprocess.STDOUT, text=True)
    server.log = log
    return server


def stop(server: subprocess.Popen) -> str:
    """What the server said, once stopped."""
    server.terminate()
    server.wait(timeout=60)
    return server.log.read_text(encoding="utf-8")


def edit(path: Path, change) -> None:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    change(data)
    path.write_text(dump_yaml(data), encoding="utf-8")


def move(path: Path, day: str) -> None:
    """A meeting's date corrected: its file and id follow (the project requires them to agree)."""
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    data.update(date=day, id=f"{data['body']}-{day}")
    path.unlink()
    (path.parent / f"{day}-{data['body']}.yaml").write_text(dump_yaml(data), encoding="utf-8")


def change_outcomes(data: object) -> None:
    """Every decision's outcome in a meeting file says something else."""
    if isinstance(data, dict):
        if "outcome" in data:
            data["outcome"]["text"] = {"en": "An outcome changed in the preview."}
        for value in data.values():
            change_outcomes(value)
    elif isinstance(data, list):
        for value in data:
            change_outcomes(value)


def pages_of(base: str) -> list[str]:
    """Every page of a preview, from its sitemap (complete after a first, full build)."""
    sitemap = fetch(base + "sitemap.xml")
    return sorted({re.sub(r"^http://[^/]+/cica-record/", "", loc) for loc in re.findall(r"<loc>([^<]*)</loc>", sitemap)})


def shown(base: str, page: str, port: int) -> str:
    return _LIVERELOAD.sub("", fetch(base + page)).replace(f"127.0.0.1:{port}", "HOST")


def differences_from_a_fresh_preview(tmp_path: Path, project: Path, page: str, edit_and_wait) -> list[str]:
    """Serve `project`, let `edit_and_wait(base, page_url)` edit its data, then compare every page of
    the preview with a preview started afresh on the edited data; the pages that differ."""
    port = free_port()
    base = f"http://127.0.0.1:{port}/cica-record/"
    server = serve(project, port)
    try:
        wait_for(base + page, "<h1", 120)
        last_change = edit_and_wait(base, base + page)
        time.sleep(1)
        fresh_project = make_project(tmp_path / "fresh", project / "data")
        fresh_port = free_port()
        fresh_base = f"http://127.0.0.1:{fresh_port}/cica-record/"
        fresh = serve(fresh_project, fresh_port)
        try:
            wait_for(fresh_base + page, last_change, 120)
            pages = pages_of(fresh_base)
            assert len(pages) > 200  # three languages of the whole record
            return [page for page in pages if shown(base, page, port) != shown(fresh_base, page, fresh_port)]
        finally:
            stop(fresh)
    finally:
        output = stop(server)
        assert "Traceback" not in output, output[-3000:]


def test_a_preview_after_edits_serves_what_a_fresh_preview_serves(tmp_path):
    generate(tmp_path / "record", pages_per_language=150, seed=4)
    project = make_project(tmp_path / "project", tmp_path / "record")
    first, second = sorted((project / "data" / "meetings").glob("*-soc.yaml"))[:2]

    def edit_and_wait(base: str, first_page: str) -> str:
        statement = lambda data: data["agenda"][1]["proceedings"][0]["text"].update(  # noqa: E731
            en=data["agenda"][1]["proceedings"][0]["text"]["en"] + " Edited in the preview.")
        edit(first, statement)
        wait_for(first_page, "Edited in the preview.", 120)
        move(second, second.name[:8] + "27")  # every list naming the meeting changes, and its pages move
        edit(first, lambda data: data["documents"][0]["title"].update(en="A title changed in the preview"))
        outcome = next(path for path in sorted(project.glob("data/meetings/*.yaml")) if "outcome:" in path.read_text())
        edit(outcome, change_outcomes)
        wait_for(first_page, "A title changed in the preview", 120)
        good = first.read_text(encoding="utf-8")
        first.write_text(good.replace("known_from: minutes", "known_from: minute", 1), encoding="utf-8")
        wait_for(base, "The data has 1 error:", 120)
        first.write_text(good, encoding="utf-8")
        wait_for(first_page, "A title changed in the preview", 120)
        return "A title changed in the preview"

    page = f"meetings/1999/{first.stem[11:]}-{first.stem[:10]}/"
    different = differences_from_a_fresh_preview(tmp_path, project, page, edit_and_wait)
    assert not different, f"{len(different)} pages differ from a fresh preview, e.g. {different[:5]}"


def test_a_preview_of_the_shipped_record_after_edits_serves_what_a_fresh_preview_serves(tmp_path):
    """The shipped record has what the synthetic one lacks: meetings known from reports, sources
    that disagree, decisions settled by later ones."""
    project = make_project(tmp_path / "project", ROOT / "data")
    minutes, reported = project / "data/meetings/2023-12-12-soc.yaml", project / "data/meetings/2023-08-22-soc.yaml"

    def edit_and_wait(base: str, page: str) -> str:
        text = minutes.read_text(encoding="utf-8")
        minutes.write_text(text.replace("noted that it was desirable", "noted, in the preview, that it was desirable", 1),
                           encoding="utf-8")
        wait_for(page, "noted, in the preview, that", 120)
        edit(reported, change_outcomes)
        edit(minutes, change_outcomes)
        wait_for(page, "An outcome changed in the preview.", 120)
        return "An outcome changed in the preview."

    different = differences_from_a_fresh_preview(tmp_path, project, "meetings/2023/soc-2023-12-12/", edit_and_wait)
    assert not different, f"{len(different)} pages differ from a fresh preview, e.g. {different[:5]}"
