"""Every page of the record at an address of its own, inside the site.

A page's address is made from an identifier or a symbol (`symbol_path` folds capitals,
writes º as o, № as no and other characters as -). Two entities
can therefore meet at one address, and the page written last would silently
replace the other; and an address that climbs out of its folder (`..`) would
write outside the site. Both are data errors, found once every entity exists.
"""

from __future__ import annotations

import re
from typing import Optional

# What no segment of an address may be or contain: a way out of the folder, a separator of
# another system (\, a drive's ':'), a character that stops a path (NUL) or encodes another (%).
_UNSAFE_SEGMENT = re.compile(r"^\.{0,2}$|[\\:%\x00]")

# What no segment may be, for the site to be copied to and served from any system: a name Windows keeps
# for a device (CON, NUL, COM1, … with or without an extension), one that ends in a dot or a space (which
# Windows drops), or the name of a file the site writes in a page's folder (its page, its JSON, its feed).
_RESERVED_SEGMENT = re.compile(r"^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$|[. ]$|^(index\.html|index\.json|feed\.atom)$",
                               re.IGNORECASE)
RESERVED_HINT = ("a part of an address may not be CON, PRN, AUX, NUL, COM1-COM9 or LPT1-LPT9 (with or without an "
                 "extension), end in a dot, or be index.html, index.json or feed.atom; check the symbol as the document "
                 "writes it")

COLLISION_HINT = (
    "a page's address is made from the symbol or identifier in small letters, with º as o, № as no and other "
    "characters as -, so one of these pages would replace the other: correct the one written wrongly"
)


def symbol_path(symbol: str) -> str:
    """`SOC/2023-III/INF/5/Rev.1` -> `soc/2023-iii/inf/5/rev.1`; `NºSOC/45` -> `nosoc/45`."""
    lowered = symbol.lower().replace("º", "o").replace("№", "no")
    return re.sub(r"[^a-z0-9./-]+", "-", lowered).strip("-/")


def unsafe_address(path: str) -> bool:
    """True if `path` ("documents/soc/2023-iii/") could lead outside the site or is not a plain address."""
    return path.startswith("/") or any(_UNSAFE_SEGMENT.search(part) for part in path.rstrip("/").split("/"))


def reserved_segment(path: str) -> Optional[str]:
    """The first part of `path` that no system or page may have as its name, or None."""
    return next((part for part in path.rstrip("/").split("/") if _RESERVED_SEGMENT.search(part)), None)


def check_addresses(linker) -> None:
    """Report, through `linker`, every entity whose page would leave the site or share another's address."""
    first_at: dict[str, tuple] = {}
    seen: set[int] = set()
    for folded, entity in linker.registry.items():
        if id(entity) in seen:  # a document with a symbol and an id is registered twice
            continue
        seen.add(id(entity))
        where = linker.defined_at[folded]
        if unsafe_address(entity.path):
            linker.error(where, f"'{entity.key}' would have its page outside the site or at an unsafe address",
                         expected="an address inside the site", found=f"'{entity.path}'")
            continue
        reserved = reserved_segment(entity.path)
        if reserved is not None:
            linker.error(where, f"'{entity.key}' would have its page at an address with '{reserved}' in it, a name "
                         "that Windows or the site keeps for itself", found=f"'{entity.path}'", hint=RESERVED_HINT)
            continue
        other = first_at.setdefault(entity.path.casefold(), (entity, where))
        if other[0] is not entity:
            source, path = other[1]
            linker.error(where, f"'{entity.key}' and '{other[0].key}' ({source.name}:{source.line_of(path)}) would "
                         f"have the same page, {entity.path}", hint=COLLISION_HINT)
