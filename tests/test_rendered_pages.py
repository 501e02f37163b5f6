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

import pytest

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
from test_site_pages import (  # noqa: F401
    test_a_symbol_is_linked_whole_not_by_its_prefix, test_data_text_is_never_markup, test_data_text_is_shown_literally,
    test_deadline_in_each_language_with_its_utc_offset, test_decision_and_its_meeting_draft_and_area_link_both_ways,
    test_decision_links_to_its_agenda_item, test_english_word_check_finds_english_on_english_pages,
    test_every_hostile_text_is_shown_literally_somewhere, test_meeting_anchors_are_the_same_in_every_language,
    test_meeting_date_in_each_language, test_names_and_symbols_in_statement_text_are_linked,
    test_no_english_word_on_any_russian_or_kazakh_page, test_no_text_of_the_data_becomes_markup,
    test_notes_and_inference_reasons_carry_no_record_links, test_page_exists_in_every_language,
    test_priority_area_lists_its_coordinator_and_the_state_lists_the_area,
    test_statement_links_to_its_speaker_and_the_speaker_back,
)

pytestmark = pytest.mark.rendered


@pytest.fixture(scope="session")
def mini_site(rendered_site):
    """The tests above read the rendered pages where they would read the built site."""
    return rendered_site
