"""What the shipped site derives from its record holds on its pages, read off the data files, not the code
that derives it: the latest meeting shown is the latest held; no decision a later one answered is pending;
states' pages credit the meetings their officials chaired and the words their chairs spoke; announced
meetings say as of when, or that no report of them was found; no page names how the record was researched."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT
from site_reading import LANGUAGES, html_files, load_yaml, page, prefix, table, url_of

pytestmark = pytest.mark.site

# The words of translations/*.yaml's dates.as_of patterns that every precision shares.
AS_OF = {"en": "as of", "ru": "по состоянию на", "kk": "жағдай бойынша"}
MEETINGS = sorted((ROOT / "data" / "meetings").glob("*.yaml"))


def meeting_key(file: Path) -> str:
    entry = load_yaml(file)
    return entry.get("id") or f"{entry['body']}-{entry['date']}"


def meeting_url(file: Path) -> str:
    entry = load_yaml(file)
    return f"meetings/{entry['date'][:4]}/{meeting_key(file)}/"


def earliest(entry: dict) -> str:
    day = entry.get("not_before") or entry["date"]
    return day + "-01-01"[len(day) - 4:] if len(day) < 10 else day


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_home_pages_latest_meeting_is_the_latest_held_in_the_record(real_site, lang):
    home = page(real_site, prefix(lang))
    shown = {target for target in home.targets(home.by_id("latest-meeting").getnext())
             if target.startswith(f"{prefix(lang)}meetings/")}
    assert len(shown) == 1
    held = [(earliest(load_yaml(f)), f) for f in MEETINGS if load_yaml(f).get("status", "held") == "held"]
    newest = max(day for day, _ in held)
    assert shown <= {prefix(lang) + meeting_url(f) for day, f in held if day == newest}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_decision_a_later_decision_answered_is_pending_on_the_home_page(real_site, lang):
    answered = {f"decisions/{meeting_key(f)}/{d['id']}/"
                for f in MEETINGS for d in _decisions(load_yaml(f))
                if (d.get("outcome") or {}).get("decision") and (d["outcome"].get("answers") or "full") == "full"}
    assert answered, "the shipped record links outcomes to the decisions that answered them"
    home = page(real_site, prefix(lang))
    pending = home.by_id("pending").getnext()
    assert not {prefix(lang) + key for key in answered} & home.targets(pending)


def _decisions(entry: dict) -> list[dict]:
    return [*entry.get("decisions", ()),
            *(p for item in entry.get("agenda", ()) for p in item.get("proceedings", ()) if p.get("type") == "decision")]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_decision_and_the_one_that_answered_it_link_each_other(real_site, lang):
    for file in MEETINGS:
        for d in _decisions(load_yaml(file)):
            answer = (d.get("outcome") or {}).get("decision")
            if not answer or "/" not in answer:
                continue
            asked = f"{prefix(lang)}decisions/{meeting_key(file)}/{d['id']}/"
            answering = f"{prefix(lang)}decisions/{answer}/"
            assert answering in page(real_site, asked).targets(), f"{asked} does not link {answering}"
            assert asked in page(real_site, answering).targets(), f"{answering} does not link back to {asked}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_kazakhstans_page_credits_the_meetings_its_officials_chaired_and_its_chairs_words(real_site, lang):
    # 2023-12-12-soc.yaml: chaired by alibek-bakayev, whose office is Kazakhstan's (people.yaml), who speaks as chair.
    kz = page(real_site, f"{prefix(lang)}states/kz/")
    chaired = kz.by_id("chaired").getnext()
    assert f"{prefix(lang)}meetings/2023/soc-2023-12-12/" in kz.targets(chaired)
    chair = table(lang)["capacities"]["chair"]
    statements = [p for p in kz.article.xpath("//p[contains(@class, 'record-speaker')]") if chair in kz.text(p)]
    assert statements and all(f"{prefix(lang)}people/alibek-bakayev/" in kz.targets(p) for p in statements[:3])


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("state", ["kz", "tj"])
def test_both_states_a_disputed_chair_names_are_credited_with_the_mark(real_site, lang, state):
    # 2020-09-24-mc.yaml: its chair is disputed; the versions name Tileuberdi (KZ) and Muhriddin (TJ).
    built = page(real_site, f"{prefix(lang)}states/{state}/")
    row = next(li for li in built.by_id("chaired").getnext().xpath("./li")
               if f"{prefix(lang)}meetings/2020/mc-2020-09-24/" in built.targets(li))
    assert table(lang)["notes"]["sources_disagree"] in built.text(row)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_announced_meeting_says_as_of_when_or_that_no_report_of_it_was_found(real_site, lang):
    words = table(lang)["meeting_statuses"]
    for file in MEETINGS:
        entry = load_yaml(file)
        if entry.get("status") != "announced":
            continue
        status = page(real_site, prefix(lang) + meeting_url(file)).text()
        passed = words["announced_passed"].split("{date}")[0]
        assert passed in status or AS_OF[lang] in status, f"{meeting_url(file)} says neither when nor that it passed"


def test_the_online_soc_of_december_2024_is_shown_by_its_range_after_the_astana_meetings(real_site):
    built = page(real_site, "meetings/2024/soc-2024-12/")
    assert "between 5 and 11 December 2024" in built.text()
    rows = {row.xpath("./th")[0].text_content(): row for row in built.article.xpath("//table[@class='record-facts']//tr")}
    assert "meetings/2024/soc-2024-12-04/" in built.targets(rows[table("en")["facts"]["previous"]])


def test_no_page_names_a_research_note_or_how_the_record_was_researched(real_site):
    internal = re.compile(r"public-sources|[\w-]+\.md\b|shared/reference|compilation", re.I)
    found = [(url_of(real_site, file), hit.group(0)) for file in html_files(real_site)
             for hit in [internal.search(file.read_text(encoding="utf-8"))] if hit]
    assert not found, f"pages naming a research note: {found[:5]}"
