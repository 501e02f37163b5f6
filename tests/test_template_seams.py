"""No Russian or Kazakh page glues a name into a sentence in the wrong case (a template seam), on any page of
the fixture site or of the shipped one: «на заседании Совет министров», «Кому рекомендовано: Совет министров»,
«Кімге ұсынылды: Министрлер кеңесі» — and the editor's other patterns (notes/ru-kk-review.md, §3 S1–S12, §5).

The names and the grammar are the test's own: the names in the nominative are read from the data's bodies
(names and short names, of every period), the rules are written here from Russian and Kazakh grammar, never
taken from the build's code. Each rule is shown to catch what it must and to let correct text pass.

The general rule, Russian: a body's name in the nominative (a name that declines: not an abbreviation such as
КСДЛ) right after a word that governs another case — a preposition that never takes the nominative (о, при, к,
от, до, для, по, у, из, без, …), or a noun or participle («заседании», «рекомендовано»), that is any word but a
conjunction, a preposition that may take the accusative (в, на, за, через — «в Совет министров» is an
accusative, which looks like the nominative), or a verb in the past tense or the infinitive («учредила
Финансовый саммит», «провёл Совет министров»); and after a label that asks for another case («Кому
рекомендовано: …»). Kazakh: a name in the nominative after a label whose verb or question governs another case
(«Кімге ұсынылды: …», «Төрағалық етті: …»), or glued as a meeting's label («…, 2020 жылғы 24 қыркүйек») after a
word in a case that calls for the genitive before it («баяндауында Министрлер кеңесі, 2020 жылғы …»).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from conftest import FIXTURE_DATA, ROOT
from site_reading import html_files, page, prefix, resolve, squash, table, url_of, without

# --- the names ------------------------------------------------------------------------------------------------


def body_names(data: Path, lang: str) -> list[str]:
    """Every name and short name of the data's bodies in `lang`, of every period, longest first."""
    names = set()
    for body in yaml.safe_load((data / "bodies.yaml").read_text(encoding="utf-8"))["bodies"]:
        for entry in [body, *body.get("former_names", [])]:
            names |= {entry["name"][lang], entry["short"][lang], entry["forms"][lang]["running"]}
    return sorted(names, key=len, reverse=True)


def written_small(data: Path, lang: str) -> list[str]:
    """The short names that running text writes with a small letter (the data's `running` form), as labels
    write them, with a capital: Саммит."""
    shorts = set()
    for body in yaml.safe_load((data / "bodies.yaml").read_text(encoding="utf-8"))["bodies"]:
        for entry in [body, *body.get("former_names", [])]:
            short, running = entry["short"][lang], entry["forms"][lang]["running"]
            if short != running and short.lower() == running.lower():
                shorts.add(short)
    return sorted(shorts)


def declines(name: str) -> bool:
    """A name that changes with its case: not an abbreviation (КСДЛ, АЛТК), which Russian leaves as it is."""
    return not all(word.isupper() or not word.isalpha() for word in name.split())


# --- the rules --------------------------------------------------------------------------------------------------

RU_NEVER_NOMINATIVE = ("о", "об", "обо", "при", "к", "ко", "от", "до", "для", "по", "у", "из", "без", "после",
                       "перед", "между", "среди", "около", "кроме", "вокруг", "ради", "из-за", "вместо")
RU_MAY_BE_ACCUSATIVE = ("в", "во", "на", "за", "через", "про", "под", "над", "с", "со")
# Words after which a name in the nominative is the subject: conjunctions, adverbs, and the end of a date
# («19 марта 2024 года Совет министров избрал…»).
RU_FREE = ("и", "или", "а", "но", "либо", "как", "что", "чем", "также", "затем", "где", "когда", "тогда", "уже",
           "ещё", "впервые", "вновь", "года", "году", "г", "январе", "феврале", "марте", "апреле", "мае", "июне",
           "июле", "августе", "сентябре", "октябре", "ноябре", "декабре")
