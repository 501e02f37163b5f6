"""Every document symbol an address: `/symbol/<SYMBOL>/` under each language's prefix.

A static host (GitHub Pages) serves files only, so each symbol gets a small
page that sends the reader on to the document's page in the same language
(meta refresh, a visible link, and a canonical link), at the symbol as written
and in lower case. Any other spelling (other letter case, spaces, `No` for
`º`) reaches the 404 page, whose script resolves it through the symbol lookup.
Links are relative, so the pages work at any site path.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from markupsafe import Markup

from cica_record.site.language import Language

FOLDER = "symbol"
_UNSAFE = re.compile(r"[\x00-\x20%?#\\\"<>]")

PAGE = Markup("""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<title>{symbol}</title>
<link rel="canonical" href="{canonical}">
<meta http-equiv="refresh" content="0; url={href}">
</head>
<body>
<article><p>{words} <a href="{href}"><code>{symbol}</code></a></p></article>
</body>
</html>
""")


def forms(symbol: str) -> list[str]:
    """The addresses a symbol gets a page at: as written and in lower case, where a path can hold them."""
    out = []
    for form in dict.fromkeys((symbol, symbol.lower())):
        parts = form.split("/")
        if not _UNSAFE.search(form) and all(p not in ("", ".", "..") for p in parts):
            out.append(form)
    return out


def write_symbol_pages(symbols: dict[str, str], lang: Language, site_dir: Path, site_url: str) -> None:
    """`symbols`: symbol as written → its page's path within a language ("documents/soc/2023-iii/dec/1/")."""
    root = site_url if site_url.endswith("/") else site_url + "/"
    for symbol, target in sorted(symbols.items()):
        for form in forms(symbol):
            folder = f"{lang.prefix}{FOLDER}/{form}/"
            href = posixpath.relpath(lang.prefix + target, folder) + "/"
            page = PAGE.format(lang=lang.code, symbol=symbol, canonical=root + lang.prefix + target, href=href,
                               words=lang.t("search.symbol_redirect"))
            path = site_dir / folder / "index.html"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(page, encoding="utf-8")
