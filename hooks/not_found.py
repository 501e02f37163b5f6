"""The 404 page of each language works at any depth of the site.

A host serves /404.html (or /ru/404.html) for a missing address anywhere, so
the relative links MkDocs writes into it would resolve against the missing
address. This rewrites them, and the theme's base path, to absolute paths
under the site's own path (the path of `site_url`, `/` at a domain root).
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import urlsplit

PAGE = "404.html"
_ATTRIBUTE = re.compile(r'\b(href|src)="(?![a-z][a-z0-9+.-]*:|/|#)([^"]*)"')
_SCOPE = re.compile(r'new URL\("([^"]*)",location\)')
_BASE = re.compile(r'"base": "([^"]*)"')


def is_not_found(url: str) -> bool:
    return url.rsplit("/", 1)[-1] == PAGE


def site_path(site_url: str | None) -> str:
    path = urlsplit(site_url or "/").path or "/"
    return path if path.endswith("/") else path + "/"


def absolutize(html: str, page_url: str, site_url: str | None) -> str:
    folder = site_path(site_url) + posixpath.dirname(page_url)

    def absolute(relative: str) -> str:
        joined = posixpath.normpath(posixpath.join(folder, relative))
        return joined + ("/" if relative.endswith("/") or relative in (".", "") else "")

    html = _ATTRIBUTE.sub(lambda m: f'{m.group(1)}="{absolute(m.group(2))}"', html)
    html = _SCOPE.sub(lambda m: f'new URL("{absolute(m.group(1))}",location)', html)
    return _BASE.sub(lambda m: f'"base": "{absolute(m.group(1))}"', html)
