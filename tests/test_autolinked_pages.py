"""The shipped record's built pages link what their texts name: a state once in a statement, the
address a statement quotes, and nothing in our own notes (the rules themselves: test_autolink.py)."""

from __future__ import annotations

import re

import pytest

from site_reading import page, squash

pytestmark = pytest.mark.site

STATEMENT = "s-ru-transformation-volunteerism"  # data/meetings/2023-12-12-soc.yaml: "Russia" four times
CHAIR_BRIEFING = "s-chair-briefing-2023"  # ends "(https://www.s-cica.org/docs/1026068064657942c1bf901.pdf)."


def test_a_shipped_statement_links_a_state_once(real_site):
    meeting = page(real_site, "meetings/2023/soc-2023-12-12/")
    text = meeting.by_id(STATEMENT).xpath(".//div[contains(@class, 'record-text')]")[0]
    assert len(re.findall(r"\bRussia\b", squash(text.text_content()))) == 4  # the data this test relies on
    to_russia = [a for a, target in meeting.links(text) if target == "states/ru/"]
    assert len(to_russia) == 1 and squash(to_russia[0].text_content()) == "Russia"


def test_a_shipped_statement_links_the_address_it_quotes(real_site):
    meeting = page(real_site, "meetings/2023/soc-2023-12-12/")
    statement = meeting.by_id(CHAIR_BRIEFING)
    (anchor,) = [a for a in statement.iter("a") if a.get("rel") == "external"]
    assert anchor.get("href") == "https://www.s-cica.org/docs/1026068064657942c1bf901.pdf"
    assert (anchor.tail or "").startswith(").")


def test_notes_and_inference_reasons_stay_unlinked(real_site):
    document = page(real_site, "documents/soc/2023-iii/dec/1/")
    notes = document.article.xpath(".//div[contains(@class, 'admonition')]")
    assert any("SOC/2023-III/DEC/2" in squash(note.text_content()) for note in notes)  # the data relied on
    assert not [a for note in notes for a in note.iter("a")]
