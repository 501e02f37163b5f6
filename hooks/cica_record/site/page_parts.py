"""Small parts of a page's HTML that the plugin adds or reads: the heading, the errors banner, permalinks.

The record's own pages are rendered whole by `render`; these are for the pages MkDocs renders
from Markdown (home, About, Data, the guide) and for every page while the data has errors.
"""

from __future__ import annotations

import html as html_text
import re

from markupsafe import Markup, escape

from cica_record.record.errors import DataErrors
from cica_record.site.language import Language
from cica_record.site.typography import typeset

# Where the home page (docs/*/index.md) shows the record's latest meetings, decisions and open data.
HOME_MARKER = "<!-- record:home -->"
_H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S)


def h1_text(html: str) -> str:
    """The text of the page's first heading, as plain text (the theme's header and title escape it); "" if none."""
    match = _H1.search(html)
    if match is None:
        return ""
    return html_text.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", match.group(1))).strip())


def translate_heading_permalinks(html: str, lang: Language) -> str:
    """Python-Markdown's toc titles every heading's ¶ link "Permanent link", in one language for the whole site."""
    return html.replace('title="Permanent link"', f'title="{escape(lang.t("labels.heading_permalink"))}"')


_TAG_OR_TEXT = re.compile(r"(<[^>]*>)")
_VERBATIM = re.compile(r"<(/?)(code|pre|kbd|samp|script|style)\b", re.I)


def typeset_html(html: str, lang: str) -> str:
    """A page rendered from Markdown with the language's typography (`typography.typeset`) in its text:
    not in tags, nor in code, preformatted text, scripts and styles."""
    parts, verbatim = _TAG_OR_TEXT.split(html), 0
    for index, part in enumerate(parts):
        tag = _VERBATIM.match(part) if part.startswith("<") else None
        if tag is not None:
            verbatim = max(0, verbatim + (-1 if tag.group(1) else 1))
        elif not part.startswith("<") and not verbatim and part.strip():
            parts[index] = typeset(part, lang)
    return "".join(parts)


def error_banner(errors: DataErrors, lang: Language) -> str:
    """The errors above the page, in the page's language; each error line exactly as the terminal prints it."""
    items = Markup("").join(Markup('<li><pre lang="en">{}</pre></li>').format(str(e)) for e in errors.errors)
    return Markup('<div class="admonition failure"><p class="admonition-title">{}</p><ul>{}</ul><p>{}</p></div>').format(
        lang.plural("notes.data_errors_count", len(errors.errors)), items, lang.t("notes.data_errors_fix"))


def nav_paths(nav: object) -> set[str]:
    """The pages a navigation configuration names ("meetings/index.md")."""
    if isinstance(nav, str):
        return {nav}
    if isinstance(nav, dict):
        return set().union(*(nav_paths(value) for value in nav.values()))
    if isinstance(nav, list):
        return set().union(*(nav_paths(item) for item in nav))
    return set()
