"""MkDocs hooks: load the record, add its pages in the language being built, render them.

This file only wires MkDocs events to the steps in the sibling modules:
record_loader (read → validate → link), record_pages (which pages, which
files), record_render (HTML). mkdocs-static-i18n runs one whole build per
language in one process, and `mkdocs serve` rebuilds in the same process: the
record is read once per `mkdocs build` into a `Loaded` that its languages share
and that the next build (a new config) replaces, and what one language build
needs lives in a `Build` made anew by every `on_config`.
"""

from __future__ import annotations

import gc
import html as html_text
import logging
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from jinja2 import BytecodeCache, Environment
from markupsafe import Markup, escape
from mkdocs import utils as mkdocs_utils
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from alternate_links import unseen_by_theme_selector
from content_security import with_policy
from guide_values import GuideError, fill_allowed_values
from language_switcher import point_at_alternates
from not_found import absolutize, is_not_found
from export_tables import fill_data_columns
from open_data import feed_link, write_open_data
from preview_pages import Preview, compiled_templates, keep_previewed_pages
from publish_guard import publishing_refusal
import search_build
from search_build import point_base_at_language_root
from theme_escaping import escape_overrides
from record_errors import DataErrors
from record_language import Language, load_tables
from record_loader import load_record
from record_model import Record
from record_pages import PageSpec, RecordPage, files_for, page_specs, placeholder_specs
from record_render import CompiledTemplates, Renderer


HOME_MARKER = "<!-- record:home -->"
log = logging.getLogger("mkdocs.plugins.cica")
READ_MESSAGE = "Read and checked the record"


@dataclass
class Loaded:
    """The record read, checked and linked once for one `mkdocs build` and all its languages.

    mkdocs-static-i18n builds each language in turn with the same config object; a rebuild under
    `mkdocs serve` loads a new config, so it reads the data anew: nothing outlives its build.
    """

    config: MkDocsConfig
    root: Path
    record: Optional[Record]
    errors: Optional[DataErrors]
    renderer: Renderer
    specs: list[PageSpec]
    preview: Optional[Preview]  # under `mkdocs serve` only: what changed since the last preview
    search: Optional[search_build.Pending]  # the search files, built beside the pages (not under serve)
    compiled: BytecodeCache  # templates, ours and the theme's, compiled once for every language
    files: dict = field(default_factory=dict)  # each page's file in each language, for files_for


@dataclass
class Build:
    """What one language build knows; never reused by the next language."""

    pages: dict[str, tuple[File, PageSpec]] = field(default_factory=dict)
    rendered: dict[str, tuple[str, list]] = field(default_factory=dict)
    kept: list[File] = field(default_factory=list)  # unchanged pages the navigation links to


_command = "build"
_loaded: Optional[Loaded] = None
_build = Build()


def on_startup(command: str, dirty: bool) -> None:
    global _command
    _command = command
    if command == "serve" and not getattr(mkdocs_utils.clean_directory, "keeps_previews", False):
        mkdocs_utils.clean_directory = keep_previewed_pages(mkdocs_utils.clean_directory)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _loaded, _build
    # Each language has its own 404 page among the record's pages (not the theme's single one).
    config.theme.static_templates.discard("404.html")
    if _loaded is None or _loaded.config is not config or not _next_language(config):
        _loaded = None  # the previous build's record is not kept while the new one is read
        gc.unfreeze()  # nor anything a failed build left frozen
        _loaded = _load(config)
    _build = Build()
    return config


