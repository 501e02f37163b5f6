"""Where a page's open data is: its entity's JSON beside it, the feed that follows it, the calendar.

The pages link these files and the exports write them at these same paths, so both take them
from here: the pages never depend on the exports (which are made after them, once per build).
Templates see this module as `open_data` (`open_data.feed_path(entity)`).
"""

from __future__ import annotations

from typing import Optional

from mkdocs.utils import get_relative_url

from cica_record.record import model as m
from cica_record.site.language import Language

ENTITY_FILE = "index.json"
FEED_FILE = "feed.atom"
CALENDAR_FILE = "calendar.ics"
FOLLOWED = (m.State, m.PriorityArea, m.Body)  # the entities a reader can follow by a feed of their own


def entity_json_path(entity: m.Entity) -> str:
    """The entity's own record.json, beside its page (the same in every language)."""
    return entity.path + ENTITY_FILE


def feed_path(entity: Optional[m.Entity]) -> Optional[str]:
    """Where the feed that follows an entity is (in each language's part of the site); None is the whole record's."""
    if entity is None:
        return FEED_FILE
    return f"{entity.path}{FEED_FILE}" if isinstance(entity, FOLLOWED) else None


def feed_link(entity: Optional[m.Entity], is_home: bool, lang: Language, page_url: str) -> Optional[dict[str, str]]:
    """The feed a page announces in its head: a followed entity's, or on the home page the whole record's,
    in the page's language, with its address relative to the page."""
    if entity is None and not is_home:
        return None
    path = feed_path(entity)
    if path is None:
        return None
    subject = lang.plain(entity.name) if entity is not None else lang.t("feeds.record")
    return {"href": get_relative_url(lang.prefix + path, page_url), "title": lang.t("feeds.title", subject=subject)}
