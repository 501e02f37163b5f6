"""Shared test helpers: real builds of real sites from fixture or shipped data."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_DATA = ROOT / "tests" / "fixtures" / "mini"

# .gitignore too: a copy that is committed (the publishing tests) must ignore what a build
# leaves behind, such as Python's bytecode caches, as a clone of the project does.
PROJECT_PARTS = (".gitignore", "mkdocs.yml", "docs", "hooks", "overrides", "schema", "translations")


def make_project(target: Path, data: Path) -> Path:
    """A copy of the project in `target` whose data/ is `data`."""
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / part)
    shutil.copytree(data, target / "data")
    return target


def run_mkdocs(project: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", *args], cwd=project, env=env, capture_output=True, text=True, timeout=600,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"mkdocs {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result


def build_site(tmp: Path, data: Path) -> Path:
    project = make_project(tmp / "project", data)
    run_mkdocs(project, "build", "--strict", "-d", str(tmp / "site"))
    return tmp / "site"


@pytest.fixture(scope="session")
def mini_site(tmp_path_factory) -> Path:
    """The fixture record, built for real once per test session."""
    return build_site(tmp_path_factory.mktemp("mini"), FIXTURE_DATA)


def render_site(target: Path, data: Path) -> Path:
    """Every page of the record in every language, rendered in this process by the build's own renderer and
    templates, and the home page's record part, each in a bare page at its URL: the pages' articles, without
    the theme around them, in seconds (and where mutation testing sees them: tools/mutation.py)."""
    from cica_record.site.language import load_tables
    from cica_record.record.loader import load_record
    from cica_record.site.pages import HOME_TEMPLATE, home_context, page_specs
    from cica_record.site.render import Renderer
    from cica_record.record.schema import LANGUAGES

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
def rendered_site(tmp_path_factory) -> Path:
    """The fixture record's pages rendered in this process (see render_site)."""
    return render_site(tmp_path_factory.mktemp("rendered"), FIXTURE_DATA)


@pytest.fixture(scope="session")
def real_site(tmp_path_factory) -> Path:
    """The shipped record, built for real once per test session."""
    return build_site(tmp_path_factory.mktemp("real"), ROOT / "data")


BUILT_SITES = ("mini_site", "real_site")


def pytest_addoption(parser):
    parser.addoption("--in-process", action="store_true",
                     help="only the tests that build no site (mutation testing runs these: tools/mutation.py)")


def pytest_collection_modifyitems(config, items):
    if not config.getoption("--in-process"):
        return
    # A module marked `rendered` reads its pages from rendered_site, under the name of the site it stands for.
    building = [item for item in items if set(BUILT_SITES) & set(getattr(item, "fixturenames", ()))
                and not item.get_closest_marker("rendered")]
    if building:
        config.hook.pytest_deselected(items=building)
        items[:] = [item for item in items if item not in building]
