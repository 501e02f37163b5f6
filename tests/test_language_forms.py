"""Russian and Kazakh as an editor would publish them, read off the built sites: every list shown by
name in its language's alphabetical order, dates in the forms official documents use, and the
Kazakh month forms date phrases need. Each check runs on the fixture site and on the shipped one,
and each is shown to fail on what it must catch.

The expectations are written here, from the alphabets and the grammar (PRODUCT.md §5), never taken
from the build's code: the alphabetical order below is a plain letter-by-letter comparison, the Kazakh case
endings come from the rules of vowel harmony and consonant assimilation.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
import yaml

from conftest import FIXTURE_DATA, ROOT
from cica_record.site.collation import sort_key
from cica_record.site.language import MONTH_CASES, Language, load_tables
from site_reading import html_files, page, prefix, resolve, squash, table, url_of, without


# --- alphabetical order --------------------------------------------------------------------------

ALPHABETS = {
    "en": "abcdefghijklmnopqrstuvwxyz",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "kk": "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя",  # as PRODUCT.md §5 gives the Kazakh alphabet
}
OTHER_SCRIPT = {"en": "ru", "ru": "en", "kk": "en"}  # the reader's script first, then the other


def letters(name: str, lang: str) -> list[int]:
    """`name` as ranks in the language's alphabet, letter by letter; a space ranks before any letter and
    marks (quotes, hyphens, #) are skipped. Russian sorts ё as е; Latin accents are dropped."""
    own, other = ALPHABETS[lang], ALPHABETS[OTHER_SCRIPT[lang]]
    ranks = []
    for char in name.casefold():
        if lang != "kk" and char == "ё":
            char = "е"
        if char not in own and char not in other:
            char = unicodedata.normalize("NFD", char)[0]
        if char.isspace():
            ranks.append(-1)
        elif char in own:
            ranks.append(own.index(char))
        elif char in other:
            ranks.append(100 + other.index(char))
        elif char.isalnum():
            ranks.append(1000 + ord(char))
    return ranks


def out_of_order(names: list[str], lang: str) -> list[tuple[str, str]]:
    return [(a, b) for a, b in zip(names, names[1:]) if letters(a, lang) > letters(b, lang)]


# The names, in the Kazakh alphabet's order (written out by hand).
KAZAKH_STATES = ["Әзірбайжан", "Қазақстан", "Қырғызстан", "Қытай", "Өзбекстан", "Тәжікстан", "Түркия", "Үндістан",
                 "Шри-Ланка"]


@pytest.mark.unit
def test_the_order_check_fails_on_a_list_sorted_by_code_point():
    by_code_point = sorted(KAZAKH_STATES)  # Тәжікстан, Түркия, Шри-Ланка, Қазақстан, … Үндістан, Әзірбайжан
    assert by_code_point != KAZAKH_STATES
    assert out_of_order(by_code_point, "kk") and not out_of_order(KAZAKH_STATES, "kk")
    assert out_of_order(["Türkiye", "Turkey"], "en") and not out_of_order(["Ёлка", "Ель"], "ru")


@pytest.mark.parametrize("lang, names", [
    ("kk", KAZAKH_STATES),
    ("kk", ["Ауғанстан", "Әзірбайжан", "Бахрейн", "Біріккен Араб Әмірліктері", "Вьетнам", "Ель", "Ёлка", "Уругвай",
            "Ұлыбритания", "Үндістан", "Ыстық", "Іле", "Ьа"]),
    ("ru", ["Азия", "Азия Кеңесі", "Азиатский", "Еда", "Ёж", "Ель", "Киргизия", "Кыргызстан", "Шри-Ланка",
            "The Astana Times"]),
    ("en", ["apple", "Äpfel", "Turkey", "Türkiye", "Turkmenistan", "Viet Nam", "Vietnam", "#WEARETOGETHER", "Россия"]),
])
@pytest.mark.unit
def test_the_collation_key_sorts_in_the_alphabet_of_each_language(lang, names):
    shuffled = sorted(names, key=lambda name: name[::-1])
    assert sorted(shuffled, key=lambda name: sort_key(name, lang)) == sorted(names, key=lambda n: (letters(n, lang), n))
    assert not out_of_order(sorted(names, key=lambda name: sort_key(name, lang)), lang)


INDEXES_BY_NAME = ("states", "organisations", "people", "bodies", "events", "dimensions")


ROMAN_NUMBERS = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}


