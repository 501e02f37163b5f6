"""The built site in headless Chromium: nothing requested from elsewhere, the
Content-Security-Policy breaks nothing, no serious accessibility violation,
and the language switcher keeps the reader on the same entity."""

from __future__ import annotations

import contextlib
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
    "meeting known from reports": "meetings/2021/soc-2021-06-23/",
    "decision": "decisions/soc-2023-12-12/saudi-observer/",
    "document": "documents/tst/2023-i/draft/1/rev.1/",
    "decision document": "documents/tst/2023-i/dec/10/",
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


@contextlib.contextmanager
def serving(directory: Path, handler=QuietHandler):
    """`directory` served over HTTP on a free local port, at the address this yields."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(handler, directory=str(directory)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        httpd.shutdown()


def serve(site, root):
    """The built site at MOUNT on a free local port, for as long as the generator is held."""
    (root / MOUNT).symlink_to(site, target_is_directory=True)
    with serving(root) as address:
        yield f"{address}{MOUNT}/"


@pytest.fixture(scope="module")
def server(mini_site, tmp_path_factory):
    yield from serve(mini_site, tmp_path_factory.mktemp("served"))


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
        self.sitemaps: list[str] = []  # the theme's language selector once fetched one beside every alternate link
        self.context = browser.new_context(**context_options)
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.violations: list[str] = []
        self.page.on("console", self._console)

    def _route(self, route):
        if route.request.url.endswith("sitemap.xml"):
            self.sitemaps.append(route.request.url)
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
    assert visit.sitemaps == [], "the theme fetched sitemaps beside the page's alternate links (hooks/cica_record/site/alternate_links.py)"


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
        symbols = lambda: page.locator("table.record-register tbody tr td:first-child > a").all_inner_texts()  # noqa: E731
        page.locator("th button", has_text="Symbol").click()
        ascending = symbols()
        dec = [s for s in ascending if s.startswith("TST/2023-I/DEC/")]
        assert dec == ["TST/2023-I/DEC/1", "TST/2023-I/DEC/10"]
        page.locator("th button", has_text="Symbol").click()
        assert symbols() == list(reversed(ascending))
        page.locator("th button", has_text="Date").click()
        # Dates are typeset with a no-break space between day and month; read them as words.
        cells = page.locator("table.record-register tbody tr td:nth-child(2)").all_inner_texts()
        dates = [" ".join(cell.split()) for cell in cells]
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
        open_search_and_type(page, query)
        links = page.locator(".md-search-result__link").evaluate_all(
            "links => links.map(a => a.origin + a.pathname)")
    finally:
        visit.close()
    assert server + expected in links
    others = [prefix for other, prefix in LANGS.items() if other != lang and prefix]
    assert links and all(link.startswith(server + LANGS[lang]) for link in links)
    assert not [link for link in links if any(link.startswith(server + prefix) for prefix in others)]


# --- the site's search and symbol addresses -------------------------------------------------------

SEARCH_FILES = ("/search/", "search-engine.js", "search.js", "lunr", "search.css")


def is_search_request(url: str) -> bool:
    return any(part in url for part in SEARCH_FILES)


class CountingVisit(Visit):
    """A visit that also counts the bytes of every response of the site's search."""

    def __init__(self, browser, base, **options):
        super().__init__(browser, base, **options)
        self.search_bytes: list[tuple[str, int]] = []
        self.page.on("response", self._response)

    def _response(self, response):
        if is_search_request(response.url):
            self.search_bytes.append((response.url, len(response.body())))


def open_search_and_type(page, query: str):
    page.keyboard.press("s")
    page.locator(".md-search__input").press_sequentially(query, delay=20)
    page.locator(f".md-search-result__list[data-query='{query}'] .md-search-result__item").first.wait_for(timeout=10000)


@pytest.mark.parametrize("lang, query, expected", [
    ("en", "TST/2023-I/DEC/1", "documents/tst/2023-i/dec/1/"),
    ("ru", "сотрудничество", "organisations/sco/"),
    ("kk", "Ресей", "states/ru/"),
])
def test_typing_a_query_and_pressing_enter_opens_the_first_result(browser, server, lang, query, expected):
    visit = CountingVisit(browser, server)
    try:
        page = visit.open(LANGS[lang] + "meetings/")
        assert visit.search_bytes == []  # nothing of the search is fetched until the reader opens it
        open_search_and_type(page, query)
        if lang == "en":
            assert page.locator(".record-search-exact").count() == 1
        assert page.locator(".md-search-result__item mark").count() >= 1
        page.keyboard.press("Enter")
        page.wait_for_url(server + LANGS[lang] + expected)
    finally:
        visit.close()
    assert visit.outside == [] and visit.violations == []


