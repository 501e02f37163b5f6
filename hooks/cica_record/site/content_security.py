"""A Content-Security-Policy for every page: scripts and styles from the site only.

The theme puts two small scripts inline in each page (one of them differs
from page to page, as it holds the page's path back to the site root), so
their SHA-256 hashes are computed from the page itself and allowed by name;
nothing else inline runs. JSON data blocks (`type="application/json"`) are not
scripts and need no hash.
"""

from __future__ import annotations

import base64
import hashlib
import re

_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", re.S)
_HEAD = re.compile(r"<head[^>]*>")


def _hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def policy_for(html: str) -> str:
    hashes = sorted({_hash(body) for attributes, body in _INLINE_SCRIPT.findall(html)
                     if "application/json" not in attributes})
    return "; ".join([
        "default-src 'self'",
        "script-src 'self' " + " ".join(hashes),
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ])


def with_policy(html: str) -> str:
    """The page with its policy as the first element of <head>, before any script."""
    match = _HEAD.search(html)
    if match is None:
        return html
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy_for(html)}">'
    return html[:match.end()] + meta + html[match.end():]
