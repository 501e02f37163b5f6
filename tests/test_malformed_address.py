"""A /symbol/ address whose percent-encoding is broken (a % that begins no character, /symbol/%E0%A4%A/)
is answered on the 404 page: "not a valid address", in the page's language. It once threw "URI
malformed" in the browser and showed nothing."""

from __future__ import annotations

import pytest

from test_browser import LANGS, Visit, browser, server  # noqa: F401 (fixtures)

# The quotation marks each language opens and closes a quoted address with (English “”, Russian and Kazakh «»).
QUOTES = {"en": ("“", "”"), "ru": ("«", "»"), "kk": ("«", "»")}

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang, words", [("en", "is not a valid address"), ("ru", "недопустимый адрес"),
                                         ("kk", "жарамсыз мекенжай")])
@pytest.mark.parametrize("written", ["%E0%A4%A", "SOC/%/1", "%C0%AF"])
def test_a_broken_percent_encoding_is_not_a_valid_address(browser, server, lang, words, written):  # noqa: F811
    visit = Visit(browser, server)
    thrown: list[str] = []
    visit.page.on("pageerror", lambda error: thrown.append(str(error)))
    try:
        page = visit.open(LANGS[lang] + f"symbol/{written}/")
        message = page.locator("article .record-search-missing")
        message.wait_for(timeout=10000)
        said = message.inner_text()
        assert page.locator("article button.md-button").count() == 0  # nothing to search for
    finally:
        visit.close()
    assert thrown == []
    opening, closing = QUOTES[lang]
    assert said.startswith(f"{opening}{written}{closing}") and words in said
    assert visit.outside == [] and visit.violations == []


def test_a_long_address_that_is_not_valid_fits_a_phone(browser, server):  # noqa: F811
    visit = Visit(browser, server, viewport={"width": 320, "height": 640})
    try:
        page = visit.open("kk/symbol/" + "%E0%A4%A" * 20 + "/")
        page.locator("article .record-search-missing").wait_for(timeout=10000)
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
    finally:
        visit.close()
