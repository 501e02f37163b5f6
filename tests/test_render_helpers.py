"""What the renderer's helpers make of one text or one link, asked directly (the pages show them at work:
test_site_pages.py, test_rendered_pages.py): the relative address of each kind of target, a name written
alike in two languages, a text shown in another language or in our translation beside its original, a
note, a label as running text, and templates compiled once for several renderers.

Expected words come from translations/*.yaml; expected addresses are worked out by hand from where the
page and the target sit in the site.
"""

from __future__ import annotations

import pytest
import yaml
from lxml import html as lxml_html

from conftest import FIXTURE_DATA, ROOT
from cica_record.site.language import load_tables
from cica_record.record.loader import load_record
from cica_record.site.pages import page_specs
from cica_record.site.render import CompiledTemplates, PageHelpers, Renderer, lowerfirst
from cica_record.record.schema import Text

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def record():
    return load_record(FIXTURE_DATA, ROOT)


@pytest.fixture(scope="module")
def renderer(record):
    return Renderer(record, ROOT / "overrides" / "record", load_tables(ROOT / "translations"))


def words(lang: str) -> dict:
    return yaml.safe_load((ROOT / "translations" / f"{lang}.yaml").read_text(encoding="utf-8"))["languages"]


def helpers(renderer, lang: str, page_url: str, entity=None) -> PageHelpers:
    return PageHelpers(renderer.language(lang), page_url, renderer.autolinker, entity)


def fragment(markup) -> lxml_html.HtmlElement:
    return lxml_html.fragment_fromstring(f"<div>{markup}</div>")


def entity(record, key: str):
    return next(e for e in record.entities() if e.key == key)


# --- addresses -------------------------------------------------------------------------------------------------

def test_every_kind_of_target_is_addressed_relative_to_the_page(record, renderer):
    page = helpers(renderer, "en", "states/kz/")
    statement = next(m for m in record.meetings if m.key == "soc-2023-12-12").all_statements[0]
    assert page.url(entity(record, "RU")) == "../ru/"
    assert page.url("states/kz/") == "./"  # the page itself
    assert page.url("") == "../../"  # the home page: a folder, with its slash
    assert page.url("documents/") == "../../documents/"
    assert page.url(statement) == f"../../meetings/2023/soc-2023-12-12/#{statement.anchor}"


def test_an_account_before_the_first_item_is_addressed_at_the_opening(record, renderer):
    opening = next(a for a in record.meetings if a.key == "soc-2023-12-12").opening
    assert opening and all(account.item is None for account in opening)
    assert helpers(renderer, "en", "states/kz/").url(opening[0]) == "../../meetings/2023/soc-2023-12-12/#opening"


def test_a_page_in_another_language_addresses_that_languages_pages(record, renderer):
    page = helpers(renderer, "ru", "ru/states/kz/")
    assert page.url(entity(record, "RU")) == "../ru/"
    assert page.url("") == "../../"  # ru/, the Russian home page
    assert page.url("states/kz/") == "./"  # a path is written without the language: the page itself


# --- a short text inline ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    (Text(en="UNOCT", ru="UNOCT", kk="UNOCT"), "ru", '<span lang="en">UNOCT</span>'),  # written alike: English
    (Text(en="UNOCT", ru="UNOCT", kk="UNOCT"), "en", "UNOCT"),  # English on an English page: no mark needed
    (Text(en="Astana", ru="Астана", kk="Астана"), "ru", "Астана"),
    (Text(en="SOC 2023", ru="СВДЛ 2023", kk="SOC 2023"), "ru", "СВДЛ 2023"),  # its own words, not English
    (Text(en="2023", ru="2023", kk="2023"), "kk", "2023"),  # no letters: no language to name
    (Text(en="A & B", ru="A & B", kk="A & B"), "kk", '<span lang="en">A &amp; B</span>'),
    (Text(en="UNOCT", ru="UNOCT (КТУ ООН)", kk="UNOCT"), "ru", "UNOCT (КТУ ООН)"),  # more than the English
    (Text(en="The Astana Times", ru="Astana Times", kk="Astana Times"), "ru", "Astana Times"),  # less
])
def test_a_text_written_alike_in_english_is_marked_english(renderer, text, lang, expected):
    assert str(helpers(renderer, lang, "states/kz/").text(text)) == expected


def test_a_text_read_from_the_data_alike_in_english_is_marked_english(renderer):
    """Read from YAML, the Russian and the English are equal strings, not one string object."""
    text = Text.model_validate(yaml.safe_load("{en: The Astana Times, ru: The Astana Times, kk: The Astana Times}"))
    assert text.ru == text.en and text.ru is not text.en
    assert str(helpers(renderer, "ru", "ru/states/kz/").text(text)) == '<span lang="en">The Astana Times</span>'


def test_a_text_only_in_english_carries_its_language_and_mark_on_another_languages_page(renderer):
    shown = fragment(helpers(renderer, "ru", "ru/states/kz/").text(Text(en="<b>Only</b> English")))
    (span,) = shown.xpath("./span")
    (mark,) = shown.xpath("./abbr")
    assert (span.get("lang"), span.text_content()) == ("en", "<b>Only</b> English")
    assert (mark.text, mark.get("lang"), mark.get("title")) == ("EN", "ru", words("ru")["only_en"])


# --- a narrative text ------------------------------------------------------------------------------------------

OFFICIAL_EN = Text(en="Russia and Kazakhstan agreed.", ru="Россия и Казахстан согласились.", unofficial=["ru"])


