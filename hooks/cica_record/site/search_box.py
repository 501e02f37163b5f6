"""The theme's search box, driven by the site's own search: its words, and where its script finds the files.

The theme's search plugin is off (`overrides/partials/search.html` keeps its box); the site's
script reads its own words from the box's `data-*` attributes and the search files of the page's
language from the theme's configuration `base`, which on a Russian or Kazakh page is pointed at
that language's root.
"""

from __future__ import annotations

import re

from mkdocs.utils import get_relative_url

from cica_record.site.language import Language

_BASE = re.compile(r'("base": )"[^"]*"')
SCRIPT_WORDS = ("exact", "not_in_record", "not_an_address", "preview", "failed", "offer")


def script_words(lang: Language) -> dict[str, str]:
    """The search script's own words, for the search box's data-* attributes (`data-not_in_record`)."""
    return {key: lang.t(f"search.{key}") for key in SCRIPT_WORDS}


def point_base_at_language_root(page_html: str, page_url: str, lang: str, default: str) -> str:
    if lang == default:
        return page_html
    base = get_relative_url(f"{lang}/", page_url)
    base = base if base.endswith("/") else base + "/"
    return _BASE.sub(lambda match: f'{match.group(1)}"{base}"', page_html, count=1)
