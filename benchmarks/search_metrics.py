"""How light the site's search is, measured on a built site in headless Chromium.

    python benchmarks/search_metrics.py SITE_DIR      # prints the figures as JSON

`measure(site_dir)` serves the folder on 127.0.0.1 under the path of its
`site_url` (read from the home page's canonical link) and returns:

- search_bytes_on_page_load: bytes of search files (data, engine, stylesheet)
  fetched by loading pages of each language without searching (the goal is 0);
  search_start_script_bytes is the small script every page loads to open the
  search, reported apart (gzipped).
- search_bytes_before_first_result: everything the search fetches, gzipped as a
  static host sends it, from opening the search on a fresh page to its first
  result; the worst of QUERIES in each language (and each language's worst).
- symbol_lookup_bytes: the same for resolving a symbol typed at a /symbol/
  address in a spelling no page has (the 404 page looks it up), worst language.
- search_first_result_ms: median, over every query, of the time from the last
  keystroke to the first result shown.
- search_memory_mb: JavaScript heap the search adds, after every query of a
  language asked in one page (garbage collected before and after), worst language.

Timings are of this machine, unthrottled: indicative where it is shared.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import re
import socket
import statistics
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator
from urllib.parse import quote, urlsplit

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
LANGUAGES = {"en": "", "ru": "ru/", "kk": "kk/"}
# Words a reader would type, and a document symbol (the first of the record's symbol files) added to each.
QUERIES = {
    "en": ["Kazakhstan", "cooperation", "Senior Officials Committee", "DEC/1", "Russia transformation"],
    "ru": ["сотрудничество", "Казахстан", "Комитет старших должностных лиц", "DEC/1", "Россия"],
    "kk": ["Қазақстан", "ынтымақтастық", "Аға лауазымды тұлғалар комитеті", "DEC/1", "Ресей"],
}
PAGES = ["", "meetings/", "documents/"]
SEARCH_FILES = re.compile(r"/search/|search-engine\.js|/search\.js|/lunr/|search\.css")


def gzipped(body: bytes) -> int:
    return len(gzip.compress(body, compresslevel=6, mtime=0))


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the site; a missing address gets its language's 404 page, as a static host does."""

    mount = "/"

    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        lang = next((p for p in ("ru/", "kk/") if self.path.startswith(self.mount + p)), "")
        body = (Path(self.directory) / self.mount.strip("/") / lang / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def site_mount(site: Path) -> str:
    home = (site / "index.html").read_text(encoding="utf-8")
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', home)
    path = urlsplit(canonical.group(1)).path if canonical else "/"
    return path if path.endswith("/") else path + "/"


@contextmanager
def serve(site: Path, root: Path) -> Iterator[str]:
    """The site at its own path under `root` (a scratch folder), on a free local port."""
    mount = site_mount(site)
    served = root / mount.strip("/") if mount != "/" else root
    if mount != "/":
        served.parent.mkdir(parents=True, exist_ok=True)
        if served.is_symlink():
            served.unlink()
        served.symlink_to(site.resolve(), target_is_directory=True)
    directory = str(root if mount != "/" else site)
    handler = functools.partial(type("Handler", (_Handler,), {"mount": mount}), directory=directory)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    httpd.handle_error = lambda request, address: None  # a reader leaving mid-response is no failure
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{port}{mount}"
    finally:
        httpd.shutdown()


class Session:
    """One fresh browser context: counts the gzipped bytes of the search's responses, refuses the outside."""

    def __init__(self, browser, base: str):
        self.base = base
        self.context = browser.new_context(viewport={"width": 1280, "height": 800})
        self.outside: list[str] = []
        self.search_bytes = 0
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("response", self._response)

    def _route(self, route):
        if route.request.url.startswith(self.base):
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def _response(self, response):
        if SEARCH_FILES.search(urlsplit(response.url).path):
            try:
                self.search_bytes += gzipped(response.body())
            except Exception:  # a response without a body (a redirect) carries no bytes
                pass

    def close(self):
        self.context.close()


def _type_and_wait(page, query: str) -> float:
    """Types `query` as a reader does; the milliseconds from its last keystroke to the first result.

    Both moments are taken in the page: a keystroke by the `input` event it causes (Playwright types
    letters outside the US keyboard, such as Cyrillic, as inserted text, without a `keydown`, so timing
    keydowns counted the typing of a Russian or Kazakh word as waiting), the first result once the
    frame that shows it is painted (a MutationObserver, then the next animation frame: waiting for it
    from Python added the harness's own polling, about 40 ms).
    """
    selector = f".md-search-result__list[data-query={json.dumps(query, ensure_ascii=False)}] .md-search-result__item"
    page.evaluate("""selector => {
        window.__lastKey = 0;
        window.__firstResult = 0;
        document.addEventListener('input', () => { window.__lastKey = performance.now(); }, true);
        new MutationObserver((changes, observer) => {
            if (document.querySelector(selector)) {
                observer.disconnect();  // shown: after the next frame is painted
                requestAnimationFrame(() => setTimeout(() => { window.__firstResult = performance.now(); }));
            }
        }).observe(document.body, {subtree: true, childList: true, attributes: true});
    }""", selector)
    page.keyboard.press("s")
    page.locator(".md-search__input").press_sequentially(query, delay=40)
    page.locator(selector).first.wait_for(timeout=30000)
    page.wait_for_function("() => window.__firstResult > 0")
    return page.evaluate("() => window.__firstResult - window.__lastKey")


def _first_symbol(site: Path) -> str:
    table = json.loads((site / "search" / "s" / "0.json").read_text(encoding="utf-8"))
    return next(iter(table.values()))[0]


def measure(site_dir: Path, scratch: Path | None = None) -> dict:
    import tempfile
    site = Path(site_dir)
    symbol = _first_symbol(site)
    figures: dict = {"queries": {lang: QUERIES[lang] + [symbol] for lang in LANGUAGES}}
    with tempfile.TemporaryDirectory() as tmp, serve(site, Path(scratch or tmp)) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            figures.update(_page_load(browser, base, site))
            figures.update(_first_results(browser, base, figures["queries"]))
            figures.update(_symbol_lookup(browser, base, symbol))
            figures.update(_memory(browser, base, figures["queries"]))
        finally:
            browser.close()
    return figures


def _page_load(browser, base: str, site: Path) -> dict:
    fetched, outside = 0, []
    for prefix in LANGUAGES.values():
        for path in PAGES:
            session = Session(browser, base)
            session.page.goto(base + prefix + path, wait_until="networkidle")
            fetched += session.search_bytes
            outside += session.outside
            session.close()
    start = (site / "assets" / "javascripts" / "search-start.js").read_bytes()
    return {"search_bytes_on_page_load": fetched, "search_start_script_bytes": gzipped(start),
            "outside_requests": outside}


def _first_results(browser, base: str, queries: dict) -> dict:
    worst: dict[str, int] = {}
    times = []
    for lang, prefix in LANGUAGES.items():
        for query in queries[lang]:
            session = Session(browser, base)
            session.page.goto(base + prefix + "meetings/", wait_until="networkidle")
            times.append(_type_and_wait(session.page, query))
            worst[lang] = max(worst.get(lang, 0), session.search_bytes)
            session.close()
    return {"search_bytes_before_first_result": max(worst.values()),
            "search_bytes_before_first_result_by_language": worst,
            "search_first_result_ms": round(statistics.median(times)), "search_first_result_ms_max": round(max(times))}


def _symbol_lookup(browser, base: str, symbol: str) -> dict:
    worst = 0
    odd = symbol.swapcase().replace("/", " / ", 1)  # a spelling no page has: the 404 page looks it up
    for prefix in LANGUAGES.values():
        session = Session(browser, base)
        session.page.goto(f"{base}{prefix}symbol/{quote(odd)}/")
        session.page.wait_for_url(re.compile(r".*/documents/.*"), timeout=30000)
        worst = max(worst, session.search_bytes)
        session.close()
    return {"symbol_lookup_bytes": worst}


def _memory(browser, base: str, queries: dict) -> dict:
    worst = 0.0
    for lang, prefix in LANGUAGES.items():
        session = Session(browser, base)
        page = session.page
        cdp = session.context.new_cdp_session(page)
        page.goto(base + prefix + "meetings/", wait_until="networkidle")
        before = _heap(cdp)
        for query in queries[lang]:
            _type_and_wait(page, query)
            page.locator(".md-search__input").fill("")
            page.keyboard.press("Escape")
        worst = max(worst, (_heap(cdp) - before) / 2**20)
        session.close()
    return {"search_memory_mb": round(worst, 1)}


def _heap(cdp) -> int:
    cdp.send("HeapProfiler.collectGarbage")
    return cdp.send("Runtime.getHeapUsage")["usedSize"]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    parser.add_argument("site", type=Path, help="a built site folder (mkdocs build -d SITE_DIR)")
    print(json.dumps(measure(parser.parse_args().site), ensure_ascii=False, indent=2))
