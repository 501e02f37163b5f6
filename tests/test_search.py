"""The site's search and symbol addresses, read from the files a build ships.

Every question is asked of the browser's own engine, run under Node (tests/search_engine.py),
of the fixture site and the shipped site; the analysis tests check that what the build
indexed (in Python) is what that engine asks for when a reader types it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cica_record.search import analysis
from search_engine import site_search
from site_reading import LANGUAGES, SITE_URL, file_of, load_yaml, page, prefix, resolve, split, walk

pytestmark = pytest.mark.site

REAL_DATA = Path(__file__).resolve().parent.parent / "data"


def answer(site, lang, query):
    return site_search(str(site), lang).answer(query)


def symbols_of(data: Path) -> list[str]:
    files = sorted(data.glob("*.yaml")) + sorted((data / "meetings").glob("*.yaml"))
    return sorted({node["symbol"] for f in files for node in walk(load_yaml(f))
                   if isinstance(node.get("symbol"), str) and "kind" in node})


# --- symbols in the search box ------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("typed", ["TST/2023-I/DEC/1", "tst/2023-i/dec/1", "TST / 2023-I / DEC / 1",
                                   " Tst/2023-I/Dec/1 "])
def test_a_whole_symbol_in_any_case_or_spacing_puts_its_document_first(mini_site, lang, typed):
    found = answer(mini_site, lang, typed)
    assert found.exact is not None and found.exact[0] == "TST/2023-I/DEC/1"
    assert found.locations[0] == "documents/tst/2023-i/dec/1/"
    assert found.not_in_record is None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_exact_symbol_part_ranks_above_its_prefix(mini_site, lang):
    found = answer(mini_site, lang, "DEC/1")
    assert found.locations.index("documents/tst/2023-i/dec/1/") < found.locations.index("documents/tst/2023-i/dec/10/")
    assert found.results[0].location == "documents/tst/2023-i/dec/1/"


def test_a_symbol_segment_never_matches_a_shorter_one(mini_site):
    assert not [loc for loc in answer(mini_site, "en", "2023-III").locations if "2023-i" in loc]
    assert "documents/tst/2023-i/dec/1/" in answer(mini_site, "en", "2023-I").locations


def test_a_stop_word_inside_a_symbol_still_counts(mini_site):
    """`i` and `a` are stop words for English text, not inside a symbol (`TST/2023-I`)."""
    found = answer(mini_site, "en", "TST/2023-I")
    assert {"documents/tst/2023-i/dec/1/", "documents/tst/2023-i/draft/1/rev.1/"} <= set(found.locations)


@pytest.mark.parametrize("part, expected", [("Rev.1", "documents/tst/2023-i/draft/1/rev.1/"),
                                            ("DRAFT/7", "documents/mc/2023/draft/7/"),
                                            ("INF/1", "documents/tst/2023-i/inf/1/"),
                                            ("NºTST/1", "documents/notst/1/"),
                                            ("№TST/1", "documents/notst/1/"),
                                            ("notst/1", "documents/notst/1/")])
def test_part_of_a_symbol_lists_the_documents_that_have_it(mini_site, part, expected):
    assert answer(mini_site, "en", part).locations[0] == expected


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_symbol_not_in_the_record_says_so_above_near_matches(mini_site, lang):
    found = answer(mini_site, lang, "TST/2023-I/DEC/11")
    assert found.not_in_record == "TST/2023-I/DEC/11" and found.exact is None
    assert {"documents/tst/2023-i/dec/1/", "documents/tst/2023-i/dec/10/"} <= set(found.locations)


@pytest.mark.parametrize("typed", ["-2023", "+x", "a:b", "~", "^", "*", "/", "DEC/1^10", "title:x", "\"", "\\",
                                   "*DEC*", "-", "..", "ё", ""])
def test_nothing_a_reader_types_breaks_the_search(mini_site, typed):
    answer(mini_site, "en", typed)  # raises on failure


# --- words ----------------------------------------------------------------------------------------


def test_russian_words_are_found_with_other_endings(real_site):
    for typed in ("сотрудничество", "сотрудничества", "Сотрудничестве"):
        titles = [r.title for r in answer(real_site, "ru", typed).results]
        assert any("сотрудничеств" in t.casefold() for t in titles), (typed, titles[:5])
    assert answer(real_site, "ru", "государства").results


def test_kazakh_words_are_found_whole_and_by_prefix(real_site):
    whole = answer(real_site, "kk", "Қазақстан").results
    assert whole and whole[0].title.startswith("Қазақстан")
    assert answer(real_site, "kk", "Қазақ").results
    # A prefix finds the word's endings (Қазақстанның, Қазақстанға, …) as the whole word does.
    assert {r.location for r in answer(real_site, "kk", "Қазақстанн").results} <= {r.location for r in whole}


def test_latin_words_and_symbols_are_found_on_cyrillic_sites(real_site):
    for lang in ("ru", "kk"):
        assert answer(real_site, lang, "SOC/2023-III/DEC/1").locations[0] == "documents/soc/2023-iii/dec/1/"
        assert answer(real_site, lang, "Senior Officials").results  # the minutes' English paragraphs


@pytest.mark.parametrize("lang, query, expected", [("en", "Russia", "states/ru/"), ("ru", "Россия", "states/ru/"),
                                                   ("kk", "Ресей", "states/ru/")])
def test_each_language_finds_its_own_pages_only(mini_site, lang, query, expected):
    found = answer(mini_site, lang, query)
    assert found.locations[0] == expected
    for result in found.results:
        path, anchor = split(resolve(prefix(lang), result.location))
        assert path.startswith(prefix(lang)) and file_of(mini_site, path), result.location
        built = page(mini_site, path)
        assert built.root.get("lang") == lang
        if anchor:
            built.by_id(anchor)
        else:
            assert result.title in built.text(built.root.xpath("//h1")[0]) or result.kind in ("Page", "Страница", "Бет")


def test_results_show_kind_title_and_labelled_snippet(mini_site):
    meeting = next(r for r in answer(mini_site, "en", "Senior Officials Committee").results
                   if r.location == "meetings/2023/soc-2023-12-12/")
    assert re.match(r"Session: \S+ · Date: 12\sDecember 2023 · Place: Astana", meeting.snippet), meeting.snippet
    decision = answer(mini_site, "kk", "TST/2023-I/DEC/1").results[0]
    assert decision.kind == "Құжат"
    found = answer(mini_site, "en", "The plan: noted")
    assert any(r.kind == "Decision" and r.title == "The plan: noted" for r in found.results)


def test_a_statement_is_indexed_once_at_its_anchor(mini_site):
    text = "Russia"  # a state whose statement is listed on its own page too
    locations = answer(mini_site, "en", text).locations
    statements = [loc for loc in locations if "#s-" in loc]
    assert statements and len(statements) == len(set(statements))
    assert not [loc for loc in locations if loc.startswith("states/") and loc != "states/ru/"]


def test_shipped_symbols_are_found_first(real_site):
    for symbol in symbols_of(REAL_DATA):
        for lang in LANGUAGES:
            found = answer(real_site, lang, symbol.lower())
            assert found.exact and found.exact[0] == symbol, (lang, symbol)


def test_the_real_symbol_not_in_the_record(real_site):
    found = answer(real_site, "en", "SOC/2023-III/DEC/10")
    assert found.not_in_record == "SOC/2023-III/DEC/10"
    assert found.locations[0] in {"documents/soc/2023-iii/dec/1/", "documents/soc/2023-iii/dec/2/",
                                  "documents/soc/2023-iii/dec/3/"}
    for part in ("DEC/1", "INF/5", "DRAFT/7", "Rev.1", "SOC/2023-III"):
        assert answer(real_site, "en", part).results, part


# --- pages rendered from Markdown: as a reader sees them ---------------------------------------------

DOCS = Path(__file__).resolve().parent.parent / "docs"
GENERATED = re.compile(r"<!-- (allowed-values(?:-list)?|data-columns): (\w+) -->")


def generated_lists(lang: str, page: str) -> list[tuple[str, str]]:
    return GENERATED.findall((DOCS / lang / f"{page}.md").read_text(encoding="utf-8"))


def searchable(site, lang: str, texts: set[str]) -> list[str]:
    """The texts a reader can search for: those not made of stop words only ("since", "as of")."""
    texts = sorted(texts)
    return [text for text, read in zip(texts, site_search(str(site), lang).analyze(texts)) if read["words"]]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_value_the_guide_lists_finds_the_guide(mini_site, lang):
    """The guide's lists of allowed values are made by the build; the search finds what they show."""
    from cica_record.record.schema.allowed_values import allowed_values
    lists = [name for kind, name in generated_lists(lang, "guide") if kind.startswith("allowed-values")]
    assert lists
    for value in searchable(mini_site, lang, {value for name in lists for value in allowed_values(name)}):
        assert "guide/" in answer(mini_site, lang, value).locations, value


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_column_the_data_page_explains_finds_the_data_page(mini_site, lang):
    from cica_record.export.tables import TABLES
    tables = {table.name: table for table in TABLES}
    shown = [tables[name] for kind, name in generated_lists(lang, "data") if kind == "data-columns"]
    assert shown
    for column in searchable(mini_site, lang, {column.name.replace("_", " ") for table in shown for column in table.columns}):
        assert "data/" in answer(mini_site, lang, column).locations, column


