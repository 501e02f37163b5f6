"""Sources, disagreements, announced meetings, unknown days and history, on the built fixture site.

A meeting known from reports cites a source for every fact and says so at the top; where sources
disagree, every version stands beside the others with its sources; an announced meeting is never
shown as held; a meeting whose day is unknown keeps its place in the sequence of its body; and
state, person, body and area pages show their history across meetings. Expectations come from
tests/fixtures/mini and the translation tables.
"""

from __future__ import annotations

import pytest

from conftest import FIXTURE_DATA
from site_reading import LANGUAGES, load_yaml, page, prefix, split, squash, table

pytestmark = pytest.mark.site

REPORTED = "meetings/2021/soc-2021-06-23/"
UNDATED = "meetings/2021/soc-2021-09/"
ANNOUNCED = "meetings/2024/mc-2024-06/"
REPORTED_FILE = FIXTURE_DATA / "meetings" / "2021-06-23-soc.yaml"


def sources() -> dict[str, dict]:
    return {s["id"]: s for s in load_yaml(FIXTURE_DATA / "sources.yaml")["sources"]}


def in_lang(lang: str, path: str) -> str:
    return prefix(lang) + path


def fact_cell(built, key: str):
    label = table(built.root.get("lang"))["facts"][key]
    cells = [tr.xpath("./td")[0] for tr in built.article.xpath(".//table[contains(@class, 'record-facts')]//tr")
             if squash("".join(tr.xpath("./th//text()"))) == label]
    assert cells, f"{built.url}: no row {label!r} in the facts table"
    return cells[0]


def source_item(built, mark):
    """The entry of the page's list of sources that a citation mark links to."""
    path, anchor = split(mark.get("href"))
    assert not path, f"{built.url}: the mark {mark.get('href')!r} leaves the page"
    return built.by_id(anchor)


def section_entries(heading) -> list:
    """The list items or blocks between an <h2> and the next one."""
    entries = []
    node = heading.getnext()
    while node is not None and node.tag != "h2":
        entries += node.xpath("./li") if node.tag == "ul" else [node]
        node = node.getnext()
    return entries


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("fact", ["date", "format", "chair"])
def test_each_fact_of_a_reported_meeting_cites_its_sources(mini_site, lang, fact):
    """The marks after a fact lead to the sources its `cite` names, each listed with its address."""
    built = page(mini_site, in_lang(lang, REPORTED))
    cited = load_yaml(REPORTED_FILE)["cite"][fact]
    cited = [cited] if isinstance(cited, str) else cited
    marks = fact_cell(built, "chair_chair" if fact == "chair" else fact).xpath(".//sup[@class='record-cite']/a")
    assert len(marks) == len(cited), f"{built.url}: {fact} has {len(marks)} source marks, the data cites {cited}"
    for mark, source_id in zip(marks, cited):
        item = source_item(built, mark)
        url = sources()[source_id].get("url")
        if url:
            assert url in [a.get("href") for a in item.iter("a")], f"{built.url}: {mark.get('href')} does not link {url}"
        supports = table(lang)["supports"][fact]
        assert supports in squash(item.text_content()), f"{built.url}: {mark.get('href')} does not say it supports {supports!r}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_topic_decision_offer_and_paragraph_of_a_reported_meeting_has_a_mark(mini_site, lang):
    built = page(mini_site, in_lang(lang, REPORTED))
    for section in ("topics", "decisions-reported", "offers", "reports"):
        entries = section_entries(built.by_id(section))
        assert entries, f"{built.url}#{section} is empty"
        for entry in entries:
            assert entry.xpath(".//sup[@class='record-cite']"), f"{built.url}#{section}: an entry without a source mark"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_reported_meeting_says_so_first_and_a_minutes_meeting_does_not(mini_site, lang):
    banner = table(lang)["known_from"]["reports"]
    reported = page(mini_site, in_lang(lang, REPORTED))
    first = reported.article.xpath(".//h1/following-sibling::*[1]")[0]
    assert banner in squash(first.text_content()), f"{reported.url}: the first thing after the title is not {banner!r}"
    minutes = page(mini_site, in_lang(lang, "meetings/2023/soc-2023-12-12/"))
    assert banner not in minutes.text(), f"{minutes.url} claims to be known from reports"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_source_title_is_marked_as_ours_unless_it_is_the_headline(mini_site, lang):
    built = page(mini_site, in_lang(lang, REPORTED))
    ours = table(lang)["notes"]["our_description"]
    items = {li.get("id"): squash(li.text_content()) for li in built.article.xpath(".//ol[@class='record-sources']/li")}
    assert ours in items["src-test-report"]
    assert ours not in items["src-test-release"] and "SOC held online" in items["src-test-release"]
    headline = built.article.xpath(".//li[@id='src-test-release']//q")
    assert headline and squash(headline[0].text_content()) == "SOC held online", "a headline is not quoted as such"
    cited_in = table(lang)["notes"]["cited_in"]
    assert cited_in in items["src-test-wire"], "a source without an address does not say where it is cited"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", [REPORTED, "states/kr/"])
