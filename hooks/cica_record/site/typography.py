"""Typography of each language, applied as a page is written: the data and the translation tables stay plain.

- No-break spaces bind what a line must not split: a day to its month and a year to its "г."
  ("12 декабря 2023 г."), the Kazakh year to "жылғы" and the day to its month ("2023 жылғы
  12 желтоқсан"), "пункт 8", "№ 5", "г-н Бакаев"; in English "12 December".
- Quotation marks are the text's language's: «…» (and „…“ inside) in Russian and Kazakh, “…” in
  English, whatever a data text was typed with.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"

_RU_MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
_KK_MONTHS = "қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан"
_EN_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"

# (before, after): a space between them becomes a no-break space.
_BINDINGS = {
    "ru": (
        (r"\d", rf"(?:{_RU_MONTHS})\b"),
        (r"\b\d{4}", r"(?:гг?\.|года|году|годом|годах|годов|годы)"),
        (r"\b(?:пункт|пункта|пункте|пунктом|пункты|пунктов|пунктам|пунктах|№|п\.)", r"\d"),
        (r"\b(?:г-на|г-н|г-жи|г-жа|г-ну|г-же)", r"[А-ЯЁ]"),
        (r"\d", r"(?:долл\.|млн|млрд|тыс\.)"),
        (r"долл\.", r"США"),
    ),
    "kk": (
        (r"\b\d{4}", r"(?:жылғы|жылы|жылдың|жылдан|жылға|жылдары|жылдардағы|жыл\b|жж\.|ж\.)"),
        (r"\d", rf"(?:{_KK_MONTHS})"),
        (r"\b(?:№)", r"\d"),
        (r"\d", r"(?:АҚШ|млн|млрд)"),
        (r"АҚШ", r"доллар"),
    ),
    "en": (
        (r"\b\d{1,2}", rf"(?:{_EN_MONTHS})\b"),
        (r"\b(?:item|No\.)", r"\d"),
    ),
}
_BOUND = {lang: [re.compile(f"({before})[ \t](?={after})") for before, after in rules]
          for lang, rules in _BINDINGS.items()}

# A pair of quotation marks as any of the three languages types it: «…», “…”, „…“ (or „…”).
_QUOTED = re.compile(r"«([^«»]*)»|“([^“”„]*)”|„([^„“”]*)[“”]")


def typeset(text: str, lang: str) -> str:
    """`text`, written in `lang`, with its language's no-break spaces and quotation marks."""
    for pattern in _BOUND.get(lang, ()):
        text = pattern.sub(rf"\1{NBSP}", text)
    return quotation_marks(text, lang)


def quotation_marks(text: str, lang: str) -> str:
    """Quotation marks as `lang` writes them: «…» with „…“ inside in Russian and Kazakh, “…” in English.
    Only pairs are changed (innermost first); a lone mark stays as it is."""
    if not any(mark in text for mark in "«»“”„"):
        return text
    outer, inner = (("“", "”"), ("‘", "’")) if lang == "en" else (("«", "»"), ("„", "“"))
    count = 1
    while count:  # each pair, innermost first, becomes a pair of placeholders
        text, count = _QUOTED.subn(lambda match: f"\0{next(g for g in match.groups() if g is not None)}\1", text)
    depth, out = 0, []
    for char in text:
        if char == "\0":
            out.append(outer[0] if depth % 2 == 0 else inner[0])
            depth += 1
        elif char == "\1":
            depth -= 1
            out.append(outer[1] if depth % 2 == 0 else inner[1])
        else:
            out.append(char)
    return "".join(out)