# --- the files ------------------------------------------------------------------------------------


def test_no_page_fetches_a_search_index(mini_site):
    assert not (mini_site / "search" / "search_index.json").exists()
    html = (mini_site / "index.html").read_text(encoding="utf-8")
    assert 'name="search"' not in html and 'data-md-component="search"' not in html
    assert "search-start.js" in html


def test_resolving_a_symbol_reads_one_small_file(real_site):
    for lang in LANGUAGES:
        folder = real_site / prefix(lang) / "search"
        files = sorted((folder / "s").glob("*.json"))
        assert files and all(f.stat().st_size < 25_000 for f in files)
        assert (folder / "manifest.json").stat().st_size < 25_000


# --- symbol addresses -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_symbol_is_an_address_as_written_and_in_lower_case(mini_site, lang):
    for symbol in symbols_of(Path(__file__).parent / "fixtures" / "mini"):
        target = answer(mini_site, lang, symbol).exact[1]
        for form in dict.fromkeys((symbol, symbol.lower())):
            url = f"{prefix(lang)}symbol/{form}/"
            redirect = page(mini_site, url)
            refresh = redirect.root.xpath("//meta[@http-equiv='refresh']/@content")[0]
            link = redirect.root.xpath("//body//a/@href")[0]
            assert refresh == f"0; url={link}"
            assert resolve(url, link) == prefix(lang) + target
            assert redirect.root.xpath("//link[@rel='canonical']/@href") == [SITE_URL + prefix(lang) + target]
            assert redirect.root.get("lang") == lang


