"""The reader's pages (issue 8), read as HTML: a meeting at a glance, decisions whose
state and outcome say as of when and on which source, statements shown whole on the
pages of who made them, texts in another language marked, what is known of decision
documents, inferences said once, sources linked, and switcher links that work at
any site path.

Expectations come from tests/fixtures/mini and the translation tables; the HTML is only read.
Layout (phone widths, highlighting, the switcher's anchor) is tested in a browser:
test_browser_reading.py.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

import pytest

from conftest import FIXTURE_DATA
from site_reading import LANGUAGES, load_yaml, page, prefix, resolve, split, squash, table, walk

pytestmark = pytest.mark.site

MEETING = "meetings/2023/soc-2023-12-12/"
MEETING_FILE = FIXTURE_DATA / "meetings" / "2023-12-12-soc.yaml"
SAUDI = "decisions/soc-2023-12-12/saudi-observer/"
PENDING = "decisions/soc-2023-12-12/partnership-silence/"
MINUTES = "documents/tst/2023-i/inf/1/"
MINUTES_DATE = {"en": "16 January 2024", "ru": "16 января 2024 г.", "kk": "2024 жылғы 16 қаңтар"}
MEETING_DATE = {"en": "12 December 2023", "ru": "12 декабря 2023 г.", "kk": "2023 жылғы 12 желтоқсан"}
OUTCOME_DATE = {"en": "26 December 2023", "ru": "26 декабря 2023 г.", "kk": "2023 жылғы 26 желтоқсан"}


def in_lang(lang: str, path: str) -> str:
    return prefix(lang) + path


def agenda() -> list[dict]:
    return load_yaml(MEETING_FILE)["agenda"]


def proceedings(kind: str) -> list[tuple[dict, dict]]:
    """(agenda item, proceeding) for every proceeding of `kind` in the fixture meeting, in order."""
    return [(item, p) for item in agenda() for p in item.get("proceedings", []) if p["type"] == kind]


def decision_entry(decision_id: str) -> dict:
    return next(p for _, p in proceedings("decision") if p["id"] == decision_id)


def shown(text: dict, lang: str) -> str:
    """A text of the data as a page in `lang` shows it: in that language, else in the first it has."""
    return squash(text.get(lang) or next(text[code] for code in LANGUAGES if text.get(code)))


def words(lang: str, key: str, **values) -> str:
    """A text of the translation tables as a reader reads it (squashed: a no-break space is a space)."""
    node = table(lang)
    for part in key.split("."):
        node = node[part]
    return squash(node.format(**values) if values else node)


# --- the meeting at a glance -------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_meeting_lists_its_decisions_before_the_agenda(mini_site, lang):
    meeting = page(mini_site, in_lang(lang, MEETING))
    heading = meeting.by_id("decided")
    agenda_heading = meeting.by_id("agenda")
    order = [e for e in meeting.article.iter() if e in (heading, agenda_heading)]
    assert order == [heading, agenda_heading], f"{meeting.url}: the decisions are not listed before the agenda"
    summary = heading.getnext()
    items = summary.xpath("./li")
    decisions = proceedings("decision")
    assert len(items) == len(decisions), f"{meeting.url}: {len(items)} decisions listed, the meeting has {len(decisions)}"
    for li, (item, entry) in zip(items, decisions):
        targets = meeting.targets(li)
        page_url = in_lang(lang, f"decisions/soc-2023-12-12/{entry['id']}/")
        assert page_url in targets, f"{meeting.url}: {entry['id']} is not linked to its page; links {targets}"
        assert in_lang(lang, MEETING) + f"#d-{entry['id']}" in targets, f"{meeting.url}: no link to its place in the agenda"
        text = meeting.text(li)
        assert shown(entry["title"], lang) in text
        assert words(lang, f"decision_kinds.{entry['kind']}") in text
        state = words(lang, f"decision_states.{entry.get('state', 'taken')}")
        assert state in text, f"{meeting.url}: {entry['id']} does not say its state: {text!r}"
        assert words(lang, "labels.item_short", number=item["number"]) in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_agenda_is_numbered_as_the_minutes_number_it(mini_site, lang):
    """Sub-items stand under their item, each numbered once, by the minutes' own number."""
    meeting = page(mini_site, in_lang(lang, MEETING))
    outline = meeting.by_id("agenda").getnext()
    assert outline.tag == "ol"
    main = [i for i in agenda() if "(" not in i["number"]]
    top = outline.xpath("./li")
    assert len(top) == len(main)
    for li, item in zip(top, main):
        link_text = squash(li.xpath("./a")[0].text_content())
        assert link_text.startswith(words(lang, "labels.item_heading", number=item["number"]) + " ")
        subs = [i["number"] for i in agenda() if i["number"].startswith(item["number"] + "(")]
        nested = [squash(a.text_content()).split(" ")[0] for a in li.xpath("./ol/li/a")]
        assert nested == [words(lang, "labels.item_heading", number=n) for n in subs]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_counts_agenda_items_as_the_minutes_do(mini_site, lang):
    home = page(mini_site, in_lang(lang, ""))
    items = [i for i in agenda() if "(" not in i["number"]]
    statements = proceedings("statement")
    expected = words(lang, "home.latest_counts", items=len(items), statements=len(statements),
                     decisions=len(proceedings("decision")))
    assert expected in home.text(home.by_id("latest-meeting").getnext())


