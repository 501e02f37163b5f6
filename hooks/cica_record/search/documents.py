"""What the search knows of each page, in one reader language: from the linked record, and from pages rendered.

One search document per thing a reader may look for, each text once: an
entity's page; each statement, pointing at its anchor on its meeting page (the
state pages that list it are not indexed again); the meeting's own narrative
(opening, agenda titles and accounts) with the meeting; each page rendered
from Markdown, from its HTML. Names, kinds and dates
come through the renderer's `Language`, as the pages show them. A result shows
the entity's kind, its title and a short snippet of "label: value" facts.
"""

from __future__ import annotations

import html as html_module
import re
from dataclasses import dataclass, field
from typing import Callable, Optional

from cica_record.record import model as m
from cica_record.site.language import Language
from cica_record.site.page_parts import h1_text
from cica_record.record.schema import Text

SNIPPET_LENGTH = 160
_PERMALINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.S)
_H1 = re.compile(r"<h1[^>]*>.*?</h1>", re.S)
_TAGS = re.compile(r"<[^>]+>")
FACT_SEPARATOR = " · "


@dataclass(kw_only=True)
class SearchDoc:
    location: str  # relative to the language's root, with its anchor: "meetings/2023/soc-2023-12-12/#s-4"
    kind: str  # the kind as the reader's language names it
    title: str
    text: str
    snippet: str
    symbols: list[str] = field(default_factory=list)  # document symbols this result is the page of


