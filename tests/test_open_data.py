"""The open data of a built site, read back with real clients: jsonschema, frictionless, feedparser, icalendar.

Expectations come from the record as the loader links it (the model, not the exporter), from the fixture
data and from the translation tables; the files are only read.
"""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import feedparser
import icalendar
import jsonschema
import pytest
from frictionless import Package

from cica_record.record import model as m
from conftest import FIXTURE_DATA, ROOT
from cica_record.record.loader import load_record
from site_reading import LANGUAGES, REL_ALTERNATE, SITE_URL, file_of, html_files, page, prefix, resolve, split, table, url_of, walk

pytestmark = pytest.mark.site

SITES = ("mini_site", "real_site")
DATA = {"mini_site": FIXTURE_DATA, "real_site": ROOT / "data"}


def _record(which: str) -> m.Record:
    return load_record(DATA[which], ROOT)


def _json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _ids(items: list[dict]) -> list[str]:
    return [item["id"] for item in items]


def _expected_ids(record: m.Record) -> dict[str, list[str]]:
    """Each list of the record (whatever lists the model has) with the identifiers of its members, in order:
    an entity's key, a chairmanship's state and start."""
    out = {}
    for field in dataclasses.fields(m.Record):
        items = getattr(record, field.name)
        if isinstance(items, list) and items:  # the record's lists, not its date
            out[field.name] = [o.key if hasattr(o, "key") else f"{o.state.key}/{o.start}" for o in items]
    return out


# --- record.json and its schema ------------------------------------------------------


@pytest.mark.parametrize("which", SITES)
def test_record_json_validates_against_its_schema_and_holds_every_entity(request, which):
    site = request.getfixturevalue(which)
    document = _json(site / "data" / "record.json")
    jsonschema.Draft202012Validator(_json(site / "data" / "record.schema.json")).validate(document)
    record = _record(which)
    for kind, ids in _expected_ids(record).items():
        assert _ids(document[kind]) == ids, kind
    meetings = {mt["id"]: mt for mt in document["meetings"]}
    for meeting in record.meetings:
        items = meetings[meeting.key].get("agenda", [])
        assert _ids(items) == [f"{meeting.key}#{item.anchor}" for item in meeting.agenda]
        for item, exported in zip(meeting.agenda, items):
            statements = [p["id"] for p in exported.get("proceedings", []) if p.get("type") == "Statement"]
            assert statements == [f"{meeting.key}#{s.anchor}" for s in item.statements]
            decisions = [p["id"] for p in exported.get("proceedings", []) if p.get("type") == "Decision"]
            assert decisions == [d.key for d in item.proceedings if isinstance(d, m.Decision)]
    assert document["schema_version"] and document["data_date"]


@pytest.mark.parametrize("which", SITES)
def test_every_reference_in_record_json_names_something_in_it(request, which):
    document = _json(request.getfixturevalue(which) / "data" / "record.json")
    known = {(kind, item["id"]) for kind, items in document.items() if isinstance(items, list) for item in items}
    known_ids = {identifier for _, identifier in known}
    for meeting in document["meetings"]:
        known_ids |= {item["id"] for item in meeting.get("agenda", [])}
        known_ids |= {p["id"] for item in meeting.get("agenda", []) for p in item.get("proceedings", []) if "id" in p}
    missing = [ref for ref in _typed_references(document) if ref["id"] not in known_ids]
    assert missing == []
    assert any(ref["type"] == "State" for ref in _typed_references(document))


def _typed_references(document: dict) -> list[dict]:
    return [node for node in walk(document) if set(node) == {"type", "id"}]


def test_texts_say_which_languages_are_official_and_which_are_our_translations(mini_site):
    document = _json(mini_site / "data" / "record.json")
    minutes = next(d for d in document["documents"] if d["id"] == "TST/2023-I/INF/1")
    # The fixture: title {en: Minutes of the test meeting, ru: Протокол тестового заседания, unofficial: [ru]}
    assert minutes["title"] == {"en": "Minutes of the test meeting", "ru": "Протокол тестового заседания",
                                "official": ["en"], "unofficial": ["ru"], "original": "en"}


def test_the_deadline_is_in_its_zone_and_in_utc(real_site):
    document = _json(real_site / "data" / "record.json")
    unoct = next(d for d in document["decisions"] if d["id"] == "soc-2023-12-12/unoct-partnership")
    assert unoct["deadline"] == {"date": "2023-12-26", "time": "12:00", "zone": "Asia/Almaty",
                                 "utc": "2023-12-26T06:00:00Z"}


@pytest.mark.parametrize("which", SITES)
def test_every_entity_page_links_its_own_json_which_validates(request, which):
    site = request.getfixturevalue(which)
    schema = jsonschema.Draft202012Validator(_json(site / "data" / "record.schema.json"))
    record = _record(which)
    for entity in record.entities():
        for lang in LANGUAGES:
            links = page(site, prefix(lang) + entity.path).targets()
            assert entity.path + "index.json" in links, (lang, entity.path)
        own = _json(site / entity.path / "index.json")
        schema.validate(own)
        entries = [items for items in own.values() if isinstance(items, list)]
        assert [len(items) for items in entries] == [1] and entries[0][0]["id"] == entity.key


