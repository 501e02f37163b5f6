"""A synthetic CICA record: realistic, valid, deterministic from a seed, sized by pages a language.

    python benchmarks/synthetic_record.py OUT_DIR --pages-per-language 4000 [--seed 1] [--meetings N]

or, from Python (with `benchmarks/` on `sys.path`)::

    from synthetic_record import generate
    summary = generate(Path("/tmp/record"), pages_per_language=4000, seed=1)

`OUT_DIR` becomes a data folder like `data/` (reference files and `meetings/`); it is
refused if it is the project's own `data/` or holds anything. The record passes the project's
own validation unchanged (`hooks/record_loader.load_record`).

What it holds, modelled on the shipped minutes (data/meetings/2023-12-12-soc.yaml) and the
2020–2026 catalogue of meetings: about 28 meetings a year from 1999 on — four Senior Officials
Committee meetings with minutes (agenda items, about 45 statements by states in the proportions of
the model minutes, 6–12 decisions, documents with their symbols, `…/DEC/1` to `…/DEC/12`, drafts
with `/Rev.1` and `/Rev.2`), Special Working Group meetings (with short minutes, or known from a
mention with a summary of ours), a formal and an informal Ministerial Council, a Summit every four
years; decisions of every kind and state (recommendations awaiting another body, drafts pending a
silence procedure with a deadline, some with a later outcome), decisions known only from a mention,
notes verbales, events, external sources; states joining over the years, chairmanships, chairs and
secretaries general with their terms, priority areas with coordinators over time. Statements are in
English, as the minutes are; about one in ten also carries our Russian and Kazakh translation, and
names, titles and decisions carry both (marked unofficial, as the shipped data does).

Each kind of entry is made by one function that returns the mapping written to YAML: a field the
schema gains is added in that one function.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from string import Formatter
from pathlib import Path
from typing import Any, Optional

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic_vocabulary as v  # noqa: E402

FIRST_YEAR = 1999
ROMAN = ("I", "II", "III", "IV")
SITE = "https://www.s-cica.org"
# Pages a language that do not depend on the record's size: 3 Markdown pages (home, about, guide),
# 9 index pages and the 404 page.
FIXED_PAGES = 13
UNOFFICIAL = ["ru", "kk"]

Entry = dict[str, Any]


def text(en: str, ru: Optional[str] = None, kk: Optional[str] = None) -> Entry:
    """A Text: English as the source writes it; Russian and Kazakh are ours, so marked unofficial."""
    out: Entry = {"en": en}
    if ru:
        out["ru"] = ru
    if kk:
        out["kk"] = kk
    if ru or kk:
        out["unofficial"] = [lang for lang in UNOFFICIAL if lang in out]
    return out


def long_date(day: date) -> str:
    return f"{day.day} {day.strftime('%B')} {day.year}"


@dataclass
class Summary:
    """What was generated; `pages_per_language` counts the pages the build will make in each language."""

    folder: str
    seed: int
    meetings: int = 0
    documents: int = 0
    decisions: int = 0
    statements: int = 0
    reference_pages: int = 0
    first_year: int = FIRST_YEAR
    last_year: int = FIRST_YEAR

    @property
    def pages_per_language(self) -> int:
        return FIXED_PAGES + self.reference_pages + self.meetings + self.documents + self.decisions


@dataclass
class Meeting:
    """A meeting being written: its file's mapping plus what its statements and decisions refer to."""

    body: str
    day: date
    session: str
    entry: Entry
    drafts: list[tuple[str, dict[str, str]]] = field(default_factory=list)  # (symbol, its subject's words)
    infos: list[str] = field(default_factory=list)
    decision_docs: list[str] = field(default_factory=list)
    pledges: list[tuple[str, str]] = field(default_factory=list)  # (state, statement id)
    url: str = ""

    @property
    def key(self) -> str:
        return self.entry["id"]


