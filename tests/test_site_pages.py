"""The built pages of the record, read as HTML: every page in every language,
links both ways, linked names in narrative text, the language switcher and
sitemap, dates, and no English left on Kazakh pages (escaping: test_site_escaping.py).

Expectations come from tests/fixtures/mini and the translation tables, never
from the build's own output.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import material
import pytest

from conftest import FIXTURE_DATA, ROOT
from site_reading import (
    LANGUAGES, REL_ALTERNATE, SITE_URL, data_files, file_of, html_files, load_yaml, page, parse_xml, prefix, resolve, split,
    squash, strings, table, url_of, walk, without,
)

pytestmark = pytest.mark.site

MEETING = "meetings/2023/soc-2023-12-12/"
TOOK_NOTE = "decisions/soc-2023-12-12/took-note-plan/"
SAUDI = "decisions/soc-2023-12-12/saudi-observer/"
DRAFT = "documents/tst/2023-i/draft/1/rev.1/"
AREA = "priority-areas/environment-protection/"

ENTITY_PAGES = [
    MEETING,
    TOOK_NOTE,
    "documents/tst/2023-i/dec/1/",
    DRAFT,
    "documents/notst/1/",  # NºTST/1
    "states/kz/",
    "organisations/sco/",
    "people/test-chair/",
    "bodies/soc/",
    "dimensions/environmental/",
    AREA,
    "events/test-forum/",
]
INDEX_PAGES = [
    "meetings/", "documents/", "decisions/", "states/", "dimensions/",
    "organisations/", "people/", "bodies/", "events/",
]
RECORD_FOLDERS = [
    "meetings", "decisions", "documents", "states", "organisations", "people",
    "bodies", "dimensions", "priority-areas", "events",
]

MEETING_FILE = FIXTURE_DATA / "meetings" / "2023-12-12-soc.yaml"
ANCHOR_PREFIXES = ("item-", "s-", "d-")


def fixture_states() -> dict[str, dict]:
    return {s["id"]: s for s in load_yaml(FIXTURE_DATA / "states.yaml")["states"]}


def paths(targets: set[str]) -> set[str]:
    """The pages a set of link targets reaches, fragments dropped."""
    return {split(t)[0] for t in targets}


def in_lang(lang: str, path: str) -> str:
    return prefix(lang) + path


# --- 1. every page kind in every language -----------------------------------------


@pytest.mark.parametrize("path", ENTITY_PAGES + INDEX_PAGES)
def test_page_exists_in_every_language(mini_site, path):
    missing = [in_lang(lang, path) for lang in LANGUAGES if file_of(mini_site, in_lang(lang, path)) is None]
    assert not missing, f"not built: {', '.join(p + 'index.html' for p in missing)}"
    for lang in LANGUAGES:
        built = page(mini_site, in_lang(lang, path))
        assert built.root.get("lang") == lang, f"{built.url}: <html lang={built.root.get('lang')!r}>, expected {lang!r}"
        headings = built.article.xpath(".//h1")
        assert headings and squash(headings[0].text_content()), f"{built.url}: the page has no title (<h1>)"


# --- 2. cross-links, both ways ---------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_statement_links_to_its_speaker_and_the_speaker_back(mini_site, lang):
    name = fixture_states()["RU"]["name"][lang]
    meeting = page(mini_site, in_lang(lang, MEETING))
    statement = meeting.by_id("s-ru-transformation")
    speaker_links = [a for a, target in meeting.links(statement)
                     if target == in_lang(lang, "states/ru/") and squash(a.text_content()) == name]
    assert speaker_links, (f"{meeting.url}#s-ru-transformation: no link named {name!r} to {in_lang(lang, 'states/ru/')}; "
                           f"links: {sorted(meeting.targets(statement))}")

    state = page(mini_site, in_lang(lang, "states/ru/"))
    expected = in_lang(lang, MEETING) + "#s-ru-transformation"
    assert expected in state.targets(state.article), (
        f"{state.url} does not link to the statement {expected}; links: {sorted(state.targets(state.article))}")


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("other", [MEETING, DRAFT, AREA], ids=["meeting", "draft", "area"])
def test_decision_and_its_meeting_draft_and_area_link_both_ways(mini_site, lang, other):
    decision = page(mini_site, in_lang(lang, TOOK_NOTE))
    forward = paths(decision.targets(decision.article))
    assert in_lang(lang, other) in forward, f"{decision.url} does not link to {in_lang(lang, other)}; links: {sorted(forward)}"

    target = page(mini_site, in_lang(lang, other))
    back = paths(target.targets(target.article))
    assert in_lang(lang, TOOK_NOTE) in back, f"{target.url} does not link back to {in_lang(lang, TOOK_NOTE)}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_decision_links_to_its_agenda_item(mini_site, lang):
    """took-note-plan stands under agenda item 2: its page links to that item's heading on the meeting page."""
    meeting = page(mini_site, in_lang(lang, MEETING))
    heading_start = table(lang)["labels"]["item_heading"].format(number="2")
    headings = [h for h in meeting.article.xpath(".//h2[@id] | .//h3[@id]")
                if squash(h.text_content()).startswith(heading_start + " ")]
    assert len(headings) == 1, f"{meeting.url}: expected one heading for agenda item 2, found {len(headings)}"
    expected = in_lang(lang, MEETING) + "#" + headings[0].get("id")

    decision = page(mini_site, in_lang(lang, TOOK_NOTE))
    assert expected in decision.targets(decision.article), (
        f"{decision.url} has no link to its agenda item {expected}; "
        f"the 'agenda item' row reads: {_fact_row(decision, 'item')!r}")


