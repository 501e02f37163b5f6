"""Markup in the record's data stays text on every page, and a script that reaches a page anyway never runs.

A publisher's data is text: a state's name that holds `"><script>…` must be shown as those characters,
in the page body, in the page's `<title>`, in the header and in the feed link of the page's head (the
theme's part of the page, rendered from `overrides/`). And the Content-Security-Policy is one fixed
policy, the same on every page, that allows no inline script: a script that some later mistake lets
into a page is refused by the browser, never allowed by a hash taken from the page.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from types import SimpleNamespace
from typing import NamedTuple

import pytest
from jinja2 import Template
from lxml import etree, html as lxml_html
from markupsafe import escape
from mkdocs.commands.build import get_context
from mkdocs.config import load_config
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import get_navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from conftest import FIXTURE_DATA, ROOT, built_site, make_project, run_mkdocs
from cica_record.site.theme_escaping import escape_overrides

MARK = "cica-injected"
PAYLOAD = f"\"'></title><script>console.log('{MARK}')</script><x-injected q=\""
# The state, body and priority area: the pages that announce a feed in their head.
NAMES = {
    "states.yaml": ("{en: Kazakhstan, ru: Казахстан, kk: Қазақстан}", "states/kz/"),
    "bodies.yaml": ("{en: Senior Officials Committee, ru: Комитет старших должностных лиц, "
                    "kk: Аға лауазымды тұлғалар комитеті}", "bodies/soc/"),
    "dimensions.yaml": ("{en: Environment protection, ru: Охрана окружающей среды, kk: Қоршаған ортаны қорғау, "
                        "unofficial: [ru, kk]}", "priority-areas/environment-protection/"),
}
LANGS = ("", "ru/", "kk/")


def hostile(name: str) -> str:
    """The name (`{en: …, ru: …, kk: …}`) with the payload after it in every language, as YAML."""
    def quoted(match: re.Match) -> str:
        text = match.group(2) + PAYLOAD
        return match.group(1) + "'" + text.replace("'", "''") + "'"
    return re.sub(r"(\b(?:en|ru|kk): )([^,}]+)", quoted, name)


def hostile_data(target: Path) -> Path:
    data = target / "data"
    shutil.copytree(FIXTURE_DATA, data)
    for file, (name, _) in NAMES.items():
        text = (data / file).read_text(encoding="utf-8")
        assert name in text, f"the fixture no longer contains {name!r}: update this test"
        (data / file).write_text(text.replace(name, hostile(name), 1), encoding="utf-8")
    return data


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory, sites_folder) -> Path:
    """The fixture record with hostile names, built once per run (as mini_site is)."""
    return built_site(sites_folder, hostile_data(tmp_path_factory.mktemp("hostile")))


def pages(site: Path):
    for file in sorted(site.rglob("*.html")):
        yield file, lxml_html.fromstring(file.read_bytes())


@pytest.mark.site
def test_no_page_holds_an_element_or_script_from_the_data(hostile_site):
    for file, tree in pages(hostile_site):
        assert not tree.xpath("//x-injected"), file
        inline = [s for s in tree.xpath("//script[not(@src)]") if s.get("type") != "application/json"]
        assert not inline, f"{file}: {[lxml_html.tostring(s) for s in inline]}"
        assert MARK not in "".join(s.get("src", "") for s in tree.xpath("//script"))


@pytest.mark.site
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", [path for _, path in NAMES.values()])
def test_a_name_with_markup_is_shown_as_text_in_the_theme_parts_of_its_page(hostile_site, lang, path):
    tree = lxml_html.fromstring((hostile_site / lang / path / "index.html").read_bytes())
    (title,) = tree.xpath("//head/title")
    (feed,) = tree.xpath("//head/link[@type='application/atom+xml']")
    topic = tree.xpath("//*[@data-md-component='header-topic']")[0].text_content()
    heading = tree.xpath("//article//h1")[0].text_content()
    for shown in (title.text, feed.get("title"), topic, heading):
        assert PAYLOAD in shown


@pytest.mark.site
def test_every_page_has_the_same_policy_and_it_allows_no_inline_script(hostile_site):
    policies = set()
    for file, tree in pages(hostile_site):
        policies.update(tree.xpath("//head/meta[@http-equiv='Content-Security-Policy']/@content"))
    (policy,) = policies - {"default-src 'none'"}  # the symbol pages' own: no script at all
    script = next(part.split()[1:] for part in policy.split(";") if part.split()[0] == "script-src")
    assert script == ["'self'"]


OVERRIDES = ROOT / "overrides"


def theme_overrides() -> list[str]:
    """Every template of the theme that the project replaces: not its own record templates, not the
    theme's language tables."""
    return sorted(path.relative_to(OVERRIDES).as_posix() for path in OVERRIDES.rglob("*")
                  if path.is_file() and path.parts[len(OVERRIDES.parts)] != "record"
                  and "languages" not in path.parts)