def _load(config: MkDocsConfig) -> Loaded:
    root = Path(config.config_file_path).parent
    refusal = None
    if _command == "gh-deploy":  # asked once per build: it asks the remote
        refusal = publishing_refusal(root, config.remote_name, config.site_url or "", strict=config.strict,
                                     branch=config.remote_branch)
    record, errors = _read(root, refusal)
    if refusal:
        raise PluginError(refusal)
    previewing = _command == "serve"
    compiled = compiled_templates(Path(config.site_dir)) if previewing else CompiledTemplates()
    renderer = Renderer(record, root / "overrides" / "record", load_tables(root / "translations"),
                        config.site_url or "/", compiled)
    specs = page_specs(record) if record else placeholder_specs()
    preview = None
    if previewing:
        preview = Preview(Path(config.site_dir), root, record, renderer.autolinker.targets, config.site_url or "")
    # The record lives until the last language is built: the cyclic collector need not walk it
    # again and again meanwhile (it is released in on_post_build), nor touch the memory a forked
    # search build shares.
    gc.freeze()
    search = None
    if record is not None and not previewing:
        search = search_build.start(record, renderer.tables, Path(config.docs_dir), config.site_url)
    return Loaded(config, root, record, errors, renderer, specs, preview, search, compiled)


def _read(root: Path, refusal: Optional[str]) -> tuple[Optional[Record], Optional[DataErrors]]:
    """The record, or (under `mkdocs serve`) its errors, shown until a rebuild finds them fixed."""
    started = time.perf_counter()
    try:
        record = load_record(root / "data", root)
    except DataErrors as errors:
        if _command != "serve":
            stop = (errors.report() + "\nNothing was built or published: correct the files above and run the "
                    "command again.")
            raise PluginError("\n\n".join(filter(None, (refusal, stop)))) from None
        # While previewing, show the errors in the terminal and on every page and wait for a
        # fix. Not through MkDocs' logger: in strict mode any message there stops the preview.
        print(errors.report(), file=sys.stderr, flush=True)
        return None, errors
    log.info(f"{READ_MESSAGE} in {time.perf_counter() - started:.1f} s: {len(record.meetings)} meetings, "
             f"{len(record.entities())} entities with a page")
    return record, None


@event_priority(-200)  # after mkdocs-static-i18n (-100), which drops files not in docs_dir
def on_files(files: Files, config: MkDocsConfig) -> Files:
    lang = _current_language(config)
    _build.pages = files_for(_loaded.specs, lang, config, _loaded.files)
    preview = _loaded.preview
    in_nav = _nav_paths(config.nav)
    for file, spec in _build.pages.values():
        named = file.norm_src_uri in in_nav
        if preview is not None and preview.unchanged_inputs(file, spec.context.get("entity")):
            if not named:
                continue  # left as the last preview built it
            _build.kept.append(file)  # ...but the navigation names it: taken out once the nav is made
        elif not named:
            RecordPage(None, file, config)
        files.append(file)
    i18n = config.plugins.get("i18n")
    if i18n is not None:  # the sitemap lists each language's pages with their alternates
        i18n.i18n_files_per_language.setdefault(lang, []).extend(
            f for f, _ in _build.pages.values() if not is_not_found(f.url))
    return files


@event_priority(-200)  # after mkdocs-static-i18n's navigation
def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    for file in _build.kept:
        files.remove(file)
    return nav


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    entry = _build.pages.get(page.file.src_uri)
    if entry is None:  # a hand-written page: the guide's lists of allowed values come from the schema
        try:
            lang = _loaded.renderer.language(_current_language(config))
            return fill_data_columns(fill_allowed_values(markdown, lang), lang.table)
        except GuideError as error:
            raise PluginError(f"{page.file.src_uri}: {error}") from None
    _, spec = entry
    lang = _current_language(config)
    context = dict(spec.context)
    if spec.localize is not None:
        context.update(spec.localize(_loaded.renderer.language(lang)))
    html, toc = _loaded.renderer.render(spec.template, lang, page.file.url, **context)
    _build.rendered[page.file.src_uri] = (html, toc)
    page.meta["title"] = _h1_text(html)
    page.meta["feed"] = feed_link(context.get("entity"), False, _loaded.renderer.language(lang), page.file.url)
    return ""


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    html = _page_content(html, page, config)
    preview = _loaded.preview
    if preview is not None and preview.unchanged_content(page.file, _current_language(config), html, str(page.toc),
                                                         repr((page.title, page.meta))):
        page.file.inclusion = InclusionLevel.EXCLUDED  # put back as the last preview built it: not written again
    return html


