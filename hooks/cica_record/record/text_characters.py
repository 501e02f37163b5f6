"""Characters that no value of the record may hold: invisible ones that change what a reader is shown,
or that break the files written from the record.

- control characters (Unicode's Cc) other than newline and tab: in quotes, YAML writes them as
  escapes (`"\\v"`, `"\\0"`, `"\\e"`, `"\\x07"`); they mean nothing on a page, and XML (the feeds, the
  sitemap) cannot hold most of them at all;
- lone surrogates (`"\\ud800"`): half of a character, which cannot be written as UTF-8;
- the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): unseen, they
  reorder the text around them, so that what a reader sees is not what the file says. The marks
  U+200E and U+200F, which only give a direction to the characters beside them, are allowed.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
KINDS = (
    (re.compile("[\ud800-\udfff]"), "half of a character (a lone surrogate), which no file can hold"),
    (re.compile("[\u202a-\u202e\u2066-\u2069]"), "an unseen character that reorders the text around it "
                                                 "(a bidirectional override, embedding or isolate)"),
    (re.compile("."), "a control character, which a reader cannot see"),
)
HINT = ("delete it: in quotes, YAML turns \\0, \\a, \\b, \\v, \\f, \\r, \\e, \\x.. and \\u.... into such "
        "characters; newlines and tabs are allowed, and right-to-left text needs none of them")
_AROUND = 20


class Forbidden(NamedTuple):
    what: str  # what kind of character it is, in a publisher's words
    code: str  # U+202E
    found: str  # the text around it, the character written as an escape


def forbidden_character(text: str) -> Optional[Forbidden]:
    """The first character of `text` that a value may not hold, or None."""
    match = _FORBIDDEN.search(text)
    if match is None:
        return None
    character = match.group()
    what = next(words for kind, words in KINDS if kind.fullmatch(character))
    start, end = max(0, match.start() - _AROUND), match.end() + _AROUND
    around = _FORBIDDEN.sub(lambda m: f"\\u{ord(m.group()):04x}", text[start:end])
    return Forbidden(what, f"U+{ord(character):04X}", ("…" if start else "") + around + ("…" if end < len(text) else ""))
