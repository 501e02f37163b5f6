"""The checks of the built pages' articles, run again on the pages rendered in this process.

`rendered_site` (conftest.py) renders every page of the fixture record in every
language with the build's own `Renderer` and templates, in about a second; the
tests below are those of the built site that read only a page's article (not the
theme's head, switcher or sitemap), imported as they are, so that they read the
rendered pages under the name `mini_site`. They are what mutation testing runs
for the renderer and the autolinker (tools/mutation.py: a subprocess build is out
of its sight), and they fail in seconds where a template or a renderer goes wrong.
"""

from __future__ import annotations

from collections import Counter

import pytest
from lxml import html as lxml_html
from markupsafe import escape

from conftest import FIXTURE_DATA, ROOT
from cica_record.site.language import load_tables
from cica_record.record.loader import load_record
from cica_record.site.pages import page_specs
from cica_record.site.render import Renderer
from site_reading import LANGUAGES, html_files, page, prefix, resolve, split, squash, url_of
from test_site_links import Walk

from test_reader_pages import (  # noqa: F401
    test_a_decision_document_says_what_is_known_of_it, test_a_states_page_shows_its_statements_whole_by_meeting_with_permalinks,
    test_agenda_is_numbered_as_the_minutes_number_it, test_an_inference_is_said_once_quietly_with_its_reason_a_click_away,
    test_decision_state_then_outcome_with_dates_and_sources, test_english_only_statements_carry_a_language_mark_on_other_pages,
    test_english_pages_carry_no_language_mark, test_home_counts_agenda_items_as_the_minutes_do,
    test_home_says_as_of_when_and_on_which_source_a_decision_is_pending, test_meeting_lists_its_decisions_before_the_agenda,
    test_outcome_texts_are_shown_whole,
)
from test_record_sources import (  # noqa: F401
    test_a_meeting_with_an_unknown_day_keeps_its_place, test_a_reported_meeting_says_so_first_and_a_minutes_meeting_does_not,
    test_a_source_title_is_marked_as_ours_unless_it_is_the_headline, test_an_announced_meeting_is_never_shown_as_held,
    test_each_fact_of_a_reported_meeting_cites_its_sources, test_each_source_says_what_it_supports_on_a_state_page,
    test_every_topic_decision_offer_and_paragraph_of_a_reported_meeting_has_a_mark, test_history_across_meetings,
    test_versions_stand_side_by_side_with_their_sources,
)
from test_site_escaping import (  # noqa: F401
    test_data_text_is_never_markup, test_data_text_is_shown_literally, test_every_hostile_text_is_shown_literally_somewhere,
    test_no_text_of_the_data_becomes_markup,
)
from test_site_pages import (  # noqa: F401
    test_a_symbol_is_linked_whole_not_by_its_prefix,
    test_deadline_in_each_language_with_its_utc_offset, test_decision_and_its_meeting_draft_and_area_link_both_ways,
    test_decision_links_to_its_agenda_item, test_meeting_anchors_are_the_same_in_every_language,
    test_meeting_date_in_each_language, test_names_and_symbols_in_statement_text_are_linked,
    test_no_english_word_on_any_russian_or_kazakh_page,
    test_notes_and_inference_reasons_carry_no_record_links, test_page_exists_in_every_language,
    test_priority_area_lists_its_coordinator_and_the_state_lists_the_area,
    test_statement_links_to_its_speaker_and_the_speaker_back,
)

pytestmark = [pytest.mark.unit, pytest.mark.rendered]


@pytest.fixture(scope="session")
def mini_site(rendered_site):
    """The tests above read the rendered pages where they would read the built site."""
    return rendered_site


# --- what only the rendered pages are asked: their links among themselves, their headings, their ends ------------

RECORD_FOLDERS = ("meetings", "decisions", "documents", "states", "organisations", "people", "bodies", "dimensions",
                  "priority-areas", "events")


def _record_page(target: str) -> bool:
    """A page of the record (rendered here), not a page of the theme's or a data file (only built)."""
    path, _ = split(target)
    parts = path.split("/")
    return path.endswith("/") and parts[parts[0] in LANGUAGES[1:]] in RECORD_FOLDERS