class SyntheticRecord:
    """The record, built year by year until it reaches the size asked for."""

    def __init__(self, seed: int, pages_per_language: int):
        self.rng = random.Random(seed)
        self.scale = max(pages_per_language, 1)
        self.files: dict[str, Entry] = {}
        self.meetings: list[Meeting] = []
        self.summary = Summary("", seed)
        self.states = v.STATES[: self._sized(6, 30, 130)]
        self.areas: list[tuple] = []
        self.dimensions = self._dimensions(self._sized(3, 25, 160))
        self.organisations = v.ORGANISATIONS[: self._sized(2, 10, 400)]
        self.people: list[Entry] = []
        self.people_by_id: dict[str, Entry] = {}
        self.sources: list[Entry] = []
        self.events: list[Entry] = []
        self.documents: list[Entry] = []
        self.standalone_decisions: list[Entry] = []
        self.chairs: dict[tuple[str, int], str] = {}  # (body, year) -> person id
        self.chair_states: dict[int, str] = {}  # year -> state code
        self.secretaries: dict[int, str] = {}  # year -> person id
        self.used_people: set[str] = set()
        self.note_verbale = 0
        self.press_releases = 0
        self.news_year = FIRST_YEAR
        self.joined: dict[str, str] = {}  # state -> the decision that admitted it
        self.awaiting: list[Entry] = []  # outcomes of recommendations to the MC, settled at its next meeting
        self.sessions: Counter[tuple[str, int]] = Counter()  # meetings so far of (body, year)
        self.state_by_code = {state[0]: state for state in self.states}

    def _sized(self, least: int, most: int, pages_each: int) -> int:
        """How many of a kind of reference entity a record of this size has."""
        return max(least, min(most, self.scale // pages_each))

    def _dimensions(self, count: int) -> list[tuple]:
        """The first `count` priority areas, taken across dimensions in turn so each dimension has some."""
        areas = [(dim, area) for index in range(8) for dim in v.DIMENSIONS if index < len(dim[4])
                 for area in [dim[4][index]]]
        self.areas = areas[:count]
        used = {dim[0] for dim, _ in self.areas}
        return [dim for dim in v.DIMENSIONS if dim[0] in used]

    # --- the timeline -------------------------------------------------------------

    def build(self, meetings: Optional[int]) -> Summary:
        """Years of meetings until the record has the pages (or the number of meetings) asked for."""
        self.summary.reference_pages = len(self.states) + len(self.areas) + len(self.dimensions) + len(
            self.organisations) + len(v.BODIES)
        year = FIRST_YEAR
        while not self._big_enough(meetings):
            self._year(year, meetings)
            year += 1
        self.summary.last_year = year - 1
        self._announced(year)
        self._reference_files(year - 1)
        return self.summary

    def _big_enough(self, meetings: Optional[int]) -> bool:
        if meetings is not None:
            return self.summary.meetings >= meetings
        return self._pages() >= self.scale

    def _pages(self) -> int:
        return self.summary.pages_per_language + len(self.people) + len(self.events)

    def _year(self, year: int, limit: Optional[int]) -> None:
        self._chairmanship(year)
        self._sources_of_year(year)
        self._event(year)
        for body, day, known_from in self._calendar(year):
            if self._big_enough(limit):
                break
            self._meeting(body, day, known_from)
        if year % 2 == 0 and "mc" in v.BODIES:
            self._silence_decision(year)

    def _calendar(self, year: int) -> list[tuple[str, date, str]]:
        """About 28 meetings: 4 SOC with minutes, each after an SWG with short minutes, 4 more SWG with
        minutes, 9 SWG known from a mention and 5 from press reports, a formal MC with minutes and an
        informal one known from reports, a Summit every four years. (body, day, how it is known)"""
        taken: set[tuple[str, date]] = set()
        plan: list[tuple[str, date, str]] = []

        def add(body: str, month: int, day: int, known_from: str) -> None:
            when = date(year, month, day)
            while (body, when) in taken:
                when += timedelta(days=1)
            taken.add((body, when))
            plan.append((body, when, known_from))

        for month in (3, 6, 9, 12):
            day = self.rng.randint(8, 20)
            add("swg", month, day - 1, "minutes")
            add("soc", month, day, "minutes")
        for month in (2, 5, 8, 11):
            add("swg", month, self.rng.randint(3, 25), "minutes")
        for index in range(14):
            add("swg", 1 + index * 11 // 14, self.rng.randint(1, 27), "reports" if index % 3 == 1 else "mention")
        add("mc", 10, self.rng.randint(10, 20), "minutes")
        add("mc", 9, self.rng.randint(20, 26), "reports")
        if year % 4 == 2:
            add("summit", 10, self.rng.randint(1, 9), "minutes")
        return sorted(plan, key=lambda item: (item[1], item[0]))

    # --- people, chairmanships, sources, events ------------------------------------------

    def _chairmanship(self, year: int) -> None:
        """Two-year chairmanships in turn; each chairing state's officials chair the bodies."""
        term_start = year - (year - FIRST_YEAR) % 2
        state = self.states[((year - FIRST_YEAR) // 2) % min(len(self.states), 8)]
        self.chair_states[year] = state[0]
        if year == term_start:
            for body, office in (("soc", ("Deputy Minister of Foreign Affairs", "Заместитель министра иностранных дел",
                                          "Сыртқы істер министрінің орынбасары")),
                                 ("swg", ("Director of the Asia Department of the Ministry of Foreign Affairs",
                                          "Директор Департамента Азии Министерства иностранных дел",
                                          "Сыртқы істер министрлігі Азия департаментінің директоры")),
                                 ("mc", ("Minister of Foreign Affairs", "Министр иностранных дел",
                                         "Сыртқы істер министрі")),
                                 ("summit", ("President", "Президент", "Президент"))):
                person = self._person(office, state, term_start, term_start + 1, body="state")
                for covered in (term_start, term_start + 1):
                    self.chairs[(body, covered)] = person
        if (year - FIRST_YEAR) % 4 == 0:
            head = self._person(("Secretary General", "Генеральный секретарь", "Бас хатшы"), None, year, year + 3,
                                body="secretariat", role="secretary-general")
            for covered in range(year, year + 4):
                self.secretaries[covered] = head
        if (year - FIRST_YEAR) % 3 == 1:
            self._person(("Deputy Secretary General", "Заместитель Генерального секретаря", "Бас хатшының орынбасары"),
                         None, year, year + 2, body="secretariat", role="deputy-secretary-general")

    def _person(self, office: tuple[str, str, str], state: Optional[tuple], start: int, end: int, body: str,
                role: Optional[str] = None) -> str:
        given, family = self._new_name()
        person_id = f"{given[0]}-{family[0]}".lower()
        title = office
        if state is not None:
            title = (f"{office[0]} of {state[1]}", f"{office[1]} ({state[2]})", f"{state[3]}: {office[2]}")
        entry: Entry = {"id": person_id, "name": text(f"{given[0]} {family[0]}", f"{given[1]} {family[1]}",
                                                      f"{given[1]} {family[1]}"),
                        "offices": [self._office(title, state[0] if state else body, start, end, role)]}
        self.people.append(entry)
        self.people_by_id[person_id] = entry
        return person_id

    def _new_name(self) -> tuple[tuple[str, str], tuple[str, str]]:
        while True:
            given, family = self.rng.choice(v.GIVEN_NAMES), self.rng.choice(v.FAMILY_NAMES)
            if f"{given[0]}-{family[0]}" not in self.used_people:
                self.used_people.add(f"{given[0]}-{family[0]}")
                return given, family

    @staticmethod
    def _office(title: tuple[str, str, str], body: str, start: int, end: int, role: Optional[str]) -> Entry:
        entry: Entry = {"title": text(*title), "body": body, "start": str(start), "end": str(end)}
        if role:
            entry["role"] = role
        return entry

    def _sources_of_year(self, year: int) -> None:
        self.sources.append({"id": f"astanatimes-{year}", "publisher": "astana-times", "title": text(
            f"The Astana Times: CICA news of {year}", f"The Astana Times: новости СВМДА за {year} год",
            f"The Astana Times: Азия Кеңесінің {year} жылғы жаңалықтары"),
            "url": f"https://astanatimes.com/{year}/12/cica/", "date": f"{year}-12", "language": "en"})
        self.news_year = year

    def _press_release(self, meeting: Meeting) -> str:
        """A press release of CICA's Secretariat on the meeting, as sources.yaml lists them."""
        self.press_releases += 1
        source = f"cica-pr-{self.press_releases}"
        body = v.BODIES[meeting.body]["short"]
        self.sources.append({
            "id": source, "publisher": "cica", "title_is": "headline",
            "title": text(f"CICA {body[0]} meeting held on {long_date(meeting.day)}",
                          f"Состоялось заседание {body[1]} {long_date_ru(meeting.day)}",
                          f"{long_date_kk(meeting.day)} {body[2]} отырысы өтті"),
            "url": f"{SITE}/index.php?view=page&t=press_releases&id={self.press_releases}",
            "date": (meeting.day + timedelta(days=1)).isoformat(), "language": "en"})
        return source

    def _event(self, year: int) -> None:
        state = self.rng.choice(self._states_in(year))
        area = self.rng.choice(self.areas)[1]
        self.events.append({
            "id": f"forum-{area[0]}-{year}",
            "name": text(f"International forum on {area[1][0].lower()}{area[1][1:]} ({year})",
                         f"Международный форум «{area[2]}» ({year})", f"«{area[3]}» халықаралық форумы ({year})"),
            "date": f"{year}-{self.rng.randint(4, 11):02d}", "status": "held", "organisers": [state[0]],
            "source": f"astanatimes-{year}"})

    def _states_in(self, year: int) -> list[tuple]:
        """States that had joined by `year` (speakers, organisers)."""
        return [state for state in self.states if state[4] <= year] or list(self.states[:1])

    # --- meetings -----------------------------------------------------------------

    def _meeting(self, body: str, day: date, known_from: str) -> None:
        number = self.sessions[(body, day.year)]
        self.sessions[(body, day.year)] += 1
        # The SOC's sessions are numbered I–IV in a year, as in SOC/2023-III; the SWG's, which meet
        # more often, 1, 2, ...; the others' documents carry only the year (MC/2023/DRAFT/7).
        session = {"soc": f"{day.year}-{ROMAN[number % 4]}", "swg": f"{day.year}-{number + 1}"}.get(body, str(day.year))
        entry: Entry = {"id": f"{body}-{day.isoformat()}", "body": body, "session": session,
                        "date": day.isoformat()}
        meeting = Meeting(body, day, session, entry, url=f"{SITE}/index.php?view=page&t={body}-meeting-{day.isoformat()}")
        {"minutes": self._with_minutes, "mention": self._known_from_mention,
         "reports": self._known_from_reports}[known_from](meeting)
        self.meetings.append(meeting)
        self.summary.meetings += 1
        self.files[f"meetings/{day.isoformat()}-{body}.yaml"] = entry

    def _prefix(self, meeting: Meeting) -> str:
        return f"{v.BODIES[meeting.body]['symbol']}/{meeting.session}"

    def _known_from_mention(self, meeting: Meeting) -> None:
        """An SWG (or informal MC) known only from a later document, with our summary."""
        previous = next((mt for mt in reversed(self.meetings) if mt.entry.get("known_from") == "minutes"), None)
        area = self.rng.choice(self.areas)[1]
        meeting.entry.update({
            "known_from": "mention",
            "summary": text(
                f"The meeting considered cooperation in the priority area “{area[1]}” and the preparation of "
                f"the next meetings of CICA bodies.",
                f"Участники заседания рассмотрели сотрудничество по приоритетному направлению «{area[2]}» и "
                f"подготовку следующих заседаний органов СВМДА.",
                f"Отырыс «{area[3]}» басым бағыты бойынша ынтымақтастықты және Азия Кеңесі органдарының "
                f"келесі отырыстарын дайындауды қарады."),
        })
        if previous is not None:
            meeting.entry["mentioned_in"] = [previous.entry["source"]]
            meeting.entry["source"] = previous.entry["source"]

    def _announced(self, year: int) -> None:
        """Meetings of the coming year that a press release announces and nothing says were held."""
        for body, month in (("soc", 3), ("summit", 10)):
            day = date(year, month, 15)
            meeting = Meeting(body, day, str(year), {"id": f"{body}-{day.isoformat()}", "body": body,
                                                     "date": day.isoformat(), "status": "announced"})
            place = v.PLACES[0]
            release = self._press_release(meeting)
            meeting.entry.update(place={"en": place[0], "ru": place[1], "kk": place[2]}, known_from="reports",
                                 cite={"announcement": [release], "date": [release], "place": [release]})
            self.meetings.append(meeting)
            self.summary.meetings += 1
            self.files[f"meetings/{day.isoformat()}-{body}.yaml"] = meeting.entry

    def _known_from_reports(self, meeting: Meeting) -> None:
        """A meeting known from CICA's press release and a news report, each fact with its source: topics,
        an offer, decisions as the reports give them, our summary; now and then the sources disagree on
        its date."""
        release, news = self._press_release(meeting), f"astanatimes-{self.news_year}"
        area, state = self.rng.choice(self.areas)[1], self.rng.choice(self._states_in(meeting.day.year))
        words = dict(area=area[1], area_lower=area[1][0].lower() + area[1][1:], area_ru=area[2], area_kk=area[3],
                     state=state[1], state_ru=state[2], state_kk=state[3])
        chair = self.chairs.get((meeting.body, meeting.day.year))
        place = self.rng.choice(v.PLACES)
        meeting.entry.update({
            "place": {"en": place[0], "ru": place[1], "kk": place[2]},
            "chair": {"person": chair} if chair and self.rng.random() < 0.7 else {"state": self.chair_states[meeting.day.year]},
            "known_from": "reports",
            "cite": {"date": [release], "place": [release, news], "chair": [release]},
            "topics": [{"title": text(*(t.format(**words) for t in topic)), "source": release, "concerns": [area[0]]}
                       for topic in v.TOPICS[:self.rng.randint(1, 3)]],
            "offers": [{"by": [state[0]], "text": text(*(t.format(**words) for t in v.OFFER)), "source": news,
                        "concerns": [area[0]]}],
            "reports": [{"text": text(*(t.format(**words) for t in v.REPORT)), "source": release,
                         "concerns": [area[0]]}],
            "decisions": [self._reported_decision(meeting, number, release) for number in
                          range(1, self.rng.randint(1, 3) + 1)],
        })
        if self.rng.random() < 0.15:
            meeting.entry["disagreements"] = [self._date_disagreement(meeting, release, news)]

    def _reported_decision(self, meeting: Meeting, number: int, release: str) -> Entry:
        entry = self._decision(meeting, number)
        for field in ("type", "documents", "drafts"):  # reports give no agenda item nor documents
            entry.pop(field, None)
        entry["source"] = [release]
        entry["wording"] = "summary"
        return entry

    def _date_disagreement(self, meeting: Meeting, release: str, news: str) -> Entry:
        """The press release and the news report give the meeting's day differently."""
        other = meeting.day + timedelta(days=1)
        return {"id": f"date-{meeting.key}", "fact": "date", "about": text(*v.DATE_DISAGREEMENT), "versions": [
            {"text": text(long_date(day), long_date_ru(day), long_date_kk(day)), "source": source,
             "date": day.isoformat()} for day, source in ((meeting.day, release), (other, news))]}

    def _with_minutes(self, meeting: Meeting) -> None:
        size = {"soc": 1.0, "mc": 0.5, "summit": 0.5, "swg": 0.2}[meeting.body]
        decisions = max(1, round(self.rng.randint(6, 12) * size))
        self._documents_of(meeting, decisions)
        place = self.rng.choice(v.PLACES)
        chair = self.chairs.get((meeting.body, meeting.day.year))
        meeting.entry.update({
            "place": {"en": place[0], "ru": place[1], "kk": place[2]},
            "format": self.rng.choice(("in-person", "in-person", "hybrid", "online")),
            "known_from": "minutes",
            "source": meeting.entry["source"],
        })
        if chair:
            meeting.entry["chair"] = {"person": chair}
        meeting.entry["opening"] = self._opening(meeting, place)
        meeting.entry["agenda"] = self._agenda(meeting, decisions, size)
        meeting.entry["contributions"] = self._contributions(meeting)
        if not meeting.entry["contributions"]:
            del meeting.entry["contributions"]

    # --- documents --------------------------------------------------------------

    def _documents_of(self, meeting: Meeting, decisions: int) -> None:
        """A meeting's documents in the real pattern: agenda, drafts (some revised), information
        notes, a report, decision documents DEC/1..n, the minutes and their revision."""
        prefix = self._prefix(meeting)
        docs: list[Entry] = []
        docs.append(self._document(f"{prefix}/Agenda/1", "agenda", meeting.day - timedelta(days=30),
                                   ("Draft agenda", "Проект повестки дня", "Күн тәртібінің жобасы"), meeting.url))
        for number in range(1, max(1, decisions // 2) + 1):
            docs.extend(self._draft_series(f"{prefix}/DRAFT/{number}", meeting.day, meeting))
        for number in range(1, max(1, decisions // 3) + 1):
            symbol = f"{prefix}/INF/{number}"
            meeting.infos.append(symbol)
            docs.append(self._document(symbol, "information", meeting.day - timedelta(days=10),
                                       ("Explanatory note of the Secretary General",
                                        "Пояснительная записка Генерального секретаря",
                                        "Бас хатшының түсіндірме жазбасы")))
        for number in range(1, decisions + 1):
            symbol = f"{prefix}/DEC/{number}"
            meeting.decision_docs.append(symbol)
            docs.append(self._document(symbol, "decision", meeting.day, None, meeting.url))
        minutes = f"{prefix}/INF/{len(meeting.infos) + 1}"
        title = (f"Minutes of the meeting of {long_date(meeting.day)}", "Протокол заседания", "Отырыстың хаттамасы")
        if meeting.body == "swg":  # short minutes, never revised; no list of participants
            docs.append(self._document(minutes, "minutes", meeting.day + timedelta(days=20), title))
        else:
            docs.append(self._document(minutes, "minutes", None, None))
            minutes += "/Rev.1"
            docs.append(self._document(minutes, "minutes", meeting.day + timedelta(days=35), title,
                                       revision_of=minutes.removesuffix("/Rev.1")))
            docs.append({"id": f"list-of-participants-{meeting.key}", "kind": "list-of-participants",
                         "title": text("List of participants", "Список участников", "Қатысушылар тізімі")})
        meeting.entry["source"] = minutes
        for doc in docs:
            doc.setdefault("source", minutes)
        meeting.entry["documents"] = docs
        self.summary.documents += len(docs)
        self._note_verbale(meeting, minutes)

    def _draft_series(self, symbol: str, day: date, meeting: Meeting) -> list[Entry]:
        """A draft, and for about a third of drafts its Rev.1 and Rev.2, the last one being the one discussed."""
        words = self._subject_words(self.rng.choice(v.SUBJECTS), day.year)
        title = words["title"] if words["title"].startswith("Draft") else f"Draft: {words['title']}"
        titles = (title, f"Проект: {words['ru_nom']}", f"Жоба: {words['kk_nom']}")
        revisions = 2 if self.rng.random() < 0.33 else 0
        series = [self._document(symbol, words["kind"], day - timedelta(days=40), None if revisions else titles)]
        for rev in range(1, revisions + 1):
            series.append(self._document(f"{symbol}/Rev.{rev}", words["kind"], day - timedelta(days=20 - 10 * rev),
                                         titles, revision_of=series[-1]["symbol"]))
        meeting.drafts.append((series[-1]["symbol"], words))
        return series

    def _document(self, symbol: str, kind: str, day: Optional[date], title: Optional[tuple[str, str, str]],
                  url: Optional[str] = None, revision_of: Optional[str] = None) -> Entry:
        doc: Entry = {"symbol": symbol, "kind": kind}
        if day is not None:
            doc["date"] = day.isoformat()
        if title is not None:
            doc["title"] = text(*title) if self.rng.random() < 0.8 else text(title[0])
        if revision_of:
            doc["revision_of"] = revision_of
        if url:
            doc["links"] = [{"url": url}]
        return doc

    def _note_verbale(self, meeting: Meeting, minutes: str) -> None:
        """The Secretariat's note forwarding the minutes (documents.yaml), as NºSOC/45 does."""
        if meeting.body != "soc":
            return
        self.note_verbale += 1
        self.documents.append({
            "symbol": f"NºSOC/{self.note_verbale}", "kind": "note-verbale",
            "date": (meeting.day + timedelta(days=35)).isoformat(), "body": "secretariat",
            "enclosures": [minutes], "source": f"NºSOC/{self.note_verbale}",
            "text": text(f"The Secretariat of CICA presents its compliments to the CICA Member States and has the "
                         f"honour to forward the minutes of the meeting held on {long_date(meeting.day)}.",
                         "Секретариат СВМДА свидетельствует своё уважение государствам-членам СВМДА и имеет честь "
                         "направить протокол заседания.",
                         "Азия Кеңесінің Хатшылығы Азия Кеңесіне мүше мемлекеттерге өзінің зор ілтипатын білдіре "
                         "отырып, отырыстың хаттамасын жолдауды өзіне мәртебе санайды."),
        })
        self.summary.documents += 1

    # --- agenda, statements, decisions ----------------------------------------------------

    def _opening(self, meeting: Meeting, place: tuple[str, str, str]) -> list[Entry]:
        body = v.BODIES[meeting.body]["short"][0]
        prefix = self._prefix(meeting)
        listed = ", ".join(meeting.decision_docs[:3])
        return [
            {"wording": "minutes", "text": text(
                f"The {body} meeting was held on {long_date(meeting.day)} in {place[0]}.")},
            {"wording": "minutes", "text": text(
                f"The draft agenda ({prefix}/Agenda/1), the decisions taken ({listed}) and the List of "
                f"participants are available on the CICA website ({meeting.url})."),
             "concerns": [f"{prefix}/Agenda/1", *meeting.decision_docs[:3]]},
        ]

    def _agenda(self, meeting: Meeting, decisions: int, size: float) -> list[Entry]:
        titles = v.AGENDA_TITLES if size >= 1 else v.AGENDA_TITLES[:1] + v.AGENDA_TITLES[3:5]
        statements = max(3, round(self.rng.randint(30, 55) * size))
        items = [{"number": str(index + 1), "title": text(*title), "proceedings": []}
                 for index, title in enumerate(titles)]
        items[0]["proceedings"].append({"type": "account", "wording": "minutes", "text": text(v.ACCOUNT_SENTENCES[0])})
        for index in range(statements):
            item = items[1 + index * (len(items) - 1) // statements]
            item["proceedings"].append(self._statement(meeting, index))
        for number in range(1, decisions + 1):
            item = items[1 + (number - 1) * (len(items) - 1) // decisions]
            item["proceedings"].append(self._decision(meeting, number))
        if meeting.body == "mc":
            items[-1]["proceedings"] += [*self._admissions(meeting), *self._settled(meeting)]
            if (meeting.day.year - FIRST_YEAR) % 4 == 0:
                items[-1]["proceedings"].append(self._appointment(meeting))
        return items

    def _admissions(self, meeting: Meeting) -> list[Entry]:
        """The Ministerial Council admits the states that joined that year (their status is decided_by it)."""
        out = []
        for code, en, ru, kk, joined, status in self.states:
            if joined != meeting.day.year or joined == FIRST_YEAR:
                continue
            entry_id = f"{status}-{code.lower()}"
            self.joined[code] = f"{meeting.key}/{entry_id}"
            what = {"member": ("admitted as a member state", "членство в СВМДА", "Азия Кеңесіне мүшелік"),
                    "observer": ("granted observer status", "статус наблюдателя в СВМДА",
                                 "Азия Кеңесіндегі байқаушы мәртебесі")}[status]
            out.append({"type": "decision", "id": entry_id, "kind": "adopted", "concerns": [code],
                        "title": text(f"{en}: {what[0]}", f"{what[1][0].upper()}{what[1][1:]} ({ru}): предоставлено",
                                      f"{what[2]} ({kk}): берілді"),
                        "text": text(f"The Ministerial Council decided that {en} be {what[0]}.",
                                     f"Совет министров иностранных дел принял решение предоставить {what[1]} "
                                     f"(государство — {ru}).",
                                     f"Министрлер кеңесі {what[2][0].lower()}{what[2][1:]} беру туралы шешім қабылдады "
                                     f"(мемлекет — {kk})."),
                        "source": meeting.entry["source"]})
            self.summary.decisions += 1
        return out

    def _settled(self, meeting: Meeting) -> list[Entry]:
        """The Ministerial Council approves what the SOC recommended to it: the outcome names this decision."""
        out = []
        for number, (outcome, words) in enumerate(self.awaiting, start=1):
            entry_id = f"approved-recommendation-{number}"
            outcome.update(date=meeting.day.isoformat(), decision=f"{meeting.key}/{entry_id}")
            out.append({"type": "decision", "id": entry_id, "kind": "approved",
                        "title": self._decision_title("approved", words, None),
                        "text": self._decision_text("approved", words, "mc", None), "source": meeting.entry["source"]})
            self.summary.decisions += 1
        self.awaiting = []
        return out

    def _speakers(self, year: int) -> list[str]:
        """One speaker mostly; a few statements are joint, as in the model minutes."""
        present = {state[0] for state in self._states_in(year)}
        weights = {who: weight for who, weight in v.SPEAKER_WEIGHTS.items()
                   if who in present or who in ("chair", "secretary-general")}
        weights.update({code: v.OTHER_SPEAKER_WEIGHT for code in sorted(present) if code not in weights})
        names, values = list(weights), list(weights.values())
        first = self.rng.choices(names, values)[0]
        if first in ("chair", "secretary-general") or self.rng.random() > 0.07:
            return [first]
        others = [code for code in sorted(present) if code != first]
        return [first, *self.rng.sample(others, min(len(others), self.rng.choice((1, 2))))]

    def _statement(self, meeting: Meeting, index: int) -> Entry:
        speakers = self._speakers(meeting.day.year)
        context = self._context(meeting, speakers)
        words = min(117, max(18, int(self.rng.lognormvariate(3.85, 0.45))))
        sentences, named = self._sentences(speakers[0], context, words)
        entry: Entry = {"type": "statement", "id": f"s{index + 1}-{speakers[0].lower()}", "by": speakers,
                        "wording": "minutes", "text": text(" ".join(sentences))}
        if speakers[0] not in ("chair", "secretary-general") and self.rng.random() < 0.1:
            names = [self._state(code) for code in speakers]
            entry["text"] = text(entry["text"]["en"],
                                 v.TRANSLATED_STATEMENT["ru"].format(s_ru=", ".join(n[2] for n in names),
                                                                     area_ru=context["area_tuple"][2]),
                                 v.TRANSLATED_STATEMENT["kk"].format(s_kk=", ".join(n[3] for n in names),
                                                                     area_kk=context["area_tuple"][3]))
        entry["concerns"] = sorted({context["concerns"][name] for name in named if name in context["concerns"]})
        if not entry["concerns"]:
            del entry["concerns"]
        if "voluntary contribution" in entry["text"]["en"] and speakers[0] not in ("chair", "secretary-general"):
            meeting.pledges.append((speakers[0], entry["id"]))
        self.summary.statements += 1
        return entry

    def _sentences(self, speaker: str, context: dict[str, Any], words: int) -> tuple[list[str], set[str]]:
        """Sentences of about `words` words, none twice, and the context fields they name."""
        pool = list({"chair": v.CHAIR_SENTENCES, "secretary-general": v.SG_SENTENCES}.get(speaker, v.STATE_SENTENCES))
        self.rng.shuffle(pool)
        out: list[str] = []
        named: set[str] = set()
        count = 0
        while count < words and pool:
            template = pool.pop()
            named.update(name for _, name, _, _ in Formatter().parse(template) if name)
            sentence = template.format(**context)
            if out and context["its"] == "its":  # one state: "It" now and then, as minutes write
                sentence = sentence.replace(context["s"], self.rng.choice(("It", context["s"])), 1)
            out.append(sentence)
            count += len(sentence.split())
        return out, named

    def _context(self, meeting: Meeting, speakers: list[str]) -> dict[str, Any]:
        """The values a statement's sentences name, and the entities it therefore concerns."""
        area = self.rng.choice(self.areas)[1]
        org = self.rng.choice(self.organisations)
        other = self._state(self.rng.choice(self._states_in(meeting.day.year))[0])
        chair_state = self._state(self.chair_states[meeting.day.year])
        event = self.events[-1]
        draft = self.rng.choice(meeting.drafts)[0]
        info = self.rng.choice(meeting.infos)
        if speakers[0] in ("chair", "secretary-general"):
            subject = {"chair": "The Chairman", "secretary-general": "The Secretary General"}[speakers[0]]
        else:
            subject = _join([self._state(code)[1] for code in speakers])
        return dict(
            s=subject, its="his" if speakers[0] in ("chair", "secretary-general") else
            ("its" if len(speakers) == 1 else "their"),
            area=area[1], area_lower=area[1][0].lower() + area[1][1:], area_tuple=area,
            org=org[4], other_state=other[1], chair_state=chair_state[1], event=event["name"]["en"],
            draft=draft, info=info, date=long_date(meeting.day - timedelta(days=7)),
            body=v.BODIES[meeting.body]["short"][0], place=self.rng.choice(v.PLACES)[0],
            year=meeting.day.year, next_year=meeting.day.year + 1,
            url=f"{SITE}/docs/{self.rng.getrandbits(64):016x}.pdf",
            concerns={"area": area[0], "area_lower": area[0], "org": org[0], "other_state": other[0],
                      "chair_state": chair_state[0], "draft": draft, "info": info, "event": event["id"]},
        )

    def _state(self, code: str) -> tuple:
        return self.state_by_code[code]

    def _decision(self, meeting: Meeting, number: int) -> Entry:
        """Decision `number`: on the meeting's draft of the same number, or else taking note of a report."""
        if number <= len(meeting.drafts):
            draft, words = meeting.drafts[number - 1]
            kind = self._decision_kind(meeting.body)
        else:
            draft, words = None, self._subject_words(self.rng.choice(v.REPORTS), meeting.day.year)
            kind = "took-note"
        to = v.RECOMMENDS_TO.get(meeting.body)
        entry: Entry = {"type": "decision", "id": f"{kind}-{number}",
                        "title": self._decision_title(kind, words, to), "kind": kind,
                        "text": self._decision_text(kind, words, meeting.body, to)}
        if kind == "recommended":
            entry.update(state="awaiting-other-body", recommended_to=to)
            entry["supported_by"] = [s[0] for s in self.rng.sample(self._states_in(meeting.day.year),
                                                                     min(5, len(self._states_in(meeting.day.year))))]
        if kind == "proposed":
            deadline = meeting.day + timedelta(days=14)
            entry.update(state="pending-silence", silence_procedure=True,
                         deadline={"date": deadline.isoformat(), "time": "12:00", "zone": "Asia/Almaty"})
        if kind in ("recommended", "proposed") and self.rng.random() < 0.5:
            entry["outcome"] = self._outcome(meeting.day + timedelta(days=20 if kind == "proposed" else 120))
            if to == "mc" and "type" in entry:  # settled by the Ministerial Council's next meeting, if any
                self.awaiting.append((entry["outcome"], words))
        if draft:
            entry["drafts"] = [draft]
        if number <= len(meeting.decision_docs) and self.rng.random() < 0.8:
            entry["documents"] = [meeting.decision_docs[number - 1]]
        entry["concerns"] = [words["area_id"]] if words.get("area_id") else [self.rng.choice(self.areas)[1][0]]
        if "source" in meeting.entry:
            entry["source"] = meeting.entry["source"]
        self.summary.decisions += 1
        return entry

    def _appointment(self, meeting: Meeting) -> Entry:
        """The Ministerial Council appoints the Secretary General whose term begins that year."""
        year = meeting.day.year
        person = self.people_by_id[self.secretaries[year]]
        name = person["name"]
        self.summary.decisions += 1
        return {"type": "decision", "id": "appointment-secretary-general", "kind": "appointed",
                "title": text(f"Appointment of the Secretary General for {year}–{year + 3}: {name['en']}",
                              f"Назначение Генерального секретаря на {year}–{year + 3} годы: {name['ru']}",
                              f"{year}–{year + 3} жылдарға Бас хатшыны тағайындау: {name['kk']}"),
                "text": text(f"The Ministerial Council appointed {name['en']} Secretary General of CICA for the term "
                             f"of {year}–{year + 3}.",
                             f"Совет министров иностранных дел назначил Генерального секретаря СВМДА на "
                             f"{year}–{year + 3} годы: {name['ru']}.",
                             f"Министрлер кеңесі {year}–{year + 3} жылдарға Азия Кеңесінің Бас хатшысын "
                             f"тағайындады: {name['kk']}."),
                "concerns": [person["id"]], "source": meeting.entry["source"]}

    def _decision_kind(self, body: str) -> str:
        kinds = ["took-note", "took-note", "adopted", "approved", "approved", "supported", "proposed"]
        if body in v.RECOMMENDS_TO:
            kinds += ["recommended", "recommended"]
        return self.rng.choice(kinds)

    def _subject_words(self, subject: Entry, year: int) -> dict[str, str]:
        """A subject's phrases for a meeting in `year` (plans and budgets are for the next year)."""
        area = self.rng.choice(self.areas)[1]
        values = dict(year=year + 1 if subject.get("next_year") else year, area=area[1], area_ru=area[2],
                      area_kk=area[3])
        words = {key: value.format(**values) for key, value in subject.items() if isinstance(value, str)}
        if "{area}" in subject["en"]:
            words["area_id"] = area[0]
        return words

    @staticmethod
    def _decision_title(kind: str, words: dict[str, str], to: Optional[str]) -> Entry:
        kw = v.KIND_WORDS[kind]
        dative = v.BODIES[to]["dative"] if to else ("", "", "")
        return text(f"{words['title']}: {kw['title'].format(to=dative[0])}",
                    f"{words['ru_nom']}: {kw['ru_title'][words['gender']].format(to=dative[1])}",
                    f"{words['kk_nom']}: {kw['kk_title'].format(to=dative[2])}")

    @staticmethod
    def _decision_text(kind: str, words: dict[str, str], body: str, to: Optional[str]) -> Entry:
        kw = v.KIND_WORDS[kind]
        who = v.BODIES[body]
        dative = v.BODIES[to]["dative"] if to else ("", "", "")
        if kind == "proposed":
            return text(f"The Chairman proposed to {who['subject'][0]} the text of a draft decision on "
                        f"{words['en']} for adoption through the silence procedure.",
                        f"Председатель предложил принять решение ({words['ru_nom']}) путём процедуры умолчания.",
                        f"Төраға шешімді ({words['kk_nom']}) үнсіздік рәсімі арқылы қабылдауды ұсынды.")
        return text(f"{who['subject'][0][0].upper()}{who['subject'][0][1:]} {kw['en'].format(to=dative[0])} "
                    f"{words['en']}." if kind != "recommended" else
                    f"{who['subject'][0][0].upper()}{who['subject'][0][1:]} considered {words['en']} and "
                    f"recommended it to {dative[0]} for approval.",
                    f"{who['subject'][1]} {kw['ru'][who['gender']].format(to=dative[1])} {words['ru_acc']}.",
                    f"{who['subject'][2]} {words['kk_acc']} {kw['kk'].format(to=dative[2])}.")

    def _outcome(self, day: date) -> Entry:
        return {"date": day.isoformat(), "source": f"astanatimes-{min(day.year, self.news_year)}",
                "text": text("The decision was adopted; the minutes do not record this outcome, it is reported by "
                             "The Astana Times.",
                             "Решение было принято; протокол этот исход не фиксирует, о нём сообщила The Astana Times.",
                             "Шешім қабылданды; хаттамада бұл нәтиже жазылмаған, бұл туралы The Astana Times хабарлады.")}

    def _contributions(self, meeting: Meeting) -> list[Entry]:
        return [{"state": state, "amount": self.rng.choice((20000, 50000, 100000)), "currency": "USD",
                 "voluntary": True, "when": f"{meeting.day.year}-{meeting.day.month:02d}", "statement": statement,
                 "source": meeting.entry["source"]} for state, statement in meeting.pledges]

    def _silence_decision(self, year: int) -> None:
        """A Ministerial Council decision taken between meetings by silence procedure (decisions.yaml)."""
        state = self.rng.choice(self.states)
        self.standalone_decisions.append({
            "id": f"mc-{year}-chairmanship", "body": "mc", "date": f"{year}-03-19", "kind": "adopted",
            "title": text(f"CICA Chairmanship for {year}–{year + 2}: {state[1]}",
                          f"Председательство в СВМДА на {year}–{year + 2} годы: {state[2]}",
                          f"{year}–{year + 2} жылдардағы Азия Кеңесіне төрағалық: {state[3]}"),
            "text": text(f"The Ministerial Council decided by silence procedure on the CICA Chairmanship of "
                         f"{state[1]} for {year}–{year + 2}.",
                         f"Совет министров иностранных дел принял решение о председательстве в СВМДА на "
                         f"{year}–{year + 2} годы путём процедуры умолчания (государство — {state[2]}).",
                         f"Министрлер кеңесі {year}–{year + 2} жылдардағы Азия Кеңесіне төрағалық туралы шешімді "
                         f"үнсіздік рәсімі арқылы қабылдады (мемлекет — {state[3]})."),
            "silence_procedure": True, "concerns": [state[0]], "source": f"astanatimes-{year}"})
        self.summary.decisions += 1

    # --- reference files --------------------------------------------------------------

    def _reference_files(self, last_year: int) -> None:
        self.files["states.yaml"] = {"states": [self._state_entry(state) for state in self.states]}
        self.files["organisations.yaml"] = {"organisations": [_organisation(org) for org in self.organisations]}
        self.files["bodies.yaml"] = {"bodies": [_body(key) for key in v.BODIES],
                                     "chairmanships": self._chairmanships(last_year)}
        self.files["dimensions.yaml"] = {"dimensions": [self._dimension(dim, last_year) for dim in self.dimensions]}
        self.files["people.yaml"] = {"people": self.people}
        self.files["sources.yaml"] = {"publishers": [_publisher(*publisher) for publisher in v.PUBLISHERS],
                                      "sources": self.sources}
        self.files["events.yaml"] = {"events": self.events}
        self.files["documents.yaml"] = {"documents": self.documents}
        self.files["decisions.yaml"] = {"decisions": self.standalone_decisions}

    def _state_entry(self, state: tuple) -> Entry:
        code, en, ru, kk, joined, status = state
        statuses: list[Entry] = []
        if status == "member" and joined > FIRST_YEAR and self.rng.random() < 0.4:
            statuses.append({"status": "observer", "since": str(joined - 4), "until": str(joined)})
        statuses.append({"status": status, "since": str(joined)})
        if joined <= self.news_year:
            statuses[-1]["source"] = f"astanatimes-{joined}"
        if code in self.joined:
            statuses[-1]["decided_by"] = self.joined[code]
        return {"id": code, "name": {"en": en, "ru": ru, "kk": kk}, "statuses": statuses}

    def _chairmanships(self, last_year: int) -> list[Entry]:
        out = []
        for year in range(FIRST_YEAR, last_year + 1, 2):
            out.append({"state": self.chair_states[year], "start": str(year), "end": str(year + 2)})
        return out

    def _dimension(self, dim: tuple, last_year: int) -> Entry:
        areas = [area for d, area in self.areas if d[0] == dim[0]]
        return {"id": dim[0], "name": text(dim[1], dim[2], dim[3]),
                "areas": [self._area(area, last_year) for area in areas]}

    def _area(self, area: tuple, last_year: int) -> Entry:
        """An area with its coordinators over time: a past one, a serving one, and now and then an offer."""
        states = [state[0] for state in self.states]
        middle = self.rng.randint(FIRST_YEAR, max(FIRST_YEAR, last_year))
        roles: list[Entry] = [
            {"role": "coordinator", "status": "serving", "state": self.rng.choice(states),
             "start": str(FIRST_YEAR), "end": str(middle)},
            {"role": "coordinator", "status": "serving", "state": self.rng.choice(states), "start": str(middle)},
        ]
        pick = self.rng.random()
        if pick < 0.3:
            roles.append({"role": "co-coordinator", "status": "offered", "state": self.rng.choice(states),
                          "as_of": f"{last_year}-12-12"})
        elif pick < 0.45:
            roles.append({"role": "co-coordinator", "status": "vacant", "as_of": f"{last_year}-12-12"})
        return {"id": area[0], "name": text(area[1], area[2], area[3]), "roles": roles}


def _publisher(key: str, en: str, ru: str, kk: str, url: str) -> Entry:
    return {"id": key, "name": text(en, ru, kk), "url": url}


def long_date_ru(day: date) -> str:
    return f"{day.day} {v.MONTHS_RU[day.month - 1]} {day.year} года"


def long_date_kk(day: date) -> str:
    return f"{day.year} жылғы {day.day} {v.MONTHS_KK[day.month - 1]}"


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _organisation(org: tuple) -> Entry:
    org_id, en, ru, kk, short_en, short_ru, short_kk = org
    return {"id": org_id, "name": text(en, ru, kk), "short": text(short_en, short_ru, short_kk),
            "statuses": [{"status": "partner"}] if org_id in ("sco", "asean") else []}


def _body(key: str) -> Entry:
    body = v.BODIES[key]
    entry: Entry = {"id": key, "name": {"en": body["en"], "ru": body["ru"], "kk": body["kk"]},
                    "short": text(*body["short"])}
    if body["symbol"]:
        entry["symbol_prefix"] = body["symbol"]
    return entry


def _dump(entry: Entry) -> str:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(entry, Dumper=dumper, allow_unicode=True, sort_keys=False, width=10_000)


def generate(folder: Path, pages_per_language: int = 1000, seed: int = 1, meetings: Optional[int] = None) -> Summary:
    """Write the record into `folder` (which must be new or empty, and not the project's data/)."""
    folder = Path(folder).resolve()
    if folder == (Path(__file__).resolve().parent.parent / "data").resolve():
        raise ValueError("the synthetic record never goes into the project's data/")
    if folder.exists() and any(folder.iterdir()):
        raise ValueError(f"{folder} is not empty")
    record = SyntheticRecord(seed, pages_per_language)
    summary = record.build(meetings)
    summary.folder = str(folder)
    summary.reference_pages += len(record.people) + len(record.events)
    for name, entry in record.files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_dump(entry), encoding="utf-8")
    return summary


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a new or empty folder to write the record into")
    parser.add_argument("--pages-per-language", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--meetings", type=int, default=None, help="stop at this many meetings instead")
    args = parser.parse_args(argv)
    summary = generate(args.folder, args.pages_per_language, args.seed, args.meetings)
    print(f"{summary.meetings} meetings {summary.first_year}–{summary.last_year}, {summary.documents} documents, "
          f"{summary.decisions} decisions, {summary.statements} statements: about {summary.pages_per_language} "
          f"pages a language, in {summary.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
