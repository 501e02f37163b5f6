"""How the build grows: generate a synthetic record, build it for real, measure.

    python benchmarks/scale.py --pages-per-language N [--json]
    python benchmarks/scale.py --meetings 480 [--json]     (a record of that many meetings)

Runs on a fresh clone once the test dependencies are installed (`make test-fast`, or
`pip install -e ".[test]"`). Everything happens in a temporary folder; nothing in the project
changes. Steps and figures:

* `cica_record.devtools.synthetic.record.generate` writes a record of about N pages a language (seed 1 unless `--seed`);
* `build_seconds`, `peak_rss_mb`: `python -m mkdocs build --strict` of a copy of the project (its
  real mkdocs.yml, theme overrides, translations, built by the cica-record plugin) with that record as data/; wall time, and the
  largest resident set of the build process and its children (`ru_maxrss` from wait4);
  `build_cpu_seconds`: its CPU time, with the search build's forked process, which runs beside the
  pages on the machine's other core (so wall time is less than CPU time where two cores are free);
  `site_bytes`, `site_files`: the built site; `pages_per_language`: the pages MkDocs rendered in English
  (not the redirect stubs of symbol addresses the search build writes);
* `plain_build_seconds`, `plain_cpu_seconds`, `plain_peak_rss_mb`: the baseline — a plain MkDocs build of the same pages:
  every page of the built site written back as Markdown (its headings as Markdown headings with
  their ids, the rest of its content as the raw HTML it is, so the pages and their tables of contents
  have the same size) in the same docs/{en,ru,kk}/ folders, with the project's own mkdocs.yml (same
  theme, overrides, Markdown extensions, navigation and plugins: mkdocs-static-i18n with three
  languages, and the search plugin where the project has one) but not the cica-record plugin, and mkdocs-static-i18n's
  `reconfigure_search: false`: with `true` the plugin's removal of duplicate search entries compares
  every entry with every other and does not finish at 480 meetings. The plain build keeps the search
  plugin's languages as i18n would set them; `build_overhead_ratio` = build_seconds / plain_build_seconds;
* `preview_rebuild_seconds`: under a real `mkdocs serve`, the median of three saves of one meeting
  file (a changed sentence), each timed from the save to the changed meeting page being served with
  the change;
* the search figures, from `benchmarks/search_metrics.py` (`measure(site_dir)`, the "Find by symbol"
  issue) when it exists, otherwise null.

`--variant search-off` builds both sites without the search plugin (labelled so in the output); the
figures the README reports use the project's real configuration.
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

import yaml

from cica_record.devtools import project as devtools_project
from cica_record.devtools.serving import fetch, free_port
from cica_record.devtools.synthetic.record import generate

BENCHMARKS = Path(__file__).resolve().parent
ROOT = BENCHMARKS.parent

SEARCH_KEYS = ("search_bytes_on_page_load", "search_bytes_before_first_result", "symbol_lookup_bytes",
               "search_first_result_ms", "search_memory_mb")
LUNR_LANGUAGES = ("en", "ru")  # of the site's languages, those lunr.js supports (no Kazakh)
PLAIN_BASELINE = ("plain MkDocs build of the same pages written as Markdown (headings as Markdown, content as "
                  "raw HTML), same mkdocs.yml, theme, overrides, languages and plugins, not the cica-record plugin, "
                  "mkdocs-static-i18n reconfigure_search: false")
PREVIEW_SAVES = 3


@dataclass
class Run:
    seconds: float
    peak_rss_mb: float
    cpu_seconds: float


def run_measured(command: list[str], cwd: Path, log: Path) -> Run:
    """Run `command` to its end; its wall time, the peak RSS of it and its children, and the CPU time
    of it and the children it waited for (the search build runs in one, on the other core)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    with log.open("w") as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed in {cwd}; its output is in {log}:\n"
                         + log.read_text(encoding="utf-8")[-3000:])
    return Run(seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)


def mkdocs(*args: str) -> list[str]:
    return [sys.executable, "-m", "mkdocs", *args]


# --- configurations -----------------------------------------------------------


class _AnyTagLoader(yaml.SafeLoader):
    """Reads mkdocs.yml for its plugin list: tags such as !!python/object/apply become nothing."""


_AnyTagLoader.add_multi_constructor("", lambda loader, suffix, node: None)
_AnyTagLoader.add_constructor(  # site_url: !ENV [SITE_URL, 'https://example.org/cica-record/'], as MkDocs reads it
    "!ENV", lambda loader, node: next(
        (os.environ[name] for name in loader.construct_sequence(node)[:-1] if name in os.environ),
        loader.construct_sequence(node)[-1]) if isinstance(node, yaml.SequenceNode)
    else os.environ.get(loader.construct_scalar(node)))


