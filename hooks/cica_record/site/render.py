"""Render a page of the record to HTML with the templates in `overrides/record/`.

Templates are autoescaped Jinja: text from the data is always escaped, and
the only markup added to it is made here (links, `lang` spans, notes).
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote
from typing import Any, Optional, Union

from jinja2 import BytecodeCache, Environment, FileSystemLoader, StrictUndefined
from jinja2.bccache import Bucket
from markupsafe import Markup, escape
from mkdocs.utils import get_relative_url

from cica_record.record import model as m
from cica_record.site.autolink import Autolinker
from cica_record.site import open_data_links
from cica_record.site.language import Language, Shown
from cica_record.site.typography import typeset
from cica_record.record.schema import LANGUAGES, Text

Target = Union[m.Entity, m.Statement, m.AgendaItem, m.Account, str]

_HEADING = re.compile(r'<h([23]) id="([^"]+)"[^>]*>(.*?)</h\1>', re.S)
_TAGS = re.compile(r"<[^>]+>")


class CompiledTemplates(BytecodeCache):
    """Templates compiled once for all the language builds of one build, kept in memory (Jinja
    checks each against its source before use)."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


class Renderer:
    """Templates and helpers for one build (all its languages); holds no state between pages.

    `compiled` keeps the templates compiled across the languages of a build, or between the
    rebuilds of a preview.
    """

    def __init__(self, record: Optional[m.Record], templates: Path, tables: dict[str, dict[str, Any]],
                 site_url: str = "/", compiled: Optional[BytecodeCache] = None):
        self.record = record
        self.site_url = site_url if site_url.endswith("/") else site_url + "/"
        self.tables = tables
        self.autolinker = Autolinker(record)
        # Templates do not change during a build: no check of their files at every page.
        self.env = Environment(
            loader=FileSystemLoader(templates), autoescape=True, undefined=StrictUndefined,
            trim_blocks=True, lstrip_blocks=True, auto_reload=False, bytecode_cache=compiled,
        )
        self.env.filters["href"] = external_href
        self.env.filters["lowerfirst"] = lowerfirst
        self.env.filters["upperfirst"] = upperfirst
        self.languages = {code: Language(code, tables) for code in tables}

    def language(self, code: str) -> Language:
        return self.languages[code]

    def render(self, template: str, lang_code: str, page_url: str, **context: Any) -> tuple[str, list[dict]]:
        """The page's HTML and its table-of-contents tokens."""
        page = PageHelpers(self.language(lang_code), page_url, self.autolinker, context.get("entity"))
        # An entity's page ends with its data, feed and calendar links, whatever its own template.
        templates = [template] + (["_open_data.html"] if isinstance(context.get("entity"), m.Entity) else [])
        html = "".join(self.env.get_template(name).render(
            record=self.record, lang=page.lang, t=page.lang.t, tm=page.lang.markup, url=page.url, file=page.file,
            text=page.text, block=page.block, original=page.original, quote=page.quote, symbol=page.symbol,
            lang_mark=page.language_mark,
            date=page.lang.date, date_range=page.lang.date_range, deadline=page.lang.deadline,
            number=page.lang.number, m=m, site_url=self.site_url, open_data=open_data_links, **context,
        ) for name in templates)
        return html, toc_tokens(html)


