"""The synthetic record's meetings: known from a mention, from reports or from their minutes, announced
ones, and their documents (drafts and revisions, information notes, decision documents, notes verbales).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Optional

from cica_record.devtools.synthetic import vocabulary as v
from cica_record.devtools.synthetic.entries import (ROMAN, SITE, Entry, Meeting, long_date, long_date_kk,
                                                    long_date_ru, text)


class Meetings:
    """Part of `SyntheticRecord`: its meetings and their documents."""

    # --- meetings -----------------------------------------------------------------

    def _meeting(self, body: str, day: date, known_from: str) -> None:
        number = self.sessions[(body, day.year)]
        self.sessions[(body, day.year)] += 1
        # The SOC's sessions are numbered I–IV in a year, as in SOC/2023-III; the SWG's, which meet
        # more often, 1, 2, ...; the others' documents carry only the year (MC/2023/DRAFT/7).
        session = {"soc": f"{day.year}-{ROMAN[number % 4]}", "swg": f"{day.year}-{number + 1}"}.get(body, str(day.year))
        entry: Entry = {"id": f"{body}-{day.isoformat()}", "body": body, "session": session,
                        "date": day.isoformat()}
        meeting = Meeting(body=body, day=day, session=session, entry=entry,
                          url=f"{SITE}/index.php?view=page&t={body}-meeting-{day.isoformat()}")
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
            entry = {"id": f"{body}-{day.isoformat()}", "body": body, "date": day.isoformat(), "status": "announced"}
            meeting = Meeting(body=body, day=day, session=str(year), entry=entry)
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