def derived_config(project: Path, name: str, *, record_plugin: bool, search: bool) -> Path:
    """A config beside the project's mkdocs.yml that inherits it (MkDocs' INHERIT), with changes."""
    real = yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_AnyTagLoader)
    plugins = []
    for entry in real.get("plugins", []):
        plugin, options = (entry, {}) if isinstance(entry, str) else next(iter(entry.items()))
        options = dict(options or {})
        if plugin == "search":
            if not search:
                continue
            options.setdefault("lang", list(LUNR_LANGUAGES))  # what i18n's reconfigure_search would set
        if plugin == "i18n":
            options["reconfigure_search"] = False
        if plugin == "cica-record" and not record_plugin:
            continue
        plugins.append({plugin: options})
    child: dict[str, Any] = {"INHERIT": "mkdocs.yml", "plugins": plugins}
    if not record_plugin:
        child.update(not_in_nav="/**/*.md")
    path = project / name
    path.write_text(yaml.safe_dump(child, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


# --- the plain baseline: the built pages written back as Markdown ---------------------------

_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*)</article>', re.S)
_THEME_PAGE = '<article class="md-content__inner md-typeset">'  # a page MkDocs rendered with the theme


def theme_pages(site: Path) -> list[Path]:
    """The site's pages that MkDocs rendered: not the symbol addresses' redirect stubs (the search
    build writes those beside MkDocs) or other files of its own."""
    return [page for page in sorted(site.rglob("*.html")) if _THEME_PAGE in page.read_text(encoding="utf-8")]
_SECTION = re.compile(r"</?section\b[^>]*>")
_HEADING = re.compile(r'<h([1-3])(?: id="([^"]*)")?[^>]*>(.*?)</h\1>', re.S)


def as_markdown(page_html: str) -> str:
    """A built page's content as Markdown of the same size: headings in Markdown, the rest raw HTML."""
    match = _ARTICLE.search(page_html)
    content = _SECTION.sub("", match.group(1) if match else "")
    out, last = [], 0
    for heading in _HEADING.finditer(content):
        out.append(content[last:heading.start()].strip())
        level, anchor, inner = heading.groups()
        title = html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", inner))).strip()
        out.append("#" * int(level) + " " + title + (f" {{#{anchor}}}" if anchor else ""))
        last = heading.end()
    out.append(content[last:].strip())
    return "\n\n".join(part for part in out if part) + "\n"


def plain_project(target: Path, project: Path, site: Path, languages: list[str], default: str) -> Path:
    """A copy of the project whose docs are the built site's pages as Markdown, built without the record's plugin."""
    devtools_project.make_project(ROOT, target, project / "data")
    docs = target / "docs"
    written = set()  # Markdown pages the project has (about.md), named as the navigation names them
    for page in docs.rglob("*.md"):
        written.add(page.relative_to(docs).as_posix())
        page.unlink()
    for page in theme_pages(site):
        relative = page.relative_to(site)
        lang = relative.parts[0] if relative.parts[0] in languages and relative.parts[0] != default else default
        inside = relative.relative_to(lang) if lang != default else relative
        source = inside.with_suffix(".md") if inside.name != "index.html" else inside.parent / "index.md"
        if f"{lang}/{inside.parent}.md" in written:
            source = inside.parent.with_suffix(".md")
        destination = docs / lang / source
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_text(as_markdown(page.read_text(encoding="utf-8")), encoding="utf-8")
    return target


# --- preview under mkdocs serve ------------------------------------------------------


def wait_for(url: str, text: str, seconds: float) -> float:
    """Poll `url` until it serves `text`; the time it took."""
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        if text in fetch(url):
            return time.perf_counter() - start
        time.sleep(0.05)
    raise SystemExit(f"{url} did not show {text!r} within {seconds:.0f} s")


def preview_rebuild_seconds(project: Path, config: Path, log: Path) -> float:
    """Median time from saving a meeting file to its page being served with the change."""
    meeting, page = edited_meeting(project)
    port = free_port()
    base = f"http://127.0.0.1:{port}{site_path(project)}"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    with log.open("w") as out:
        server = subprocess.Popen(mkdocs("serve", "-f", str(config), "--dev-addr", f"127.0.0.1:{port}"),
                                  cwd=project, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            original = meeting.read_text(encoding="utf-8")
            wait_for(base + page, "<h1", 7200)
            times = []
            for save in range(1, PREVIEW_SAVES + 1):
                marker = f"Preview check {save}."
                meeting.write_text(original.replace(ADOPTED, f"{ADOPTED} {marker}", 1), encoding="utf-8")
                times.append(wait_for(base + page, marker, 3600))
            return statistics.median(times)
        finally:
            server.terminate()
            server.wait(timeout=60)


ADOPTED = "The agenda was adopted without any changes."


def edited_meeting(project: Path) -> tuple[Path, str]:
    """A meeting with minutes from the middle of the record (an SOC's where there is one), and the
    address of its English page."""
    files = [path for path in sorted((project / "data" / "meetings").glob("*.yaml"))
             if ADOPTED in path.read_text(encoding="utf-8")]
    files = [path for path in files if path.stem.endswith("-soc")] or files
    meeting = files[len(files) // 2]
    entry = yaml.load(meeting.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return meeting, f"meetings/{entry['date'][:4]}/{entry['id']}/"


def site_path(project: Path) -> str:
    config = yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_AnyTagLoader)
    path = re.sub(r"^[a-z]+://[^/]+", "", config.get("site_url") or "/")
    return path if path.endswith("/") else path + "/"


# --- figures --------------------------------------------------------------------------


def site_figures(site: Path, languages: list[str], default: str) -> dict[str, int]:
    files = [path for path in site.rglob("*") if path.is_file()]
    others = {lang for lang in languages if lang != default}
    english_pages = [path for path in theme_pages(site) if path.relative_to(site).parts[0] not in others]
    return {"pages_per_language": len(english_pages), "site_bytes": sum(path.stat().st_size for path in files),
            "site_files": len(files)}


def search_figures(site: Path) -> dict[str, Any]:
    """The "Find by symbol" issue's figures, measured by its own module when it exists."""
    module_path = BENCHMARKS / "search_metrics.py"
    if not module_path.exists():
        return {key: None for key in SEARCH_KEYS}
    spec = importlib.util.spec_from_file_location("search_metrics", module_path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    figures = module.measure(site)
    return {key: figures.get(key) for key in SEARCH_KEYS}


def languages_of(project: Path) -> tuple[list[str], str]:
    config = yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_AnyTagLoader)
    for entry in config.get("plugins", []):
        if isinstance(entry, dict) and "i18n" in entry:
            langs = entry["i18n"]["languages"]
            default = next(lang["locale"] for lang in langs if lang.get("default"))
            return [lang["locale"] for lang in langs], default
    return ["en"], "en"


def measure(pages: int, seed: int, meetings: Optional[int], variant: str, work: Path,
            preview: bool = True) -> dict[str, Any]:
    summary = generate(work / "record", pages_per_language=pages, seed=seed, meetings=meetings)
    project = devtools_project.make_project(ROOT, work / "project", work / "record")
    languages, default = languages_of(project)
    search = variant != "search-off"
    config = project / "mkdocs.yml" if search else derived_config(project, "mkdocs.variant.yml", record_plugin=True,
                                                                   search=False)
    build = run_measured(mkdocs("build", "--strict", "-f", str(config), "-d", str(work / "site")), project,
                         work / "build.log")
    figures = site_figures(work / "site", languages, default)
    plain = plain_project(work / "plain", project, work / "site", languages, default)
    plain_config = derived_config(plain, "mkdocs.plain.yml", record_plugin=False, search=search)
    baseline = run_measured(mkdocs("build", "-f", str(plain_config), "-d", str(work / "plain-site")), plain,
                            work / "plain-build.log")
    return {
        "pages_per_language": figures["pages_per_language"],
        "meetings": summary.meetings,
        "build_seconds": round(build.seconds, 1),
        "peak_rss_mb": round(build.peak_rss_mb),
        "site_bytes": figures["site_bytes"],
        "site_files": figures["site_files"],
        "build_cpu_seconds": round(build.cpu_seconds, 1),
        "plain_build_seconds": round(baseline.seconds, 1),
        "plain_cpu_seconds": round(baseline.cpu_seconds, 1),
        "plain_peak_rss_mb": round(baseline.peak_rss_mb),
        "build_overhead_ratio": round(build.seconds / baseline.seconds, 2),
        "memory_overhead_ratio": round(build.peak_rss_mb / baseline.peak_rss_mb, 2),
        "preview_rebuild_seconds": round(preview_rebuild_seconds(project, config, work / "serve.log"), 1)
        if preview else None,
        **(search_figures(work / "site") if search else {key: None for key in SEARCH_KEYS}),
        "variant": variant,
        "seed": seed,
        "plain_baseline": PLAIN_BASELINE,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
    }


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages-per-language", type=int,
                        help="the record's size (with --meetings, only that of its states, people, events…: 4000 if not given)")
    parser.add_argument("--json", action="store_true", help="end with the figures as one JSON object")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--meetings", type=int, default=None, help="size the record by meetings instead")
    parser.add_argument("--variant", choices=("project", "search-off"), default="project")
    parser.add_argument("--no-preview", action="store_true", help="leave out preview_rebuild_seconds")
    parser.add_argument("--keep", type=Path, default=None, help="work in this (new) folder and keep it")
    args = parser.parse_args(argv)
    if args.pages_per_language is None:
        if args.meetings is None:
            parser.error("give --pages-per-language, --meetings or both")
        args.pages_per_language = 4000
    if args.keep:
        args.keep.mkdir(parents=True)
        figures = measure(args.pages_per_language, args.seed, args.meetings, args.variant, args.keep,
                          not args.no_preview)
    else:
        with tempfile.TemporaryDirectory(prefix="cica-scale-") as work:
            figures = measure(args.pages_per_language, args.seed, args.meetings, args.variant, Path(work),
                              not args.no_preview)
    for key, value in figures.items():
        print(f"{key}: {value}")
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