# A short passive participle has its subject after it («был отложен саммит»), except those that ask whom to:
# «рекомендовано Совету министров», «поручено Секретариату».
RU_PARTICIPLE = re.compile(r"(н|на|но|ны|т|та|то|ты)$")
RU_TO_WHOM = re.compile(r"^(рекомендова|поруч|предлож|направл|переда|адресова)\w*$")
RU_ADJECTIVE = re.compile(r"(ый|ий|ой|ая|яя|ое|ее|ые|ие|ья|ье|ьи)$")  # «Финансовый саммит», «третья встреча»
RU_VERB = re.compile(r"(л|ла|ло|ли|лся|лась|лось|лись|ть|ти|ет|ит|ут|ют|ат|ят|ется|ится)$")
RU_GOVERNING_LABEL = re.compile(r"(?:^|\s)(кому|кем|чем|чему|где|(?:\w+(?:но|на|ны)))\s*:$", re.I)
# A label that ends with a verb in the past (ұсынылды, етті, қабылданды) or a question in another case (кімге).
KK_GOVERNING_LABEL = re.compile(r"(?:^|\s)(\w+(?:ылды|ілді|нды|нді|лды|лді|тты|тті)|кімге|кімнің|қайда|кімде)\s*:$",
                                re.I)
KK_OBLIQUE = re.compile(r"(нда|нде|да|де|та|те|ға|ге|қа|ке|на|не)$")  # the locative and the dative
KK_DATE_WORD = re.compile(r"^(\d+|жылы|жылғы|\w*(қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|"
                          r"қазан|қараша|желтоқсан)\w*)$")
KK_MEETING_LABEL_AFTER = re.compile(r"^,\s*(\d{4}\s*жыл|\d{4}\s*–)")

# The editor's patterns (notes/ru-kk-review.md), as they appeared, for the labels that made them.
PATTERNS = {
    "ru": {
        "S1 «В повестке дня или изложении заседания …»": r"изложении заседания",
        "S3 «Кому рекомендовано:»": r"Кому рекомендовано\s*:",
        "S4 «рекомендовано КСДЛ» (the SOC's recommendation, or recommended by it?)": r"рекомендова\w*\s+КСДЛ",
        "S5 a role's state glued after the state's name": r"— [^—()\n]*? (действующий|действует|предложение на рассмотрении)",
        "S6 «Председательство: …» as a label for a meeting": r"Председательство\s*:\s",
        "S7 «Решение: КСДЛ — …»": r"Решение\s*:\s*\S+\s+—",
        "S11 empty brackets": r"\(\s*\)",
        "§2 «что подтверждает:»": r"что подтверждает\s*:",
        "§2 «версия при расхождении источников»": r"версия при расхождении источников",
        "§2 «Записано на странице»": r"Записано на странице",
        "§2 «известно только по упоминанию»": r"известно только по упоминанию",
        "§5 a Latin currency code in Russian text": r"\bUSD\b",
        "§5 the search key said as a letter of another layout": r"нажмите S\b",
    },
    "kk": {
        "S1 «Отырыстың күн тәртібінде немесе баяндауында …»": r"немесе баяндауында",
        "S2 «қабылданған отырыс:»": r"қабылданған отырыс\s*:",
        "S3 «Кімге ұсынылды:»": r"Кімге ұсынылды\s*:",
        "S5 a role's state before its date": r"(міндетін атқаруда|ұсыныс қаралуда)[ \u00a0]\d{4}",
        "S6 «Төрағалық етті: …», «Қабылдаушы тарап: …» before a meeting": r"(Төрағалық етті|Қабылдаушы тарап)\s*:\s",
        "S11 empty brackets": r"\(\s*\)",
        "§2 «нені растайды:»": r"нені растайды",
        "§2 «дереккөздер алшақ жердегі нұсқа»": r"алшақ жердегі",
        "§2 «Жазылған бет:»": r"Жазылған бет\s*:",
        "§4 «аннотацияланған күн тәртібі»": r"аннотацияланған",
        "§5 a Latin currency code in Kazakh text": r"\bUSD\b",
        "§5 the search key said as a letter of another layout": r"\bS пернесін басыңыз(?! \()",
    },
}


