"""The language switcher's links: to the same page in each language, at any site path.

mkdocs-static-i18n points the switcher (and the theme's `hreflang` links) of
every page at the same page in the other languages, except on the three home
pages, whose links it writes as site-absolute paths (`/cica-record/kk/`):
those break when the site is served from another path. Here every link is the
alternate file's site-relative URL, which the theme's `url` filter makes
relative to the page. The `#anchor` a reader is at is carried over in the
browser (docs/assets/javascripts/language-anchor.js): anchors are the same in
every language.
"""

from __future__ import annotations

from mkdocs.structure.pages import Page


def point_at_alternates(alternates: list[dict], page: Page) -> None:
    """Rewrite the switcher's entries (`config.extra.alternate`) for `page`, in place."""
    files = getattr(page.file, "alternates", None) or {}
    for alternate in alternates:
        file = files.get(alternate.get("lang"))
        if file is not None:
            alternate["link"] = file.url
