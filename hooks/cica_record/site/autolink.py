"""Turn the names of states, organisations, people, priority areas and document
symbols inside narrative text into links to their pages, and the web addresses
it quotes into links out of the site.

Names are found with an Aho–Corasick automaton (pyahocorasick): one pass over a
text finds every name in it, however many names the record has, so linking
grows with the text and not with the text times the names (the one regular
expression alternating every name that this replaces made the build grow with
the square of the record). A name counts only as a whole: not inside a longer
word ("Iran" in "Iranian") nor as the start of a longer symbol
("SOC/2023-III/INF/5" in "SOC/2023-III/INF/5/Rev.1"); where names overlap, the
leftmost, then the longest, wins. The names of the sources' publishers are
found too, and left as written: "China" in "China Daily" is not the state.

Each entity is linked at its first mention in a text (a statement, a paragraph
of the minutes, a decision), not at every mention. A web address written in
full (http:// or https://) becomes a link, without the punctuation that closes
the sentence or the parenthesis around it.

The text is escaped piece by piece, so data never becomes markup: only the
`<a>` elements made here are HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Optional

import ahocorasick
from markupsafe import Markup, escape

from cica_record.record import model as m
from cica_record.record.schema import LANGUAGES

_JOINS = re.compile(r"[\w/]")  # before a name: it is the end of a longer word or symbol ("NIran", "SOC/DEC/1")
_GOES_ON = re.compile(r"\w|/\w")  # after a name: more of a word, or a further part of a symbol ("/Rev.1")
_URL = re.compile(r"https?://[^\s<>\"'«»]+")
_TRAILING = ".,;:!?)]}"  # punctuation after an address that belongs to the sentence, not the address


@dataclass(frozen=True, kw_only=True)
class _Span:
    start: int
    end: int
    target: Optional[m.Entity]  # None: a web address


_AS_WRITTEN = m.Entity(key="", name=None, path="")  # a name that holds another (China Daily): no link


class Autolinker:
    """The names of the whole record in one automaton, built once per build."""

    def __init__(self, record: Optional[m.Record]):
        self.targets: dict[str, m.Entity] = {}
        self.automaton: Optional[ahocorasick.Automaton] = None
        if record is None:
            return
        for entity in [*record.states, *record.organisations, *record.people]:
            for name in self._names(entity):
                self.targets.setdefault(name, entity)
        for area in record.areas:
            for lang in LANGUAGES:
                name = getattr(area.name, lang)
                if name:
                    self.targets.setdefault(name, area)
                    self.targets.setdefault(name[:1].lower() + name[1:], area)
        for document in record.documents:
            if document.symbol:
                self.targets.setdefault(document.symbol, document)
        for publisher in record.publishers:
            for lang in LANGUAGES:
                self.targets.setdefault(getattr(publisher.name, lang), _AS_WRITTEN)
        if self.targets:
            self.automaton = ahocorasick.Automaton()
            for name in self.targets:
                self.automaton.add_word(name, name)
            self.automaton.make_automaton()

    @staticmethod
    def _names(entity: m.Entity) -> list[str]:
        names = [getattr(entity.name, lang) for lang in LANGUAGES]
        short = getattr(entity, "short", None)
        if short is not None:
            names += [getattr(short, lang) for lang in LANGUAGES]
        return [n for n in [*names, *entity.aliases] if n and len(n) > 1]

    def link(self, text: str, href: Callable[[m.Entity], str], current: Optional[m.Entity] = None,
             linked: Optional[set[int]] = None) -> Markup:
        """`text` as HTML with its names and web addresses linked.

        `linked` holds the entities already linked earlier in the same text (other paragraphs of
        one statement): they are not linked again. `current` (the page's own entity) never is.
        """
        linked = set() if linked is None else linked
        out, last = [], 0
        for span in self._spans(text):
            shown = text[span.start:span.end]
            if span.target is None:
                link = Markup('<a href="{}" rel="external">{}</a>').format(shown, shown)
            elif span.target is current or span.target is _AS_WRITTEN or id(span.target) in linked:
                continue
            else:
                linked.add(id(span.target))
                link = Markup('<a href="{}" class="record-autolink">{}</a>').format(href(span.target), shown)
            out.append(escape(text[last:span.start]))
            out.append(link)
            last = span.end
        out.append(escape(text[last:]))
        return Markup("").join(out)

    def _spans(self, text: str) -> list[_Span]:
        """Web addresses, then the names outside them, leftmost and longest first, none overlapping."""
        addresses = list(_addresses(text))
        spans = list(addresses)
        position = 0
        for name in sorted(self._names_in(text), key=lambda span: (span.start, -span.end)):
            if name.start < position or any(a.start < name.end and name.start < a.end for a in addresses):
                continue
            spans.append(name)
            position = name.end
        return sorted(spans, key=lambda span: span.start)

    def _names_in(self, text: str) -> Iterable[_Span]:
        if self.automaton is None:
            return
        for end, name in self.automaton.iter(text):
            start = end + 1 - len(name)
            if _starts_word(text, start) and _ends_word(text, end + 1):
                yield _Span(start=start, end=end + 1, target=self.targets[name])


def _starts_word(text: str, start: int) -> bool:
    return start == 0 or not _JOINS.match(text, start - 1)


def _ends_word(text: str, end: int) -> bool:
    return not _GOES_ON.match(text, end)


def _addresses(text: str) -> Iterable[_Span]:
    for match in _URL.finditer(text):
        address = match.group(0)
        while address and address[-1] in _TRAILING and not _closes_own_parenthesis(address):
            address = address[:-1]
        if address.partition("://")[2]:  # more than the scheme
            yield _Span(start=match.start(), end=match.start() + len(address), target=None)


def _closes_own_parenthesis(address: str) -> bool:
    """A ')' that closes a '(' inside the address (as in some wiki addresses) is part of it."""
    return address.endswith(")") and address.count("(") >= address.count(")")
