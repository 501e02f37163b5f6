"""How text becomes search terms: the one definition, for the build and for the browser.

The build indexes every text with `index_terms`. The browser's engine
(`docs/assets/javascripts/search-engine.js`) analyses a reader's query with the
rules written here, which travel in each language's search manifest
(`manifest_rules`: the token pattern, stop words, endings, the ranking weights),
so each rule is written once. The engine's own code (tokens, stems, prefixes)
is run under Node by the tests against the very files a build ships
(tests/test_search.py, tests/js/search_engine.js): what the build indexed is
what the browser asks for.

- Normalizing: Unicode NFKC (`º` → `o`, `№` → `No`), lower case, `ё` → `е`.
- Tokens: runs of letters and digits, joined by `/`, `-` or `.` when a letter
  or digit follows (`SOC/2023-III/INF/5/Rev.1` is one token).
- A token with a digit or a `/` is a symbol: indexed whole and as every run of
  consecutive segments (`2023-iii`, `dec/1`, `rev.1`, `inf`), never stemmed
  nor dropped as a stop word (`SOC/2023-I` keeps its `i`).
- Other tokens joined by `-` or `.` (`іс-қимыл`) are indexed whole and by parts.
- Plain words are indexed as written (no stemming in the index) unless they
  are stop words of the page's language or of English. A query matches a word
  exactly, or by the prefix of its stem: Russian words with the Snowball
  stemmer (lunr-languages' port, in the browser), Latin words without one
  ending of `LATIN_ENDINGS`, Kazakh words by whole word and prefix. A whole
  symbol typed counts far above a word typed, and that above a prefix (`BOOSTS`).
"""

from __future__ import annotations

import re
import unicodedata

from lunr.stop_word_filter import WORDS as ENGLISH_STOP_WORDS

# Letters and digits of the scripts the record is written in (after NFKC and lower case):
# Latin with its accented letters, Greek, Cyrillic with every Kazakh letter.
LETTER = r"0-9a-z\u00b5\u00df-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u052f"
CONNECTOR = r"/.\-"
TOKEN = f"[{LETTER}]+(?:[{CONNECTOR}][{LETTER}]+)*"
SEGMENT_SEPARATOR = f"[{CONNECTOR}]"
LATIN_WORD = r"^[a-z\u00df-\u00f6\u00f8-\u024f]+$"
CYRILLIC_WORD = r"^[\u0400-\u052f]+$"
MAX_SEGMENTS = 12  # beyond, a token (a long web address) is indexed whole and by single segments
MIN_PREFIX = 3  # shorter words are matched whole: a two-letter prefix matches too much to be of use
# In a query, Latin words lose one ending, the longest that leaves three letters ("decisions" → "decis"),
# so that the prefix of what is left finds the word's other forms (the browser's Porter stemmer is not
# used: lunr.py's and lunr.js's disagree, "deploy", "always"); this list travels in the manifest.
LATIN_ENDINGS = ("ations", "ation", "ings", "ing", "ions", "ion", "ies", "ied", "ed", "s", "y")
# How a query's clauses weigh (the browser adds each clause's lunr score times its weight): a symbol or
# symbol part typed whole, far above its prefixes (DEC/1 over DEC/10); a word as typed, above the other
# forms of its stem; a prefix.
BOOSTS = {"symbolExact": 100, "wordExact": 10, "prefix": 1}

RUSSIAN_STOP_WORDS = (
    "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот "
    "от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять "
    "уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб "
    "без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом "
    "один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть "
    "после над больше тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой "
    "перед иногда лучше чуть том нельзя такой им более всегда конечно всю между"
).split()
# Kazakh conjunctions and particles that carry no subject (written as a Kazakh reader writes them).
KAZAKH_STOP_WORDS = "және мен бен пен да де та те бұл осы үшін".split()
STOP_WORDS = {
    "en": sorted(ENGLISH_STOP_WORDS),
    "ru": sorted(set(ENGLISH_STOP_WORDS) | {w.replace("ё", "е") for w in RUSSIAN_STOP_WORDS}),
    "kk": sorted(set(ENGLISH_STOP_WORDS) | set(KAZAKH_STOP_WORDS)),
}

_TOKEN = re.compile(TOKEN)
_SEPARATOR = re.compile(SEGMENT_SEPARATOR)


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower().replace("ё", "е")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(normalize(text))


def is_symbol(token: str) -> bool:
    return "/" in token or re.search("[0-9]", token) is not None


def runs(token: str) -> list[str]:
    """Every run of consecutive segments, as written between them: `dec/1`, `2023-iii`, the whole."""
    bounds = [(m.start(), m.end()) for m in re.finditer(f"[{LETTER}]+", token)]
    if len(bounds) > MAX_SEGMENTS:
        return [token] + [token[start:end] for start, end in bounds]
    return [token[bounds[i][0]:bounds[j][1]] for i in range(len(bounds)) for j in range(i, len(bounds))]


def index_terms(text: str, lang: str) -> list[str]:
    """The terms a text is indexed under on the `lang` site, in order, repeated as often as they occur."""
    stop = set(STOP_WORDS[lang])
    out: list[str] = []
    for token in tokens(text):
        if is_symbol(token):
            out += runs(token)
        elif _SEPARATOR.search(token):
            out.append(token)
            out += [part for part in _SEPARATOR.split(token) if part not in stop]
        elif token not in stop:
            out.append(token)
    return out


def symbol_key(text: str) -> str:
    """A symbol as the symbol lookup files it: normalized, without any spaces (`soc/2023-iii/dec/1`)."""
    return re.sub(r"\s+", "", normalize(text))


def bucket(key: str, count: int) -> int:
    """Which symbol file holds `key`: FNV-1a (32 bits) of its UTF-8 bytes, modulo the number of files."""
    value = 0x811C9DC5
    for byte in key.encode("utf-8"):
        value = ((value ^ byte) * 0x01000193) & 0xFFFFFFFF
    return value % count


def manifest_rules(lang: str) -> dict[str, object]:
    """What the browser's analyzer reads from the manifest."""
    return {"lang": lang, "letter": LETTER, "connector": CONNECTOR, "latin": LATIN_WORD, "cyrillic": CYRILLIC_WORD,
            "maxSegments": MAX_SEGMENTS, "minPrefix": MIN_PREFIX, "latinEndings": list(LATIN_ENDINGS),
            "stopWords": STOP_WORDS[lang], "boosts": BOOSTS}
