"""The shipped record against the catalogues of public sources (shared/reference/cica-meetings-public-sources.md
for 2020–2026, shared/reference/cica-history-public-sources.md for 1992–2019): every meeting they list is in the data, every fact of a meeting known from reports has a source, every
disagreement it lists is on its page with the sources of each version in every language, announced
meetings are never held, and unknown days stay unknown.

The expectations below are copied from the catalogues (their meetings, section C and the addresses they
give, the chairmanships' handovers), not from the data or the build's code.
"""

from __future__ import annotations

import pytest

from cica_record.record import model as m
from conftest import ROOT
from cica_record.record.loader import load_record
from site_reading import LANGUAGES, page, prefix, squash, table


@pytest.fixture(scope="module")
def record() -> m.Record:
    return load_record(ROOT / "data", ROOT)


# (body, date as the catalogue gives it) for every meeting of its section A, held or announced.
CATALOGUE_MEETINGS = [
    ("mc", "2020-09-24"), ("soc", "2020-10"), ("swg", "2020-12-09"),
    ("swg", "2021-06-21"), ("soc", "2021-06-23"), ("soc", "2021-09"), ("mc", "2021-10-11"), ("ttf", "2021-12-28"),
    ("soc", "2022-03-30"), ("soc", "2022-06-15"), ("swg", "2022-07-21"), ("mc", "2022-09"), ("soc", "2022-10"),
    ("summit", "2022-10-12"), ("swg", "2022-12-12"), ("soc", "2022-12-14"),
    ("soc", "2023-04-19"), ("swg", "2023-05-16"), ("swg", "2023-06-13"), ("swg", "2023-08-21"), ("soc", "2023-08-22"),
    ("ttf", "2023-08-28"), ("mc", "2023-09-21"), ("swg", "2023-12-05"), ("soc", "2023-12-12"),
    ("swg", "2024-03-12"), ("soc", "2024-03-14"), ("swg", "2024-06-25"), ("soc", "2024-06-27"),
    ("environmental-conference", "2024-08-28"), ("swg", "2024-12-03"), ("soc", "2024-12-04"), ("soc", "2024-12"),
    ("mc", "2024-12-17"),
    ("swg", "2025-02-26"), ("soc", "2025-02-27"), ("soc", "2025-07-21"), ("swg", "2025-07-21"), ("ttf", "2025-09-09"),
    ("mc", "2025-09-25"), ("mc", "2025"), ("swg", "2025-12-15"), ("soc", "2025-12-17"),
    ("womens-council", "2026-04-14"), ("summit", "2026-10"),
]
ANNOUNCED = {("swg", "2023-06-13"), ("mc", "2025"), ("womens-council", "2026-04-14"), ("summit", "2026-10")}
# (body, month) for every meeting the 1992–2019 catalogue dates (its section 1). By month: where its sources
# dispute the day (Istanbul 2010, Shanghai 2014, Dushanbe 2019, Chongqing 2019) the record files the meeting
# under one version and shows the others beside it.
HISTORY_CATALOGUE_MEETINGS = [
    ("experts", "1993-04"), ("experts", "1993-08"), ("experts", "1994-10"), ("swg", "1995-03"),
    ("deputy-ministers", "1996-02"), ("deputy-ministers", "1997-12"), ("mc", "1999-09"), ("summit", "2002-06"),
    ("mc", "2004-10"), ("soc", "2006-03"), ("summit", "2006-06"), ("soc", "2007-10"), ("mc", "2008-08"),
    ("summit", "2010-06"), ("swg", "2011-01"), ("soc", "2011-01"), ("mc", "2011-09"), ("mc", "2012-09"),
    ("mc", "2013-09"), ("summit", "2014-05"), ("mc", "2016-04"), ("mc", "2017-09"), ("mc", "2018-09"),
    ("summit", "2019-06"), ("mc", "2019-09"), ("soc", "2019-12"),
]
# Announced on 21 January 2011 by Turkey's Foreign Ministry ("will be held", 25–26 January 2011, Istanbul);
# no source reports them held on those days.
HISTORY_ANNOUNCED = {("swg", "2011-01-25"), ("soc", "2011-01-25")}
UNKNOWN_DAYS = {("soc", "2020-10"), ("soc", "2021-09"), ("mc", "2022-09"), ("soc", "2022-10"), ("soc", "2024-12")}
# Decisions taken outside any meeting: (body or None when the catalogue names none, date).
OUTSIDE_MEETINGS = [("soc", "2021-10-07"), (None, "2021-10-26"), ("mc", "2023-12-26"), ("mc", "2024-03-19")]