def occurrences(text: str, names: list[str]):
    """Each name where it stands whole in the text, longest names first; a name inside a longer one
    ("саммит" in "Финансовый саммит СВМДА") is the longer one's."""
    taken: list[tuple[int, int]] = []
    for name in sorted(names, key=len, reverse=True):
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if not any(start < match.end() and match.start() < end for start, end in taken):
                taken.append(match.span())
                yield name, match


def ru_seams(text: str, names: list[str]) -> list[str]:
    found = []
    for name, match in occurrences(text, names):
        if declines(name):
            before = text[:match.start()]
            label = RU_GOVERNING_LABEL.search(before.rstrip(" \u00a0")) if before.rstrip(" \u00a0").endswith(":") else None
            previous = re.search(r"([\w-]+)[ \u00a0]+$", before)  # on the same line: not the end of a cell
            word = previous.group(1) if previous else ""
            lower = word.lower()
            governs = bool(word) and (lower in RU_NEVER_NOMINATIVE or not (
                lower in RU_MAY_BE_ACCUSATIVE or lower in RU_FREE or RU_VERB.search(lower)
                or (RU_PARTICIPLE.search(lower) and not RU_TO_WHOM.match(lower))
                or RU_ADJECTIVE.search(lower) or word[:1].isdigit() or not word[:1].isalpha()))
            if label or governs:
                found.append(f"«{name}» after «{(label.group(1) + ':') if label else word}»: …{text[max(0, match.start() - 50):match.end() + 30]}…")
    return found


def kk_seams(text: str, names: list[str]) -> list[str]:
    found = []
    for name, match in occurrences(text, names):
        before, after = text[:match.start()].rstrip(" \u00a0"), text[match.end():]
        label = KK_GOVERNING_LABEL.search(before) if before.endswith(":") else None
        previous = re.search(r"([\w-]+)$", before) if text[:match.start()].endswith((" ", "\u00a0")) else None
        word = previous.group(1).lower() if previous else ""
        glued = bool(word) and KK_OBLIQUE.search(word) and not KK_DATE_WORD.match(word) \
            and KK_MEETING_LABEL_AFTER.match(after)
        if label or glued:
            found.append(f"«{name}» after «{(label.group(1) + ':') if label else word}»: …{text[max(0, match.start() - 50):match.end() + 30]}…")
    return found


def pattern_seams(text: str, lang: str) -> list[str]:
    return [f"{what}: …{text[max(0, m.start() - 50):m.end() + 30]}…"
            for what, pattern in PATTERNS[lang].items() for m in re.finditer(pattern, text)]


def capital_seams(text: str, capitals: list[str]) -> list[str]:
    """S12: a short name that running text writes with a small letter («саммит»), with its capital after a dash
    inside brackets: «(принятие — Саммит, …)»."""
    return [f"S12 «{name}» with its capital in running text: …{text[max(0, m.start() - 50):m.end() + 30]}…"
            for name in capitals for m in re.finditer(rf"\([^()\n]*— {re.escape(name)}\b", text)]


def seams(text: str, lang: str, names: list[str], capitals: list[str] = ()) -> list[str]:
    return (ru_seams if lang == "ru" else kk_seams)(text, names) + pattern_seams(text, lang) + capital_seams(
        text, capitals)


# --- the rules catch what they must, and let correct text pass ---------------------------------------------------

RU_NAMES = ["Совет министров иностранных дел СВМДА", "Совет министров", "КСДЛ", "Комитет старших должностных лиц",
            "Саммит СВМДА", "саммит"]
KK_NAMES = ["Сыртқы істер министрлері кеңесі", "Министрлер кеңесі", "АЛТК", "Аға лауазымды тұлғалар комитеті"]


