"""Which pages the record has, and the MkDocs files that carry them in each language.

A `PageSpec` is language-independent: one path (derived from identifiers,
never from list positions), one template and its context. `files_for` turns
every spec into a generated MkDocs file for the language being built, under
the `/ru/` or `/kk/` prefix, with the alternates mkdocs-static-i18n uses for
the language switcher, `hreflang` links and the sitemap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from cica_record.record import model as m
from cica_record.site.language import Language
from cica_record.record.periods import PAGE_BUDGET, Listing, listing
from cica_record.record.views import (coming_meetings, decisions_by_state, latest_held_meeting, meetings_by_year,
                                     pending_decisions, unreported_decisions)
from cica_record.record.schema import LANGUAGES

INDEX_KEYS = ("meetings", "documents", "decisions", "states", "dimensions", "organisations", "people", "bodies",
              "events")
STATUS_ORDER = ("member", "observer", "applicant", "partner")


@dataclass(frozen=True, kw_only=True)
class PageSpec:
    path: str  # "states/kz/"; or a file name such as "404.html" for a page served under that exact name
    template: str
    context: dict[str, Any] = field(default_factory=dict)
    # Index pages order some lists by names in the reader's language.
    localize: Callable[[Language], dict[str, Any]] | None = None

    def src_uri(self, lang: str) -> str:
        stem = self.path.rstrip("/").removesuffix(".html")
        return f"{_prefix(lang)}{stem}/index.md" if self.template.startswith("index_") else f"{_prefix(lang)}{stem}.md"

    def dest_uri(self, lang: str) -> str | None:
        """Only for pages with a fixed file name; others follow MkDocs' directory URLs."""
        return _prefix(lang) + self.path if self.path.endswith(".html") else None


def _prefix(lang: str) -> str:
    return "" if lang == LANGUAGES[0] else f"{lang}/"


def page_specs(record: m.Record, budget: int = PAGE_BUDGET) -> list[PageSpec]:
    specs = []
    for entity in record.entities():
        shown = listing(entity, budget)
        specs.append(PageSpec(path=entity.path, template=f"{entity.kind}.html",
                              context={"entity": entity, "listing": shown}))
        specs += [PageSpec(path=period.path, template="statements_period.html",
                           context={"entity": entity, "period": period, "periods": shown.earlier,
                                    "listing": Listing(entity=entity, years=[period.year])})
                  for period in shown.earlier]
    simple = {"organisations": record.organisations, "people": record.people, "bodies": record.bodies,
              "events": record.events}
    for key, entities in simple.items():
        specs.append(PageSpec(path=f"{key}/", template="index_simple.html", context={"index_key": key},
                              localize=_sorted_by_name(entities)))
    specs += [
        PageSpec(path="meetings/", template="index_meetings.html", context={"years": meetings_by_year(record)}),
        PageSpec(path="decisions/", template="index_decisions.html", context={"groups": decisions_by_state(record)}),
        PageSpec(path="states/", template="index_states.html", localize=_states_by_status(record)),
        PageSpec(path="dimensions/", template="index_dimensions.html"),
        PageSpec(path="404.html", template="not_found.html"),
    ]
    return specs + register_specs(record)


HOME_TEMPLATE = "home_record.html"  # the record's part of the home page (docs/*/index.md)


def home_context(record: m.Record) -> dict[str, Any]:
    """What the home page shows of the record: its latest meeting held, those announced ahead, the decisions
    still open and those whose outcome is not in the public record."""
    return {"latest": latest_held_meeting(record), "coming": coming_meetings(record),
            "pending": pending_decisions(record), "unreported": unreported_decisions(record)}


def placeholder_specs() -> list[PageSpec]:
    """While the data has errors (in `mkdocs serve`), index pages that only say so."""
    return [PageSpec(path=f"{key}/", template="index_unavailable.html", context={"index_key": key})
            for key in INDEX_KEYS] + [PageSpec(path="404.html", template="not_found.html")]


def _sorted_by_name(entities: list[m.Entity]) -> Callable[[Language], dict[str, Any]]:
    return lambda lang: {"items": lang.by_name(entities)}


def _states_by_status(record: m.Record) -> Callable[[Language], dict[str, Any]]:
    """The states by their current status, then those whose last status has ended (or that no source names
    since), each under its own heading, so that no list shows a former observer as one today."""
    def localize(lang: Language) -> dict[str, Any]:
        groups = []
        for status in STATUS_ORDER:
            rows = [s for s in record.states if s.current_status and s.current_status.status == status]
            if rows:
                groups.append((status, lang.by_name(rows)))
        ended = [s for s in record.states if s.statuses and s.current_status is None]
        if ended:
            groups.append(("ended", lang.by_name(ended)))
        return {"groups": groups}
    return localize


def natural_key(symbol: str) -> str:
    """A sort key in which DEC/2 comes before DEC/10: numbers padded to eight digits."""
    return re.sub(r"\d+", lambda match: match.group(0).zfill(8), symbol.casefold())


