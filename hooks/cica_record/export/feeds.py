"""Atom feeds (RFC 4287), made with feedgen: the whole record, and one per state, priority area and body.

A feed is a list of entries about the record's own entities: meetings,
decisions, statements, documents. Every date in a feed is a date of the data
(a meeting's day, a decision's, its outcome's), never the time of the build,
and an entry's id is made from the identifier of what it is about, the same
in every language and every build, so that a reader's feed program sees a
new entry only when the record has something new. Two builds of the same
data give the same bytes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterable, Optional

from feedgen.feed import FeedGenerator

from cica_record.record import model as m
from cica_record.export.records import identifier
from cica_record.site.language import Language
from cica_record.site.open_data_links import feed_path

FEED_LENGTH = 100  # the newest entries: a feed is for following, the files hold the whole record
# Entry and feed ids are name-based UUIDs (RFC 4122, version 5) in this namespace: the same name, the same id.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:cica-public-record")


def stable_id(name: str) -> str:
    return uuid.uuid5(NAMESPACE, name).urn


def moment(day: str) -> datetime:
    """A date of the data (YYYY-MM-DD, YYYY-MM or YYYY) as the start of that day, month or year in UTC."""
    parts = [int(p) for p in day.split("-")] + [1, 1]
    return datetime(parts[0], parts[1], parts[2], tzinfo=timezone.utc)


@dataclass(frozen=True, kw_only=True)
class Entry:
    """One entry: what it is about, its words in the reader's language, its dates."""

    about: str  # "Meeting:soc-2023-12-12": the same in every language
    title: str
    path: str  # the page, with its anchor
    published: str
    updated: str
    summary: str


class Entries:
    """The entries of the record's things, in one language."""

    def __init__(self, lang: Language):
        self.lang = lang

    def meeting(self, meeting: m.Meeting) -> Optional[Entry]:
        if not meeting.date:
            return None
        body = self.lang.plain(meeting.body_name.name) if meeting.body else ""
        title = self.lang.t("feeds.meeting", body=body, date=self.lang.meeting_when(meeting))
        summary = self.lang.plain(meeting.summary) or self.lang.plain(meeting.place)
        return Entry(about=f"Meeting:{meeting.key}", title=title, path=meeting.path, published=meeting.date,
                     updated=meeting.date, summary=summary)

    def decision(self, decision: m.Decision) -> Optional[Entry]:
        if not decision.date:
            return None
        updated = decision.outcome.date if decision.outcome and decision.outcome.date > decision.date else decision.date
        title = self.lang.t("feeds.decision", title=self.lang.plain(decision.name),
                            state=self.lang.t(f"decision_states.{decision.state}"))
        summary = self._said(decision.text)
        if decision.outcome:
            summary += f" {self.lang.t('feeds.outcome', date=self.lang.date(decision.outcome.date))}: " \
                       f"{self._said(decision.outcome.text)}"
        return Entry(about=f"Decision:{decision.key}", title=title, path=decision.path, published=decision.date,
                     updated=updated, summary=summary)

    def statement(self, statement: m.Statement) -> Optional[Entry]:
        meeting = statement.meeting
        if not meeting.date:
            return None
        speakers = ", ".join(self.lang.plain(sp.entity.name) for sp in statement.speakers)
        title = self.lang.t("feeds.statement", speakers=speakers, body=self._body(meeting),
                            date=self.lang.date(meeting.date), number=statement.item.number)
        return Entry(about=f"Statement:{identifier(statement)}", title=title, path=f"{meeting.path}#{statement.anchor}",
                     published=meeting.date, updated=meeting.date, summary=self._said(statement.text))

    def document(self, document: m.Document) -> Optional[Entry]:
        day = document.date or (document.meeting.date if document.meeting else None)
        if not day:
            return None
        title = self.lang.t("feeds.document", name=document.symbol or self.lang.plain(document.title),
                            kind=self.lang.t(f"document_kinds.{document.doc_kind}"))
        summary = self.lang.plain(document.title) if document.symbol else ""
        return Entry(about=f"Document:{document.key}", title=title, path=document.path, published=day, updated=day,
                     summary=summary)

    def _body(self, meeting: m.Meeting) -> str:
        return self.lang.plain(meeting.body_name.short) if meeting.body else ""

    def _said(self, text) -> str:
        """The text in the reader's language where the record has it; a translation of ours says so."""
        shown = self.lang.pick(text)
        if shown is None:
            return ""
        if shown.is_fallback:
            return f"{shown.value} ({self.lang.t(f'languages.only_{shown.lang}')})"
        return f"{shown.value} ({self.lang.t('feeds.unofficial')})" if shown.is_unofficial else shown.value


def entries_about(entity: Optional[m.Entity], record: m.Record, make: Entries) -> list[Entry]:
    """What a feed lists: for the whole record its meetings and decisions; for a state its statements and
    the decisions that concern it or that it supported; for a priority area the decisions, statements and
    documents that concern it; for a body its meetings and the decisions it took."""
    if entity is None:
        made = [*map(make.meeting, record.meetings), *map(make.decision, record.decisions)]
    elif isinstance(entity, m.Body):
        made = [*map(make.meeting, entity.meetings), *map(make.decision, entity.taken)]
    else:
        decisions = _unique([*entity.decisions, *getattr(entity, "supported", [])])
        statements = _unique([*entity.statements, *(p for p in entity.mentioned_in if isinstance(p, m.Statement))])
        made = [*map(make.decision, decisions), *map(make.statement, statements), *map(make.document, entity.documents)]
    entries = [e for e in made if e is not None]
    entries.sort(key=lambda e: (e.updated, e.about), reverse=True)
    return entries[:FEED_LENGTH]


def _unique(items: Iterable) -> list:
    seen, out = set(), []
    for item in items:
        if id(item) not in seen:
            seen.add(id(item))
            out.append(item)
    return out


def feed_xml(entity: Optional[m.Entity], record: m.Record, lang: Language, site_url: str, data_date: str) -> bytes:
    """One feed in one language, as Atom bytes."""
    base = site_url + lang.prefix
    entries = entries_about(entity, record, Entries(lang))
    feed = FeedGenerator()
    feed.id(stable_id(f"feed:{lang.code}:{feed_path(entity)}"))
    subject = lang.plain(entity.name) if entity is not None else lang.t("feeds.record")
    feed.title(lang.t("feeds.title", subject=subject))
    feed.subtitle(lang.t("feeds.subtitle"))
    feed.author({"name": lang.t("feeds.author")})
    feed.link(href=base + (entity.path if entity is not None else ""), rel="alternate", type="text/html")
    feed.link(href=base + feed_path(entity), rel="self", type="application/atom+xml")
    feed.language(lang.code)
    feed.updated(moment(max([e.updated for e in entries], default=data_date)))
    for entry in reversed(entries):  # feedgen puts each new entry first
        item = feed.add_entry()
        item.id(stable_id(entry.about))
        item.title(entry.title)
        item.link(href=base + entry.path, rel="alternate", type="text/html")
        item.published(moment(entry.published))
        item.updated(moment(entry.updated))
        if entry.summary:
            item.summary(entry.summary)
    return feed.atom_str(pretty=True)


def feeds(record: m.Record, lang: Language, site_url: str, data_date: str) -> dict[str, bytes]:
    """Every feed of one language: path in that language's part of the site -> Atom bytes."""
    followed = [None, *record.states, *record.areas, *record.bodies]
    return {lang.prefix + feed_path(entity): feed_xml(entity, record, lang, site_url, data_date)
            for entity in followed}