def _fact_row(built, key: str) -> str:
    label = table(built.root.get("lang"))["facts"][key]
    rows = [squash("".join(tr.xpath("./td//text()"))) for tr in built.article.xpath(".//tr")
            if squash("".join(tr.xpath("./th//text()"))) == label]
    return rows[0] if rows else "(no such row)"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_priority_area_lists_its_coordinator_and_the_state_lists_the_area(mini_site, lang):
    area = page(mini_site, in_lang(lang, AREA))
    roles = {(r["role"], r.get("state")) for r in load_yaml(FIXTURE_DATA / "dimensions.yaml")["dimensions"][0]["areas"][0]["roles"]}
    assert ("coordinator", "KZ") in roles  # the fixture this test relies on
    coordinator = table(lang)["roles"]["coordinator"]
    items = [li for li in area.article.xpath(".//li") if coordinator in squash(li.text_content())]
    assert any(in_lang(lang, "states/kz/") in area.targets(li) for li in items), (
        f"{area.url}: no list item naming the {coordinator!r} links to {in_lang(lang, 'states/kz/')}")

    state = page(mini_site, in_lang(lang, "states/kz/"))
    assert in_lang(lang, AREA) in paths(state.targets(state.article)), f"{state.url} does not list {in_lang(lang, AREA)}"


# --- 3. names and symbols in narrative text become links --------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("statement, words, target", [
    ("s-ru-transformation", "TST/2023-I/DRAFT/1/Rev.1", DRAFT),
    ("s-ru-transformation", "Kazakhstan", "states/kz/"),
    ("s-rok-contribution", "RoK", "states/kr/"),  # an alias of KR in states.yaml
    ("s-sg-brief", "SCO", "organisations/sco/"),  # an organisation's short name
])
def test_names_and_symbols_in_statement_text_are_linked(mini_site, lang, statement, words, target):
    meeting = page(mini_site, in_lang(lang, MEETING))
    element = meeting.by_id(statement)
    assert words in meeting.text(element), f"{meeting.url}#{statement} does not show {words!r}"
    linked = {target_url for a, target_url in meeting.links(element) if squash(a.text_content()) == words}
    assert linked == {in_lang(lang, target)}, (
        f"{meeting.url}#{statement}: {words!r} should be one link to {in_lang(lang, target)}, links: {sorted(linked)}")


