"""A record thirty years deep: an entity's page keeps its newest years of statements while they fit,
and each earlier year gets a page of its own, linked from it (record/periods.py, rendered here)."""

from __future__ import annotations

import pytest

from cica_record.record.loader import load_record
from cica_record.record.periods import listing
from cica_record.site.language import load_tables
from cica_record.site.pages import page_specs
from cica_record.site.render import Renderer
from conftest import FIXTURE_DATA, ROOT
from site_reading import LANGUAGES, prefix

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def record():
    return load_record(FIXTURE_DATA, FIXTURE_DATA.parent)


def test_statements_stay_on_the_entitys_page_while_they_fit(record):
    russia = next(s for s in record.states if s.key == "RU")
    whole = listing(russia)
    assert [y.year for y in whole.years] == ["2023", "2020"] and whole.earlier == []


def test_beyond_the_budget_earlier_years_get_pages_of_their_own(record):
    russia = next(s for s in record.states if s.key == "RU")
    split_up = listing(russia, budget=1)  # smaller than any year: the newest year stays, alone
    assert [y.year for y in split_up.years] == ["2023"]
    assert [(p.year.year, p.path) for p in split_up.earlier] == [("2020", "states/ru/statements/2020/")]
    assert [s.key for s in split_up.earlier[0].year.items("statements")] == ["ru-earlier-work"]


def test_the_build_adds_a_page_for_each_earlier_year(record):
    specs = {spec.path: spec for spec in page_specs(record, budget=1)}
    assert specs["states/ru/statements/2020/"].template == "statements_period.html"
    assert "states/ru/statements/2023/" not in specs  # the newest year stays on the state's page
    assert not [spec.path for spec in page_specs(record) if "/statements/" in spec.path]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_period_page_shows_its_year_and_links_back(record, lang):
    """The page of an earlier year and the state's page that links to it, rendered as the build renders them."""
    renderer = Renderer(record, ROOT / "overrides" / "record", load_tables(ROOT / "translations"))
    specs = {spec.path: spec for spec in page_specs(record, budget=1)}
    period, main = specs["states/ru/statements/2020/"], specs["states/ru/"]
    html, _ = renderer.render(period.template, lang, prefix(lang) + period.path, **period.context)
    assert "Russia recalled the earlier work of the Committee on its rules of procedure." in html
    assert 'href="../../"' in html  # back to the state's own page
    assert "ru-transformation" not in html  # 2023 is not on it
    html, _ = renderer.render(main.template, lang, prefix(lang) + main.path, **main.context)
    assert 'href="statements/2020/"' in html
    assert "ru-earlier-work" not in html