# --- decisions: state as the minutes left it, then the outcome ------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_decision_state_then_outcome_with_dates_and_sources(mini_site, lang):
    decision = page(mini_site, in_lang(lang, SAUDI))
    entry = decision_entry("saudi-observer")
    history = decision.by_id("state").getnext()
    steps = history.xpath("./li")
    assert len(steps) == 2, f"{decision.url}: expected the state at the meeting and the outcome"
    at_meeting, outcome = steps
    assert MEETING_DATE[lang] in decision.text(at_meeting)
    assert words(lang, "decision_states.awaiting-other-body") in decision.text(at_meeting)
    # as of when and on which source: the minutes, with their date
    assert in_lang(lang, MINUTES) in decision.targets(at_meeting)
    assert MINUTES_DATE[lang] in decision.text(at_meeting)
    # then what followed, whole, with its date and its source as a link
    assert outcome.get("id") == "outcome"
    assert OUTCOME_DATE[lang] in decision.text(outcome)
    assert shown(entry["outcome"]["text"], lang) in decision.text(outcome)
    assert words(lang, "labels.latest") in decision.text(outcome)
    assert words(lang, "labels.latest") not in decision.text(at_meeting)
    source = next(s for s in load_yaml(FIXTURE_DATA / "sources.yaml")["sources"] if s["id"] == entry["outcome"]["source"])
    assert [unquote(a.get("href")) for a in outcome.iter("a") if a.get("href", "").startswith("http")] == [source["url"]]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_says_as_of_when_and_on_which_source_a_decision_is_pending(mini_site, lang):
    home = page(mini_site, in_lang(lang, ""))
    pending = home.by_id("pending").getnext()
    rows = {li: {split(t)[0] for t in home.targets(li)} for li in pending.xpath("./li")}
    # a decision with a recorded outcome is not pending; one without is
    assert not [li for li, linked in rows.items() if in_lang(lang, SAUDI) in linked]
    found = [li for li, linked in rows.items() if in_lang(lang, PENDING) in linked]
    assert len(found) == 1
    row = home.text(found[0])
    assert MINUTES_DATE[lang] in row and in_lang(lang, MINUTES) in rows[found[0]]
    assert words(lang, "labels.no_outcome") in row
    assert found[0].xpath(".//time[@datetime='2024-03-15T18:00+05:00']")
    # every pending decision says as of when and on which source
    assert all(words(lang, "labels.no_outcome") in home.text(li) for li in rows)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", ["decisions/", "states/sa/", MEETING])
def test_outcome_texts_are_shown_whole(mini_site, lang, path):
    text = shown(decision_entry("saudi-observer")["outcome"]["text"], lang)
    assert len(text.split()) > 24  # longer than the excerpts pages once cut texts to
    built = page(mini_site, in_lang(lang, path))
    assert text in built.text(), f"{built.url} does not show the outcome whole"
    assert "…" not in built.text()