def test_a_symbol_is_linked_whole_not_by_its_prefix(mini_site):
    """TST/2023-I/DRAFT/1 is a document too: the longer symbol must not link to it."""
    meeting = page(mini_site, MEETING)
    element = meeting.by_id("s-ru-transformation")
    wrong = [squash(a.text_content()) for a, target in meeting.links(element)
             if target == "documents/tst/2023-i/draft/1/"]
    assert not wrong, f"{meeting.url}#s-ru-transformation links {wrong} to TST/2023-I/DRAFT/1"


# --- 5. the language switcher and the sitemap point to the same entity ----------------------


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", ["states/kz/", MEETING, TOOK_NOTE, DRAFT, "states/"])
def test_language_switcher_points_to_the_same_entity(mini_site, lang, path):
    built = page(mini_site, in_lang(lang, path))
    expected = {other: in_lang(other, path) for other in LANGUAGES}
    places = {
        '<link rel="alternate"> in <head>': built.root.xpath(f"/html/head/link[{REL_ALTERNATE}][@hreflang]"),
        ".md-select__link switcher": built.root.xpath("//a[contains(concat(' ', @class, ' '), ' md-select__link ')][@hreflang]"),
    }
    for place, elements in places.items():
        found = {}
        for element in elements:
            found[element.get("hreflang")] = resolve(built.url, element.get("href"))
        assert found == expected, f"{built.url}: {place} gives {found}, expected {expected}"


def _sitemap(site):
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    tree = parse_xml(site / "sitemap.xml")
    entries = {}
    for url in tree.getroot().findall("s:url", ns):
        loc = url.findtext("s:loc", namespaces=ns)
        entries[loc] = {link.get("hreflang"): link.get("href") for link in url.findall("x:link", ns)
                        if link.get("rel") == "alternate"}
    return entries


@pytest.mark.parametrize("path", ["states/kz/", MEETING, TOOK_NOTE])
def test_sitemap_lists_generated_pages_with_their_alternates(mini_site, path):
    entries = _sitemap(mini_site)
    expected = {lang: SITE_URL + in_lang(lang, path) for lang in LANGUAGES}
    for lang in LANGUAGES:
        loc = SITE_URL + in_lang(lang, path)
        assert loc in entries, f"sitemap.xml has no <url> for {loc}"
        assert entries[loc] == expected, f"sitemap.xml: {loc} has alternates {entries[loc]}, expected {expected}"


# --- 6. dates in each language ------------------------------------------------------------