def as_sorted(name: str, family_names: dict[str, str]) -> str:
    """What a name is sorted by: a person by the family name (the data's `family_name`, else the last word);
    a name that opens with a Roman number («IV Международная конференция») by its words, then the number."""
    if name in family_names:
        return f"{family_names[name]} {name}"
    first, _, rest = name.partition(" ")
    return f"{rest} {ROMAN_NUMBERS[first]:04d}" if first in ROMAN_NUMBERS and rest else name


def family_names(site, lang: str) -> dict[str, str]:
    """Each person's name in `lang` with the family name it is sorted by (the shipped data's and the fixture's)."""
    people = []
    for folder in (ROOT / "data", FIXTURE_DATA):
        people += yaml.safe_load((folder / "people.yaml").read_text(encoding="utf-8"))["people"]
    return {p["name"][lang]: (p["family_name"][lang] if "family_name" in p else p["name"][lang].split()[-1])
            for p in people}


def shown_lists(site, lang: str) -> dict[str, list[str]]:
    """Every list a page of `lang` shows by name: states by status, organisations, people, bodies, events,
    the priority areas of each dimension on the dimensions' index and on each dimension's own page; each
    name as it is sorted (`as_sorted`)."""
    pages = {f"{prefix(lang)}{index}/": ".//ul" for index in INDEXES_BY_NAME}
    for file in html_files(site / prefix(lang) / "dimensions"):
        if file.parent.name != "dimensions":
            pages[url_of(site, file)] = ".//h2[@id='areas']/following-sibling::*[1][self::ul]"
    lists, families = {}, family_names(site, lang)
    for url, where in pages.items():
        for number, element in enumerate(page(site, url).article.xpath(where)):
            names = [as_sorted(squash(li.xpath(".//a")[0].text_content()), families)
                     for li in element.xpath("./li") if li.xpath(".//a")]
            if len(names) > 1:
                lists[f"{url} (list {number + 1})"] = names
    return lists


@pytest.mark.site
@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
@pytest.mark.parametrize("site", ["mini_site", "real_site"])
def test_every_list_by_name_is_in_the_alphabetical_order_of_its_language(request, site, lang):
    lists = shown_lists(request.getfixturevalue(site), lang)
    assert len(lists) >= 4, f"found only these lists: {sorted(lists)}"
    wrong = {where: pairs for where, names in lists.items() if (pairs := out_of_order(names, lang))}
    assert not wrong, "lists out of alphabetical order:\n" + "\n".join(f"{w}: {p}" for w, p in wrong.items())


@pytest.mark.site
def test_the_kazakh_members_are_in_the_order_of_the_kazakh_alphabet(real_site):
    members = page(real_site, "kk/states/").by_id("member").getnext()
    names = [squash(a.text_content()) for a in members.xpath(".//a")]
    assert [name for name in names if name in KAZAKH_STATES] == KAZAKH_STATES


# --- dates ----------------------------------------------------------------------------------------

RU_GENITIVE = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
RU_NOMINATIVE = "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split()
KK_MONTHS = "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан".split()