# --- statements in full on the pages of who made them -----------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_states_page_shows_its_statements_whole_by_meeting_with_permalinks(mini_site, lang):
    state = page(mini_site, in_lang(lang, "states/ru/"))
    section = state.article
    spoken = [(item, p) for item, p in proceedings("statement") if "RU" in p["by"]]
    assert len(spoken) >= 2
    assert any(len(shown(p["text"], lang).split()) > 24 for _, p in spoken)  # a long one is in the fixture
    quoted = section.xpath(".//*[@id='statements']/following-sibling::div[contains(@class, 'record-quoted')]")
    for item, p in spoken:
        permalink = in_lang(lang, MEETING) + "#s-" + p["id"]
        blocks = [q for q in quoted if permalink in state.targets(q)]
        assert len(blocks) == 1, f"{state.url}: statement {p['id']} not quoted once with its permalink"
        assert squash(shown(p["text"], lang)) in state.text(blocks[0]), f"{state.url}: {p['id']} is not shown whole"
    # by year and meeting, newest first, each meeting linked
    years = [h.get("id") for h in state.article.xpath(".//h3[starts-with(@id, 'statements-')]")]
    assert years == ["statements-2023", "statements-2020"]
    meetings = [split(t)[0] for h in state.article.xpath(".//h4") for t in state.targets(h)]
    assert meetings[:2] == [in_lang(lang, MEETING), in_lang(lang, "meetings/2020/soc-2020-06-15/")]


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_english_only_statements_carry_a_language_mark_on_other_pages(mini_site, lang):
    for path in ("states/ru/", MEETING):
        built = page(mini_site, in_lang(lang, path))
        texts = built.article.xpath(".//div[contains(@class, 'record-statement')]//div[contains(@class, 'record-text')]")
        assert texts
        for text in texts:
            assert text.get("lang") == "en", f"{built.url}: an English-only statement without lang='en'"
            marks = text.xpath(".//abbr[contains(@class, 'record-lang')]")
            assert [squash(m.text_content()) for m in marks] == ["EN"], f"{built.url}: no visible EN mark"
            assert marks[0].get("lang") == lang and marks[0].get("title") == words(lang, "languages.only_en")


def test_english_pages_carry_no_language_mark(mini_site):
    for path in ("states/ru/", MEETING):
        built = page(mini_site, path)
        assert not built.article.xpath(".//abbr[contains(@class, 'record-lang')]")


# --- documents -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_decision_document_says_what_is_known_of_it(mini_site, lang):
    """DEC/10 is a decision document of the meeting that no decision is linked to: the page says so
    and links the meeting's decisions that no decision document records."""
    document = page(mini_site, in_lang(lang, "documents/tst/2023-i/dec/10/"))
    text = document.text()
    assert words(lang, "notes.records_one_of") in text
    assert in_lang(lang, MEETING) in {split(t)[0] for t in document.targets(document.article)}
    unrecorded = [p["id"] for _, p in proceedings("decision") if not p.get("documents")]
    listed = document.by_id("candidates")
    assert [split(t)[0] for a, t in document.links(listed) if "/decisions/" in "/" + t] == [
        in_lang(lang, f"decisions/soc-2023-12-12/{d}/") for d in unrecorded]
    # a document linked to its decision says which instead
    recorded = page(mini_site, in_lang(lang, "documents/tst/2023-i/dec/1/"))
    assert words(lang, "notes.records_one_of") not in recorded.text()


# --- inferences, sources ------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path, reason_of", [
    (MEETING, "TST/2023-I/DRAFT/1"),  # in the meeting's register
    ("documents/tst/2023-i/draft/1/", "TST/2023-I/DRAFT/1"),
    ("decisions/soc-2023-12-12/took-note-plan/", "took-note-plan"),
])
def test_an_inference_is_said_once_quietly_with_its_reason_a_click_away(mini_site, lang, path, reason_of):
    entry = next(e for e in walk(load_yaml(MEETING_FILE)) if reason_of in (e.get("symbol"), e.get("id")))
    reason = shown(entry["inferred"][0]["reason"], lang)
    built = page(mini_site, in_lang(lang, path))
    assert not built.article.xpath(".//*[contains(@class, 'admonition') and contains(@class, 'warning')]")
    holders = [d for d in built.article.iter("details") if reason in squash(d.text_content())]
    assert len(holders) == 1, f"{built.url}: the reason {reason!r} is given {len(holders)} times"
    summary = squash(holders[0].find("summary").text_content())
    assert words(lang, "notes.inferred") in summary or words(lang, "notes.inferred_fact", fact="").rstrip(".: ") in summary
    assert reason not in summary  # one click away, not in the way
    assert squash(built.article.text_content()).count(reason) == 1


# --- the language switcher at any site path ----------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_switcher_links_are_relative(mini_site, lang):
    home = page(mini_site, in_lang(lang, ""))
    links = home.root.xpath("//a[contains(@class, 'md-select__link')][@hreflang]") + \
        home.root.xpath("/html/head/link[@rel='alternate'][@hreflang]")
    assert links
    for link in links:
        href = link.get("href")
        assert not href.startswith("/") and not re.match(r"\w+:", href), f"{home.url}: {href!r} depends on the site path"
        assert resolve(home.url, href) == in_lang(link.get("hreflang"), "")