def theme_environment(config):
    """The theme's Jinja environment as the build sets it up (mkdocs.yml's theme, the plugin's on_env)."""
    return escape_overrides(config.theme.get_env(), config.theme.custom_dir)


class Rendered(NamedTuple):
    html: str
    templates: set[str]  # every template the render used


def render_theme(template: str, **context) -> Rendered:
    """`template` rendered by the theme's environment, for a page at states/kz/ whose every value from the
    record is hostile."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    config.plugins._current_plugin = None  # as while a plugin's event runs: File.generated asks it
    file = File.generated(config, "states/kz/index.md", content="")
    page = Page(None, file, config)
    page.markdown, page.content = "", "<h1>x</h1>"
    page.meta = {"title": PAYLOAD, "feed": {"title": PAYLOAD, "href": PAYLOAD}}
    # A heading's text as the record's renderer gives it to the table of contents: HTML, escaped.
    page.toc = get_toc([{"level": 2, "id": "s", "name": str(escape(PAYLOAD)), "children": []}])
    config.extra["alternate"] = [{"name": PAYLOAD, "link": "states/kz/", "lang": "en"}]
    env = theme_environment(config)
    env.globals["record_search_words"] = {"exact": PAYLOAD}
    used: set[str] = set()
    get_source = env.loader.get_source
    env.loader.get_source = lambda environment, name: used.add(name) or get_source(environment, name)
    files = Files([file])
    html = env.get_template(template).render(
        get_context(get_navigation(files, config), files, config, page), **context)
    return Rendered(html, used)


@pytest.mark.unit
def test_every_theme_override_renders_hostile_values_as_text():
    page = render_theme("main.html")
    assert set(theme_overrides()) - {"sitemap.xml"} <= page.templates
    tree = lxml_html.fromstring(page.html)
    assert not tree.xpath("//x-injected")
    assert [s.get("type") for s in tree.xpath("//script[not(@src)]")] == ["application/json"]
    assert tree.xpath("//head/title")[0].text.startswith(PAYLOAD)
    assert tree.xpath("//head/link[@type='application/atom+xml']/@title") == [PAYLOAD]
    assert PAYLOAD in tree.xpath("//*[@data-md-component='header-topic']")[0].text_content()
    assert tree.xpath("//a[@hreflang='en']")[0].text_content().strip() == PAYLOAD
    assert tree.xpath("//form[@name='record-search']/@data-exact") == [PAYLOAD]
    assert PAYLOAD in tree.xpath("//nav[contains(@class, 'md-nav--secondary')]//a")[0].text_content()


@pytest.mark.unit
def test_the_sitemap_override_writes_hostile_addresses_as_text():
    alternate = SimpleNamespace(url=PAYLOAD)
    file = SimpleNamespace(page=SimpleNamespace(is_link=False, canonical_url=PAYLOAD), alternates={"en": alternate})
    sitemap = render_theme("sitemap.xml", i18n_alternates={"en": [file]})
    assert "sitemap.xml" in sitemap.templates
    tree = etree.fromstring(sitemap.html.strip().encode("utf-8"))
    assert [loc.text for loc in tree.iter("{*}loc")] == [PAYLOAD]
    assert not list(tree.iter("x-injected"))


@pytest.mark.unit
@pytest.mark.parametrize("name", theme_overrides())
def test_every_theme_override_escapes_what_it_prints(name):
    """By construction: whatever an override (a new one too) prints is escaped, unless marked safe."""
    env = theme_environment(load_config(str(ROOT / "mkdocs.yml")))
    source = "{{ value }}|{{ value | e }}|{% set copy = value %}{{ copy }}"
    template = Template.from_code(env, env.compile(source, name, str(OVERRIDES / name)), env.globals)
    assert template.render(value=PAYLOAD) == "|".join([str(escape(PAYLOAD))] * 3)


@pytest.mark.unit
def test_the_themes_own_templates_are_left_as_the_theme_has_them():
    env = theme_environment(load_config(str(ROOT / "mkdocs.yml")))
    template = Template.from_code(env, env.compile("{{ value }}", "base.html"), env.globals)
    assert template.render(value="<b>") == "<b>"


# --- in the browser ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def served(hostile_site, tmp_path_factory):
    from test_browser import serve
    yield from serve(hostile_site, tmp_path_factory.mktemp("served-hostile"))


@pytest.fixture(scope="module")
def chromium():
    playwright_api = pytest.importorskip("playwright.sync_api")
    from test_browser import ARGS, CHROMIUM
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


def console_of(chromium, address: str) -> tuple[list[str], object]:
    """What the page at `address` said on the console, and the page (its context is closed by the caller)."""
    context = chromium.new_context()
    page = context.new_page()
    said: list[str] = []
    page.on("console", lambda message: said.append(message.text))
    page.goto(address, wait_until="networkidle")
    return said, page


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_a_script_in_a_name_does_not_run_and_adds_no_script(chromium, served, lang):
    said, page = console_of(chromium, served + lang + NAMES["states.yaml"][1])
    try:
        assert PAYLOAD in page.locator("h1").inner_text()
        assert PAYLOAD in page.title()
        scripts = page.evaluate("[...document.scripts].map(s => [s.getAttribute('src'), s.type, s.text])")
        policy = page.locator("meta[http-equiv='Content-Security-Policy']").get_attribute("content")
        # The theme's own script ran: it wired the search box's shortcut.
        page.keyboard.press("s")
        assert page.locator(".md-search__input").evaluate("input => input === document.activeElement")
    finally:
        page.context.close()
    assert not [line for line in said if MARK in line or "Content Security Policy" in line]
    assert [(src, kind) for src, kind, _ in scripts if not src] == [(None, "application/json")]
    assert all(MARK not in text for _, _, text in scripts)
    assert "sha256" not in policy and "unsafe-inline" not in policy


@pytest.fixture(scope="module")
def site_with_a_template_mistake(tmp_path_factory) -> Path:
    """The fixture record built with a theme override that writes an inline script into every page's head,
    as a template that let markup through would."""
    tmp = tmp_path_factory.mktemp("mistake")
    project = make_project(tmp / "project", FIXTURE_DATA)
    main = project / "overrides" / "main.html"
    text = main.read_text(encoding="utf-8")
    assert "{{ super() }}" in text
    main.write_text(text.replace("{{ super() }}", "{{ super() }}<script>console.log('%s')</script>" % MARK, 1),
                    encoding="utf-8")
    run_mkdocs(project, "build", "--strict", "-d", str(tmp / "site"))
    return tmp / "site"


@pytest.mark.browser
def test_a_script_that_reaches_a_page_anyway_is_refused_by_its_policy(chromium, site_with_a_template_mistake,
                                                                      tmp_path):
    from test_browser import serve
    for address in serve(site_with_a_template_mistake, tmp_path):
        said, page = console_of(chromium, address + "states/kr/")
        scripts = page.evaluate("[...document.scripts].map(s => s.text)")
        page.context.close()
    assert any(MARK in text for text in scripts)  # the mistake is in the page...
    assert MARK not in said  # ...and does not run
    assert [line for line in said if "Content Security Policy" in line and "script-src 'self'" in line]