def test_versions_stand_side_by_side_with_their_sources(mini_site, lang, path):
    """The disagreement on the meeting's format: on its meeting's page and on the page it concerns."""
    data = load_yaml(REPORTED_FILE)["disagreements"][0]
    built = page(mini_site, in_lang(lang, path))
    section = built.by_id("v-" + data["id"])
    versions = section.xpath(".//div[@class='record-version']")
    assert len(versions) == len(data["versions"]) == 2
    release = sources()["test-release"]["url"]
    assert release in [a.get("href") for a in versions[0].iter("a")], f"{built.url}: version 1 does not link its source"
    assert "Wire item" in squash(versions[1].text_content()), f"{built.url}: version 2 does not name its source"
    if path == REPORTED:
        mark = fact_cell(built, "format").xpath(".//a[@class='record-disputed']")
        assert [a.get("href") for a in mark] == ["#v-" + data["id"]], f"{built.url}: the format does not point to its versions"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_announced_meeting_is_never_shown_as_held(mini_site, lang):
    words = table(lang)
    announced = words["meeting_statuses"]["announced"]
    built = page(mini_site, in_lang(lang, ANNOUNCED))
    assert announced in squash(built.article.xpath(".//h1/following-sibling::*[1]")[0].text_content())
    assert not built.root.xpath("//*[@id='decisions-reported' or @id='agenda']")
    index = page(mini_site, in_lang(lang, "meetings/"))
    labels = [squash(a.text_content()) for a, target in index.links(index.article) if target == in_lang(lang, ANNOUNCED)]
    assert labels and all(f"({announced})" in label for label in labels), f"{index.url}: {labels}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_meeting_with_an_unknown_day_keeps_its_place(mini_site, lang):
    built = page(mini_site, in_lang(lang, UNDATED))
    assert table(lang)["notes"]["day_not_known"] in squash(fact_cell(built, "date").text_content())
    previous = {target for _, target in built.links(fact_cell(built, "previous"))}
    following = {target for _, target in built.links(fact_cell(built, "next"))}
    assert previous == {in_lang(lang, REPORTED)} and following == {in_lang(lang, "meetings/2023/soc-2023-12-05/")}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path, expected", [
    ("states/ru/", {REPORTED, "decisions/soc-2021-06-23/ru-chairmanship/"}),  # chairmanship, handover, its decision
    ("states/sa/", {"decisions/mc-2023-12-26-saudi-observer/"}),  # the status with the decision that gave it
    ("priority-areas/environment-protection/", {REPORTED, "decisions/soc-2021-06-23/kr-coordinator/"}),
    ("people/test-chair/", {REPORTED}),  # the meeting chaired
    ("bodies/soc/", {REPORTED, UNDATED, "meetings/2023/soc-2023-12-12/"}),
])
def test_history_across_meetings(mini_site, lang, path, expected):
    built = page(mini_site, in_lang(lang, path))
    assert squash(built.by_id("history").text_content()) == table(lang)["sections"]["history"]
    listed = {split(target)[0] for _, target in built.links(built.by_id("history").getnext())}
    missing = {in_lang(lang, p) for p in expected} - listed
    assert not missing, f"{built.url}: the history does not link {sorted(missing)}; it links {sorted(listed)}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_source_says_what_it_supports_on_a_state_page(mini_site, lang):
    """Not one 'Source' for the whole page: the SA page's sources each name the facts they support."""
    built = page(mini_site, in_lang(lang, "states/sa/"))
    words = table(lang)["supports"]
    items = {li.get("id"): squash(li.text_content()) for li in built.article.xpath(".//ol[@class='record-sources']/li")}
    assert words["names"] in items["src-test-source"] and words["status"] not in items["src-test-source"]
    assert words["status"] in items["src-test-report"] and words["status"] in items["src-tst-2023-i-inf-1"]
