"""Names, symbols and web addresses in narrative text become links: whole names only, each
entity at its first mention in a text, addresses without the punctuation around them.

The autolinker is driven directly with the fixture record (names from tests/fixtures/mini), and
the shipped record's meeting page is read as built.
"""

from __future__ import annotations


import pytest
from lxml import html as lxml_html

from conftest import FIXTURE_DATA
from cica_record.site.autolink import Autolinker
from cica_record.record.loader import load_record
from cica_record.record.model import Record

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def record():
    return load_record(FIXTURE_DATA, FIXTURE_DATA.parent)


@pytest.fixture(scope="module")
def linker(record):
    return Autolinker(record)


def links(markup: str) -> list[tuple[str, str]]:
    """(text, href) of every link in a piece of HTML."""
    root = lxml_html.fragment_fromstring(f"<p>{markup}</p>")
    return [(a.text_content(), a.get("href")) for a in root.iter("a")]


def href(entity) -> str:
    return "/" + entity.path


def test_each_entity_is_linked_at_its_first_mention_only(linker):
    text = "Russia noted that Kazakhstan agreed. Russia thanked Kazakhstan; the RoK and the Republic of Korea too."
    assert links(linker.link(text, href)) == [
        ("Russia", "/states/ru/"), ("Kazakhstan", "/states/kz/"), ("RoK", "/states/kr/")]


def test_the_first_mention_counts_across_the_paragraphs_of_one_text(linker):
    linked: set[int] = set()
    first = linker.link("Russia spoke.", href, linked=linked)
    second = linker.link("Russia and Kazakhstan spoke again.", href, linked=linked)
    assert links(first) == [("Russia", "/states/ru/")]
    assert links(second) == [("Kazakhstan", "/states/kz/")]
    assert links(linker.link("Russia spoke.", href)) == [("Russia", "/states/ru/")]  # a new text starts afresh


def test_names_count_only_whole(linker):
    assert links(linker.link("Russian and Kazakhstani delegations; SCOs; xRussia", href)) == []
    assert links(linker.link("the draft TST/2023-I/DRAFT/1/Rev.1 and TST/2023-I/DRAFT/1.", href)) == [
        ("TST/2023-I/DRAFT/1/Rev.1", "/documents/tst/2023-i/draft/1/rev.1/"),
        ("TST/2023-I/DRAFT/1", "/documents/tst/2023-i/draft/1/")]
    assert links(linker.link("TST/2023-I/DEC/10 is not TST/2023-I/DEC/1", href)) == [
        ("TST/2023-I/DEC/10", "/documents/tst/2023-i/dec/10/"), ("TST/2023-I/DEC/1", "/documents/tst/2023-i/dec/1/")]
    # An unknown revision of a known symbol links nothing, not the known part.
    assert links(linker.link("see TST/2023-I/DEC/1/Rev.3 here", href)) == []


def test_the_pages_own_entity_is_not_linked(linker, record):
    russia = next(state for state in record.states if state.key == "RU")
    assert links(linker.link("Russia and Kazakhstan", href, current=russia)) == [("Kazakhstan", "/states/kz/")]


@pytest.mark.parametrize("text, address", [
    ("available on the CICA website (https://www.s-cica.org/docs/1026068064657942c1bf901.pdf).",
     "https://www.s-cica.org/docs/1026068064657942c1bf901.pdf"),
    ("see https://www.s-cica.org/index.php?view=page&t=soc-meeting-12-december-2023, and more",
     "https://www.s-cica.org/index.php?view=page&t=soc-meeting-12-december-2023"),
    ("at https://en.wikipedia.org/wiki/CICA_(forum).", "https://en.wikipedia.org/wiki/CICA_(forum)"),
    ("«http://example.org/a/b»", "http://example.org/a/b"),
])
def test_web_addresses_become_external_links_without_the_punctuation_around_them(linker, text, address):
    markup = linker.link(text, href)
    root = lxml_html.fragment_fromstring(f"<p>{markup}</p>")
    (anchor,) = root.iter("a")
    assert (anchor.text_content(), anchor.get("href"), anchor.get("rel")) == (address, address, "external")
    assert root.text_content() == text  # nothing added, nothing lost


def test_an_address_is_never_also_a_name_and_stays_escaped(linker):
    text = 'https://example.org/TST/2023-I/DEC/1?q=<script>&r="x" Russia'
    markup = str(linker.link(text, href))
    assert links(markup) == [("https://example.org/TST/2023-I/DEC/1?q=", "https://example.org/TST/2023-I/DEC/1?q="),
                             ("Russia", "/states/ru/")]
    assert "<script>" not in markup


