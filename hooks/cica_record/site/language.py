"""Everything a page says in the reader's language: words, texts, dates, times.

Words come from one translation table per language
(`translations/{en,ru,kk}.yaml`); a key missing from a table stops
the build, so no page can fall back to English words unnoticed. Texts from
the data are shown in the reader's language where the record has it, and
otherwise in the language it exists in, marked with `lang` and a note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable, Optional

import yaml
from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal
from markupsafe import Markup, escape

from cica_record.site.collation import sort_key, words_first
from cica_record.site.typography import typeset
from cica_record.record import model as m
from cica_record.record.schema import LANGUAGES, Deadline, Text


class MissingTranslation(KeyError):
    pass


# Month names a date phrase must inflect: a closed set of words, so written out rather than derived.
# A language's date patterns ask for them as '{ablative}', '{dative}', '{locative}' (in quotes, so that
# Babel leaves them alone): Kazakh "2018 жылғы 15 тамыздан бастап", "… тамызға дейін",
# "2023 жылғы 12 желтоқсандағы жағдай бойынша". Russian needs none: Babel's MMMM is the genitive
# ("с 15 августа 2018 г.") and LLLL the nominative ("по состоянию на декабрь 2023 г.").
MONTH_CASES: dict[str, dict[str, tuple[str, ...]]] = {
    "kk": {
        # from …: -дан/-ден/-тан/-тен, -нан/-нен after м, н, ң
        "ablative": ("қаңтардан", "ақпаннан", "наурыздан", "сәуірден", "мамырдан", "маусымнан",
                     "шілдеден", "тамыздан", "қыркүйектен", "қазаннан", "қарашадан", "желтоқсаннан"),
        # to …: -ға/-ге/-қа/-ке
        "dative": ("қаңтарға", "ақпанға", "наурызға", "сәуірге", "мамырға", "маусымға",
                   "шілдеге", "тамызға", "қыркүйекке", "қазанға", "қарашаға", "желтоқсанға"),
        # of, as at …: the locative with -ғы/-гі (-дағы/-дегі/-тағы/-тегі)
        "locative": ("қаңтардағы", "ақпандағы", "наурыздағы", "сәуірдегі", "мамырдағы", "маусымдағы",
                     "шілдедегі", "тамыздағы", "қыркүйектегі", "қазандағы", "қарашадағы", "желтоқсандағы"),
    },
}


def load_tables(folder: Path) -> dict[str, dict[str, Any]]:
    return {lang: yaml.safe_load((folder / f"{lang}.yaml").read_text(encoding="utf-8")) for lang in LANGUAGES}


@dataclass(frozen=True, kw_only=True)
class Shown:
    """A text chosen for a reader: its string, its language, and how it relates to the reader's."""

    value: str
    lang: str
    is_fallback: bool
    is_unofficial: bool