@pytest.mark.unit
def test_every_meeting_of_the_catalogue_is_in_the_record(record):
    """Every meeting of both catalogues is in the record; the meetings the record calls announced are exactly
    those the catalogues know only from an announcement, and none of them holds a decision."""
    recorded = {(mt.body.key, mt.date): mt for mt in record.meetings}
    assert sorted(set(CATALOGUE_MEETINGS) - set(recorded)) == []
    assert sorted(set(HISTORY_CATALOGUE_MEETINGS) - {(body, date[:7]) for body, date in recorded}) == []
    announced = ANNOUNCED | HISTORY_ANNOUNCED
    assert {key for key, mt in recorded.items() if mt.is_announced} == announced
    for key in announced:
        assert not recorded[key].all_decisions and not [d for d in recorded[key].decisions if d.meeting is recorded[key]]


@pytest.mark.unit
def test_decisions_taken_outside_a_meeting(record):
    outside = {(d.body.key if d.body else None, d.date) for d in record.decisions if d.meeting is None}
    assert set(OUTSIDE_MEETINGS) <= outside
    for decision in record.decisions:
        if decision.meeting is None and decision.date in {date for _, date in OUTSIDE_MEETINGS}:
            assert decision.sources and decision.name.en, f"{decision.key}: no source or title"


@pytest.mark.unit
def test_every_fact_of_a_reported_meeting_has_a_source(record):
    unsourced = []
    for mt in [mt for mt in record.meetings if mt.known_from == "reports"]:
        facts = {"date": mt.date, "place": mt.place, "format": mt.format, "chair": mt.chairs, "hosts": mt.hosts}
        unsourced += [f"{mt.key}: {fact}" for fact, value in facts.items() if value and not mt.cite.get(fact)]
        parts = [*mt.topics, *mt.reports, *mt.offers_made, *mt.decided, *mt.own_documents]
        unsourced += [f"{mt.key}: {part!r}" for part in parts if not part.sources]
        if mt.is_announced and not mt.cite.get("announcement"):
            unsourced.append(f"{mt.key}: the announcement")
    assert unsourced == []


@pytest.mark.unit
def test_every_source_has_an_address_or_the_source_that_cites_it(record):
    assert [s.key for s in record.sources if not s.url and not s.cited_in] == []
    assert len(record.sources) > 100 and len(record.publishers) > 40


@pytest.mark.unit
def test_the_minutes_meeting_keeps_its_minutes_and_cites_the_press_beside_them(record):
    meeting = next(mt for mt in record.meetings if mt.key == "soc-2023-12-12")
    assert meeting.known_from == "minutes" and meeting.source.symbol == "SOC/2023-III/INF/5/Rev.1"
    press = {s.url for report in meeting.reports for s in report.sources}
    assert press == {
        "https://astanatimes.com/2023/12/cica-senior-officials-committee-reflects-on-2023-achievements-at-astana-meeting/",
        "https://www.lokmattimes.com/international/high-level-representatives-from-cica-member-states-reflect-on-2023-achievements-discuss-outlook-for/",
    }
    assert not meeting.topics and not meeting.decided


# Each chairmanship and the meeting at which it was handed over, as the catalogues give them: Türkiye at the
# Istanbul Summit, China at the Shanghai Summit, Tajikistan at the special meeting of foreign ministers in New
# York (2018), Kazakhstan at the special meeting of 24 September 2020, Azerbaijan at the Ministerial Council of
# December 2024; no source dates the start of Kazakhstan's first chairmanship, and its second (from 2022)
# continued the first without a handover.
HANDOVERS = {("KZ", "2002"): None, ("TR", "2010"): "summit-2010-06-07", ("CN", "2014"): "summit-2014-05-20",
             ("TJ", "2018"): "mc-2018-09-24", ("KZ", "2020"): "mc-2020-09-24", ("KZ", "2022"): None,
             ("AZ", "2024"): "mc-2024-12-17"}