RU_WRONG = {
    "a day with the month in the nominative": re.compile(rf"\b\d{{1,2}}\s+({'|'.join(RU_NOMINATIVE)})\b", re.I),
    "с or до with the month in the nominative": re.compile(rf"\b(?:с|до)\s+({'|'.join(RU_NOMINATIVE)})\b", re.I),
    "a month with a capital letter after its day": re.compile(rf"\b\d{{1,2}}\s+({'|'.join(m.capitalize() for m in RU_GENITIVE)})\b"),
    "a full date without г. or года": re.compile(
        rf"\b\d{{1,2}}\s+(?:{'|'.join(RU_GENITIVE)})\s+\d{{4}}\b(?!\s*(?:г\.|года|году|годом|гг\.))"),
    "an ISO date in running text": re.compile(r"\b\d{4}-\d{2}-\d{2}\b"),
}
KK_WRONG = {
    "a suffix glued to a label instead of the month": re.compile(
        r"күнінен бастап|айынан бастап|күніне дейін|айына дейін|мәлімет күні"),
    "day, month, year in the Russian order": re.compile(
        rf"(?<!жылғы )(?<![–-])\b\d{{1,2}}\s+(?:{'|'.join(KK_MONTHS)})\w*\s+\d{{4}}\b(?! жылғы)"),
    "жылы instead of жылғы before the day": re.compile(rf"\b\d{{4}} жылы \d{{1,2}}\s+(?:{'|'.join(KK_MONTHS)})"),
}
KK_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s+((?:{'|'.join(KK_MONTHS)})\w*)", re.I)

VOICELESS = set("кқпстфхцчшщ")
NASAL = set("мнң")
FRONT = set("әеіөүи")


def kazakh_forms(month: str) -> set[str]:
    """The forms of a month's name that Kazakh grammar allows after a date, from the rules: vowel
    harmony (the last vowel) and the last sound (vowel, voiceless, nasal or other consonant)."""
    front = [v for v in month if v in "аоұыәеіөүиуэ"][-1] in FRONT
    last = month[-1]
    vowel = last in "аоұыәеіөүиуэ"

    def pick(back: str, front_form: str) -> str:
        return front_form if front else back
    locative = pick("та", "те") if last in VOICELESS else pick("да", "де")
    ablative = (pick("нан", "нен") if last in NASAL else pick("тан", "тен") if last in VOICELESS
                else pick("дан", "ден"))
    dative = pick("қа", "ке") if last in VOICELESS else pick("ға", "ге")
    accusative = pick("ны", "ні") if vowel else pick("ты", "ті") if last in VOICELESS else pick("ды", "ді")
    instrumental = "пен" if last in VOICELESS else "бен" if last in "жз" else "мен"
    return {month + ending for ending in ("", locative, locative + pick("ғы", "гі"), ablative, dative, accusative,
                                          instrumental)}


def date_errors(text: str, lang: str) -> list[str]:
    """The date forms in `text` that official documents would not write, each with what is wrong."""
    found = []
    for what, pattern in (RU_WRONG if lang == "ru" else KK_WRONG).items():
        found += [f"{what}: …{text[max(0, m.start() - 30):m.end() + 30]}…" for m in pattern.finditer(text)]
    if lang == "kk":
        for match in KK_DAY_MONTH.finditer(text):
            word = match.group(2).casefold()
            month = next(m for m in KK_MONTHS if word.startswith(m))
            if word not in kazakh_forms(month):
                found.append(f"a case ending this month does not take: {match.group(0)}")
    return found


@pytest.mark.parametrize("lang, wrong", [
    ("kk", "2018 жылғы 15 тамыз күнінен бастап"),
    ("kk", "мәлімет күні: 2023 жылғы 12 желтоқсан"),
    ("kk", "12 желтоқсан 2023 ж."),
    ("kk", "2023 жылғы 12 желтоқсантағы жағдай бойынша"),
    ("kk", "2018 жылғы 15 тамызден бастап"),
    ("kk", "2023 жылы 12 желтоқсанда"),
    ("ru", "12 декабрь 2023 г."),
    ("ru", "с 15 август 2018 г."),
    ("ru", "12 декабря 2023, Астана"),
    ("ru", "12 Декабря 2023 г."),
])
@pytest.mark.unit
def test_the_date_check_fails_on_forms_documents_do_not_use(lang, wrong):
    assert date_errors(wrong, lang), f"the check finds nothing wrong in {wrong!r}"


