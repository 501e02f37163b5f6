"""One fixed Content-Security-Policy for every page: scripts and styles from the site only, nothing inline.

The policy does not depend on the page. It once allowed the page's inline
scripts by their hashes, computed from the finished page: a script injected
through the data would have been found there and allowed with the rest. Now
the pages hold no inline script (the theme's two are files:
overrides/partials/javascripts/), so the policy names no hash and allows no
inline script, and whatever markup a mistake ever lets into a page cannot run.
JSON data blocks (`type="application/json"`) are not scripts and need nothing.
"""

from __future__ import annotations

import re

POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
])
_HEAD = re.compile(r"<head[^>]*>")


def with_policy(html: str) -> str:
    """The page with the policy as the first element of <head>, before any script."""
    match = _HEAD.search(html)
    if match is None:
        return html
    meta = f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">'
    return html[:match.end()] + meta + html[match.end():]