@pytest.mark.unit
def test_time_chairmanships_admissions_and_offices(record):
    chairs = record.chairmanships
    handovers = {(c.state.key, c.start[:4]): c.handover.key if c.handover else None for c in chairs}
    assert handovers == HANDOVERS
    for before, after in zip(chairs, chairs[1:]):  # one chairmanship at a time, each taking over from the last
        assert before.end == after.start, f"{before.state.key} ends {before.end}, {after.state.key} starts {after.start}"
    for chair in [c for c in chairs if c.handover]:  # it begins at its handover, as precisely as dated
        assert chair.handover.date.startswith(chair.start), f"{chair.state.key}: {chair.start} / {chair.handover.key}"
    for holder in [*record.states, *record.organisations]:  # a status decided begins on its decision's date
        for status in [st for st in holder.statuses if st.decided_by and st.since]:
            assert status.decided_by.date.startswith(status.since), f"{holder.key}: {status.since}"
    admitted = {(s.key, st.status, st.since): st.decided_by for s in record.states for st in s.statuses}
    assert admitted[("TM", "observer", "2021-06-23")].meeting.key == "soc-2021-06-23"
    assert admitted[("KW", "member", "2022-10-13")].meeting.key == "summit-2022-10-12"
    assert admitted[("SA", "observer", "2023-12-26")].date == "2023-12-26"
    offices = {(o.holder.key, o.role): o for p in record.people for o in p.offices if o.role}
    assert offices[("kairat-sarybay", "executive-director")].decided_by.meeting.key == "mc-2020-09-24"
    assert offices[("zhang-ling", "deputy-secretary-general")].start == "2023-09-21"


# --- on the built pages ------------------------------------------------------------------------

# The catalogue's section C: where each disagreement must stand, and the address of at least one source
# of each version (a version whose sources have no address is checked by a name it must show).
DISAGREEMENTS = [
    ("meetings/2022/summit-2022-10-12/", [  # 1. the Summit's dates (12–13 October: Kazinform's report
        # that it was held, in place of the catalogue's press release, which gave the dates planned in June)
        ["https://www.inform.kz/en/environmental-cooperation-council-may-be-created-within-cica_a3991890/amp"],
        ["https://orient.tm/en/post/40151/astana-host-three-cis-summits-october",
         "http://www.newscentralasia.net/2022/10/14/the-cica-summit-in-astana-emerging-political-force-in-eurasia/"]]),
    ("meetings/2022/summit-2022-10-12/", [  # 1. the Summit's attendance
        ["https://theasiatoday.org/news/central-asia/factsheet-on-the-sixth-cica-summit/"],
        ["https://thediplomaticinsight.com/overview-of-6th-cica-summit/"],
        ["https://en.inform.kz/news/heads-of-11-countries-to-participate-in-6th-cica-summit_a3988775/"],
        ["https://ortcom.kz/ru/amp/novosti/1665988184"]]),
    ("meetings/2021/mc-2021-10-11/", [  # 2. the 6th Ministerial Meeting's attendance
        ["https://dknews.kz/en/articles-in-english/203953-sixth-cica-ministerial-meeting-held-in-nur-sultan"],
        ["http://www.koreaherald.com/view.php?ud=20211014000922"]]),
    ("organisations/eec/", [  # 3. Eurasian Economic Commission or Union
        ["https://el.kz/en/amp/cica-summarizes-its-activities-in-2022-and-approves-plans-for-further-actions_58946"],
        ["The Astana Times"]]),
    ("states/az/", [  # 4. when Azerbaijan took the chair ("December 2024", which the catalogue gives from Trend
        # and aniq.uz without an address, is the version of Trend's report of 17 December 2024, last below)
        ["https://news.az/news/cica-chief-hails-azerbaijans-unique-experience-in-post-conflict-reconstruction"],
        ["https://en.vestikavkaza.ru/material/167191"],
        ["https://en.trend.az/azerbaijan/politics/3983314.html"]]),
    ("meetings/2024/mc-2024-12-17/", [  # 5. the 7th Ministerial Council: announced, and held
        ["Trend"],
        ["https://s-cica.org/index.php?view=page&t=press_releases&id=2128"],
        ["https://news.az/news/azerbaijan-to-assume-cica-chairmanship-from-kazakhstan-within-cop29"],
        ["https://en.trend.az/azerbaijan/politics/3983314.html"]]),
    ("meetings/2024/environmental-conference-2024-08-28/", [  # 6. the environmental conference's format
        ["https://astanatimes.com/2024/09/astana-hosts-first-cica-ministerial-conference-on-environmental-issues"],
        ["https://centralasiaclimateportal.org/?p=31806"]]),
    ("meetings/2024/soc-2024-12/", [  # 7. one December 2024 SOC or two
        ["https://astanatimes.com/2024/12/astana-hosts-cica-senior-officials-committee-meeting/"],
        ["https://en.trend.az/business/3980959.html"]]),
    ("meetings/2024/soc-2024-12-04/", [  # 7. shown on the other meeting too
        ["https://astanatimes.com/2024/12/astana-hosts-cica-senior-officials-committee-meeting/"],
        ["https://en.trend.az/business/3980959.html"]]),
    ("meetings/2024/swg-2024-03-12/", [  # 8. the SWG of 12 March 2024: online, or format not stated
        ["https://en.inform.kz/news/kazakh-capital-hosts-cica-special-working-group-meeting-35bad6/",
         "https://astanatimes.com/2024/03/astana-hosts-cica-special-working-group-meeting/"],
        ["https://www.s-cica.org/index.php?view=page&t=press_releases&id=2017"]]),
    ("bodies/soc/", [  # 11. the body's names
        ["Senior Officials Committee"],
        ["https://www.trend.az/azerbaijan/politics/4131590.html"],
        ["https://en.trend.az/business/3980959.html"]]),
    ("decisions/soc-2021-10-07-ttf-regulations/", [  # 11. the TTF: "CICA Institute" or advisory body
        ["https://s-cica.org/index.php?id=936&view=press_releases"],
        ["https://s-cica.org/index.php?id=936&view=press_releases"]]),
    ("people/habibullo-mirzoev/", [  # 12. Mirzoev or Mirzozoda
        ["http://www.news.tj/tj/node/259264"],
        ["https://www.s-cica.org/speeches_detail/?id=25"]]),
]