class DocumentMaker:
    """Search documents of one language."""

    def __init__(self, lang: Language):
        self.lang = lang

    # --- words ---------------------------------------------------------------

    def kind(self, key: str) -> str:
        return self.lang.t(f"search.kinds.{key}")

    def plain(self, text: Optional[Text]) -> str:
        return self.lang.plain(text)

    def facts(self, *pairs: tuple[str, str]) -> str:
        """`Date: 12 December 2023 · Place: Astana`: each label apart from its value."""
        return FACT_SEPARATOR.join(self.lang.t("search.fact", label=self.lang.t(f"facts.{key}"), value=value)
                                   for key, value in pairs if value)

    def meeting_label(self, meeting: m.Meeting) -> str:
        body = self.plain(meeting.body_name.short) if meeting.body else ""
        return ", ".join(p for p in (body, self.lang.meeting_when(meeting)) if p)

    def joined(self, *texts: Optional[str]) -> str:
        return "\n".join(t for t in texts if t)

    def doc(self, location: str, kind: str, **content: object) -> SearchDoc:
        return SearchDoc(location=location, kind=self.kind(kind), **content)

    # --- entities ------------------------------------------------------------

    def entity(self, entity: m.Entity) -> list[SearchDoc]:
        maker: Callable[[m.Entity], list[SearchDoc]] = getattr(self, f"_{entity.kind}", self._named)
        return maker(entity)

    def _common_text(self, entity: m.Entity) -> str:
        return self.joined(*entity.aliases, self.plain(entity.note))

    def _named(self, entity: m.Entity) -> list[SearchDoc]:
        short = getattr(entity, "short", None)
        title = self.plain(entity.name)
        extra = self.plain(short) if short is not None else ""
        return [self.doc(entity.path, entity.kind, title=title, text=self.joined(extra, self._common_text(entity)),
                         snippet=self._excerpt(self.plain(entity.note)))]

    def _area(self, area: m.PriorityArea) -> list[SearchDoc]:
        dimension = self.plain(area.dimension.name) if area.dimension else ""
        return [self.doc(area.path, "area", title=self.plain(area.name),
                         text=self.joined(dimension, self._common_text(area)),
                         snippet=self.facts(("dimension", dimension)))]

    def _event(self, event: m.Event) -> list[SearchDoc]:
        when = self.lang.date_range(event.date, event.end_date) if event.date else ""
        place = self.plain(event.place)
        return [self.doc(event.path, "event", title=self.plain(event.name),
                         text=self.joined(place, when, self._common_text(event)),
                         snippet=self.facts(("date", when), ("place", place)))]

    def _document(self, doc: m.Document) -> list[SearchDoc]:
        title = self.plain(doc.title)
        heading = " — ".join(p for p in (doc.symbol, title) if p) or self.plain(doc.name)
        kind = self.lang.t(f"document_kinds.{doc.doc_kind}")
        date = self.lang.date(doc.date)
        meeting = self.meeting_label(doc.meeting) if doc.meeting else ""
        text = self.joined(kind, self.plain(doc.distribution), self.plain(doc.text), self._common_text(doc))
        snippet = self.facts(("kind", kind), ("date", date), ("meeting", meeting))
        return [self.doc(doc.path, "document", title=heading, text=text, snippet=snippet,
                         symbols=[doc.symbol] if doc.symbol else [])]

    def _decision(self, decision: m.Decision) -> list[SearchDoc]:
        kind = self.lang.t(f"decision_kinds.{decision.decision_kind}")
        meeting = self.meeting_label(decision.meeting) if decision.meeting else self.lang.date(decision.date)
        symbols = " ".join(d.symbol for d in [*decision.records, *decision.drafts] if d.symbol)
        text = self.joined(symbols, self.plain(decision.text), self._common_text(decision))
        snippet = self.facts(("decision_kind", kind), ("meeting", meeting))
        return [self.doc(decision.path, "decision", title=self.plain(decision.name), text=text, snippet=snippet)]

    def _meeting(self, meeting: m.Meeting) -> list[SearchDoc]:
        place = self.plain(meeting.place)
        body = self.plain(meeting.body_name.name) if meeting.body else ""
        when = self.lang.meeting_when(meeting)
        narrative = [self.plain(p.text) for p in meeting.opening]
        for item in meeting.agenda:
            narrative.append(self.plain(item.title))
            narrative += [self.plain(p.text) for p in item.proceedings if isinstance(p, m.Account)]
        text = self.joined(meeting.session, place, self.plain(meeting.summary), *narrative, self._common_text(meeting))
        docs = [self.doc(meeting.path, "meeting", title=f"{body}, {when}", text=text,
                         snippet=self.facts(("session", meeting.session or ""), ("date", when), ("place", place)))]
        return docs + [self._statement(s) for s in meeting.all_statements]

    def _statement(self, statement: m.Statement) -> SearchDoc:
        speakers = ", ".join(self._speaker(sp) for sp in statement.speakers)
        text = self.plain(statement.text)
        title = f"{speakers} — {self.meeting_label(statement.meeting)}"
        return self.doc(f"{statement.meeting.path}#{statement.anchor}", "statement", title=title, text=text,
                        snippet=self._excerpt(text))

    def _speaker(self, speaker: m.Speaker) -> str:
        name = self.plain(speaker.entity.name)
        return f"{self.lang.t('capacities.' + speaker.capacity)} ({name})" if speaker.capacity else name

    @staticmethod
    def _excerpt(text: str) -> str:
        text = re.sub(r"\s+", " ", text).strip()
        return text if len(text) <= SNIPPET_LENGTH else text[:SNIPPET_LENGTH].rsplit(" ", 1)[0] + " …"


def record_documents(record: m.Record, lang: Language) -> list[SearchDoc]:
    maker = DocumentMaker(lang)
    return [doc for entity in record.entities() for doc in maker.entity(entity)]


def rendered_page_document(location: str, html: str, lang: Language) -> SearchDoc:
    """A page MkDocs rendered from Markdown (home, About, Data, the guide), as its reader sees it: its
    first heading is its title, the rest its text, tags and the headings' ¶ links left out."""
    html = _PERMALINK.sub("", html)
    title = h1_text(html) or location
    text = re.sub(r"\s+", " ", html_module.unescape(_TAGS.sub(" ", _H1.sub("", html, count=1)))).strip()
    return SearchDoc(location=location, kind=lang.t("search.kinds.page"), title=title, text=text,
                     snippet=DocumentMaker._excerpt(text))