def test_an_address_without_its_scheme_is_left_as_written(linker):
    assert links(linker.link("cica.org/docs/91433664665794306c55c4.pdf and www.s-cica.org", href)) == []




@pytest.fixture
def own_record():
    """A record of each test's own: some add a name to an entity."""
    return load_record(FIXTURE_DATA, FIXTURE_DATA.parent)


def entity(record, key: str):
    return next(e for e in record.entities() if e.key == key)


def test_names_link_to_their_pages_and_the_rest_is_escaped(linker):
    markup = linker.link("Russia & <b>Kazakhstan</b> with SCO, under TST/2023-I/DRAFT/1/Rev.1.", href)
    assert links(markup) == [("Russia", "/states/ru/"), ("Kazakhstan", "/states/kz/"), ("SCO", "/organisations/sco/"),
                             ("TST/2023-I/DRAFT/1/Rev.1", "/documents/tst/2023-i/draft/1/rev.1/")]
    assert "&amp; &lt;b&gt;" in markup and "&lt;/b&gt; with" in markup


@pytest.mark.parametrize("text, linked", [("Environment protection first.", "Environment protection"),
                                          ("First, environment protection.", "environment protection")])
def test_a_priority_area_is_linked_also_in_the_middle_of_a_sentence(linker, text, linked):
    assert links(linker.link(text, href)) == [(linked, "/priority-areas/environment-protection/")]


def test_the_longest_name_wins(own_record):
    """'Republic' names another entity here: 'Republic of Korea' is still linked whole to Korea."""
    entity(own_record, "RU").aliases.append("Republic")
    text = "The Republic of Korea and the Republic spoke."
    markup = Autolinker(own_record).link(text, href)
    assert links(markup) == [("Republic of Korea", "/states/kr/"), ("Republic", "/states/ru/")]
    assert lxml_html.fragment_fromstring(f"<p>{markup}</p>").text_content() == text  # no word twice, none lost


def test_a_name_of_one_letter_is_never_linked_one_of_two_is(own_record):
    entity(own_record, "KZ").aliases.extend(["K", "Qz"])
    assert links(Autolinker(own_record).link("Plan K of Russia with Qz", href)) == [("Russia", "/states/ru/"),
                                                                                     ("Qz", "/states/kz/")]


@pytest.mark.parametrize("empty", [None, "a record without names"])
def test_without_names_a_text_is_only_escaped(empty):
    record = None if empty is None else Record()
    assert str(Autolinker(record).link("Russia & <b>Kazakhstan</b>", href)) == "Russia &amp; &lt;b&gt;Kazakhstan&lt;/b&gt;"


def test_a_name_inside_an_address_is_part_of_the_address_and_names_around_it_are_linked(linker):
    text = "Russia: https://example.org/?country=Kazakhstan&lang=en and then Kazakhstan."
    markup = linker.link(text, href)
    assert links(markup) == [
        ("Russia", "/states/ru/"),
        ("https://example.org/?country=Kazakhstan&lang=en", "https://example.org/?country=Kazakhstan&lang=en"),
        ("Kazakhstan", "/states/kz/")]
    assert lxml_html.fragment_fromstring(f"<p>{markup}</p>").text_content() == text


@pytest.mark.parametrize("text", ["SCO/Russia", "a /Russia", "Russia/b", "TST/2023-I/DEC/1/2"])
def test_a_name_joined_to_a_word_by_a_slash_is_part_of_a_symbol_not_a_name(linker, text):
    assert links(linker.link(text, href)) == []


def test_a_name_before_a_slash_and_a_space_is_linked(linker):
    assert links(linker.link("Russia/ and Kazakhstan/", href)) == [("Russia", "/states/ru/"), ("Kazakhstan", "/states/kz/")]


@pytest.mark.parametrize("text, addresses", [("http://. and https://) and http:// too", []),
                                             ("http://x and https://a.", ["http://x", "https://a"])])
def test_an_address_is_more_than_its_scheme(linker, text, addresses):
    assert [address for _, address in links(linker.link(text, href))] == addresses


def test_an_address_keeps_a_closing_parenthesis_that_closes_one_of_its_own(linker):
    markup = linker.link("at https://example.org/f((x) today", href)
    assert [address for _, address in links(markup)] == ["https://example.org/f((x)"]