# Documents the register's own page lists, at most (about 580 bytes of HTML a row in Kazakh, the
# longest language: under 600 KB). Beyond, the earlier years get a page each, so the register stays
# light on a phone however deep the record grows (a 30-year synthetic record made it 1.4 MB).
REGISTER_ROWS = 1000

RegisterRow = tuple[m.Document, str]  # a document and the key that sorts it by symbol


@dataclass(frozen=True, kw_only=True)
class RegisterYear:
    """An earlier year of the register, on a page of its own."""

    year: str
    path: str
    rows: list[RegisterRow]


def document_register(record: m.Record, rows_per_page: int = REGISTER_ROWS) -> tuple[list[RegisterRow], list[RegisterYear]]:
    """The register's own rows — the newest years that fit (always at least one) and the undated
    documents — and the earlier years, newest first; each page sorted by symbol."""
    by_year: dict[Optional[str], list[RegisterRow]] = {}
    for doc in record.documents:
        by_year.setdefault(_register_year(doc), []).append((doc, natural_key(doc.symbol or "~" + doc.key)))
    shown = by_year.pop(None, [])
    years = sorted(by_year, reverse=True)
    kept = 0
    while kept < len(years) and (kept == 0 or len(shown) + len(by_year[years[kept]]) <= rows_per_page):
        shown += by_year[years[kept]]
        kept += 1
    earlier = [RegisterYear(year=year, path=f"documents/years/{year}/", rows=_by_symbol(by_year[year]))
               for year in years[kept:]]
    return _by_symbol(shown), earlier


def _register_year(doc: m.Document) -> Optional[str]:
    """The year a document belongs to in the register: its own date's, or its meeting's."""
    day = doc.date or (doc.meeting.date if doc.meeting else None)
    return day[:4] if day else None


def _by_symbol(rows: list[RegisterRow]) -> list[RegisterRow]:
    return sorted(rows, key=lambda row: row[1])


def register_specs(record: m.Record) -> list[PageSpec]:
    rows, earlier = document_register(record)
    specs = [PageSpec(path="documents/", template="index_documents.html",
                      context={"year": None, "earlier": earlier}, localize=_in_register_order(rows))]
    specs += [PageSpec(path=page.path, template="index_documents.html",
                       context={"year": page.year, "earlier": earlier}, localize=_in_register_order(page.rows))
              for page in earlier]
    return specs


def _in_register_order(rows: list[RegisterRow]) -> Callable[[Language], dict[str, Any]]:
    """A page of the register in a language: by symbol, then the documents without one by their title
    in that language's alphabetical order (not by their identifiers, which are English)."""
    def localize(lang: Language) -> dict[str, Any]:
        keyed = [(doc, key if doc.symbol else "~" + lang.sort_key(lang.plain(doc.title) or doc.key))
                 for doc, key in rows]
        return {"documents": sorted(keyed, key=lambda row: row[1])}
    return localize


def files_for(specs: list[PageSpec], lang: str, config: MkDocsConfig,
              made: Optional[dict[tuple[int, str], File]] = None) -> dict[str, tuple[File, PageSpec]]:
    """One generated file per spec for `lang`, keyed by its src_uri.

    `made` keeps the files of one build across its languages: a page's file in one language is
    its alternate in the others, made once, not once per language build.
    """
    made = {} if made is None else made

    def file_of(index: int, spec: PageSpec, code: str) -> File:
        if (index, code) not in made:
            made[(index, code)] = _generated(config, spec, code)
        return made[(index, code)]

    out = {}
    for index, spec in enumerate(specs):
        file = file_of(index, spec, lang)
        file.alternates = {other: file_of(index, spec, other) for other in LANGUAGES}
        file.locale = file.locale_alternate_of = lang
        file.localization = None if lang == LANGUAGES[0] else lang
        file.norm_src_uri = spec.src_uri(LANGUAGES[0])
        out[file.src_uri] = (file, spec)
    return out


class RecordPage(Page):
    """A page of the record. Its HTML comes from the record's templates (the hooks render it), so
    there is no Markdown to convert: MkDocs' Markdown pass, which sets up every extension anew for
    each page, is left out. Made before MkDocs makes the page (it keeps one it finds in
    `file.page`), so not for the pages the navigation names: their title comes from it."""

    def render(self, config: MkDocsConfig, files: Files) -> None:
        self.content = ""
        self.toc = get_toc([])
        self.present_anchor_ids = set()
        self.links_to_anchors = {}


def _generated(config: MkDocsConfig, spec: PageSpec, lang: str) -> File:
    # Pages are reached from index pages, not the navigation: a nav listing
    # every page would grow with the square of the record.
    file = File.generated(config, spec.src_uri(lang), content="", inclusion=InclusionLevel.NOT_IN_NAV)
    if spec.dest_uri(lang):
        file.dest_uri = spec.dest_uri(lang)
    return file