@pytest.mark.unit
@pytest.mark.parametrize("lang, wrong", [
    ("ru", "принято на заседании Совет министров, 24 сентября 2020 г."),
    ("ru", "В повестке дня или изложении заседания Совет министров, 24 сентября 2020 г.:"),
    ("ru", "Кому рекомендовано: Совет министров иностранных дел СВМДА"),
    ("ru", "проект решения для Комитет старших должностных лиц"),
    ("ru", "рекомендован КСДЛ"),
    ("ru", "Координатор — Иран действующий (по состоянию на 12 декабря 2023 г.)"),
    ("ru", "Председательство: СРГ, 12 декабря 2022 г."),
    ("ru", "Решение: КСДЛ — принятие к сведению"),
    ("ru", "Источники: документы ()"),
    ("ru", "— что подтверждает: дата, место"),
    ("ru", "взнос USD 50 000"),
    ("kk", "Кімге ұсынылды: Министрлер кеңесі"),
    ("kk", "Отырыстың күн тәртібінде немесе баяндауында Министрлер кеңесі, 2020 жылғы 24 қыркүйек:"),
    ("kk", "қабылданған отырыс: Министрлер кеңесі, 2020 жылғы 24 қыркүйек"),
    ("kk", "Төрағалық етті: АЛТК, 2025 жылғы 27 ақпан"),
    ("kk", "Үйлестіруші — Бангладеш міндетін атқаруда 2021 жылғы 23 маусымнан бастап"),
    ("kk", "аннотацияланған күн тәртібі"),
    ("ru", "принято (принятие — Саммит, 12–13 октября 2022 г.)"),
    ("kk", "қабылданды (қабылдау — Саммит, 2022 жылғы 12–13 қазан)"),
])
def test_the_seam_check_finds_each_pattern_of_the_review(lang, wrong):
    assert seams(wrong, lang, RU_NAMES if lang == "ru" else KK_NAMES, ["Саммит"]), f"nothing found in {wrong!r}"


@pytest.mark.unit
@pytest.mark.parametrize("lang, right", [
    ("ru", "принято на заседании Совета министров иностранных дел СВМДА 24 сентября 2020 г."),
    ("ru", "Заседание Комитета старших должностных лиц 15 июня 2022 г. — в повестке дня или в сообщениях:"),
    ("ru", "рекомендовано Совету министров иностранных дел СВМДА; Адресат рекомендации: Совет министров"),
    ("ru", "Решение Комитета старших должностных лиц — принятие к сведению; на заседании КСДЛ"),
    ("ru", "встреча министров переименована в Совет министров иностранных дел СВМДА; КСДЛ утвердил; "
           "учредила Финансовый саммит и Совет министров; (принятие — саммит, 12–13 октября 2022 г.)"),
    ("ru", "Координатор — Иран (действует, по состоянию на 12 декабря 2023 г.)"),
    ("kk", "Сыртқы істер министрлері кеңесіне ұсынылды; Ұсыным жолданған орган: Министрлер кеңесі"),
    ("kk", "2022 жылғы 14 желтоқсанда Аға лауазымды тұлғалар комитеті тұжырымдамалық құжаттарды бекітті"),
    ("kk", "Аға лауазымды тұлғалар комитетінің 2023 жылғы 12 желтоқсандағы отырысында қабылданды; "
           "(мақұлдау — АЛТК, 2024 жылғы 27 маусым)"),
    ("kk", "Үйлестіруші — Бангладеш (2021 жылғы 23 маусымнан бастап міндетін атқаруда)"),
])
def test_the_seam_check_lets_grammatical_text_pass(lang, right):
    assert seams(right, lang, RU_NAMES if lang == "ru" else KK_NAMES, ["Саммит"]) == []


# --- every page ---------------------------------------------------------------------------------------------------


BLOCKS = ("p", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "div", "dt", "dd", "summary", "details",
          "ol", "ul", "table", "section", "blockquote", "br")