class PageHelpers:
    """What a template calls to link, choose a language and mark a text."""

    def __init__(self, lang: Language, page_url: str, autolinker: Autolinker, entity: Optional[m.Entity]):
        self.lang = lang
        self.page_url = page_url
        self.autolinker = autolinker
        self.entity = entity

    def url(self, target: Target) -> str:
        if isinstance(target, str):
            path, anchor = target, ""
        elif isinstance(target, (m.Statement, m.AgendaItem)):
            path, anchor = target.meeting.path, target.anchor
        elif isinstance(target, m.Account):
            path, anchor = target.meeting.path, target.item.anchor if target.item else "opening"
        else:
            path, anchor = target.path, ""
        href = get_relative_url(self.lang.prefix + path, self.page_url)  # the page itself: ".", or "./"
        href = href if href.endswith("/") else href + "/"  # every page is a folder: "." too, and "../.." (home)
        return href + (f"#{anchor}" if anchor else "")

    def file(self, path: str) -> str:
        """A file of the site (a feed, a JSON file), relative to the page; `path` from the site's root."""
        return get_relative_url(path, self.page_url)

    def text(self, text: Optional[Text]) -> Markup:
        """A short text inline: in another language it keeps its `lang` and carries that language's mark."""
        shown = self.lang.pick(text)
        if shown is None:
            return Markup("")
        value = typeset(shown.value, shown.lang)
        if not shown.is_fallback:
            return self._as_written(text, shown, value)
        return Markup('<span lang="{}">{}</span> {}').format(shown.lang, value, self.language_mark(shown.lang))

    def quote(self, text: Optional[Text]) -> Markup:
        """A source's own words (a headline) in quotation marks, those of the page's language (record.css),
        with their own `lang` and no mark: the reference says the source's language."""
        shown = self.lang.pick(text)
        if shown is None:
            return Markup("")
        return Markup('<q><span lang="{}">{}</span></q>').format(shown.lang, typeset(shown.value, shown.lang))

    def language_mark(self, code: str) -> Markup:
        """The visible mark ("EN") on a text shown in a language other than the page's."""
        # Its title is in the page's language, also inside a paragraph in another language.
        return Markup('<abbr class="record-lang" lang="{}" title="{}">{}</abbr>').format(
            self.lang.code, self.lang.t(f"languages.only_{code}"), code.upper())

    def symbol(self, symbol: str) -> Markup:
        """A document symbol that may wrap after its slashes on a narrow screen (and nowhere else)."""
        return Markup("/<wbr>").join(escape(part) for part in symbol.split("/"))

    @staticmethod
    def _as_written(text: Text, shown: Shown, value: str) -> Markup:
        """A name written the same in this language as in English (The Astana Times, UNOCT) is English:
        it says so with `lang`, so that a screen reader reads it as English."""
        if shown.lang != LANGUAGES[0] and shown.value == text.en and re.search("[A-Za-z]", shown.value):
            return Markup('<span lang="{}">{}</span>').format(LANGUAGES[0], value)
        return escape(value)

    def block(self, text: Optional[Text], note: bool = False, quiet: bool = False, ours: bool = False) -> Markup:
        """A narrative text, paragraph by paragraph.

        A text of the record gets its names and symbols linked; a `note` (our own remark) does not.
        Where the text is our translation, its mark and, one tap away, the text it translates follow
        it: the authoritative original, or, for a text that is `ours` (a summary we wrote, of which
        there is no official text), our own wording in the language we wrote it in.
        A text in another language than the page's carries that language's mark; `quiet` leaves out
        the sentence that says so where the page says it once for all its paragraphs.
        """
        shown = self.lang.pick(text)
        if shown is None:
            return Markup("")
        # The mark opens the text (record.css floats it into the first line), outside its paragraphs.
        mark = self.language_mark(shown.lang) if shown.is_fallback else Markup("")
        body = mark + self._paragraphs(typeset(shown.value, shown.lang), links=not note)
        lang_attr = Markup(' lang="{}"').format(shown.lang) if shown.is_fallback else Markup("")
        fallback_note = Markup("")
        if shown.is_fallback and not quiet:
            fallback_note = Markup('<p class="record-note">{}</p>').format(self.lang.t(f"languages.exists_only_{shown.lang}"))
        original = Markup("") if note else self.original(text, ours)
        return Markup('<div class="record-text"{}>{}</div>{}{}').format(lang_attr, body, fallback_note, original)

    def original(self, text: Optional[Text], ours: bool = False, inline: bool = False) -> Markup:
        """Where the page shows our translation of `text`: its mark, and the text it translates, folded,
        in that text's language (`inline` beside a title or a headline: one line, no links). Nothing
        where the page shows a text as written."""
        shown = self.lang.pick(text)
        if shown is None or not shown.is_unofficial:
            return Markup("")
        lang = next((code for code in LANGUAGES if getattr(text, code) and code not in text.unofficial), None)
        mark = "ours" if ours else "unofficial"
        if lang is None:  # translated from a text itself unofficial: the mark alone
            return Markup('<{0} class="record-note record-translation-mark">{1}</{0}>').format(
                "span" if inline else "p", self.lang.t(f"languages.{mark}"))
        value = typeset(getattr(text, lang), lang)
        label = f"ours_{lang}" if ours else f"original_{lang}"
        if inline:
            return Markup('<details class="record-original record-original--inline"><summary>'
                          '<span class="record-translation-mark">{}</span></summary> <q lang="{}">{}</q></details>').format(
                self.lang.t(f"languages.{mark}"), lang, value)
        return Markup('<details class="record-original"><summary><span class="record-translation-mark">{}</span> · {}'
                      '</summary><div lang="{}">{}</div></details>').format(
            self.lang.t(f"languages.{mark}"), self.lang.t(f"languages.{label}"), lang, self._paragraphs(value, links=True))

    def _paragraphs(self, value: str, links: bool) -> Markup:
        """The paragraphs of one text; an entity is linked at its first mention in the text only."""
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", value) if p.strip()]
        linked: set[int] = set()
        return Markup("").join(
            Markup("<p>{}</p>").format(self.autolinker.link(p, self.url, self.entity, linked) if links else p)
            for p in paragraphs
        )


def external_href(url: str) -> str:
    """A web address from the data as an href: characters a URL may not hold (quotes, <, >, spaces,
    non-ASCII) percent-encoded, those with a meaning in URLs (and existing %-escapes) kept."""
    return quote(url, safe=":/?#[]@!$&'()*+,;=%~")


def lowerfirst(words: str) -> str:
    """A label as running text writes it, inside brackets or after a colon: "Измерение" -> "измерение".
    A word that starts with two capitals is an abbreviation and stays as it is (ООН, SOC)."""
    return words if words[1:2].isupper() else words[:1].lower() + words[1:]


def upperfirst(words: str) -> str:
    """A phrase that starts a sentence: "заседание Комитета…" -> "Заседание Комитета…"."""
    return words[:1].upper() + words[1:]


def toc_tokens(html: str) -> list[dict]:
    """Table-of-contents tokens (as Python-Markdown makes them) from the h2/h3 of a rendered page."""
    tokens: list[dict] = []
    for level, anchor, inner in _HEADING.findall(html):
        name = re.sub(r"\s+", " ", _TAGS.sub("", inner)).strip()
        token = {"level": int(level), "id": anchor, "name": name, "children": []}
        if token["level"] == 3 and tokens:
            tokens[-1]["children"].append(token)
        else:
            tokens.append(token)
    return tokens