def test_every_link_between_the_record_pages_leads_to_a_page_and_its_anchor(mini_site):
    walk = Walk(mini_site)
    broken, checked = [], 0
    for file, tree in walk.trees.items():
        url = url_of(mini_site, file)
        for href in tree.xpath("//a/@href"):
            target = resolve(url, href)
            if target is not None and _record_page(target):
                checked += 1
                problem = walk.problem(url, href)
                broken += [f"{url}: {href!r} {problem}"] if problem else []
    assert checked > 1000  # links to pages, to statements (#s-…), decisions (#d-…), agenda items, the opening
    assert not broken, "\n".join(broken[:30])


def test_every_link_has_a_text_and_every_id_is_unique(mini_site):
    walk = Walk(mini_site)
    problems = []
    for file, tree in walk.trees.items():
        url = url_of(mini_site, file)
        problems += [f"{url}: <a href={a.get('href')!r}> has no text" for a in tree.xpath("//article//a[@href]")
                     if not squash(a.text_content()) and not a.get("aria-label")]
        problems += [f"{url}: id={anchor!r} x{count}" for anchor, count in Counter(tree.xpath("//@id")).items()
                     if count > 1]
    assert not problems, "\n".join(problems[:30])


def test_an_opening_account_is_linked_at_the_meetings_opening(mini_site):
    """Kazakhstan is named in the opening of the SOC meeting of 12 December 2023, before any agenda item."""
    for lang in LANGUAGES:
        state = page(mini_site, prefix(lang) + "states/kz/")
        assert prefix(lang) + "meetings/2023/soc-2023-12-12/#opening" in state.targets(state.article)


@pytest.fixture(scope="module")
def rendering():
    record = load_record(FIXTURE_DATA, ROOT)
    return record, Renderer(record, ROOT / "overrides" / "record", load_tables(ROOT / "translations"))


def test_every_entity_page_ends_with_its_open_data_and_no_other_page_does(rendering, mini_site):
    record, _ = rendering
    entity_pages = {entity.path for entity in record.entities()}
    for lang in LANGUAGES:
        for file in html_files(mini_site / prefix(lang)) if lang != LANGUAGES[0] else html_files(mini_site):
            path = url_of(mini_site, file).removeprefix(prefix(lang))
            if path.split("/")[0] in LANGUAGES[1:]:
                continue
            shown = page(mini_site, url_of(mini_site, file))
            section = shown.root.xpath("//article/h2[last()][@id='data']")
            assert bool(section) == (path in entity_pages), shown.url
            if section:
                assert shown.root.xpath("//article/ul[last()]//a[@type='application/json']"), shown.url


def test_the_table_of_contents_is_the_pages_headings(rendering):
    """Each h2 with an id in the order of the page, its h3 under it, named by its text as HTML (the theme's sidebar
    writes the name as it is: a heading's `<` must stay `&lt;` there too)."""
    record, renderer = rendering
    for spec in page_specs(record):
        context = {**spec.context, **(spec.localize(renderer.language("en")) if spec.localize else {})}
        rendered, toc = renderer.render(spec.template, "en", spec.path, **context)
        expected: list[dict] = []
        for heading in lxml_html.fragment_fromstring(rendered, create_parent="div").xpath(".//h2[@id] | .//h3[@id]"):
            token = {"level": int(heading.tag[1]), "id": heading.get("id"), "name": escape(squash(heading.text_content())),
                     "children": []}
            (expected[-1]["children"] if token["level"] == 3 and expected else expected).append(token)
        assert toc == expected, spec.path


def test_a_permanent_address_is_shown_at_the_sites_address_with_or_without_its_last_slash(rendering):
    record, _ = rendering
    spec = next(spec for spec in page_specs(record) if spec.path == "documents/tst/2023-i/draft/1/rev.1/")
    for site_url in ("https://records.example/cica", "https://records.example/cica/"):
        renderer = Renderer(record, ROOT / "overrides" / "record", load_tables(ROOT / "translations"), site_url)
        html, _ = renderer.render(spec.template, "ru", "ru/" + spec.path, **spec.context)
        assert "<code>https://records.example/cica/ru/symbol/TST/2023-I/DRAFT/1/Rev.1/</code>" in html  # permanent
