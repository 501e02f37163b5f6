"""Every link in the built sites (the fixture record and the shipped one) leads
somewhere: the file exists, and the #fragment names an element of that page.

External links (http, https, mailto, ...) are not followed; links to the site's
own address (site_url in mkdocs.yml, as in <link rel="canonical">) are checked
like relative ones.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from lxml import html

from site_reading import SITE_URL, file_of, html_files, is_external, resolve, split, squash, url_of

pytestmark = pytest.mark.site

LINK_ATTRIBUTES = ("href", "src")
SITES = ["mini_site", "real_site"]


class Walk:
    """Every HTML file of a site, parsed once, with the ids (and <a name>) each one has."""

    def __init__(self, site: Path):
        self.site = site
        self.trees = {}
        self.ids: dict[Path, set[str]] = {}
        for file in html_files(site):
            tree = html.parse(str(file))
            self.trees[file] = tree
            self.ids[file] = set(tree.xpath("//@id")) | set(tree.xpath("//a/@name"))

    def broken_links(self) -> list[str]:
        broken = []
        for file, tree in self.trees.items():
            url = url_of(self.site, file)
            for element in tree.iter():
                if not isinstance(element.tag, str):
                    continue  # comments, processing instructions
                for attribute in LINK_ATTRIBUTES:
                    value = element.get(attribute)
                    if value is None or (is_external(value) and not value.startswith(SITE_URL)):
                        continue
                    problem = self.problem(url, value)
                    if problem:
                        broken.append(f"{url}: <{element.tag} {attribute}={value!r}> {problem}")
        return broken

    def problem(self, url: str, value: str) -> str:
        target = resolve(url, value)
        if target is None:
            return f"points outside the site (its base path is {SITE_URL})"
        path, fragment = split(target)
        file = file_of(self.site, path)
        if file is None:
            return f"-> /{path}: no such file"
        if fragment:
            if file not in self.ids:
                return f"-> /{path}#{fragment}: a fragment in a file that is not HTML"
            if fragment not in self.ids[file]:
                return f"-> /{path}#{fragment}: no id {fragment!r} in that page"
        return ""


_walks: dict[Path, Walk] = {}


def walk_of(site: Path) -> Walk:
    if site not in _walks:
        _walks[site] = Walk(site)
    return _walks[site]


@pytest.mark.parametrize("which", SITES)
def test_every_link_resolves(request, which):
    site = request.getfixturevalue(which)
    walk = walk_of(site)
    assert len(walk.trees) > 50, f"only {len(walk.trees)} HTML files in {site}"
    broken = walk.broken_links()
    assert not broken, f"{len(broken)} broken links in the {which.replace('_', ' ')}:\n" + "\n".join(broken)


def test_the_walk_sees_broken_links(mini_site):
    """The walk itself can fail: a missing page, a missing anchor and a link out of the site are all caught."""
    walk = walk_of(mini_site)
    assert walk.problem("states/kz/", "../../meetings/2023/soc-2023-12-12/#s-ru-transformation") == ""
    assert walk.problem("ru/states/kz/", "../../../kk/states/kz/") == ""
    assert walk.problem("states/kz/", "../nowhere/")
    assert walk.problem("states/kz/", "../../meetings/2023/soc-2023-12-12/#s-no-such-statement")
    assert walk.problem("states/kz/", "#no-such-heading")
    assert walk.problem("states/kz/", "/elsewhere/page/")


@pytest.mark.parametrize("which", SITES)
def test_every_link_in_the_record_has_a_text(request, which):
    """A link with nothing to click (as left by an <a> nested in another <a>) is no link at all."""
    walk = walk_of(request.getfixturevalue(which))
    empty = []
    for file, tree in walk.trees.items():
        for a in tree.xpath("//article//a[@href]"):
            if not squash(a.text_content()) and not a.get("aria-label") and not a.xpath(".//img | .//svg"):
                after = a.getnext()
                empty.append(f"{url_of(walk.site, file)}: <a href={a.get('href')!r}> has no text "
                             f"(followed by {squash(after.text_content()) if after is not None else ''!r})")
    assert not empty, (f"{len(empty)} empty links (an <a> written inside another <a> is closed before it by the "
                       f"HTML parser, leaving the outer one empty), e.g.:\n" + "\n".join(empty[:40]))


@pytest.mark.parametrize("which", SITES)
def test_ids_are_unique_in_every_page(request, which):
    """A fragment can only lead to one place."""
    walk = walk_of(request.getfixturevalue(which))
    twice = []
    for file, tree in walk.trees.items():
        counts = Counter(tree.xpath("//@id"))
        twice += [f"{url_of(walk.site, file)}: id={i!r} x{n}" for i, n in counts.items() if n > 1]
    assert not twice, "ids used more than once:\n" + "\n".join(twice)
