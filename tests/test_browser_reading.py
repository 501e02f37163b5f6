"""The reader's pages in headless Chromium (issue 8): no page of any kind scrolls sideways at
320 px in any language, the document register reads on a phone and on a desk, a linked
statement is highlighted clear of the fixed header, decisions are at least as prominent
as statements, the agenda is numbered once, and the language switcher keeps the reader's
anchor and works wherever the site is served."""

from __future__ import annotations

import http.server

import pytest

from test_browser import LANGS, Visit, browser, server, serving  # noqa: F401 - fixtures shared with the other browser tests

pytestmark = pytest.mark.browser

MEETING = "meetings/2023/soc-2023-12-12/"

# One page of every kind the site has (record pages, indexes, the guide, the 404 page), with the
# longest symbol heading (TST/2023-I/DRAFT/1/Rev.1) among the documents.
EVERY_KIND = [
    "", "about/", "guide/", "no/such/page/",
    "meetings/", "documents/", "decisions/", "states/", "dimensions/", "organisations/", "people/", "bodies/",
    "events/",
    MEETING, "meetings/2023/soc-2023-12-05/",
    "decisions/soc-2023-12-12/saudi-observer/", "decisions/soc-2021-06-23-guidelines/",
    "documents/tst/2023-i/draft/1/rev.1/", "documents/tst/2023-i/draft/1/", "documents/tst/2023-i/dec/10/",
    "documents/notst/1/",
    "documents/test-guidelines/",
    "states/ru/", "states/sa/", "organisations/sco/", "people/test-chair/", "bodies/soc/",
    "dimensions/environmental/", "priority-areas/environment-protection/", "events/test-forum/",
]

WIDER_THAN_THE_PAGE = """() => {
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll('body *')]
    .filter(e => e.getBoundingClientRect().right > width + 0.5 && e.getClientRects().length)
    .slice(0, 5).map(e => `${e.tagName.toLowerCase()}.${e.className} (${Math.round(e.getBoundingClientRect().right)} px)`);
}"""


# Every word of an element on one line: a word whose letters take more than one line box was broken,
# unless it is wider than the cell or block it stands in (it could not be kept whole).
BROKEN_WORDS = """element => {
  const broken = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const block = node.parentElement.closest('td, th, li, p, div');
    for (const match of node.textContent.matchAll(/\\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rects = [...range.getClientRects()].filter(r => r.width > 0);
      const lines = new Set(rects.map(r => Math.round(r.top)));
      const width = rects.reduce((sum, r) => sum + r.width, 0);
      if (lines.size > 1 && width <= block.clientWidth) broken.push(match[0]);
    }
  }
  return broken;
}"""


@pytest.mark.parametrize("lang", LANGS)
def test_no_page_scrolls_sideways_at_320px(browser, server, lang):  # noqa: F811
    visit = Visit(browser, server, viewport={"width": 320, "height": 640})
    wide, broken = {}, []
    try:
        for path in EVERY_KIND:
            page = visit.open(LANGS[lang] + path)
            scroll, client = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
            if scroll > client:
                wide[path] = (scroll, page.evaluate(WIDER_THAN_THE_PAGE))
            # and the labels of facts tables (stacked on a phone) keep their words whole
            labels = page.locator("table.record-facts th")
            for i in range(labels.count()):
                broken.extend(f"{path}: {word}" for word in labels.nth(i).evaluate(BROKEN_WORDS))
    finally:
        visit.close()
    assert not wide, "\n".join(f"{LANGS[lang]}{path}: {scroll} px wide in 320 px, e.g. {culprits}"
                               for path, (scroll, culprits) in wide.items())
    assert broken == []


def read_at_width(browser, server, width: int, path: str, read):  # noqa: F811
    """Open a page in a window of this width and return what `read` finds on it."""
    visit = Visit(browser, server, viewport={"width": width, "height": 900})
    try:
        return read(visit.open(path))
    finally:
        visit.close()


# The theme shows its tabs from 1220 px; a tab beyond the window's edge is cut mid-word (the
# Kazakh guide's tab was, at 1280 px).
TABS_BEYOND_THE_EDGE = """() => [...document.querySelectorAll('.md-tabs__link')]
  .filter(link => link.getBoundingClientRect().right > document.documentElement.clientWidth)
  .map(link => link.textContent.trim())"""


@pytest.mark.parametrize("width", [1220, 1280])
@pytest.mark.parametrize("lang", LANGS)
def test_every_tab_of_the_navigation_is_in_view(browser, server, width, lang):  # noqa: F811
    cut = read_at_width(browser, server, width, LANGS[lang] + "states/ru/",
                        lambda page: page.evaluate(TABS_BEYOND_THE_EDGE))
    assert cut == []


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("lang", LANGS)
def test_the_register_breaks_no_word(browser, server, width, lang):  # noqa: F811
    broken = read_at_width(browser, server, width, LANGS[lang] + "documents/",
                           lambda page: page.locator("table.record-register tbody").evaluate(BROKEN_WORDS))
    assert broken == []