def _disagreement_sections(built) -> list:
    return built.article.xpath(".//section[contains(@class, 'record-disagreement')]")


def _shows(version, expected: str) -> bool:
    hrefs = [a.get("href") for a in version.iter("a")]
    return expected in hrefs or (not expected.startswith("http") and expected in squash(version.text_content()))


@pytest.mark.site
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path, versions", DISAGREEMENTS, ids=[f"{p}#{i}" for i, (p, _) in enumerate(DISAGREEMENTS)])
def test_each_disagreement_of_the_catalogue_is_on_its_page_with_every_version_and_its_sources(real_site, lang, path,
                                                                                              versions):
    built = page(real_site, prefix(lang) + path)
    assert table(lang)["sections"]["disagreements"] in built.text()
    matching = []
    for section in _disagreement_sections(built):
        shown = section.xpath(".//div[@class='record-version']")
        if len(shown) == len(versions) and all(any(_shows(v, e) for e in exp) for v, exp in zip(shown, versions)):
            matching.append(section)
    assert matching, (f"{built.url}: no section shows {len(versions)} versions with the sources {versions}; sections: "
                      f"{[squash(s.text_content())[:200] for s in _disagreement_sections(built)]}")


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", ["meetings/2023/swg-2023-06-13/", "meetings/2025/mc-2025/",
                                  "meetings/2026/summit-2026-10/", "meetings/2026/womens-council-2026-04-14/",
                                  "meetings/2011/swg-2011-01-25/", "meetings/2011/soc-2011-01-25/"])
@pytest.mark.site
def test_announced_meetings_say_so_and_hold_no_decisions(real_site, lang, path):
    built = page(real_site, prefix(lang) + path)
    announced = table(lang)["meeting_statuses"]["announced"]
    assert announced in squash(built.article.xpath(".//h1/following-sibling::*[1]")[0].text_content())
    assert not built.root.xpath("//*[@id='decisions-reported' or @id='agenda']"), f"{built.url} shows decisions"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", ["meetings/2020/soc-2020-10/", "meetings/2021/soc-2021-09/",
                                  "meetings/2022/mc-2022-09/", "meetings/2022/soc-2022-10/"])
@pytest.mark.site
def test_unknown_days_stay_unknown(real_site, lang, path):
    built = page(real_site, prefix(lang) + path)
    assert table(lang)["notes"]["day_not_known"] in built.text(), f"{built.url} does not say the day is unknown"


@pytest.mark.site
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_meetings_index_shows_the_whole_record_by_year(real_site, record, lang):
    """One heading per year that has a meeting, newest first, from the first meeting of the 1992–2019 catalogue
    to the last of the 2020–2026 one; a year without a meeting has no heading."""
    built = page(real_site, prefix(lang) + "meetings/")
    years = [squash(h.text_content()) for h in built.article.xpath(".//h2")]
    assert years == sorted({mt.date[:4] for mt in record.meetings}, reverse=True)
    first = min(date for _, date in HISTORY_CATALOGUE_MEETINGS)[:4]
    last = max(date for _, date in CATALOGUE_MEETINGS)[:4]
    assert (years[-1], years[0]) == (first, last)
