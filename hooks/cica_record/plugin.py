"""The MkDocs plugin `cica-record`: it wires MkDocs' events to the steps of the package, and holds
what a build knows on itself.

mkdocs.yml names it after mkdocs-static-i18n (`plugins: [i18n, cica-record]`); pyproject.toml
registers it as an entry point. mkdocs-static-i18n runs one whole build per language in one
process, and `mkdocs serve` rebuilds in the same process with the same plugin instance: the
record is read once per `mkdocs build` into a `RecordBuild` that its languages share and that
the next build (a new config) replaces, and what one language build needs lives in a
`LanguageBuild` made anew by every `on_config`. Nothing lives in module globals.

What the plugin relies on in MkDocs and mkdocs-static-i18n beyond their documented events, and
the test that fails if a pinned version stops doing it: tests/test_mkdocs_internals.py.
"""

from __future__ import annotations

import logging
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from jinja2 import BytecodeCache, Environment
from mkdocs import utils as mkdocs_utils
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from cica_record.export.open_data import write_open_data
from cica_record.export.tables import column_docs
from cica_record.preview.pages import Preview, compiled_templates, keep_previewed_pages
from cica_record.publish.guard import publishing_refusal
from cica_record.record.errors import DataErrors
from cica_record.record.loader import read_record
from cica_record.record.model import Record
from cica_record.search.build import SearchBuild
from cica_record.search.build import start as start_search
from cica_record.search.documents import SearchDoc, rendered_page_document
from cica_record.site.alternate_links import unseen_by_theme_selector
from cica_record.site.content_security import with_policy
from cica_record.site.data_page import fill_data_columns
from cica_record.site.guide_values import GuideError, fill_allowed_values
from cica_record.site.language import load_tables
from cica_record.site.language_switcher import point_at_alternates
from cica_record.site.not_found import absolutize, is_not_found
from cica_record.site.open_data_links import feed_link
from cica_record.site.page_parts import (HOME_MARKER, error_banner, h1_text, nav_paths,
                                         translate_heading_permalinks, typeset_html)
from cica_record.site.pages import (HOME_TEMPLATE, PageSpec, RecordPage, files_for, home_context, page_specs,
                                    placeholder_specs)
from cica_record.site.render import CompiledTemplates, Renderer
from cica_record.site.search_box import point_base_at_language_root, script_words
from cica_record.site.theme_escaping import escape_overrides

log = logging.getLogger("mkdocs.plugins.cica")
READ_MESSAGE = "Read and checked the record"


def _notices_log() -> logging.Logger:
    """Where the build tells the publisher what is valid but not finished, such as a text in English only:
    WARNING lines in the terminal, as MkDocs writes its own. Not one of MkDocs' loggers ("mkdocs.*"):
    under `strict: true` MkDocs turns every warning of those into an error, and the page is right as it
    is (it shows the English, marked)."""
    notices = logging.getLogger("cica_record.notices")
    if not notices.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        notices.addHandler(handler)
        notices.propagate = False
    return notices


class RecordConfig(base.Config):
    """Where the record's parts are, relative to mkdocs.yml."""

    data_dir = c.Type(str, default="data")
    translations_dir = c.Type(str, default="translations")
    templates_dir = c.Type(str, default="overrides/record")


@dataclass(kw_only=True)
class RecordBuild:
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
    search: Optional[SearchBuild]  # the search files, built beside the pages (not under serve)
    compiled: BytecodeCache  # templates, ours and the theme's, compiled once for every language
    files: dict = field(default_factory=dict)  # each page's file in each language, for files_for


@dataclass(kw_only=True)
class LanguageBuild:
    """What one language build knows; never reused by the next language."""

    code: str = ""  # set once mkdocs-static-i18n has chosen the language (its on_config runs after ours)
    pages: dict[str, tuple[File, PageSpec]] = field(default_factory=dict)
    rendered: dict[str, tuple[str, list]] = field(default_factory=dict)
    kept: list[File] = field(default_factory=list)  # unchanged pages the navigation links to
    markdown_pages: list[str] = field(default_factory=list)  # src_uri of the pages MkDocs renders from Markdown
    search_docs: dict[str, SearchDoc] = field(default_factory=dict)  # those rendered so far, for the search