@pytest.mark.parametrize("lang, right", [
    ("kk", "2023 жылғы 12 желтоқсандағы жағдай бойынша"),
    ("kk", "2018 жылғы 15 тамыздан бастап, 2018 жылғы 15 тамызға дейін"),
    ("kk", "2022 жылғы 12–13 қазан; 2024 жылғы 17 маусымда; 2021 жылғы 21–23 маусымды; 2023 жылғы 1 қыркүйектен"),
    ("ru", "с 15 августа 2018 г.; по состоянию на июнь 2021 г.; 12–13 октября 2022 г.; 12 декабря 2023 года"),
])
@pytest.mark.unit
def test_the_date_check_accepts_the_official_forms(lang, right):
    assert date_errors(right, lang) == []


@pytest.mark.unit
def test_the_kazakh_month_forms_follow_the_grammar():
    """The hooks' closed set of Kazakh month forms agrees with the rules, month by month; and each
    starts with the month's name as Babel (CLDR) writes it."""
    from babel.dates import get_month_names
    names = get_month_names("wide", locale="kk")
    for case, forms in MONTH_CASES["kk"].items():
        assert len(forms) == 12, case
        for number, form in enumerate(forms, 1):
            assert form.startswith(names[number]) and form in kazakh_forms(KK_MONTHS[number - 1]), (case, form)
    assert MONTH_CASES["kk"]["ablative"][7] == "тамыздан" and MONTH_CASES["kk"]["locative"][11] == "желтоқсандағы"


def page_text(built) -> str:
    """What a reader reads on the page; code, text marked as English and quoted headlines (a source's own
    words, dated as it dates them) aside."""
    body = without(built.root.xpath("//body")[0],
                   ".//script | .//style | .//code | .//pre | .//q | .//*[@lang='en' or starts-with(@lang, 'en-')]")
    return squash(" ".join(body.itertext()))  # a space between elements: a list's items do not run together


@pytest.mark.unit
@pytest.mark.parametrize("start, end, attribute", [
    ("2024-12-05", "2024-12-11", "2024 жылғы 5 және 11 желтоқсан аралығындағы"),
    ("2020-10", "2021-02-03", "2020 жылғы қазан – 2021 жылғы 3 ақпандағы"),
])
def test_a_kazakh_date_set_by_bounds_is_an_attribute_before_the_meeting_word(start, end, attribute):
    """A meeting dated only by the bounds its sources set, named inside a Kazakh sentence: the bounds stand
    before "отырысы" as an attribute (…аралығындағы, …ақпандағы), as a single day does (…желтоқсандағы)."""
    kk = Language("kk", load_tables(ROOT / "translations"))
    assert kk.attributive(kk.between(start, end)).replace("\u00a0", " ") == attribute


@pytest.mark.site
@pytest.mark.parametrize("lang", ["ru", "kk"])
@pytest.mark.parametrize("site", ["mini_site", "real_site"])
def test_every_date_on_a_russian_or_kazakh_page_is_in_an_official_form(request, site, lang):
    built_site = request.getfixturevalue(site)
    pages = sorted(url_of(built_site, f) for f in html_files(built_site / prefix(lang)))
    wrong = {url: errors for url in pages if (errors := date_errors(page_text(page(built_site, url)), lang))}
    report = "\n".join(f"{url}: {error}" for url, errors in wrong.items() for error in errors[:3])
    assert not wrong, f"dates in forms official documents do not use, on {len(wrong)} {lang} pages:\n{report}"


@pytest.mark.parametrize("lang, since, as_of", [
    ("ru", "с 15 августа 2018 г.", "по состоянию на 12 декабря 2023 г."),
    ("kk", "2018 жылғы 15 тамыздан бастап", "2023 жылғы 12 желтоқсандағы жағдай бойынша"),
])
@pytest.mark.site
def test_status_and_role_dates_read_as_official_documents_write_them(real_site, lang, since, as_of):
    """Sri Lanka, a member since 15 August 2018; the coordinator of trade and investment, vacant as at the
    SOC of 12 December 2023."""
    assert since in page(real_site, f"{prefix(lang)}states/lk/").text()
    assert as_of in page(real_site, f"{prefix(lang)}priority-areas/trade-and-investment/").text()


