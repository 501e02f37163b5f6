"""Text from the data is always text on the built pages: never markup, always the characters written,
and the pages' own markup never shown escaped.

Expectations come from tests/fixtures/mini, whose hostile texts sit in a field of every kind a page shows.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pytest

from conftest import FIXTURE_DATA
from site_reading import LANGUAGES, data_files, html_files, load_yaml, page, squash, strings, url_of
from test_site_pages import AREA, DRAFT, MEETING, MEETING_FILE, in_lang

pytestmark = pytest.mark.site


# --- 4. text from the data never becomes markup ---------------------------------------


SCRIPT_TEXT = "<script>alert(1)</script>"


def test_data_text_is_never_markup(mini_site):
    statement_text = load_yaml(MEETING_FILE)["agenda"][1]["proceedings"][0]["text"]["en"]
    assert SCRIPT_TEXT in statement_text  # the fixture this test relies on
    injected = []
    for file in html_files(mini_site):
        raw = file.read_text(encoding="utf-8")
        if SCRIPT_TEXT in raw or "<script>alert" in raw:
            injected.append(f"{url_of(mini_site, file)}: raw HTML contains {SCRIPT_TEXT!r}")
        built = page(mini_site, url_of(mini_site, file))
        for script in built.root.iter("script"):
            if "alert(1)" in (script.text or ""):
                injected.append(f"{built.url}: <script> element with text {script.text!r}")
    assert not injected, "data became markup:\n" + "\n".join(injected)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_data_text_is_shown_literally(mini_site, lang):
    meeting = page(mini_site, in_lang(lang, MEETING))
    shown = meeting.text(meeting.by_id("s-ru-transformation"))
    assert f"noted {SCRIPT_TEXT} that the draft" in shown, f"{meeting.url}#s-ru-transformation reads {shown!r}"
    # Pages that quote the statement in a list show it the same way.
    for path in ("states/ru/", AREA, DRAFT):
        quoting = page(mini_site, in_lang(lang, path))
        assert SCRIPT_TEXT in quoting.text(), f"{quoting.url} does not show the statement's text literally"


TEMPLATE_TAG = re.compile(r"</?(?:a|span|small|code|time|cite|strong|em|p|div|ul|li|table|tr|td|th)\b[^<>]*>")


@pytest.mark.parametrize("which", ["mini_site", "real_site"])
def test_no_markup_made_by_the_templates_is_shown_as_text(request, which):
    """The pages' own markup (links, notes) must not reach the reader escaped, as visible tags."""
    site = request.getfixturevalue(which)
    shown = []
    for file in html_files(site):
        built = page(site, url_of(site, file))
        for article in built.root.xpath("//article"):
            for match in TEMPLATE_TAG.finditer(squash(article.text_content())):
                shown.append(f"{built.url}: {match.group(0)!r}")
    assert not shown, f"{len(shown)} escaped tags shown as text, e.g.:\n" + "\n".join(shown[:20])


# --- 10. every text the data gives is shown as text ------------------------------------------

HOSTILE_MARK = "<i class=hostile>"


@lru_cache(maxsize=None)
def hostile_values() -> tuple[str, ...]:
    """The fixture's hostile texts: markup, a lone &, an entity, quotes, a right-to-left mark and a
    word too long for a phone, written into a field of every kind a page shows."""
    values = set()
    for file in data_files(FIXTURE_DATA):
        for value in strings(load_yaml(file)):
            if HOSTILE_MARK in value:
                values.add(squash(value))
    return tuple(sorted(values))


def test_no_text_of_the_data_becomes_markup(mini_site):
    assert len(hostile_values()) >= 20  # the fixture this test relies on
    made = []
    for file in html_files(mini_site):
        built = page(mini_site, url_of(mini_site, file))
        made += [f"{built.url}: <{e.tag} class={e.get('class')}>" for e in built.root.xpath("//*[@class='hostile']")]
    assert not made, "data became markup:\n" + "\n".join(made[:20])


def test_every_hostile_text_is_shown_literally_somewhere(mini_site):
    """Each field's value reaches some page as the very characters the publisher wrote."""
    shown = " ".join(squash(page(mini_site, url_of(mini_site, f)).root.text_content()) for f in html_files(mini_site))
    missing = [value for value in hostile_values() if value not in shown]
    assert not missing, "not shown literally on any page:\n" + "\n".join(missing)