MEETING_DATE = {"en": "12 December 2023", "ru": "12 декабря 2023 г.", "kk": "2023 жылғы 12 желтоқсан"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_meeting_date_in_each_language(mini_site, lang):
    meeting = page(mini_site, in_lang(lang, MEETING))
    title = squash(meeting.article.xpath(".//h1")[0].text_content())
    assert title.endswith(", " + MEETING_DATE[lang]), f"{meeting.url}: title {title!r} does not end with the date {MEETING_DATE[lang]!r}"
    assert MEETING_DATE[lang] in _fact_row(meeting, "date"), f"{meeting.url}: date row reads {_fact_row(meeting, 'date')!r}"


# Astana time was UTC+6 until 1 March 2024 and UTC+5 since: the offset is part of the deadline.
DEADLINES = {
    "saudi-observer": ("2023-12-26T12:00+06:00", "UTC+6",
                       {"en": "26 December 2023", "ru": "26 декабря 2023 г.", "kk": "2023 жылғы 26 желтоқсан"}),
    "partnership-silence": ("2024-03-15T18:00+05:00", "UTC+5",
                            {"en": "15 March 2024", "ru": "15 марта 2024 г.", "kk": "2024 жылғы 15 наурыз"}),
}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("decision_id", DEADLINES)
@pytest.mark.parametrize("where", ["decision", "meeting"])
def test_deadline_in_each_language_with_its_utc_offset(mini_site, lang, decision_id, where):
    decision = next(p for item in load_yaml(MEETING_FILE)["agenda"] for p in item.get("proceedings", [])
                    if p.get("id") == decision_id)
    deadline = decision["deadline"]
    stamp, offset, day = DEADLINES[decision_id]
    words = table(lang)
    expected = words["dates"]["deadline"].format(
        date=day[lang], time=deadline["time"], zone=words["zones"][deadline["zone"].replace("/", "_")], offset=offset)
    if lang == "en":
        assert expected == f"{day['en']}, {deadline['time']} Astana time ({offset})"
    path = f"decisions/soc-2023-12-12/{decision_id}/" if where == "decision" else MEETING
    built = page(mini_site, in_lang(lang, path))
    times = built.article.xpath(".//time[@datetime=$stamp]", stamp=stamp)
    all_times = [(t.get("datetime"), squash(t.text_content())) for t in built.article.iter("time")]
    assert times, f"{built.url}: no <time datetime='{stamp}'>; times: {all_times}"
    assert [squash(t.text_content()) for t in times] == [expected] * len(times), f"{built.url}: {all_times}, expected {expected!r}"


# --- 7. no English word on a Russian or Kazakh page ------------------------------------------

SITE_DATA = {"mini_site": FIXTURE_DATA, "real_site": ROOT / "data"}
THEME_LANGUAGES = Path(material.__file__).parent / "templates" / "partials" / "languages"


@lru_cache(maxsize=None)
def theme_strings(lang: str) -> tuple[str, ...]:
    """The theme's own words in `lang` (its language file; Kazakh is ours, in overrides/)."""
    file = (ROOT / "overrides" / "partials" / "languages" / "kk.html") if lang == "kk" else THEME_LANGUAGES / f"{lang}.html"
    return tuple(re.findall(r'^\s*"[\w.]+": "(.*)",?$', file.read_text(encoding="utf-8"), re.M))


@lru_cache(maxsize=None)
def english_words(lang: str) -> frozenset[str]:
    """Words of 4+ letters that the English tables (ours and the theme's) say and those of `lang` never do."""
    def words(values) -> set[str]:
        return {w.casefold() for v in values for w in re.findall(r"[A-Za-z]+", re.sub(r"\{[^}]*\}", " ", v))}
    english = words(strings(table("en"))) | words(theme_strings("en"))
    other = words(strings(table(lang))) | words(theme_strings(lang))
    return frozenset({w for w in english if len(w) >= 4} - other)


@lru_cache(maxsize=None)
def allowed_values(data: Path) -> tuple[str, ...]:
    """Values from the data that stay as they are in every language: document symbols, URLs, and names
    written the same in Russian or Kazakh as in English (The Astana Times, News Central Asia)."""
    values = set()
    for file in data_files(data):
        for node in walk(load_yaml(file)):
            for key in ("symbol", "url"):
                if isinstance(node.get(key), str):
                    values.add(node[key])
            if isinstance(node.get("en"), str) and node["en"] in (node.get("ru"), node.get("kk")):
                values.update({node["en"], node["en"].split(" (")[0]})  # "News Central Asia (nCa)"
    return tuple(sorted(values, key=len, reverse=True))


# What a reader of the page sees or hears, region by region: its title, the header (site name, tabs, search, language
# switcher), the navigation, the article, the footer, every tooltip and label a screen reader speaks, and the
# theme's messages that its scripts show (search results, "copied"). Code, and text marked lang="en", aside.
READ_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt")
QUIET_DATA = ("data-md-", "data-sort", "data-css", "data-lunr")


def reader_text(built) -> dict[str, str]:
    root = without(built.root, "//script[not(@id='__config')] | //style | //svg | //code | //pre"
                               " | //*[@lang='en' or starts-with(@lang, 'en-')][not(self::html)]")
    regions = {
        "<title>": " ".join(root.xpath("/html/head/title/text()")),
        "description": " ".join(root.xpath("/html/head/meta[@name='description']/@content")),
        "header": " ".join(e.text_content() for e in root.xpath("//header")),
        "navigation": " ".join(e.text_content() for e in root.xpath("//nav[not(ancestor::header)]")),
        "article": " ".join(e.text_content() for e in root.xpath("//article")),
        "footer": " ".join(e.text_content() for e in root.xpath("//footer")),
        "tooltips and labels": " ".join(root.xpath("|".join(f"//@{name}" for name in READ_ATTRIBUTES))),
        "scripted messages": " ".join(
            [str(a) for a in root.xpath("//@*[starts-with(name(), 'data-')]") if not a.attrname.startswith(QUIET_DATA)]
            + [str(v) for text in root.xpath("//script[@id='__config']/text()")
               for v in json.loads(text).get("translations", {}).values()]),
    }
    # Text that exists only in English is marked so in the article; where markup cannot say so (the <title>,
    # the table of contents) it stands unmarked, and counts as marked.
    regions = {region: squash(text) for region, text in regions.items()}
    marked = {squash(e.text_content()) for e in built.article.xpath(".//*[@lang='en' or starts-with(@lang, 'en-')]")}
    for region in ("<title>", "header", "navigation"):
        for text in sorted(filter(None, marked), key=len, reverse=True):
            regions[region] = regions[region].replace(text, " ")
    return regions


# Names that stay as written in every language: file names, web addresses, identifiers (cica-facts.md,
# search.js, data/en, country-list), a title in Latin letters quoted in Russian or Kazakh prose
# («SME Landscape in Asia»), and a scripted message's {placeholders}.
AS_WRITTEN = re.compile(r"\{\w+\}|\S*[./]\S*|[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)+|«[^«»\u0400-\u04ff]*»")


def english_in(built, lang: str, data: Path = FIXTURE_DATA) -> dict[str, str]:
    """English words of the interface anywhere a reader of the page meets them, each with where it stands."""
    vocabulary = english_words(lang)
    found = {}
    for region, text in reader_text(built).items():
        for value in allowed_values(data):
            text = text.replace(value, " ")
        text = AS_WRITTEN.sub(" ", text)
        for match in re.finditer(r"[^\W\d_]+", text):
            if match.group(0).casefold() in vocabulary and match.group(0) not in found:
                found[match.group(0)] = f"{region}: …" + text[max(0, match.start() - 40):match.end() + 40] + "…"
    return found


def language_pages(site, lang: str) -> list[str]:
    """Every HTML page of one language: the record's pages, home, About, the guide, 404 and the rest."""
    others = tuple(prefix(other) for other in LANGUAGES if other != lang and prefix(other))
    urls = [url_of(site, f) for f in html_files(site / prefix(lang))] if prefix(lang) else [
        url_of(site, f) for f in html_files(site)]
    return sorted(url for url in urls if not url.startswith(others))


def test_english_word_check_finds_english_on_english_pages(mini_site):
    """The check below can fail: run on the English pages, it finds English words on every one, and in every
    region of a page: its title, header, navigation, article, footer, tooltips and scripted messages."""
    assert "meeting" in english_words("kk") and "source" in english_words("ru")
    pages = language_pages(mini_site, "en")
    assert len(pages) >= len(ENTITY_PAGES) + len(INDEX_PAGES) + 4  # + home, About, guide, 404
    for lang in ("ru", "kk"):
        silent = [url for url in pages if not english_in(page(mini_site, url), lang)]
        assert not silent, f"the check for {lang} finds no English word on these English pages: {silent}"
        state = page(mini_site, "states/kz/")
        for region, text in reader_text(state).items():
            words = [w for w in re.findall(r"[^\W\d_]+", text) if w.casefold() in english_words(lang)]
            assert words, f"the check for {lang} sees no English word in the {region} of {state.url}: {text!r}"


@pytest.mark.parametrize("lang", ["ru", "kk"])
@pytest.mark.parametrize("site", ["mini_site", "real_site"])
def test_no_english_word_on_any_russian_or_kazakh_page(request, site, lang):
    built_site = request.getfixturevalue(site)
    pages = language_pages(built_site, lang)
    assert [url[len(prefix(lang)):] for url in pages] == language_pages(built_site, "en")
    own = {w.casefold() for v in strings(table(lang)) for w in re.findall(r"[^\W\d_]{4,}", v)} - english_words(lang)
    unseen = [url for url in pages
              if not any(w.casefold() in own for w in re.findall(r"[^\W\d_]+", page(built_site, url).text()))]
    assert not unseen, f"the check saw no word of the {lang} table on these pages: {unseen}"
    found = {url: english_in(page(built_site, url), lang, SITE_DATA[site]) for url in pages}
    found = {url: words for url, words in found.items() if words}
    report = "\n".join(f"{url}: {word!r} in {where!r}" for url, words in found.items() for word, where in words.items())
    assert not found, f"English words on {len(found)} {lang} pages (not marked lang=\"en\"):\n{report}"


# --- 9. meeting anchors are the same in every language ----------------------------------------


def test_meeting_anchors_are_the_same_in_every_language(mini_site):
    data = load_yaml(MEETING_FILE)
    anchors = {}
    for lang in LANGUAGES:
        built = page(mini_site, in_lang(lang, MEETING))
        anchors[lang] = {i for i in built.ids() if i.startswith(ANCHOR_PREFIXES)}
    assert anchors["ru"] == anchors["en"], f"ru differs from en: {sorted(anchors['ru'] ^ anchors['en'])}"
    assert anchors["kk"] == anchors["en"], f"kk differs from en: {sorted(anchors['kk'] ^ anchors['en'])}"

    # and they are there at all: one per agenda item, statement and decision of the fixture
    proceedings = [p for item in data["agenda"] for p in item.get("proceedings", [])]
    statements = {"s-" + p["id"] for p in proceedings if p["type"] == "statement"}
    decisions = [p for p in proceedings if p["type"] == "decision"]
    items = {a for a in anchors["en"] if a.startswith("item-")}
    assert statements <= anchors["en"], f"missing statement anchors: {sorted(statements - anchors['en'])}"
    assert len(items) == len(data["agenda"]), f"agenda item anchors {sorted(items)} for {len(data['agenda'])} items"
    assert len({a for a in anchors["en"] if a.startswith("d-")}) == len(decisions)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_decision_is_named_by_its_title_on_its_page_and_in_lists(mini_site, lang):
    """The title from the data names the decision: its page heading, the <title>, and the decisions index."""
    entry = next(e for e in walk(load_yaml(FIXTURE_DATA / "meetings" / "2023-12-12-soc.yaml"))
                 if e.get("id") == "took-note-plan")
    title = entry["title"][lang]
    decision = page(mini_site, in_lang(lang, TOOK_NOTE))
    assert squash(decision.article.xpath(".//h1")[0].text_content()) == title
    assert squash(decision.root.findtext(".//title")).startswith(title)
    index = page(mini_site, in_lang(lang, "decisions/"))
    named = [a for a, target in index.links(index.article) if target == in_lang(lang, TOOK_NOTE)]
    assert [squash(a.text_content()) for a in named] == [title]


# --- 10. our own notes link nothing -----------------------------------------------------------


def test_notes_and_inference_reasons_carry_no_record_links(mini_site):
    """Our own notes and reasons name states and symbols (the fixture makes sure) but link none of them."""
    notes = {"states/sa/": "A note on the status", "organisations/hostile-org/": "A note naming Kazakhstan",
             TOOK_NOTE: "By agenda order", MEETING: "Our note: Russia and Kazakhstan"}
    for lang in LANGUAGES:
        for path, start in notes.items():
            built = page(mini_site, in_lang(lang, path))
            holders = [e for e in built.article.iter() if squash(e.text_content()).startswith(start)]
            assert holders, f"{built.url}: no element starts with {start!r}"
            innermost = holders[-1]
            links = [(squash(a.text_content()), a.get("href")) for a in innermost.iter("a")]
            assert not links, f"{built.url}: the note {start!r} carries links {links}"
