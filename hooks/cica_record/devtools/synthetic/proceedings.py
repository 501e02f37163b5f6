"""The synthetic record's proceedings: opening paragraphs, agenda items, statements in the proportions
of the model minutes, decisions of every kind and state, appointments, outcomes and contributions.
"""

from __future__ import annotations

from datetime import date, timedelta
from string import Formatter
from typing import Any, Optional

from cica_record.devtools.synthetic import vocabulary as v
from cica_record.devtools.synthetic.entries import (FIRST_YEAR, SITE, Entry, Meeting, join_names,
                                                    long_date, text)


class Proceedings:
    """Part of `SyntheticRecord`: what its meetings with minutes hold."""

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
            subject = join_names([self._state(code)[1] for code in speakers])
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
