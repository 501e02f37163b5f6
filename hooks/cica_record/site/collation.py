"""Alphabetical order as each language's readers expect it, never the order of code points.

Python's `sorted` on strings puts every letter outside a-z by its code point:
Kazakh Қазақстан, Әзірбайжан and Үндістан after Шри-Ланка, Türkiye after
Turkmenistan. A sort key from the language's own alphabet fixes that.

Why a table and not ICU: `icu4py` 1.2.0 (the one ICU binding with wheels)
has no collator, PyICU needs a compiler and the system's ICU, and ICU's own
Kazakh rules (CLDR) differ from the official alphabet the record follows:
they put І after И and Ү before Ұ. The Kazakh order here is the alphabet's,
as PRODUCT.md §5 gives it.

The key works like a simplified ICU collation with three levels: first the
letters by the alphabet (case and diacritics aside; spaces sort before any
letter, so names sort word by word; other punctuation, such as quotes,
hyphens and #, is skipped), then diacritics (Turkiye < Türkiye), then case,
then the text itself. The reader's own script comes first, then the others.
It is a string, so that the browser can sort a table's column by the same
order from a `data-sort` attribute with a plain comparison.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

LATIN = "abcdefghijklmnopqrstuvwxyz"
RUSSIAN = "абвгдежзийклмнопрстуфхцчшщъыьэюя"  # ё sorts as е, told apart at the second level (CLDR)
KAZAKH = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"

# Each language's scripts, its own first.
ALPHABETS = {"en": (LATIN, RUSSIAN), "ru": (RUSSIAN, LATIN), "kk": (KAZAKH, LATIN)}
SECOND_LEVEL = {"ё": "е"}  # letters a language sorts as another one, except where the texts are otherwise equal

_LEVELS = " "  # between levels: sorts before every weight, so that "Азия" comes before "Азия Кеңесі"
_SPACE = 0x100
_DIGIT = 0x110
_LETTERS = 0x200  # + 0x80 for each further alphabet of the language
_OTHER = 0x1000   # any other character, by its code point


def sort_key(text: str, lang: str) -> str:
    """A string whose plain order is `text`'s alphabetical order in `lang` ("en", "ru" or "kk")."""
    return _key(text, lang)


@lru_cache(maxsize=8192)
def _key(text: str, lang: str) -> str:
    weights = _weights(lang)
    primary, accents, cases = [], [], []
    for char in text:
        folded = char.casefold()
        base, marks = _letter(folded, weights)
        if base is None:
            if char.isspace():
                if primary and primary[-1] != _SPACE:
                    primary.append(_SPACE)
            continue
        primary.append(weights.get(base, _digit_or_other(base)))
        accents.append(0x100 + len(marks) + (1 if base != folded and folded in SECOND_LEVEL else 0))
        cases.append(0x100 + (char != folded))
    while primary and primary[-1] == _SPACE:
        primary.pop()
    levels = (primary, accents, cases)
    return _LEVELS.join("".join(map(chr, level)) for level in levels) + _LEVELS + text


@lru_cache(maxsize=None)
def _weights(lang: str) -> dict[str, int]:
    weights: dict[str, int] = {}
    for rank, alphabet in enumerate(ALPHABETS[lang]):
        for index, letter in enumerate(alphabet):
            weights.setdefault(letter, _LETTERS + 0x80 * rank + index)
    return weights


def _letter(char: str, weights: dict[str, int]) -> tuple[str | None, str]:
    """The letter `char` sorts as, and its diacritics; (None, "") for a space or punctuation."""
    if char in weights or char.isdigit():
        return char, ""
    if char in SECOND_LEVEL and SECOND_LEVEL[char] in weights:
        return SECOND_LEVEL[char], ""
    decomposed = unicodedata.normalize("NFD", char)
    base, marks = decomposed[0], decomposed[1:]
    if base in weights:
        return base, marks
    if unicodedata.category(char)[0] in "LN":
        return char, ""
    return None, ""


def _digit_or_other(char: str) -> int:
    if char.isdigit() and char.isascii():
        return _DIGIT + int(char)
    return _OTHER + min(ord(char), 0xC000)  # stays below the surrogates: one UTF-16 unit in the browser


_ROMAN_FIRST = re.compile(r"^(?P<number>[IVXLCDM]+)\s+(?P<words>\S.*)$")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def words_first(name: str) -> str:
    """A name that opens with a Roman number sorts by its words, then its number: "IV Международная
    конференция" as "Международная конференция 0004", beside the other conferences, not after every
    Cyrillic name."""
    match = _ROMAN_FIRST.match(name)
    if match is None:
        return name
    return f"{match.group('words')} {roman_number(match.group('number')):04d}"


def roman_number(numeral: str) -> int:
    values = [_ROMAN[char] for char in numeral]
    return sum(-value if value < following else value for value, following in zip(values, values[1:] + [0]))

