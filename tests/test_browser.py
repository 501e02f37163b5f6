"""The built site in headless Chromium: nothing requested from elsewhere, the
Content-Security-Policy breaks nothing, no serious accessibility violation,
and the language switcher keeps the reader on the same entity."""

from __future__ import annotations

import functools
import http.server
import socket
import threading
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = pytest.mark.browser
playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
MOUNT = "cica-record"  # the path of site_url, as on a project's GitHub Pages

PAGE_KINDS = {
    "home": "",
    "meetings index": "meetings/",
    "documents index": "documents/",
    "decisions index": "decisions/",
    "states index": "states/",
    "dimensions index": "dimensions/",
    "meeting": "meetings/2023/soc-2023-12-12/",
    "decision": "decisions/soc-2023-12-12/saudi-observer/",
    "document": "documents/tst/2023-i/draft/1/rev.1/",
    "state": "states/kr/",
    "priority area": "priority-areas/environment-protection/",
    "data page": "data/",
    "not found": "no/such/page/",
}
LANGS = {"en": "", "ru": "ru/", "kk": "kk/"}


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        # Serve the language's 404 page for a missing address, as a static host does.
        if code == 404:
            lang = next((l for l in ("ru", "kk") if self.path.startswith(f"/{MOUNT}/{l}/")), "")
            page = Path(self.directory) / MOUNT / lang / "404.html"
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().send_error(code, message, explain)


@pytest.fixture(scope="module")
def server(mini_site, tmp_path_factory):
    root = tmp_path_factory.mktemp("served")
    (root / MOUNT).symlink_to(mini_site, target_is_directory=True)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(QuietHandler, directory=str(root)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{port}/{MOUNT}/"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


class Visit:
    """A page load that blocks and counts every request leaving the site, and records CSP violations."""

    def __init__(self, browser, base: str, **context_options):
        self.base = base
        self.outside: list[str] = []
        self.context = browser.new_context(**context_options)
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.violations: list[str] = []
        self.page.on("console", self._console)

    def _route(self, route):
        if route.request.url.startswith(self.base) or route.request.url.startswith("data:"):
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def _console(self, message):
        if "Content Security Policy" in message.text:
            self.violations.append(message.text)

    def open(self, path: str):
        self.page.goto(self.base + path, wait_until="networkidle")
        return self.page

    def close(self):
        self.context.close()


CASES = [(kind, lang) for kind in PAGE_KINDS for lang in LANGS]


@pytest.mark.parametrize("kind, lang", CASES, ids=[f"{k}-{l}" for k, l in CASES])
def test_no_outside_request_and_no_csp_violation(browser, server, kind, lang):
    visit = Visit(browser, server)
    try:
        page = visit.open(LANGS[lang] + PAGE_KINDS[kind])
        assert page.locator("h1").first.is_visible()
        # The theme's own script ran (it is not blocked by the policy): the search box is wired.
        page.keyboard.press("s")
        page.keyboard.type("Kaz")
        page.wait_for_timeout(300)
    finally:
        visit.close()
    assert visit.outside == []
    assert visit.violations == []


@pytest.mark.parametrize("kind, lang", CASES, ids=[f"{k}-{l}" for k, l in CASES])
def test_no_serious_accessibility_violation(browser, server, kind, lang):
    # axe is injected as a script, which the page's own policy would rightly refuse.
    visit = Visit(browser, server, bypass_csp=True)
    try:
        page = visit.open(LANGS[lang] + PAGE_KINDS[kind])
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    finally:
        visit.close()
    serious = [f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
               for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert not serious, "\n".join(serious)


def test_search_results_open_are_accessible(browser, server):
    visit = Visit(browser, server, bypass_csp=True)
    try:
        page = visit.open("kk/")
        page.keyboard.press("s")
        page.locator(".md-search__input").press_sequentially("Қазақстан", delay=20)
        # Text typed outside the US layout sends no keyup; the theme searches on keyup.
        page.keyboard.press("ArrowRight")
        page.wait_for_selector(".md-search-result__item", timeout=10000)
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    finally:
        visit.close()
    serious = [f"{v['id']}: {[n['target'] for n in v['nodes']][:3]}" for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert not serious, "\n".join(serious)


def test_language_switcher_keeps_the_reader_on_the_same_entity(browser, server):
    visit = Visit(browser, server)
    try:
        page = visit.open("states/kr/")
        page.locator(".md-header__option .md-select").hover()
        page.get_by_role("link", name="Қазақша").click()
        page.wait_for_url(f"{server}kk/states/kr/")
        assert page.locator("h1").inner_text() == "Корея Республикасы"
        assert page.locator("html").get_attribute("lang") == "kk"
    finally:
        visit.close()


def test_document_register_sorts_by_symbol_and_date(browser, server):
    visit = Visit(browser, server)
    try:
        page = visit.open("documents/")
        symbols = lambda: page.locator("table.record-register tbody tr td:first-child").all_inner_texts()  # noqa: E731
        page.locator("th button", has_text="Symbol").click()
        ascending = symbols()
        dec = [s for s in ascending if s.startswith("TST/2023-I/DEC/")]
        assert dec == ["TST/2023-I/DEC/1", "TST/2023-I/DEC/10"]
        page.locator("th button", has_text="Symbol").click()
        assert symbols() == list(reversed(ascending))
        page.locator("th button", has_text="Date").click()
        dates = page.locator("table.record-register tbody tr td:nth-child(3)").all_inner_texts()
        assert dates.index("1 December 2023") < dates.index("12 December 2023") < dates.index("16 January 2024")
    finally:
        visit.close()


@pytest.mark.parametrize("lang, query, expected", [
    ("kk", "Ресей", "kk/states/ru/"),
    ("ru", "Россия", "ru/states/ru/"),
    ("en", "Russia", "states/ru/"),
])
def test_search_finds_pages_of_the_readers_language_only(browser, server, lang, query, expected):
    visit = Visit(browser, server)
    try:
        page = visit.open(LANGS[lang])
        page.keyboard.press("s")
        page.locator(".md-search__input").press_sequentially(query, delay=20)
        page.keyboard.press("ArrowRight")  # the theme searches on keyup, which non-US text does not send
        page.wait_for_selector(".md-search-result__item", timeout=10000)
        links = page.locator(".md-search-result__link").evaluate_all(
            "links => links.map(a => a.origin + a.pathname)")
    finally:
        visit.close()
    assert server + expected in links
    others = [prefix for other, prefix in LANGS.items() if other != lang and prefix]
    assert links and all(link.startswith(server + LANGS[lang]) for link in links)
    assert not [link for link in links if any(link.startswith(server + prefix) for prefix in others)]