def test_the_register_has_columns_on_a_desk_and_stacked_rows_on_a_phone(browser, server):  # noqa: F811
    layout = """table => [...table.tBodies[0].rows].filter(r => r.cells[1].textContent.trim()).map(r => {
      const first = r.cells[0].getBoundingClientRect(), date = r.cells[1].getBoundingClientRect();
      return {beside: date.left >= first.right - 1, below: date.top >= first.bottom - 1, width: table.getBoundingClientRect().width};
    })"""
    rows = {}
    for width in (390, 1280):
        visit = Visit(browser, server, viewport={"width": width, "height": 900})
        try:
            rows[width] = visit.open("documents/").locator("table.record-register").evaluate(layout)
        finally:
            visit.close()
    assert rows[1280] and all(r["beside"] for r in rows[1280])
    assert rows[390] and all(r["below"] and r["width"] <= 390 for r in rows[390])


def test_blank_dates_sort_last_in_either_direction(browser, server):  # noqa: F811
    visit = Visit(browser, server)
    try:
        page = visit.open("documents/")
        dates = lambda: page.locator("table.record-register tbody tr td:nth-child(2)").all_inner_texts()  # noqa: E731
        button = page.locator("th button", has_text="Date")
        for _ in ("ascending", "descending"):
            button.click()
            shown = dates()
            blank = [i for i, d in enumerate(shown) if not d.strip()]
            assert blank and blank == list(range(len(shown) - len(blank), len(shown))), shown
    finally:
        visit.close()


TARGET = "s-ru-transformation"


@pytest.mark.parametrize("width", [390, 1280])
def test_a_linked_statement_is_highlighted_below_the_fixed_header(browser, server, width):  # noqa: F811
    visit = Visit(browser, server, viewport={"width": width, "height": 800})
    try:
        page = visit.open(f"{MEETING}#{TARGET}")
        page.wait_for_timeout(300)
        header = page.locator(".md-header").bounding_box()
        box = page.locator(f"#{TARGET}").bounding_box()
        style = "id => getComputedStyle(document.getElementById(id)).backgroundColor"
        highlighted = page.evaluate(style, TARGET)
        other = page.evaluate(style, "s-rok-contribution")
    finally:
        visit.close()
    assert box["y"] >= header["y"] + header["height"], f"the statement starts under the header: {box}, header {header}"
    assert box["y"] < 800
    assert highlighted != other, f"the linked statement is not highlighted ({highlighted} like the others)"


def test_decisions_are_at_least_as_prominent_as_statements(browser, server):  # noqa: F811
    visit = Visit(browser, server)
    try:
        page = visit.open(MEETING)
        size = "selector => parseFloat(getComputedStyle(document.querySelector(selector)).fontSize)"
        decision = page.evaluate(size, ".record-decision .record-text p")
        statement = page.evaluate(size, ".record-statement .record-text p")
        state = page.evaluate(size, ".record-decision .record-state")
    finally:
        visit.close()
    assert decision >= statement
    assert state >= statement


def test_the_agenda_shows_the_minutes_numbers_only(browser, server):  # noqa: F811
    visit = Visit(browser, server)
    try:
        page = visit.open(MEETING)
        markers = page.evaluate("""() => [...document.querySelectorAll('#agenda + ol li')]
            .map(li => getComputedStyle(li).listStyleType)""")
        first = page.locator("#agenda + ol > li > a").first.inner_text()
    finally:
        visit.close()
    assert markers and set(markers) == {"none"}
    assert first.startswith("1. ")


def test_an_inference_opens_on_a_click(browser, server):  # noqa: F811
    visit = Visit(browser, server)
    try:
        page = visit.open("documents/")
        reason = page.locator("details.record-inferred .record-inferred__reason").first
        assert not reason.is_visible()
        page.locator("details.record-inferred summary").first.click()
        assert reason.is_visible()
    finally:
        visit.close()


def _switch_to(page, name: str) -> None:
    page.locator(".md-header__option .md-select").hover()
    page.get_by_role("link", name=name).click()


def test_the_language_switcher_keeps_the_anchor(browser, server):  # noqa: F811
    visit = Visit(browser, server)
    try:
        page = visit.open(f"{MEETING}#{TARGET}")
        _switch_to(page, "Қазақша")
        page.wait_for_url(f"{server}kk/{MEETING}#{TARGET}")
        # and an anchor reached on the page itself (a permalink followed) is kept too
        page.locator("#s-rok-contribution .record-permalink").click()
        _switch_to(page, "Русский")
        page.wait_for_url(f"{server}ru/{MEETING}#s-rok-contribution")
        assert page.locator("html").get_attribute("lang") == "ru"
    finally:
        visit.close()


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def root_server(mini_site):
    """The site built for /cica-record/, served at a domain root."""
    with serving(mini_site, Quiet) as address:
        yield address


@pytest.mark.parametrize("start, name, lang", [("", "Қазақша", "kk"), ("kk/", "Русский", "ru"), ("ru/", "English", "en")])
def test_the_home_pages_switcher_works_at_a_domain_root(browser, root_server, start, name, lang):
    visit = Visit(browser, root_server)
    try:
        page = visit.open(start)
        _switch_to(page, name)
        page.wait_for_load_state("networkidle")
        assert page.url == root_server + LANGS[lang]
        assert page.locator("html").get_attribute("lang") == lang
    finally:
        visit.close()
