"""The autolinker on the fixture record, asked directly: which names in a text become links, and to what.

The pages show it at work (test_site_pages.py, test_rendered_pages.py); here the
rules that the fixture's texts cannot all show: longest name first, one-letter
names never, a page never linking to itself, and no record at all.
"""

from __future__ import annotations

import re

import pytest

from conftest import FIXTURE_DATA, ROOT
from record_autolink import Autolinker
from record_loader import load_record
from record_model import Record


@pytest.fixture
def record():
    """A record of each test's own: some add a name to an entity."""
    return load_record(FIXTURE_DATA, ROOT)


def links(html: str) -> list[tuple[str, str]]:
    """(href, linked words) of each link made."""
    return re.findall(r'<a href="([^"]+)" class="record-autolink">([^<]+)</a>', str(html))


def entity(record, key: str):
    return next(e for e in record.entities() if e.key == key)


def href(target) -> str:
    return target.path


def test_names_link_to_their_pages_and_the_rest_is_escaped(record):
    html = Autolinker(record).link("Russia & <b>Kazakhstan</b> with SCO, under TST/2023-I/DRAFT/1/Rev.1.", href)
    assert links(html) == [("states/ru/", "Russia"), ("states/kz/", "Kazakhstan"), ("organisations/sco/", "SCO"),
                           ("documents/tst/2023-i/draft/1/rev.1/", "TST/2023-I/DRAFT/1/Rev.1")]
    assert "&amp; &lt;b&gt;" in html and "&lt;/b&gt; with" in html


def test_a_priority_area_is_linked_also_in_the_middle_of_a_sentence(record):
    html = Autolinker(record).link("Environment protection first; then environment protection again.", href)
    assert links(html) == [("priority-areas/environment-protection/", "Environment protection"),
                           ("priority-areas/environment-protection/", "environment protection")]


def test_the_longest_name_wins(record):
    """'Republic' names another entity here: 'Republic of Korea' is still linked whole to Korea."""
    entity(record, "RU").aliases.append("Republic")
    html = Autolinker(record).link("The Republic of Korea and the Republic spoke.", href)
    assert links(html) == [("states/kr/", "Republic of Korea"), ("states/ru/", "Republic")]


def test_a_name_of_one_letter_is_never_linked_one_of_two_is(record):
    entity(record, "KZ").aliases.extend(["K", "Qz"])
    assert links(Autolinker(record).link("Plan K of Russia with Qz", href)) == [("states/ru/", "Russia"),
                                                                                 ("states/kz/", "Qz")]


def test_a_page_does_not_link_to_itself_but_to_the_others_it_names(record):
    kazakhstan = entity(record, "KZ")
    html = Autolinker(record).link("Kazakhstan thanked Russia and Kazakhstan.", href, kazakhstan)
    assert links(html) == [("states/ru/", "Russia")]
    assert str(html).startswith("Kazakhstan thanked") and str(html).endswith("and Kazakhstan.")


@pytest.mark.parametrize("linker", [Autolinker(None), Autolinker(Record(*[[] for _ in range(12)]))],
                         ids=["no record (its data has errors)", "a record without names"])
def test_without_names_a_text_is_only_escaped(linker):
    assert str(linker.link("Russia & <b>Kazakhstan</b>", href)) == "Russia &amp; &lt;b&gt;Kazakhstan&lt;/b&gt;"
