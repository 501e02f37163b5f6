"""What the plugin relies on in MkDocs 1.6 and mkdocs-static-i18n 1.3 beyond their documented events,
each with the test that fails if a version of them (pinned in pyproject.toml) stops doing it.

MkDocs
- `mkdocs build` empties the output folder through `mkdocs.utils.clean_directory`, looked up when it
  runs: under `mkdocs serve` the plugin puts its own in its place (preview/pages.py, once a preview is
  kept) and back on shutdown ........................................... test_the_build_cleans_through_mkdocs_utils
- that emptying spares names that start with a dot (the preview's store, `.cica-preview/`)
  ....................................................................... test_cleaning_spares_dot_folders
- `theme.static_templates` lists the theme's 404.html; taken out, each language's own 404 page is the
  record's ............................................................. test_each_language_has_its_own_not_found_page

mkdocs-static-i18n
- it builds every language in one process, the further ones from its `on_post_build` with
  `building` set, with the same config object: the record is read once per build, and the last
  language finishes it ........... tests/test_build_lifecycle.py::test_the_record_is_read_once_per_build_not_once_per_language
- its `on_files` (priority -100) drops files outside docs/, so the record's pages are added after it (-200),
  each with `alternates`, `locale`, `locale_alternate_of`, `localization` and `norm_src_uri` as its own
  files have ............... tests/test_site_pages.py::test_page_exists_in_every_language,
  ........................... tests/test_site_pages.py::test_language_switcher_points_to_the_same_entity
- its sitemap lists `i18n_files_per_language`, which the plugin extends with the record's pages
  ........................... tests/test_site_pages.py::test_sitemap_lists_generated_pages_with_their_alternates
- its `on_page_context` (priority 50) sets the switcher's links as the attribute `config.extra.alternate`,
  which the plugin rewrites after it ..... tests/test_reader_pages.py::test_home_switcher_links_are_relative
"""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs import utils as mkdocs_utils
from mkdocs.commands.build import build
from mkdocs.config import load_config

from site_reading import LANGUAGES, page, prefix, squash, table

pytestmark = pytest.mark.site


def plain_project(folder: Path) -> Path:
    """A project of one page and no plugin: MkDocs' own behaviour, nothing of ours."""
    (folder / "docs").mkdir(parents=True)
    (folder / "docs" / "index.md").write_text("# A page\n", encoding="utf-8")
    (folder / "mkdocs.yml").write_text("site_name: Plain\nplugins: []\n", encoding="utf-8")
    return folder / "mkdocs.yml"


def test_the_build_cleans_through_mkdocs_utils(tmp_path, monkeypatch):
    cleaned = []
    monkeypatch.setattr(mkdocs_utils, "clean_directory", cleaned.append)
    config = load_config(str(plain_project(tmp_path)), site_dir=str(tmp_path / "site"))
    build(config)
    assert cleaned == [config.site_dir] and (tmp_path / "site" / "index.html").is_file()


def test_cleaning_spares_dot_folders(tmp_path):
    (tmp_path / ".cica-preview").mkdir()
    (tmp_path / ".cica-preview" / "pages.json").write_text("{}", encoding="utf-8")
    (tmp_path / "states").mkdir()
    (tmp_path / "index.html").write_text("", encoding="utf-8")
    mkdocs_utils.clean_directory(str(tmp_path))
    assert [p.name for p in tmp_path.iterdir()] == [".cica-preview"]
    assert (tmp_path / ".cica-preview" / "pages.json").is_file()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_its_own_not_found_page(mini_site, lang):
    """The record's 404 page in each language (overrides/record/not_found.html), not the theme's single one."""
    not_found = page(mini_site, f"{prefix(lang)}404.html")
    assert not_found.root.get("lang") == lang
    assert squash(not_found.text(not_found.root.xpath("//h1")[0])) == table(lang)["not_found"]["title"]
    assert not_found.root.xpath("//ul[@class='record-ways']")
