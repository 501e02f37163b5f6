"""A synthetic CICA record: realistic, valid, deterministic from a seed, sized by pages a language.

    python benchmarks/synthetic_record.py OUT_DIR --pages-per-language 4000 [--seed 1] [--meetings N]

or, from Python::

    from cica_record.devtools.synthetic.record import generate
    summary = generate(Path("/tmp/record"), pages_per_language=4000, seed=1)

`OUT_DIR` becomes a data folder like `data/` (reference files and `meetings/`); it is
refused if it is a project's own `data/` (beside a mkdocs.yml) or holds anything. The record
passes the project's own validation unchanged (`cica_record.record.loader.load_record`).

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
schema gains is added in that one function. The record's timeline, people and reference files are
here; its meetings and their documents in `meetings`, what their minutes hold in `proceedings`,
small entries and the summary in `entries`, names and words in `vocabulary`.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Optional

from cica_record.devtools.synthetic import vocabulary as v
from cica_record.devtools.synthetic.entries import (FIRST_YEAR, SITE, Entry, Meeting, Summary, body_entry, dump_yaml,
                                                    long_date, long_date_kk, long_date_ru, organisation_entry,
                                                    publisher_entry, text)
from cica_record.devtools.synthetic.meetings import Meetings
from cica_record.devtools.synthetic.proceedings import Proceedings


class SyntheticRecord(Meetings, Proceedings):
    """The record, built year by year until it reaches the size asked for."""

    def __init__(self, seed: int, pages_per_language: int):
        self.rng = random.Random(seed)
        self.scale = max(pages_per_language, 1)
        self.files: dict[str, Entry] = {}
        self.meetings: list[Meeting] = []
        self.summary = Summary(folder="", seed=seed)
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

    # --- reference files --------------------------------------------------------------

    def _reference_files(self, last_year: int) -> None:
        self.files["states.yaml"] = {"states": [self._state_entry(state) for state in self.states]}
        self.files["organisations.yaml"] = {"organisations": [organisation_entry(org) for org in self.organisations]}
        self.files["bodies.yaml"] = {"bodies": [body_entry(key) for key in v.BODIES],
                                     "chairmanships": self._chairmanships(last_year)}
        self.files["dimensions.yaml"] = {"dimensions": [self._dimension(dim, last_year) for dim in self.dimensions]}
        self.files["people.yaml"] = {"people": self.people}
        self.files["sources.yaml"] = {"publishers": [publisher_entry(*publisher) for publisher in v.PUBLISHERS],
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


def generate(folder: Path, pages_per_language: int = 1000, seed: int = 1, meetings: Optional[int] = None) -> Summary:
    """Write the record into `folder` (which must be new or empty, and not a project's data/)."""
    folder = Path(folder).resolve()
    if folder.name == "data" and (folder.parent / "mkdocs.yml").exists():
        raise ValueError("the synthetic record never goes into a project's data/")
    if folder.exists() and any(folder.iterdir()):
        raise ValueError(f"{folder} is not empty")
    record = SyntheticRecord(seed, pages_per_language)
    summary = record.build(meetings)
    summary.folder = str(folder)
    summary.reference_pages += len(record.people) + len(record.events)
    for name, entry in record.files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(dump_yaml(entry), encoding="utf-8")
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