def test_arrows_move_through_results_and_escape_closes(browser, server):
    visit = Visit(browser, server)
    try:
        page = visit.open("")
        open_search_and_type(page, "DEC/1")
        page.keyboard.press("ArrowDown")
        first = page.locator(".md-search-result__link").first
        assert first.evaluate("a => a === document.activeElement")
        page.keyboard.press("ArrowUp")
        assert page.locator(".md-search__input").evaluate("i => i === document.activeElement")
        page.keyboard.press("Escape")
        assert not page.locator("#__search").is_checked()
    finally:
        visit.close()


def test_the_header_button_opens_the_search_on_a_phone(browser, server):
    visit = Visit(browser, server, viewport={"width": 320, "height": 640})
    try:
        page = visit.open("kk/")
        page.locator("label.md-header__button[for=__search]").click()
        page.locator(".md-search__input").press_sequentially("Қазақстан", delay=20)
        page.wait_for_selector(".md-search-result__item", timeout=10000)
        assert page.locator(".md-search__input").is_visible()
    finally:
        visit.close()


def test_a_symbol_not_in_the_record_is_said_in_the_readers_language(browser, server):
    visit = Visit(browser, server)
    try:
        page = visit.open("ru/")
        open_search_and_type(page, "TST/2023-I/DEC/11")
        assert page.locator(".md-search-result__meta .record-search-missing").inner_text() == \
            "Документа «TST/2023-I/DEC/11» в архиве нет."
    finally:
        visit.close()


@pytest.fixture(scope="module")
def real_server(real_site, tmp_path_factory):
    yield from serve(real_site, tmp_path_factory.mktemp("served-real"))


def shipped_symbols() -> list[str]:
    from test_search import REAL_DATA, symbols_of
    return symbols_of(REAL_DATA)


@pytest.mark.parametrize("lang", LANGS)
def test_every_shipped_symbol_address_leads_to_its_document(browser, real_server, lang):
    from urllib.parse import quote
    from cica_record.search.analysis import symbol_key
    from cica_record.record.addresses import symbol_path
    visit = CountingVisit(browser, real_server)
    wrong = []
    try:
        for symbol in shipped_symbols():
            expected = f"{real_server}{LANGS[lang]}documents/{symbol_path(symbol)}/"
            odd = symbol.swapcase().replace("/", " / ", 1)  # no page has this spelling: the 404 page resolves it
            for form in (symbol, symbol.lower(), odd):
                page = visit.page
                page.goto(f"{real_server}{LANGS[lang]}symbol/{quote(form)}/")
                page.wait_for_url(expected, timeout=10000)
                if page.locator("h1").first.inner_text() == "" or symbol_key(form) != symbol_key(symbol):
                    wrong.append((form, page.url))
    finally:
        visit.close()
    assert wrong == [] and visit.outside == []
    lookups = [size for url, size in visit.search_bytes if "/search/" in url]
    assert lookups and max(lookups) < 25_000


@pytest.mark.parametrize("lang, words", [("en", "is not in the record"), ("ru", "в архиве нет"),
                                         ("kk", "мұрағатта жоқ")])
def test_a_symbol_address_not_in_the_record_says_so_and_offers_the_search(browser, server, lang, words):
    visit = Visit(browser, server)
    try:
        page = visit.open(LANGS[lang] + "symbol/TST/2023-I/DEC/99/")
        message = page.locator("article .record-search-missing")
        message.wait_for(timeout=10000)
        assert "TST/2023-I/DEC/99" in message.inner_text() and words in message.inner_text()
        page.locator("article button.md-button").click()
        page.wait_for_selector(".md-search-result__item", timeout=10000)
        assert page.locator(".md-search__input").input_value() == "TST/2023-I/DEC/99"
    finally:
        visit.close()
    assert visit.outside == [] and visit.violations == []


def test_result_text_from_the_data_stays_text_and_fits_a_phone(browser, server):
    visit = Visit(browser, server, viewport={"width": 320, "height": 640})
    try:
        page = visit.open("")
        page.locator("label.md-header__button[for=__search]").click()
        query = "Donaudampfschifffahrtsgesellschaftskapitaenswitwenrentenversicherungsanstalt"
        page.locator(".md-search__input").press_sequentially(query, delay=5)
        page.locator(".md-search-result__list .md-search-result__item").first.wait_for(timeout=10000)
        results = page.locator(".md-search-result")
        assert results.locator("i.hostile").count() == 0 and "<i class=hostile>" in results.inner_text()
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        assert page.evaluate("[...document.querySelectorAll('.md-search-result__article')]"
                             ".every(a => a.scrollWidth <= a.clientWidth + 1)")
    finally:
        visit.close()