class RecordPlugin(BasePlugin[RecordConfig]):
    """Reads the record once per build, adds its pages in each language, renders them, and writes
    the search and the open data beside them."""

    def __init__(self) -> None:
        super().__init__()
        self.command = "build"
        self.build: Optional[RecordBuild] = None
        self.language = LanguageBuild()
        self.mkdocs_clean_directory: Optional[Callable[[str], None]] = None  # while ours stands in for it

    # --- the process ----------------------------------------------------------------------------

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.command = command
        if command == "serve" and self.mkdocs_clean_directory is None:
            self.mkdocs_clean_directory = mkdocs_utils.clean_directory
            mkdocs_utils.clean_directory = keep_previewed_pages(self.mkdocs_clean_directory)

    def on_shutdown(self) -> None:
        if self.mkdocs_clean_directory is not None:
            mkdocs_utils.clean_directory, self.mkdocs_clean_directory = self.mkdocs_clean_directory, None

    # --- each build, each language --------------------------------------------------------------

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        # Each language has its own 404 page among the record's pages (not the theme's single one).
        config.theme.static_templates.discard("404.html")
        if self.build is None or self.build.config is not config or not _next_language(config):
            if self.build is not None and self.build.search is not None:
                self.build.search.abandon()  # the previous build failed before its last language
            self.build = None  # the previous build's record is not kept while the new one is read
            self.build = self._load(config)
        self.language = LanguageBuild()
        return config

    def _load(self, config: MkDocsConfig) -> RecordBuild:
        root = Path(config.config_file_path).parent
        refusal = None
        if self.command == "gh-deploy":  # asked once per build: it asks the remote
            refusal = publishing_refusal(root, config.remote_name, config.site_url or "", strict=config.strict,
                                         branch=config.remote_branch)
        record, errors = self._read(root, refusal)
        if refusal:
            raise PluginError(refusal)
        previewing = self.command == "serve"
        compiled = compiled_templates(Path(config.site_dir)) if previewing else CompiledTemplates()
        renderer = Renderer(record, root / self.config.templates_dir, load_tables(root / self.config.translations_dir),
                            config.site_url or "/", compiled)
        specs = page_specs(record) if record else placeholder_specs()
        preview = None
        if previewing:
            preview = Preview(Path(config.site_dir), root, record, renderer.autolinker.targets, config.site_url or "")
        search = None
        if record is not None and not previewing:
            search = start_search(record, renderer.tables, config.site_url)
        return RecordBuild(config=config, root=root, record=record, errors=errors, renderer=renderer, specs=specs,
                           preview=preview, search=search, compiled=compiled)

    def _read(self, root: Path, refusal: Optional[str]) -> tuple[Optional[Record], Optional[DataErrors]]:
        """The record, or (under `mkdocs serve`) its errors, shown until a rebuild finds them fixed."""
        started = time.perf_counter()
        try:
            record, untranslated = read_record(root / self.config.data_dir, root)
        except DataErrors as errors:
            if self.command != "serve":
                stop = (errors.report() + "\nNothing was built or published: correct the files above and run the "
                        "command again.")
                raise PluginError("\n\n".join(filter(None, (refusal, stop)))) from None
            # While previewing, show the errors in the terminal and on every page and wait for a
            # fix. Not through MkDocs' logger: in strict mode any message there stops the preview.
            print(errors.report(), file=sys.stderr, flush=True)
            return None, errors
        log.info(f"{READ_MESSAGE} in {time.perf_counter() - started:.1f} s: {len(record.meetings)} meetings, "
                 f"{len(record.entities())} entities with a page")
        for text in untranslated:
            _notices_log().warning(text)
        return record, None

    @event_priority(-200)  # after mkdocs-static-i18n (-100), which drops files not in docs_dir
    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        build, language = self.build, self.language
        language.code = _current_language(config)
        language.markdown_pages = [file.src_uri for file in files.documentation_pages()]
        language.pages = files_for(build.specs, language.code, config, build.files)
        in_nav = nav_paths(config.nav)
        for file, spec in language.pages.values():
            named = file.norm_src_uri in in_nav
            if build.preview is not None and build.preview.unchanged_inputs(file, spec.context.get("entity")):
                if not named:
                    continue  # left as the last preview built it
                language.kept.append(file)  # ...but the navigation names it: taken out once the nav is made
            elif not named:
                RecordPage(None, file, config)
            files.append(file)
        i18n = config.plugins.get("i18n")
        if i18n is not None:  # the sitemap lists each language's pages with their alternates
            i18n.i18n_files_per_language.setdefault(language.code, []).extend(
                f for f, _ in language.pages.values() if not is_not_found(f.url))
        return files

    @event_priority(-200)  # after mkdocs-static-i18n's navigation
    def on_nav(self, nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
        for file in self.language.kept:
            files.remove(file)
        return nav

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        renderer = self.build.renderer
        lang = renderer.language(self.language.code)
        entry = self.language.pages.get(page.file.src_uri)
        if entry is None:  # from Markdown: the guide's lists come from the schema, the Data page's from the exports
            try:
                return fill_data_columns(fill_allowed_values(markdown, lang), column_docs(lang.table), lang.table)
            except GuideError as error:
                raise PluginError(f"{page.file.src_uri}: {error}") from None
        _, spec = entry
        context = dict(spec.context)
        if spec.localize is not None:
            context.update(spec.localize(lang))
        html, toc = renderer.render(spec.template, lang.code, page.file.url, **context)
        self.language.rendered[page.file.src_uri] = (html, toc)
        page.meta["title"] = h1_text(html)
        page.meta["feed"] = feed_link(context.get("entity"), False, lang, page.file.url)
        return ""

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        html = self._page_content(html, page)
        if self.build.search is not None and page.file.src_uri in self.language.markdown_pages:
            self._index(page, html)
        preview = self.build.preview
        if preview is not None and preview.unchanged_content(page.file, self.language.code, html, str(page.toc),
                                                             repr((page.title, page.meta))):
            page.file.inclusion = InclusionLevel.EXCLUDED  # put back as the last preview built it: not written again
        return html

    def _page_content(self, html: str, page: Page) -> str:
        build = self.build
        lang = build.renderer.language(self.language.code)
        rendered = self.language.rendered.pop(page.file.src_uri, None)
        if build.errors is not None:
            return str(error_banner(build.errors, lang)) + (rendered[0] if rendered else html.replace(HOME_MARKER, ""))
        if rendered is not None:
            page.toc = get_toc(rendered[1])
            return rendered[0]
        html = typeset_html(translate_heading_permalinks(html, lang), lang.code)
        if HOME_MARKER in html:
            page.meta["feed"] = feed_link(None, True, lang, page.file.url)
            home, _ = build.renderer.render(HOME_TEMPLATE, lang.code, page.file.url, **home_context(build.record))
            return html.replace(HOME_MARKER, home)
        return html

    def _index(self, page: Page, html: str) -> None:
        """Hand a page rendered from Markdown to the search, as it is shown; a language's all at once."""
        language, lang = self.language, self.build.renderer.language(self.language.code)
        location = page.file.url.removeprefix(lang.prefix).removeprefix("./")  # the home page's URL is ./ in English
        language.search_docs[page.file.src_uri] = rendered_page_document(location, html, lang)
        if len(language.search_docs) == len(language.markdown_pages):
            self.build.search.send_pages(lang.code, [language.search_docs[uri] for uri in sorted(language.search_docs)])

    def on_page_context(self, context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
        # After mkdocs-static-i18n (priority 50), which sets the switcher's links for this page as an
        # attribute of config.extra (not its item), where the theme's templates read them.
        alternates = getattr(config.extra, "alternate", None)
        if alternates:
            point_at_alternates(alternates, page)
        return context

    def on_env(self, env: Environment, config: MkDocsConfig, files: Files) -> Environment:
        env.globals["record_search_words"] = script_words(self.build.renderer.language(self.language.code))
        env.bytecode_cache = self.build.compiled  # MkDocs makes the theme's environment anew for each language
        return escape_overrides(env, config.theme.custom_dir)

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        i18n = config.plugins.get("i18n")
        if i18n is not None:
            output = point_base_at_language_root(output, page.file.url, self.language.code, i18n.default_language)
        if is_not_found(page.file.url):
            output = absolutize(output, page.file.url, config.site_url)
        return with_policy(unseen_by_theme_selector(output))

    @event_priority(-200)  # after mkdocs-static-i18n has built every language
    def on_post_build(self, config: MkDocsConfig) -> None:
        if _next_language(config):
            return  # a further language of the same build: the last one finishes the build
        build, self.build = self.build, None  # the record of this build can go
        if build.search is not None:
            build.search.collect(Path(config.site_dir))
        if build.record is not None and build.preview is None:  # once, after the last language; not in the preview
            write_open_data(Path(config.site_dir), build.record, build.renderer.tables, config.site_url or "",
                            build.root)
        if build.preview is not None:
            build.preview.save()


def _current_language(config: MkDocsConfig) -> str:
    i18n = config.plugins.get("i18n")
    return i18n.current_language if i18n is not None else config.theme.get("language", "en")


def _next_language(config: MkDocsConfig) -> bool:
    """Whether this build is mkdocs-static-i18n's build of a further language of the same site."""
    i18n = config.plugins.get("i18n")
    return i18n is not None and i18n.building