# --- words in their place ---------------------------------------------------------------------------


def lowerfirst(words: str) -> str:
    return words[:1].lower() + words[1:]


@pytest.mark.site
@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_labels_in_running_text_are_written_with_a_small_letter(real_site, lang):
    """A label inside a sentence reads "…: дата.", not "…: Дата."; after a dash, "— принятие к сведению"."""
    words = table(lang)
    inference = words["notes"]["inferred_fact"]
    meeting = page(real_site, f"{prefix(lang)}meetings/2023/swg-2023-08-21/").text()
    assert inference.format(fact=lowerfirst(words["facts"]["date"])) in meeting
    assert inference.format(fact=words["facts"]["date"]) not in meeting
    decision = words["labels"]["decision_of"].format(body=SOC[lang]) + " — " + lowerfirst(words["decision_kinds"]["took-note"])
    assert decision in page(real_site, f"{prefix(lang)}meetings/2023/soc-2023-12-12/").text()


# The SOC as "the decision of …" names it: its short name in English, its full name in the genitive in Russian and Kazakh.
SOC = {"en": "SOC", "ru": "Комитета старших должностных лиц", "kk": "Аға лауазымды тұлғалар комитетінің"}


@pytest.mark.site
@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_a_persons_name_in_an_unofficial_form_says_its_spelling_is_unofficial(real_site, lang):
    words = table(lang)["notes"]
    person, body = page(real_site, f"{prefix(lang)}people/adil-tursunov/"), page(real_site, f"{prefix(lang)}bodies/ttf/")
    assert words["unofficial_spelling"] in person.text() and words["unofficial_name"] not in person.text()
    assert words["unofficial_name"] in body.text()


@pytest.mark.parametrize("lang, listed, not_listed", [
    ("kk", ["Арнайы жұмыс тобы (АЖТ)", "Аға лауазымды тұлғалар комитеті (АЛТК)", "Сыртқы істер министрлері кеңесі"],
     ["(Арнайы жұмыс тобы)", "(Сыртқы істер министрлері кеңесі)", "(Хатшылық)"]),
    ("ru", ["Специальная рабочая группа (СРГ)", "Совет министров иностранных дел СВМДА", "Форум аналитических центров СВМДА"],
     ["(Совет министров)", "(Форум аналитических центров)", "(Секретариат)", "СМИД"]),
])
@pytest.mark.site
def test_a_body_shows_an_abbreviation_only_where_one_exists(real_site, lang, listed, not_listed):
    names = [squash(li.text_content()) for li in page(real_site, f"{prefix(lang)}bodies/").article.xpath(".//li")]
    assert set(listed) <= set(names), names
    assert not [name for name in names for part in not_listed if part in name], names
    organisations = page(real_site, f"{prefix(lang)}organisations/").text()
    assert "Араб мемлекеттері лигасы (" not in organisations


@pytest.mark.site
@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_theme_speaks_the_page_language(mini_site, lang):
    """The home page's title names the site once; the footer links to the About page of the page's language;
    each language's name in the switcher is marked with its language."""
    home = page(mini_site, prefix(lang))
    site_name = home.root.xpath("//header//*[contains(@class, 'md-header__topic')][1]")[0].text_content().strip()
    assert home.root.findtext(".//title") == site_name
    for url in (prefix(lang), f"{prefix(lang)}states/kz/"):
        built = page(mini_site, url)
        footer_links = [resolve(built.url, href) for href in built.root.xpath("//footer//a/@href")]
        assert f"{prefix(lang)}about/" in footer_links, footer_links
        switcher = {a.get("hreflang"): a.get("lang") for a in built.root.xpath("//a[contains(@class, 'md-select__link')]")}
        assert switcher == {code: code for code in ("en", "ru", "kk")}, switcher
