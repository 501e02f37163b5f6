"""Reading a built site the way a browser would: pages parsed with lxml,
links resolved against the page's own URL, texts squashed to what a reader sees.

Nothing here imports the build hooks: expectations come from the fixture data
and the translation tables, and the HTML is only read.
"""

from __future__ import annotations

import copy
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator, Optional
from urllib.parse import unquote, urljoin, urlsplit

import yaml
from lxml import etree, html

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("en", "ru", "kk")

# The site's public address, as a build gets it: the environment variable SITE_URL, or the default that
# mkdocs.yml gives after it in `!ENV [SITE_URL, '…']` (mkdocs.yml has Python tags, so no yaml.safe_load).
_CONFIGURED = re.search(r"^site_url:\s*(?:!ENV\s*\[\s*SITE_URL\s*,\s*)?'?([^'\s\]]+)",
                        (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M).group(1)
SITE_URL = os.environ.get("SITE_URL") or _CONFIGURED
SITE_URL = SITE_URL if SITE_URL.endswith("/") else SITE_URL + "/"
SITE_PATH = urlsplit(SITE_URL).path  # "/cica-record/": what a site-absolute href starts with
_BASE = "http://site.invalid" + SITE_PATH


def prefix(lang: str) -> str:
    """Where a language's pages live: English at the root, the others under /ru/ and /kk/."""
    return "" if lang == LANGUAGES[0] else f"{lang}/"


# An XPath test for <link rel="alternate">, read as browsers read `rel`: a set of space-separated tokens
# (hooks/cica_record/site/alternate_links.py writes rel="alternate " so that the theme does not fetch sitemaps).
REL_ALTERNATE = "contains(concat(' ', normalize-space(@rel), ' '), ' alternate ')"


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# --- links -------------------------------------------------------------------


def is_external(href: str) -> bool:
    """A link that leaves the site (any scheme but the site's own address, or protocol-relative)."""
    if href.startswith(SITE_URL):
        return False
    return bool(urlsplit(href).scheme) or href.startswith("//")


def resolve(page: str, href: str) -> Optional[str]:
    """`href` as written on the page at site-relative URL/file `page`, as a site-relative URL.

    "../../states/kz/" on "ru/meetings/x/" gives "ru/states/kz/"; fragments are kept
    ("meetings/x/#s-1"). A site-absolute href ("/cica-record/ru/") and the site's own
    full address are mapped into the site. None when the link points outside the site
    (an external link, or a site-absolute path that misses the site's base path).
    """
    if href.startswith(SITE_URL):
        href = SITE_PATH + href[len(SITE_URL):]
    elif is_external(href):
        return None
    joined = urljoin(_BASE + page, href)
    if not joined.startswith(_BASE):
        return None
    return joined[len(_BASE):]


def split(url: str) -> tuple[str, str]:
    """(path, fragment), both unquoted; an explicit index.html becomes its folder."""
    parts = urlsplit(url)
    path = unquote(parts.path)
    if path == "index.html" or path.endswith("/index.html"):
        path = path[: -len("index.html")]
    return path, unquote(parts.fragment)


def file_of(site: Path, path: str) -> Optional[Path]:
    """The file a site-relative URL path is served from (a folder URL means its index.html)."""
    candidate = site / path
    if path == "" or path.endswith("/") or candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


# --- pages -------------------------------------------------------------------


class Page:
    """One built HTML page, addressed by its site-relative URL ("ru/states/kz/")."""

    def __init__(self, site: Path, url: str):
        self.site = site
        self.url = url
        self.file = file_of(site, url)
        assert self.file is not None, f"{url} was not built (no {site / url}index.html)"
        self.tree = html.parse(str(self.file))
        self.root = self.tree.getroot()

    @property
    def article(self) -> html.HtmlElement:
        found = self.root.xpath("//article")
        assert len(found) == 1, f"{self.url}: expected one <article>, found {len(found)}"
        return found[0]

    def by_id(self, anchor: str) -> html.HtmlElement:
        found = self.root.xpath("//*[@id=$anchor]", anchor=anchor)
        assert found, f"{self.url}: no element with id={anchor!r}"
        return found[0]

    def ids(self) -> set[str]:
        return set(self.root.xpath("//@id"))

    def links(self, within: Optional[html.HtmlElement] = None) -> list[tuple[html.HtmlElement, str]]:
        """Every <a href> (in `within`, or the whole page) with its resolved site-relative target."""
        scope = self.root if within is None else within
        out = []
        for a in scope.iter("a"):
            href = a.get("href")
            target = resolve(self.url, href) if href is not None else None
            if target is not None:
                out.append((a, target))
        return out

    def targets(self, within: Optional[html.HtmlElement] = None) -> set[str]:
        return {target for _, target in self.links(within)}

    def text(self, element: Optional[html.HtmlElement] = None) -> str:
        return squash((self.article if element is None else element).text_content())


@lru_cache(maxsize=None)
def _page(site: str, url: str) -> Page:
    return Page(Path(site), url)


def page(site: Path, url: str) -> Page:
    """A built page, parsed once per session."""
    return _page(str(site), url)


def html_files(site: Path) -> Iterator[Path]:
    return iter(sorted(site.rglob("*.html")))


def url_of(site: Path, file: Path) -> str:
    """The site-relative URL a built file is served at ("states/kz/index.html" -> "states/kz/")."""
    rel = file.relative_to(site).as_posix()
    return rel[: -len("index.html")] if rel == "index.html" or rel.endswith("/index.html") else rel


def without(element: html.HtmlElement, xpath: str) -> html.HtmlElement:
    """A copy of `element` with every element matched by `xpath` removed (their tails kept)."""
    clone = copy.deepcopy(element)
    for dropped in clone.xpath(xpath):
        dropped.drop_tree()
    return clone


def parse_xml(file: Path) -> etree._ElementTree:
    return etree.parse(str(file))


# --- translation tables and fixture data ----------------------------------------


@lru_cache(maxsize=None)
def table(lang: str) -> dict[str, Any]:
    return yaml.safe_load((TRANSLATIONS / f"{lang}.yaml").read_text(encoding="utf-8"))


def strings(node: Any) -> Iterator[str]:
    """Every string value in a nested YAML structure."""
    if isinstance(node, dict):
        for value in node.values():
            yield from strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings(value)
    elif isinstance(node, str):
        yield node


def load_yaml(file: Path) -> Any:
    return yaml.safe_load(file.read_text(encoding="utf-8"))


def walk(node: Any) -> Iterator[dict]:
    """Every mapping in a nested YAML structure."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def data_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.yaml")) + sorted((folder / "meetings").glob("*.yaml"))