def reader_text(built) -> str:
    """The article as a reader reads it, a line for each block (a cell, an item, a paragraph), so that no word
    seems to govern the first word of the next cell; code (symbols) and what is marked as English stand as "X"."""
    article = without(built.article, ".//script | .//style")
    for hidden in article.xpath(".//code | .//kbd | .//*[@lang='en' or starts-with(@lang, 'en-')]"):
        tail = hidden.tail
        hidden.clear()
        hidden.text, hidden.tail = "X", tail
    for block in article.iter(*BLOCKS):
        block.tail = "\n" + (block.tail or "")
    text = "".join(article.itertext())
    return "\n".join(line for line in (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n")) if line)


@pytest.mark.site
@pytest.mark.parametrize("lang", ["ru", "kk"])
@pytest.mark.parametrize("site, data", [("mini_site", FIXTURE_DATA), ("real_site", ROOT / "data")])
def test_no_russian_or_kazakh_page_has_a_template_seam(request, site, data, lang):
    built_site = request.getfixturevalue(site)
    names, capitals = body_names(data, lang), written_small(data, lang)
    pages = sorted(url_of(built_site, f) for f in html_files(built_site / prefix(lang)))
    assert len(pages) > 20
    found = {url: errors for url in pages
             if (errors := seams(reader_text(page(built_site, url)), lang, names, capitals))}
    report = "\n".join(f"{url}: {error}" for url, errors in found.items() for error in errors[:3])
    assert not found, f"template seams on {len(found)} {lang} pages:\n{report}"


# --- what a page says of itself: a decision's kind and title, a document's kind, its meeting's minutes -------------


def facts(built) -> dict[str, object]:
    """A page's table of facts: each row's label and its cell."""
    return {squash(row.xpath("./th")[0].text_content()): row.xpath("./td")[0]
            for row in built.article.xpath(".//table[contains(@class, 'record-facts')]//tr[th and td]")}


def pages_under(site: Path, lang: str, folder: str) -> list:
    return [page(site, url_of(site, f)) for f in html_files(site / prefix(lang) / folder)
            if f.parent.parent.name != "years"]


# The verb of a decision's title and the word of its kind say the same act (review §3 S8, §4):
# approved = утвердить / бекіту; endorsed (a draft) = одобрить / мақұлдау.
TITLE_VERBS = {"ru": {"approved": "утвержд", "endorsed": "одобрен"}, "kk": {"approved": "бекітіл", "endorsed": "мақұлдан"}}


@pytest.mark.site
@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_a_decisions_kind_and_the_verb_of_its_title_say_the_same_act(real_site, lang):
    words = table(lang)
    kind_label, kinds = words["facts"]["decision_kind"], words["decision_kinds"]
    wrong, seen = [], set()
    for built in pages_under(real_site, lang, "decisions"):
        kind = facts(built).get(kind_label)
        title = squash(built.article.xpath(".//h1")[0].text_content()).lower()
        for act, verb in TITLE_VERBS[lang].items():
            other = next(v for a, v in TITLE_VERBS[lang].items() if a != act)
            if kind is not None and squash(kind.text_content()).startswith(kinds[act]):
                seen.add(act)
                if other in title:
                    wrong.append(f"{built.url}: kind «{kinds[act]}», title «{title}»")
    assert seen == set(TITLE_VERBS[lang]) and not wrong, "\n".join(wrong)


@pytest.mark.site
@pytest.mark.parametrize("lang, title_word, kind", [("ru", "положение", "положение"), ("kk", "ереже", "ереже")])
def test_regulations_are_of_the_kind_regulations(real_site, lang, title_word, kind):
    label = table(lang)["facts"]["kind"]
    regulations = [built for built in pages_under(real_site, lang, "documents")
                   if title_word in squash(built.article.xpath(".//h1")[0].text_content()).lower()]
    assert regulations
    assert {built.url: squash(facts(built)[label].text_content()) for built in regulations} == {
        built.url: kind for built in regulations}


@pytest.mark.site
@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_a_decision_says_the_minutes_list_its_documents_only_when_its_meeting_has_minutes(real_site, lang):
    words = table(lang)
    phrase, minutes = words["notes"]["decision_document_unknown"], words["facts"]["minutes"]
    said = [built for built in pages_under(real_site, lang, "decisions") if phrase in built.text()]
    assert said
    for built in said:
        meeting = facts(built)[words["facts"]["meeting"]].xpath(".//a/@href")[0]
        assert minutes in facts(page(real_site, resolve(built.url, meeting))), built.url


@pytest.mark.site
@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
@pytest.mark.parametrize("site", ["mini_site", "real_site"])
def test_a_meeting_is_hosted_by_states_and_organised_by_bodies_or_organisations(request, site, lang):
    built_site = request.getfixturevalue(site)
    hosts = table(lang)["facts"]["hosts"]
    for built in pages_under(built_site, lang, "meetings"):
        cell = facts(built).get(hosts)
        if cell is not None:
            targets = [resolve(built.url, href) for href in cell.xpath(".//a[not(ancestor::sup)]/@href")]
            assert targets and all(t.startswith(f"{prefix(lang)}states/") for t in targets), (built.url, targets)


# --- typography: quotation marks, no-break spaces -----------------------------------------------------------------

RU_MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
KK_MONTHS = "қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан"
BROKEN_LINES = {  # a plain space where a line must not break (review §5)
    "ru": re.compile(rf"\d (?:{RU_MONTHS})\b|\b\d{{4}} (?:г\.|года\b)|\bпункт \d|\d долл\."),
    "kk": re.compile(rf"\b\d{{4}} жылғы|\b\d{{1,2}} (?:{KK_MONTHS})|\d АҚШ"),
    "en": re.compile(r"\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November"
                     r"|December)\b"),
}


def quote_errors(text: str, lang: str) -> list[str]:
    """Quotation marks another language's: «» in English; “…” in Russian or Kazakh, where “ only closes „."""
    if lang == "en":
        wrong = [m.start() for m in re.finditer(r"[«»]", text)]
    else:
        wrong, inner = [], 0
        for position, char in enumerate(text):
            if char == "„":
                inner += 1
            elif char == "“" and inner:
                inner -= 1
            elif char in "“”":
                wrong.append(position)
    return [f"quotation mark: …{text[max(0, at - 40):at + 20]}…" for at in wrong]


def typography_errors(text: str, lang: str) -> list[str]:
    return quote_errors(text, lang) + [f"a plain space: …{text[max(0, m.start() - 30):m.end() + 10]}…"
                                       for m in BROKEN_LINES[lang].finditer(text)]


@pytest.mark.unit
@pytest.mark.parametrize("lang, wrong", [("ru", "12 декабря 2023 г."), ("ru", "«The “Astana” Times»"),
                                         ("kk", "2023 жылғы 12 желтоқсан"), ("en", "the «Road Map»"),
                                         ("ru", "пункт 8"), ("en", "on 12 December 2023")])
def test_the_typography_check_finds_plain_spaces_and_foreign_quotation_marks(lang, wrong):
    assert typography_errors(wrong, lang)


@pytest.mark.unit
@pytest.mark.parametrize("lang, right", [("ru", "12\u00a0декабря 2023\u00a0г., «Правила „процедуры“»"),
                                         ("kk", "2023\u00a0жылғы 12\u00a0желтоқсан"), ("en", "the “Road Map”")])
def test_the_typography_check_passes_what_is_right(lang, right):
    assert typography_errors(right, lang) == []


@pytest.mark.site
@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
@pytest.mark.parametrize("site", ["mini_site", "real_site"])
def test_every_page_quotes_and_binds_as_its_language_writes(request, site, lang):
    built_site = request.getfixturevalue(site)
    pages = sorted(url_of(built_site, f) for f in html_files(built_site / prefix(lang))
                   if lang != "en" or f.relative_to(built_site).parts[0] not in ("ru", "kk"))
    found = {}
    for url in pages:
        built = page(built_site, url)
        if built.root.find(".//article") is None:
            continue
        text = text_in(built, lang)
        if errors := typography_errors(text, lang):
            found[url] = errors
    report = "\n".join(f"{url}: {error}" for url, errors in found.items() for error in errors[:3])
    assert not found, f"typography on {len(found)} {lang} pages:\n{report}"


def text_in(built, lang: str) -> str:
    """The article's text in the page's own language: what another language's `lang` marks stands as "X"."""
    article = without(built.article, ".//script | .//style | .//code | .//kbd")
    for other in article.xpath(".//*[@lang and not(starts-with(@lang, $lang))]", lang=lang):
        tail = other.tail
        other.clear()
        other.text, other.tail = "X", tail
    return "".join(article.itertext())
