"""The publisher's guide's lists of allowed values, made from the schema when the site is built.

A hand-written list of the values a field allows drifts from the schema (the guide once
left out a kind of decision that the schema allowed). So the guide's pages name the list
instead, and the build writes it from the pydantic models (`record/schema/allowed_values.py`):

    <!-- allowed-values: decision_kinds -->       a table: each value, explained in the reader's
                                                  language from `guide_values` in translations/*.yaml
    <!-- allowed-values-list: event_statuses -->  the values inside a sentence, each explained in
                                                  brackets if the translation tables explain that list

A value without its explanation, or an explanation of a value the schema no longer
allows, stops the build with a message naming the translation file.
"""

from __future__ import annotations

import re

from cica_record.record.schema.allowed_values import UnknownList, allowed_values
from cica_record.site.language import Language, MissingTranslation

EXPLAINED = "guide_values"
MARKER = re.compile(r"<!-- allowed-values(?P<inline>-list)?: (?P<name>\w+) -->")


class GuideError(ValueError):
    pass


def _values(name: str) -> list[str]:
    try:
        return allowed_values(name)
    except UnknownList as unknown:
        raise GuideError(unknown.args[0]) from None


def fill_allowed_values(markdown: str, language: Language) -> str:
    """`markdown` with every marker replaced by its list, in `language`; GuideError if a word is missing."""
    def replace(match: re.Match) -> str:
        name = match.group("name")
        if match.group("inline"):
            return _sentence_list(name, language)
        return _table(name, language)
    try:
        return MARKER.sub(replace, markdown)
    except MissingTranslation as missing:
        raise GuideError(f"{missing.args[0]}: every value the schema allows needs its explanation there") from None


def _sentence_list(name: str, language: Language) -> str:
    """`a`, `b` or `c` — each with its explanation in brackets where the translation tables give one."""
    explained = _explanations(name, language)
    items = [f"`{value}`" + (f" ({_explanation(name, value, language)})" if explained else "")
             for value in _values(name)]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {language.t(f'{EXPLAINED}.or')} {items[-1]}"


def _table(name: str, language: Language) -> str:
    _explanations(name, language)
    rows = [f"| `{value}` | {_explanation(name, value, language)} |" for value in _values(name)]
    heading = f"| {language.t(f'{EXPLAINED}.value')} | {language.t(f'{EXPLAINED}.{name}.column')} |"
    return "\n".join([heading, "|---|---|", *rows])


def _explanations(name: str, language: Language) -> dict:
    """The explanations of a list's values in `language` (maybe none); refuses those of values no longer allowed."""
    explained = language.table.get(EXPLAINED, {}).get(name, {}).get("values", {})
    stale = sorted(set(explained) - set(_values(name)))
    if stale:
        raise GuideError(f"translations/{language.code}.yaml: {EXPLAINED}.{name}.values explains "
                         f"{', '.join(stale)}, which the schema no longer allows: remove it")
    return explained


def _explanation(name: str, value: str, language: Language) -> str:
    return language.t(f"{EXPLAINED}.{name}.values.{value}")
