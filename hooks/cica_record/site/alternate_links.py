"""Keep the theme from fetching a sitemap.xml beside every alternate link of a page.

mkdocs-material 9.8's language selector (its `setupAlternate`, run on every
page load) looks up each `<link rel="alternate">` in the page's head and
fetches `sitemap.xml` relative to it: it expects links to language roots
(`/de/`), whose sitemap tells it where the reader's page is in that language.
Here the `hreflang` links already point at the same page in each language,
and the feed links at Atom files, so every page load asked for three or four
`…/sitemap.xml` files that do not exist (404, each answered with the 404
page), and the English home page fetched the whole site's sitemap twice.

The theme finds the links with the selector `link[rel=alternate]`, which
matches the attribute's exact value. `rel` is a set of space-separated
tokens (HTML §4.6.1), so `rel="alternate "` is the same link type for
browsers, feed readers and search engines (`[rel~=alternate]` still matches
it) while the theme's exact selector passes it by. Nothing else of the theme
reads these links. If a later theme matches `rel` by token, the fetches come
back: tests/test_browser.py watches for them.
"""

from __future__ import annotations

import re

_ALTERNATE = re.compile(r'<link rel="alternate"(?=[ >])')


def unseen_by_theme_selector(html: str) -> str:
    return _ALTERNATE.sub('<link rel="alternate "', html)
