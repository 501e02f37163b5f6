"""Shared test helpers: real builds of real sites from fixture or shipped data, and the tests' three layers.

Every test is in exactly one layer, by its marker (on its module, or on the test in a module of several):

    unit      no site is built: the package's steps called in this process (`make test-unit`)
    site      real builds of fixture records by MkDocs, read as a reader's browser would get them
    browser   pages driven in headless Chromium

A built site (`mini_site`, `real_site`), and the fixture's pages rendered in-process (`rendered_site`),
are made once per run, not once per worker: the first worker to need one makes it into a folder all
workers of the run share, named by a digest of its data, under a file lock; the others wait for it
and read the same files.
"""

from __future__ import annotations

import fcntl
import hashlib
import shutil
from pathlib import Path
from typing import Callable

import pytest

from cica_record.devtools import project

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_DATA = ROOT / "tests" / "fixtures" / "mini"
LAYERS = ("unit", "site", "browser")
BUILT_SITES = ("mini_site", "real_site")


def make_project(target: Path, data: Path) -> Path:
    """A copy of this project in `target` whose data/ is `data`."""
    return project.make_project(ROOT, target, data)


run_mkdocs = project.run_mkdocs


# --- sites built once per run -------------------------------------------------------------------------


def data_digest(data: Path) -> str:
    """A digest of a data folder's files, names and contents."""
    digest = hashlib.blake2b(digest_size=8)
    for path in sorted(p for p in data.rglob("*") if p.is_file()):
        digest.update(path.relative_to(data).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def shared_folder(tmp_path_factory, worker_id: str) -> Path:
    """A folder all workers of this run share (pytest-xdist gives each its own below it)."""
    base = tmp_path_factory.getbasetemp()
    return (base if worker_id == "master" else base.parent) / "built-sites"


def once_per_run(folder: Path, name: str, make: Callable[[Path], None]) -> Path:
    """`folder/name`, made by `make` in whichever worker of the run first asks for it; the others wait."""
    target = folder / name
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (target / "made").exists():
            shutil.rmtree(target, ignore_errors=True)
            target.mkdir()
            make(target)
            (target / "made").touch()
    return target


BUILD_LOG = "mkdocs.log"  # beside each built site: what `mkdocs build` wrote to the terminal


def built_site(folder: Path, data: Path) -> Path:
    """The site of `data`, built once per run; what the build said is in BUILD_LOG beside it."""
    def build(target: Path) -> None:
        result = run_mkdocs(make_project(target / "project", data), "build", "--strict", "-d", str(target / "site"))
        (target / BUILD_LOG).write_text(result.stderr, encoding="utf-8")
    return once_per_run(folder, f"{data.name}-{data_digest(data)}", build) / "site"


@pytest.fixture(scope="session")
def sites_folder(tmp_path_factory, worker_id) -> Path:
    return shared_folder(tmp_path_factory, worker_id)


@pytest.fixture(scope="session")
def mini_site(sites_folder) -> Path:
    """The fixture record, built for real once per run."""
    return built_site(sites_folder, FIXTURE_DATA)


@pytest.fixture(scope="session")
def real_site(sites_folder) -> Path:
    """The shipped record, built for real once per run."""
    return built_site(sites_folder, ROOT / "data")


# --- pages rendered in this process --------------------------------------------------------------------


def render_site(target: Path, data: Path) -> Path:
    """Every page of the record in every language, rendered in this process by the build's own renderer and
    templates, and the home page's record part, each in a bare page at its URL: the pages' articles, without
    the theme around them, in seconds (and where mutation testing sees them: tools/mutation.py)."""
    from cica_record.record.loader import load_record
    from cica_record.record.schema import LANGUAGES
    from cica_record.site.language import load_tables
    from cica_record.site.pages import HOME_TEMPLATE, home_context, page_specs
    from cica_record.site.render import Renderer

    renderer = Renderer(load_record(data, ROOT), ROOT / "overrides" / "record", load_tables(ROOT / "translations"))
    for lang in LANGUAGES:
        prefix = "" if lang == LANGUAGES[0] else f"{lang}/"
        pages = [(spec.path, spec.template, {**spec.context, **(spec.localize(renderer.language(lang))
                                                                 if spec.localize else {})})
                 for spec in page_specs(renderer.record)] + [("", HOME_TEMPLATE, home_context(renderer.record))]
        for path, template, context in pages:
            html, _ = renderer.render(template, lang, prefix + path, **context)
            file = target / prefix / path / ("" if path.endswith(".html") else "index.html")
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_text(f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8"><title></title></head>'
                            f"<body><article>{html}</article></body></html>\n", encoding="utf-8")
    return target


@pytest.fixture(scope="session")
def rendered_site(sites_folder) -> Path:
    """The fixture record's pages rendered in a test process (see render_site), once per run."""
    name = f"rendered-{FIXTURE_DATA.name}-{data_digest(FIXTURE_DATA)}"
    return once_per_run(sites_folder, name, lambda target: render_site(target / "site", FIXTURE_DATA)) / "site"


# --- layers ----------------------------------------------------------------------------------------------


def layers(item: pytest.Item) -> set[str]:
    return {mark.name for mark in item.iter_markers() if mark.name in LAYERS}


def stands_for_the_shipped_site(item: pytest.Item) -> bool:
    """A test of the built site run again on rendered pages (`rendered`), for the shipped record: its
    pages are checked in the site layer, from the built site, and rendering them takes long."""
    params = getattr(item, "callspec", None)
    return bool(item.get_closest_marker("rendered") and params and "real_site" in params.params.values())


def pytest_collection_modifyitems(config, items):
    unmarked = [f"{item.nodeid}: {sorted(layers(item)) or 'none'}" for item in items if len(layers(item)) != 1]
    if unmarked:
        raise pytest.UsageError("every test is in exactly one layer (unit, site or browser); these are not:\n  "
                                + "\n  ".join(unmarked))
    building = [item.nodeid for item in items if layers(item) == {"unit"} and not item.get_closest_marker("rendered")
                and set(BUILT_SITES) & set(item.fixturenames)]
    if building:
        raise pytest.UsageError("a unit test builds no site; these ask for one:\n  " + "\n  ".join(building))
    shipped = [item for item in items if stands_for_the_shipped_site(item)]
    if shipped:
        config.hook.pytest_deselected(items=shipped)
        items[:] = [item for item in items if item not in shipped]