def test_our_translation_says_so_and_shows_the_original_with_its_links(renderer):
    block = fragment(helpers(renderer, "ru", "ru/states/kz/").block(OFFICIAL_EN))
    (original,) = block.xpath("./details[@class='record-original']")
    summary = original.xpath("./summary")[0]
    assert summary.xpath("./span[@class='record-translation-mark']")[0].text_content() == words("ru")["unofficial"]
    assert summary.text_content() == f"{words('ru')['unofficial']} · {words('ru')['original_en']}"
    assert original.xpath("./div/@lang") == ["en"]
    assert [a.text_content() for a in original.iter("a")] == ["Russia", "Kazakhstan"]  # a text of the record
    assert block.xpath("./div[@class='record-text']")[0].text_content() == "Россия и Казахстан согласились."
    assert not block.xpath("./p[@class='record-note']")


def test_the_original_itself_carries_no_note_and_no_second_copy(renderer):
    block = fragment(helpers(renderer, "en", "states/kz/").block(OFFICIAL_EN))
    assert not block.xpath(".//p[@class='record-note'] | .//details")


def test_a_note_of_ours_has_no_mark_and_no_original(renderer):
    block = fragment(helpers(renderer, "ru", "ru/states/kz/").block(OFFICIAL_EN, note=True))
    assert not block.xpath(".//p[@class='record-note'] | .//details")


def test_a_summary_of_ours_says_it_is_the_translation_of_ours_with_no_official_text(renderer):
    """Review §1.4: never "only the original is authoritative" under a text whose original is our own summary."""
    block = fragment(helpers(renderer, "ru", "ru/states/kz/").block(OFFICIAL_EN, ours=True))
    (original,) = block.xpath("./details[@class='record-original']")
    assert original.xpath("./summary")[0].text_content() == f"{words('ru')['ours']} · {words('ru')['ours_en']}"
    assert words("ru")["unofficial"] not in block.text_content()
    assert original.xpath("./div/@lang") == ["en"]


def test_a_title_we_translated_shows_its_mark_and_original_on_one_line(renderer):
    title = Text(en="Draft “agenda”", ru="Проект “повестки”", unofficial=["ru"])
    (details,) = fragment(helpers(renderer, "ru", "ru/states/kz/").original(title, inline=True)).xpath(
        "self::details | ./details")
    assert details.xpath("./summary")[0].text_content() == words("ru")["unofficial"]
    assert details.xpath("./q/@lang") == ["en"] and details.xpath("./q")[0].text_content() == "Draft “agenda”"
    assert helpers(renderer, "en", "states/kz/").original(title, inline=True) == ""


def test_a_note_links_nothing_a_summary_of_ours_does(renderer):
    text = Text(en="Russia and Kazakhstan agreed.")
    note, ours = (fragment(helpers(renderer, "en", "states/kz/").block(text, **{kind: True})) for kind in ("note", "ours"))
    assert not list(note.iter("a"))
    assert [a.text_content() for a in ours.iter("a")] == ["Russia", "Kazakhstan"]


def test_a_text_without_an_official_language_shows_no_original(renderer):
    text = Text(en="Our words.", ru="Наши слова.", unofficial=["en", "ru"])
    block = fragment(helpers(renderer, "ru", "ru/states/kz/").block(text))
    assert not block.xpath(".//details")
    assert block.xpath("./p[contains(@class, 'record-translation-mark')]")[0].text_content() == words("ru")["unofficial"]


def test_a_text_in_another_language_says_so_once_unless_quiet(renderer):
    page = helpers(renderer, "kk", "kk/states/kz/")
    loud, quiet = fragment(page.block(Text(en="Only English."))), fragment(page.block(Text(en="Only English."), quiet=True))
    assert loud.xpath("./div/@lang") == ["en"] and quiet.xpath("./div/@lang") == ["en"]
    assert [p.text_content() for p in loud.xpath("./p[@class='record-note']")] == [words("kk")["exists_only_en"]]
    assert not quiet.xpath("./p[@class='record-note']")
    assert loud.xpath("./div/abbr")[0].text == "EN"  # the mark opens the text


def test_a_text_in_the_pages_language_has_no_mark_and_no_note(renderer):
    block = fragment(helpers(renderer, "en", "states/kz/").block(Text(en="First.\n\nSecond.")))
    assert block.xpath("./div/@lang") == [] and not block.xpath(".//abbr | .//p[@class='record-note']")
    assert [p.text for p in block.xpath("./div/p")] == ["First.", "Second."]


# --- a label as running text -----------------------------------------------------------------------------------

@pytest.mark.parametrize("label, expected", [
    ("Измерение", "измерение"), ("Decision", "decision"), ("A note", "a note"),
    ("ООН", "ООН"), ("SOC meeting", "SOC meeting"), ("IDs", "IDs"), ("", ""),
])
def test_a_label_loses_its_capital_unless_it_is_an_abbreviation(label, expected):
    assert lowerfirst(label) == expected


# --- templates compiled once ------------------------------------------------------------------------------------

def test_templates_compiled_once_serve_a_second_renderer_alike(record):
    compiled = CompiledTemplates()
    tables = load_tables(ROOT / "translations")
    spec = next(spec for spec in page_specs(record) if spec.path == "states/kz/")
    pages = []
    for _ in range(2):
        renderer = Renderer(record, ROOT / "overrides" / "record", tables, compiled=compiled)
        pages.append(renderer.render(spec.template, "en", spec.path, **spec.context)[0])
    assert compiled.compiled and pages[0] == pages[1] and "Kazakhstan" in pages[0]