# --- CSV tables and the Data Package -------------------------------------------------


@pytest.mark.parametrize("which", SITES)
def test_frictionless_validates_the_data_package_as_it_is(request, which):
    data = request.getfixturevalue(which) / "data"
    result = subprocess.run([Path(sys.executable).parent / "frictionless", "validate", "--json", "datapackage.json"],
                            cwd=data, capture_output=True, text=True, timeout=600)
    report = json.loads(result.stdout)
    assert result.returncode == 0 and report["valid"], json.dumps(report.get("tasks", report), indent=1)[:4000]


def test_the_tables_join_and_hold_one_row_per_entity(real_site):
    package = Package(str(real_site / "data" / "datapackage.json"))
    rows = {resource.name: resource.read_rows() for resource in package.resources}
    record = _record("real_site")
    statements = [s for mt in record.meetings for s in mt.all_statements]
    assert len(rows["statements"]) == len(statements) > 40
    assert len(rows["statement_speakers"]) == sum(len(s.speakers) for s in statements)
    assert len(rows["meetings"]) == len(record.meetings)
    assert len(rows["decisions"]) == len(record.decisions)
    assert len(rows["documents"]) == len(record.documents)
    assert len(rows["states"]) == len(record.states)
    assert len(rows["priority_areas"]) == len(record.areas)
    assert len(rows["roles"]) == sum(len(holder.roles) for holder in [*record.areas, *record.dimensions])
    # The declared keys, joined by hand: each statement's meeting and agenda item, each speaker's statement.
    keys = {(r.name, tuple(k["fields"] if isinstance(k["fields"], list) else [k["fields"]]))
            for r in package.resources for k in r.schema.to_descriptor().get("foreignKeys", [])}
    assert {("statements", ("event_id",)), ("statements", ("agenda_item_id",)),
            ("statement_speakers", ("statement_id",)), ("decisions", ("event_id",)),
            ("roles", ("member_id",)), ("roles", ("priority_area_id",))} <= keys
    meetings = {row["id"] for row in rows["meetings"]}
    items = {row["id"] for row in rows["agenda_items"]}
    assert all(row["event_id"] in meetings and row["agenda_item_id"] in items for row in rows["statements"])
    speaking = Counter(row["creator_id"] for row in rows["statement_speakers"])
    assert speaking["RU"] == len(next(s for s in record.states if s.key == "RU").statements)
    unoct = next(row for row in rows["decisions"] if row["id"] == "soc-2023-12-12/unoct-partnership")
    assert unoct["deadline"] == datetime(2023, 12, 26, 6, 0, tzinfo=timezone.utc)
    assert unoct["status"] == "pending-silence"


def test_a_broken_join_is_caught(tmp_path, mini_site):
    """The foreign keys are checked: a statement of a meeting that is not in the tables fails validation."""
    data = tmp_path / "data"
    subprocess.run(["cp", "-r", str(mini_site / "data"), str(data)], check=True)
    statements = data / "statements.csv"
    text = statements.read_text(encoding="utf-8")
    statements.write_text(text.replace(",soc-2023-12-12,", ",soc-1999-01-01,", 1), encoding="utf-8")
    assert not Package(str(data / "datapackage.json")).validate().valid


# --- feeds ---------------------------------------------------------------------------


def _dates_in(document: dict) -> set[str]:
    """Every date record.json holds, as the day it starts on (2021-09 -> 2021-09-01)."""
    found = set()
    for node in walk(document):
        for value in node.values():
            if isinstance(value, str) and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
                found.add((value + "-01-01")[:10] if len(value) == 4 else (value + "-01")[:10])
    return found


def _feeds(site: Path) -> list[Path]:
    return sorted(site.rglob("feed.atom"))


def _in_site(site: Path, url: str) -> bool:
    assert url.startswith(SITE_URL), url
    target = resolve("", url)
    path, anchor = split(target)
    file = file_of(site, path)
    return file is not None and (not anchor or anchor in page(site, url_of(site, file)).ids())


@pytest.mark.parametrize("which", SITES)
def test_feeds_parse_as_atom_with_ids_titles_links_and_dates_that_resolve(request, which):
    site = request.getfixturevalue(which)
    feeds = _feeds(site)
    record = _record(which)
    followed = 1 + len(record.states) + len(record.areas) + len(record.bodies)
    assert len(feeds) == followed * len(LANGUAGES)
    dates = _dates_in(_json(site / "data" / "record.json"))
    entries = 0
    for file in feeds:
        feed = feedparser.parse(file.read_bytes())
        assert not feed.bozo, (file, feed.get("bozo_exception"))
        assert feed.version == "atom10" and feed.feed.id and feed.feed.title and feed.feed.updated_parsed
        for entry in feed.entries:
            assert entry.id.startswith("urn:uuid:") and entry.title and entry.updated_parsed, file
            assert _in_site(site, entry.link), (file, entry.link)
            assert entry.updated[:10] in dates and entry.published[:10] in dates  # never the time of the build
            entries += 1
        self_link = next(link.href for link in feed.feed.links if link.rel == "self")
        assert self_link == SITE_URL + file.relative_to(site).as_posix()
    assert entries > 0