def _page_content(html: str, page: Page, config: MkDocsConfig) -> str:
    rendered = _build.rendered.pop(page.file.src_uri, None)
    if _loaded.errors is not None:
        banner = _error_banner(_loaded.errors, _loaded.renderer.language(_current_language(config)))
        return str(banner) + (rendered[0] if rendered else html.replace(HOME_MARKER, ""))
    if rendered is not None:
        page.toc = get_toc(rendered[1])
        return rendered[0]
    lang = _current_language(config)
    html = _translate_heading_permalinks(html, _loaded.renderer.language(lang))
    if HOME_MARKER in html:
        page.meta["feed"] = feed_link(None, True, _loaded.renderer.language(lang), page.file.url)
        home, _ = _loaded.renderer.render("home_record.html", lang, page.file.url)
        return html.replace(HOME_MARKER, home)
    return html


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    # After mkdocs-static-i18n (priority 50), which sets the switcher's links for this page as an
    # attribute of config.extra (not its item), where the theme's templates read them.
    alternates = getattr(config.extra, "alternate", None)
    if alternates:
        point_at_alternates(alternates, page)
    return context


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    env.globals["record_search_words"] = search_build.script_words(_loaded.renderer.language(_current_language(config)))
    env.bytecode_cache = _loaded.compiled  # MkDocs makes the theme's environment anew for each language
    return escape_overrides(env, config.theme.custom_dir)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    i18n = config.plugins.get("i18n")
    if i18n is not None:
        output = point_base_at_language_root(output, page.file.url, i18n.current_language, i18n.default_language)
    if is_not_found(page.file.url):
        output = absolutize(output, page.file.url, config.site_url)
    return with_policy(unseen_by_theme_selector(output))


@event_priority(-200)  # after mkdocs-static-i18n has built every language
def on_post_build(config: MkDocsConfig) -> None:
    global _loaded
    i18n = config.plugins.get("i18n")
    if i18n is None or not i18n.building:  # the last language is built
        loaded, _loaded = _loaded, None
        gc.unfreeze()  # the record of this build can go
        search_build.collect(loaded.search, Path(config.site_dir))
        if loaded.record is not None and loaded.preview is None:  # once, after the last language; not in the preview
            write_open_data(Path(config.site_dir), loaded.record, loaded.renderer.tables, config.site_url or "",
                            loaded.root)
        if loaded.preview is not None:
            loaded.preview.save()


def _current_language(config: MkDocsConfig) -> str:
    i18n = config.plugins.get("i18n")
    return i18n.current_language if i18n is not None else config.theme.get("language", "en")


def _next_language(config: MkDocsConfig) -> bool:
    """Whether this build is mkdocs-static-i18n's build of a further language of the same site."""
    i18n = config.plugins.get("i18n")
    return i18n is not None and i18n.building


def _translate_heading_permalinks(html: str, lang: Language) -> str:
    """Python-Markdown's toc titles every heading's ¶ link "Permanent link", in one language for the whole site."""
    return html.replace('title="Permanent link"', f'title="{escape(lang.t("labels.heading_permalink"))}"')


def _nav_paths(nav: object) -> set[str]:
    """The pages a navigation configuration names ("meetings/index.md")."""
    if isinstance(nav, str):
        return {nav}
    if isinstance(nav, dict):
        return set().union(*(_nav_paths(value) for value in nav.values()))
    if isinstance(nav, list):
        return set().union(*(_nav_paths(item) for item in nav))
    return set()


def _h1_text(html: str) -> str:
    """The page's heading as plain text (the theme's header and title escape it)."""
    match = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    if match is None:
        return ""
    return html_text.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", match.group(1))).strip())


def _error_banner(errors: DataErrors, lang: Language) -> str:
    """The errors above the page, in the page's language; each error line exactly as the terminal prints it."""
    items = Markup("").join(Markup('<li><pre lang="en">{}</pre></li>').format(str(e)) for e in errors.errors)
    return Markup('<div class="admonition failure"><p class="admonition-title">{}</p><ul>{}</ul><p>{}</p></div>').format(
        lang.plural("notes.data_errors_count", len(errors.errors)), items, lang.t("notes.data_errors_fix"))
