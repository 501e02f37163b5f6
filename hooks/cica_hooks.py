"""MkDocs hooks: load the record, add its pages in the language being built, render them.

This file only wires MkDocs events to the steps in the sibling modules:
record_loader (read → validate → link), record_pages (which pages, which
files), record_render (HTML). mkdocs-static-i18n runs one whole build per
language in one process, and `mkdocs serve` rebuilds in the same process, so
everything a build needs lives in a `Build` made anew by every `on_config`.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from markupsafe import Markup, escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from alternate_links import unseen_by_theme_selector
from content_security import with_policy
from guide_values import GuideError, fill_allowed_values
from language_switcher import point_at_alternates
from not_found import absolutize, is_not_found
from export_tables import fill_data_columns
from open_data import feed_link, write_open_data
from publish_guard import publishing_refusal
import search_build
from search_build import point_base_at_language_root
from record_errors import DataErrors
from record_language import Language, load_tables
from record_loader import load_record
from record_model import Record
from record_pages import PageSpec, files_for, page_specs, placeholder_specs
from record_render import Renderer


HOME_MARKER = "<!-- record:home -->"


@dataclass
class Build:
    """What one language build knows; never reused by the next build."""

    root: Path
    record: Optional[Record] = None
    errors: Optional[DataErrors] = None
    renderer: Optional[Renderer] = None
    pages: dict[str, tuple[File, PageSpec]] = field(default_factory=dict)
    rendered: dict[str, tuple[str, list]] = field(default_factory=dict)


_command = "build"
_build: Optional[Build] = None
_search: Optional[search_build.Pending] = None  # the search files, built beside the pages (not under serve)


def on_startup(command: str, dirty: bool) -> None:
    global _command
    _command = command


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _build
    root = Path(config.config_file_path).parent
    _build = Build(root)
    # Each language has its own 404 page among the record's pages (not the theme's single one).
    config.theme.static_templates.discard("404.html")
    refusal = None
    if _command == "gh-deploy" and _is_first_language(config):  # once: it asks the remote
        refusal = publishing_refusal(root, config.remote_name, config.site_url or "")
    try:
        _build.record = load_record(root / "data", root)
    except DataErrors as errors:
        if _command != "serve":
            stop = (errors.report() + "\nNothing was built or published: correct the files above and run the "
                    "command again.")
            raise PluginError("\n\n".join(filter(None, (refusal, stop)))) from None
        # While previewing, show the errors in the terminal and on every page and wait for a
        # fix. Not through MkDocs' logger: in strict mode any message there stops the preview.
        if _is_first_language(config):  # once, not once per language
            print(errors.report(), file=sys.stderr, flush=True)
        _build.errors = errors
    if refusal:
        raise PluginError(refusal)
    _build.renderer = Renderer(_build.record, root / "overrides" / "record", load_tables(root / "translations"),
                               config.site_url or "/")
    if _build.record is not None and _command != "serve" and _is_first_language(config):
        global _search
        _search = search_build.start(_build.record, _build.renderer.tables, Path(config.docs_dir), config.site_url)
    return config


@event_priority(-200)  # after mkdocs-static-i18n (-100), which drops files not in docs_dir
def on_files(files: Files, config: MkDocsConfig) -> Files:
    lang = _current_language(config)
    specs = page_specs(_build.record) if _build.record else placeholder_specs()
    _build.pages = files_for(specs, lang, config)
    for file, _ in _build.pages.values():
        files.append(file)
    i18n = config.plugins.get("i18n")
    if i18n is not None:  # the sitemap lists each language's pages with their alternates
        i18n.i18n_files_per_language.setdefault(lang, []).extend(
            f for f, _ in _build.pages.values() if not is_not_found(f.url))
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    entry = _build.pages.get(page.file.src_uri)
    if entry is None:  # a hand-written page: the guide's lists of allowed values come from the schema
        try:
            lang = _build.renderer.language(_current_language(config))
            return fill_data_columns(fill_allowed_values(markdown, lang), lang.table)
        except GuideError as error:
            raise PluginError(f"{page.file.src_uri}: {error}") from None
    _, spec = entry
    lang = _current_language(config)
    context = dict(spec.context)
    if spec.localize is not None:
        context.update(spec.localize(_build.renderer.language(lang)))
    html, toc = _build.renderer.render(spec.template, lang, page.file.url, **context)
    _build.rendered[page.file.src_uri] = (html, toc)
    page.meta["title"] = _h1_text(html)
    page.meta["feed"] = feed_link(context.get("entity"), False, _build.renderer.language(lang), page.file.url)
    return ""


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    rendered = _build.rendered.pop(page.file.src_uri, None)
    if _build.errors is not None:
        banner = _error_banner(_build.errors, _build.renderer.language(_current_language(config)))
        return str(banner) + (rendered[0] if rendered else html.replace(HOME_MARKER, ""))
    if rendered is not None:
        page.toc = get_toc(rendered[1])
        return rendered[0]
    lang = _current_language(config)
    html = _translate_heading_permalinks(html, _build.renderer.language(lang))
    if HOME_MARKER in html:
        page.meta["feed"] = feed_link(None, True, _build.renderer.language(lang), page.file.url)
        home, _ = _build.renderer.render("home_record.html", lang, page.file.url)
        return html.replace(HOME_MARKER, home)
    return html


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    # After mkdocs-static-i18n (priority 50), which sets the switcher's links for this page as an
    # attribute of config.extra (not its item), where the theme's templates read them.
    alternates = getattr(config.extra, "alternate", None)
    if alternates:
        point_at_alternates(alternates, page)
    return context


def on_env(env, config: MkDocsConfig, files: Files):
    env.globals["record_search_words"] = search_build.script_words(_build.renderer.language(_current_language(config)))
    return env


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    i18n = config.plugins.get("i18n")
    if i18n is not None:
        output = point_base_at_language_root(output, page.file.url, i18n.current_language, i18n.default_language)
    if is_not_found(page.file.url):
        output = absolutize(output, page.file.url, config.site_url)
    return with_policy(unseen_by_theme_selector(output))


@event_priority(-200)  # after mkdocs-static-i18n has built every language
def on_post_build(config: MkDocsConfig) -> None:
    global _search
    i18n = config.plugins.get("i18n")
    if i18n is None or not i18n.building:
        search_build.collect(_search, Path(config.site_dir))
        _search = None
        if _build.record is not None and _command != "serve":  # once, after the last language; not in the preview
            write_open_data(Path(config.site_dir), _build.record, _build.renderer.tables, config.site_url or "",
                            _build.root)


def _current_language(config: MkDocsConfig) -> str:
    i18n = config.plugins.get("i18n")
    return i18n.current_language if i18n is not None else config.theme.get("language", "en")


def _is_first_language(config: MkDocsConfig) -> bool:
    i18n = config.plugins.get("i18n")
    return i18n is None or i18n.current_language in (None, i18n.default_language)


def _translate_heading_permalinks(html: str, lang: Language) -> str:
    """Python-Markdown's toc titles every heading's ¶ link "Permanent link", in one language for the whole site."""
    return html.replace('title="Permanent link"', f'title="{escape(lang.t("labels.heading_permalink"))}"')


def _h1_text(html: str) -> str:
    match = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", match.group(1))).strip() if match else ""


def _error_banner(errors: DataErrors, lang: Language) -> str:
    """The errors above the page, in the page's language; each error line exactly as the terminal prints it."""
    items = Markup("").join(Markup('<li><pre lang="en">{}</pre></li>').format(str(e)) for e in errors.errors)
    return Markup('<div class="admonition failure"><p class="admonition-title">{}</p><ul>{}</ul><p>{}</p></div>').format(
        lang.plural("notes.data_errors_count", len(errors.errors)), items, lang.t("notes.data_errors_fix"))