def test_an_entry_keeps_its_id_in_every_language(mini_site):
    parsed = {lang: feedparser.parse((mini_site / prefix(lang) / "feed.atom").read_bytes()) for lang in LANGUAGES}
    ids = {lang: [e.id for e in feed.entries] for lang, feed in parsed.items()}
    assert ids["en"] == ids["ru"] == ids["kk"] and ids["en"]
    titles = {lang: feed.entries[0].title for lang, feed in parsed.items()}
    assert len(set(titles.values())) == 3  # the same entry, told in each language


def test_a_state_feed_lists_its_statements_by_the_date_of_the_meeting(mini_site):
    feed = feedparser.parse((mini_site / "states" / "ru" / "feed.atom").read_bytes())
    links = [entry.link for entry in feed.entries]
    assert SITE_URL + "meetings/2023/soc-2023-12-12/#s-ru-transformation" in links
    entry = next(e for e in feed.entries if e.link.endswith("#s-ru-transformation"))
    assert entry.updated.startswith("2023-12-12")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_with_a_feed_announce_it_and_show_a_follow_link(mini_site, lang):
    follow = table(lang)["open_data"]["follow"]
    for path in ("", "states/kz/", "priority-areas/environment-protection/", "bodies/soc/"):
        shown = page(mini_site, prefix(lang) + path)
        announced = shown.root.xpath(f'//head/link[{REL_ALTERNATE}][@type="application/atom+xml"]/@href')
        assert len(announced) == 1, path
        feed = resolve(shown.url, announced[0])
        assert feed == prefix(lang) + path + "feed.atom" and (mini_site / feed).is_file()
        visible = [a for a, target in shown.links(shown.article) if target == feed]
        assert visible and visible[0].text_content().strip() == follow
    meeting = page(mini_site, prefix(lang) + "meetings/2023/soc-2023-12-12/")
    assert not meeting.root.xpath('//head/link[@type="application/atom+xml"]')


# --- the calendar --------------------------------------------------------------------


def _events(site: Path, lang: str) -> list:
    calendar = icalendar.Calendar.from_ical((site / prefix(lang) / "calendar.ics").read_bytes())
    return list(calendar.walk("VEVENT"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_unoct_deadline_is_26_december_2023_at_06_00_utc(real_site, lang):
    events = _events(real_site, lang)
    deadline = next(e for e in events if str(e["URL"]).endswith("decisions/soc-2023-12-12/unoct-partnership/"))
    start = deadline.decoded("DTSTART")
    assert start.astimezone(timezone.utc) == datetime(2023, 12, 26, 6, 0, tzinfo=timezone.utc)
    assert deadline["DTSTART"].params["TZID"] == "Asia/Almaty"
    assert str(deadline["URL"]) == SITE_URL + prefix(lang) + "decisions/soc-2023-12-12/unoct-partnership/"
    meetings = [e for e in events if "/meetings/" in str(e["URL"])]
    assert {e.decoded("DTSTART").isoformat() for e in meetings} >= {"2023-12-12", "2022-10-12"}
    for event in meetings:  # stamped with the meeting's own day, not the time of the build
        assert event["DTSTAMP"].dt.date() == event.decoded("DTSTART")
    assert deadline["DTSTAMP"].dt.date().isoformat() == "2023-12-12"  # the day the SOC decided it


def test_every_calendar_link_resolves_and_pending_decisions_link_the_calendar(mini_site):
    for lang in LANGUAGES:
        for event in _events(mini_site, lang):
            assert _in_site(mini_site, str(event["URL"]))
        shown = page(mini_site, prefix(lang) + "decisions/soc-2023-12-12/saudi-observer/")
        assert prefix(lang) + "calendar.ics" in shown.targets(shown.article)


# --- the Data page and the date of the data ---------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_data_page_explains_every_column_in_its_language(mini_site, lang):
    shown = page(mini_site, prefix(lang) + "data/")
    header = next(csv for csv in (mini_site / "data").glob("statements.csv")).read_text(encoding="utf-8")
    columns = header.splitlines()[0].split(",")
    table_text = shown.text()
    for column in columns:
        assert column in table_text
    assert table(lang)["data_columns"]["speech_type"] in table_text
    assert "<!-- data-columns" not in (mini_site / prefix(lang) / "data" / "index.html").read_text(encoding="utf-8")
    assert shown.by_id("licence") is not None and shown.by_id("cite") is not None


def test_the_open_data_files_are_in_every_build(mini_site):
    for path in ("data/record.json", "data/record.schema.json", "data/datapackage.json", "data/meetings.csv",
                 "feed.atom", "ru/feed.atom", "kk/states/kz/feed.atom", "calendar.ics", "kk/calendar.ics",
                 "states/kz/index.json"):
        assert (mini_site / path).is_file(), path
    assert all(f.read_bytes().startswith(b"<?xml") for f in _feeds(mini_site))
    assert len(list(html_files(mini_site))) > 50
