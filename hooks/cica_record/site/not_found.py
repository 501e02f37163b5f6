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
_SCOPE = re.compile(r'data-md-scope="([^"]*)"')
_CONFIG_PATH = re.compile(r'"(base|search)": "(?![a-z][a-z0-9+.-]*:|/)([^"]*)"')


def is_not_found(url: str) -> bool:
    return url.rsplit("/", 1)[-1] == PAGE


def site_path(site_url: str | None) -> str:
    path = urlsplit(site_url or "/").path or "/"
    return path if path.endswith("/") else path + "/"


def absolutize(html: str, page_url: str, site_url: str | None) -> str:
    folder = site_path(site_url) + posixpath.dirname(page_url)

    def absolute(relative: str, folder_wanted: bool = False) -> str:
        joined = posixpath.normpath(posixpath.join(folder, relative))
        is_folder = folder_wanted or relative.endswith("/") or relative in (".", "")
        return joined.rstrip("/") + "/" if is_folder else joined

    html = _ATTRIBUTE.sub(lambda m: f'{m.group(1)}="{absolute(m.group(2))}"', html)
    # The theme's base path, given to its first script (overrides/partials/javascripts/base.html), and its
    # base and search worker in its configuration.
    html = _SCOPE.sub(lambda m: f'data-md-scope="{absolute(m.group(1), folder_wanted=True)}"', html)
    return _CONFIG_PATH.sub(
        lambda m: f'"{m.group(1)}": "{absolute(m.group(2), folder_wanted=m.group(1) == "base")}"', html)