def test_each_document_page_shows_its_address(mini_site):
    built = page(mini_site, "ru/documents/tst/2023-i/dec/1/")
    link = built.root.xpath("//a[@class='record-address']")[0]
    assert link.text_content() == SITE_URL + "ru/symbol/TST/2023-I/DEC/1/"
    assert resolve(built.url, link.get("href")) == "ru/symbol/TST/2023-I/DEC/1/"


# --- the build's analysis and the browser's agree ----------------------------------------------------

QUERIES = ["SOC/2023-III/DEC/1", "soc / 2023-iii / dec / 1", "DEC/1", "DEC/10", "SOC/2023-III/DEC/10", "2023-III",
           "Rev.1", "INF/5", "DRAFT/7", "NºSOC/45", "№SOC/45", "-2023", "+x", "a:b", "~", "^", "*", "/",
           "сотрудничество", "сотрудничестве", "Қазақстан", "Қазақ", "Kazakhstan", "Russia cooperation",
           "Ресей", "Россия", "decisions", "СВМДА", "Азия Кеңесі", "ёлка", "іс-қимыл"]


def vocabulary(search) -> list[str]:
    """Every term the build indexed for one language."""
    return sorted({entry[0] for n in range(len(search.manifest["shards"]))
                   for entry in search.read(f"t/{n}.json")["invertedIndex"]})


def titles(search) -> list[str]:
    chunk = search.manifest["chunk"]
    return [row[2] for n in range(0, search.manifest["documents"], chunk) for row in search.read(f"d/{n // chunk}.json")]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_browser_reads_every_text_into_the_tokens_the_build_indexed(real_site, lang):
    """Normalizing and cutting into tokens (and telling symbols from words) is the same on both sides."""
    search = site_search(str(real_site), lang)
    texts = vocabulary(search) + titles(search) + QUERIES
    assert len(texts) > 500
    read = search.analyze(texts)
    assert [(text, seen["tokens"]) for text, seen in zip(texts, read) if seen["tokens"] != analysis.tokens(text)] == []
    assert [(text, seen["symbols"]) for text, seen in zip(texts, read)
            if seen["symbols"] != [analysis.is_symbol(token) for token in seen["tokens"]]] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_indexed_term_typed_is_asked_for_exactly(real_site, lang):
    """A term the build indexed, typed as a query, is looked up as that very term (a stop word aside)."""
    search = site_search(str(real_site), lang)
    terms = vocabulary(search)
    stop = set(analysis.STOP_WORDS[lang])
    asked = search.analyze(terms)
    assert [(term, seen["words"]) for term, seen in zip(terms, asked)
            if [w["exact"] for w in seen["words"]] != ([] if term in stop else [term])] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_words_of_a_title_typed_are_the_terms_it_is_indexed_under(real_site, lang):
    search = site_search(str(real_site), lang)
    texts = titles(search)
    asked = search.analyze(texts)
    assert [(text, word["exact"]) for text, seen in zip(texts, asked) for word in seen["words"]
            if word["exact"] not in analysis.index_terms(text, lang)] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_browser_finds_every_symbol_in_the_file_the_build_put_it_in(real_site, lang):
    search = site_search(str(real_site), lang)
    count = search.manifest["symbolFiles"]
    symbols = [row[0] for n in range(count) for row in search.read(f"s/{n}.json").values()]
    assert symbols
    for symbol, seen in zip(symbols, search.analyze(symbols)):
        assert seen["key"] == analysis.symbol_key(symbol) and seen["bucket"] == analysis.bucket(seen["key"], count)
        assert search.read(f"s/{seen['bucket']}.json")[seen["key"]][0] == symbol


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_query_is_answered(real_site, lang):
    search = site_search(str(real_site), lang)
    for query in QUERIES + vocabulary(search)[::25]:
        answer = search.answer(query)
        assert answer.exact is None or answer.results[0].ref == answer.exact[2], query


def test_the_manifest_carries_the_builds_rules_and_weights(mini_site):
    for lang in LANGUAGES:
        manifest = site_search(str(mini_site), lang).manifest
        assert manifest["rules"] == analysis.manifest_rules(lang)
        assert manifest["rules"]["boosts"] == analysis.BOOSTS