class Language:
    """One reader language: a translation table plus formatting rules."""

    def __init__(self, code: str, tables: dict[str, dict[str, Any]]):
        self.code = code
        self.table = tables[code]
        self.prefix = "" if code == LANGUAGES[0] else f"{code}/"
        self.dates: dict[tuple[str, str], str] = {}  # Babel is slow and pages repeat dates: formatted once

    # --- words ------------------------------------------------------------

    def t(self, key: str, **values: object) -> str:
        node: Any = self.table
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                raise MissingTranslation(f"'{key}' is missing from translations/{self.code}.yaml")
            node = node[part]
        if not isinstance(node, str):
            raise MissingTranslation(f"'{key}' in translations/{self.code}.yaml is not a text")
        return node.format(**values) if values else node

    def plural(self, key: str, count: int, **values: object) -> str:
        """`t` for words that agree with a number: `key` holds one text per CLDR plural category."""
        category = Locale.parse(self.code).plural_form(count)
        return self.t(f"{key}.{category}", count=self.number(count), **values)

    def markup(self, key: str, **values: object) -> Markup:
        """`t` for a text whose values are markup (links, dates in <time>): the words are escaped, the values kept."""
        return escape(self.t(key)).format(**values)

    # --- texts from the data ----------------------------------------------

    def pick(self, text: Optional[Text]) -> Optional[Shown]:
        if text is None:
            return None
        for lang in (self.code, *LANGUAGES):
            value = getattr(text, lang)
            if value:
                return Shown(value=value, lang=lang, is_fallback=lang != self.code,
                             is_unofficial=lang in text.unofficial)
        return None

    def plain(self, text: Optional[Text]) -> str:
        shown = self.pick(text)
        return shown.value if shown else ""

    def abbreviated(self, entity: Any) -> bool:
        """Whether to show an entity's short name after its name: only an abbreviation (SOC, КТУ ООН,
        ТюркПА), never a short name (Secretariat) or one its name already holds (Министрлер кеңесі)."""
        short, name = self.plain(getattr(entity, "short", None)), self.plain(entity.name)
        return bool(short) and short not in name and all(
            sum(char.isupper() for char in word) >= 2 for word in short.split())

    # --- names inside sentences -------------------------------------------------

    def body_form(self, names: m.BodyName, form: str) -> str:
        """A body's name as a sentence needs it: `form` is a field of the data's forms (running,
        genitive, dative). English inflects nothing: it says the short name, as its labels do."""
        if self.code == LANGUAGES[0]:
            return self.plain(names.short)
        return getattr(getattr(names.forms, self.code), form)

    def meeting_phrase(self, meeting: m.Meeting, case: str = "", dated: bool = True) -> str:
        """One meeting named inside a sentence, in a case (`case`: "", "genitive", "prepositional" or
        "locative"), with its date unless the sentence says it: "заседании Комитета старших должностных лиц
        12 декабря 2023 г.", "Аға лауазымды тұлғалар комитетінің 2023 жылғы 12 желтоқсандағы отырысында".
        In English, its label: "SOC, 12 December 2023"."""
        names = meeting.body_name
        when = self.meeting_when(meeting)
        if self.code == LANGUAGES[0]:
            return f"{self.plain(names.short)}, {when}"
        forms = getattr(names.forms, self.code)
        word = getattr(forms, f"meeting_{case}" if case else "meeting")
        if self.code == "kk":  # the date stands before the meeting's word, as an attribute
            return " ".join(part for part in (forms.meeting_owner, self.attributive(when) if dated else "", word) if part)
        if not dated:
            return word
        return f"{word} {when}" if meeting.day_known else f"{word} ({when})"

    def attributive(self, when: str) -> str:
        """A Kazakh date as an attribute of what follows: "2023 жылғы 12 желтоқсандағы", "2019 жылғы";
        the bounds sources set ("2024 жылғы 5 және 11 желтоқсан аралығы") as "…аралығындағы"."""
        if re.search(r"\sаралығы$", when):
            return when + "ндағы"
        for number, month in enumerate(self._month_names()):
            if re.search(rf"\s{month}$", when):
                return when[: -len(month)] + MONTH_CASES[self.code]["locative"][number]
        if re.search(r"\sжыл$", when):
            return when + "ғы"
        if re.search(r"\sжж\.$", when):
            return when[: -len("жж.")] + "жылдардағы"
        return when

    def _month_names(self) -> list[str]:
        return [format_date(date(2000, month, 1), "LLLL", locale=self.code).lower() for month in range(1, 13)]

    # --- alphabetical order -------------------------------------------------

    def sort_key(self, value: str) -> str:
        """`value`'s place in this language's alphabetical order, as a string (also for `data-sort`)."""
        return sort_key(value, self.code)

    def by_name(self, entities: Iterable[Any]) -> list[Any]:
        """Entities in the alphabetical order of their names as this language shows them: people by their
        family names; a name that opens with a Roman number ("IV Международная конференция") by its words."""
        return sorted(entities, key=lambda entity: self.sort_key(self._sorted_as(entity)))

    def _sorted_as(self, entity: Any) -> str:
        name = self.plain(entity.name)
        if isinstance(entity, m.Person):
            family = self.plain(entity.family_name) if entity.family_name else name.split()[-1]
            return f"{family} {name}"
        return words_first(name)

    # --- dates and times --------------------------------------------------

    def date(self, value: Optional[str], style: str = "") -> str:
        """A date as precise as the data gives it, as official documents write it.

        `style` ("since", "until", "as_of") picks the patterns that include the
        preposition, because it changes the month's form in Russian (с июня)
        and needs a case ending in Kazakh.
        """
        if not value:
            return ""
        if (value, style) not in self.dates:
            parts = [int(p) for p in value.split("-")]
            precision = ("year", "month", "day")[len(parts) - 1]
            day = date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
            key = f"dates.{style}.{precision}" if style else f"dates.{precision}"
            words = self._inflect(format_date(day, format=self.t(key), locale=self.code), day.month, key)
            self.dates[(value, style)] = typeset(words, self.code)
        return self.dates[(value, style)]

    def _inflect(self, words: str, month: int, key: str) -> str:
        """Put the month's case form where a pattern asks for one ('{ablative}')."""
        if "{" not in words:
            return words
        try:
            return words.format(**{case: forms[month - 1] for case, forms in MONTH_CASES[self.code].items()})
        except KeyError as missing:
            raise MissingTranslation(f"'{key}' in translations/{self.code}.yaml asks for the month's form "
                                     f"{missing}, which hooks/cica_record/site/language.py (MONTH_CASES) does not have") from None

    def date_range(self, start: Optional[str], end: Optional[str]) -> str:
        """Two dates as documents write a span: 12–13 October 2022, 2022–2026."""
        if not end or end == start:
            return self.date(start)
        if len(start) == len(end) == 4:
            return typeset(self.t("dates.years", start=start, end=end), self.code)
        if len(start) == len(end) == 10 and start[:7] == end[:7]:
            return self._days_of_a_month(start, end, "dates.same_month")
        return self.t("dates.range", start=self.date(start), end=self.date(end))

    def _days_of_a_month(self, start: str, end: str, key: str) -> str:
        """Two days of one month, written as `key`'s patterns ask: the month and year said once."""
        first, last = (date.fromisoformat(value) for value in (start, end))
        return typeset(self.t(f"{key}.join", start=format_date(first, self.t(f"{key}.start"), locale=self.code),
                              end=format_date(last, self.t(f"{key}.end"), locale=self.code)), self.code)

    def between(self, start: str, end: str) -> str:
        """The bounds sources set for a date: between 5 and 11 December 2024; between October 2020 and
        3 February 2021. Never written as a span (5–11 December), which would read as days of a meeting."""
        if len(start) == len(end) == 10 and start[:7] == end[:7]:
            return self._days_of_a_month(start, end, "dates.between_days")
        return self.t("dates.between", start=self.date(start), end=self.date(end))

    def meeting_when(self, meeting: Any) -> str:
        """A meeting's date as precise as its sources give it: a day or days, a month, or the bounds they set."""
        if meeting.no_later_than or meeting.not_before:
            return self.between(meeting.not_before or meeting.date, meeting.no_later_than or meeting.latest)
        return self.date_range(meeting.date, meeting.end_date)

    def deadline(self, deadline: Deadline) -> Markup:
        """A deadline with its zone and the zone's UTC offset on that day.

        The offset is part of the fact: Astana time was UTC+6 until 1 March 2024
        and UTC+5 since, and zoneinfo knows which applies to the date.
        """
        moment = deadline.moment()
        offset = moment.strftime("%z")
        stamp = f"{deadline.date}T{deadline.time}{offset[:3]}:{offset[3:]}"
        words = self.t("dates.deadline", date=self.date(deadline.date), time=deadline.time,
                       zone=self.t(f"zones.{deadline.zone.replace('/', '_')}"), offset=utc_offset(moment))
        return Markup('<time datetime="{}">{}</time>').format(stamp, words)

    def fallbacks(self, texts: Iterable[Optional[Text]]) -> list[str]:
        """The other languages some of these texts are shown in, in the order of LANGUAGES."""
        shown = {picked.lang for picked in map(self.pick, texts) if picked and picked.is_fallback}
        return [code for code in LANGUAGES if code in shown]

    def number(self, value: int) -> str:
        return format_decimal(value, locale=self.code)

    def money(self, currency: str, amount: int) -> str:
        """An amount as the language writes it: "USD 50,000", "50 000 долл. США", "50 000 АҚШ доллары";
        a currency the tables do not name, by its code."""
        known = currency in self.table.get("currencies", {})
        words = self.t(f"currencies.{currency}" if known else "currencies.other", amount=self.number(amount),
                       code=currency)
        return typeset(words, self.code)

    def escape(self, value: str) -> Markup:
        return escape(value)


def utc_offset(moment: datetime) -> str:
    """UTC+6, UTC+5:30, UTC-3: the offset as official documents write it."""
    minutes = int(moment.utcoffset().total_seconds()) // 60
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{'-' if minutes < 0 else '+'}{hours}" + (f":{rest:02d}" if rest else "")
