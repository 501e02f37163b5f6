"""Build the linked record from validated files, checking every reference.

One pass creates every entity (and finds duplicate identifiers: `registry`), in the order of
`BUILDERS` (`reference_builders`, `meeting_builders`); the next resolves every reference once into
the objects of `model` and records its way back. Then the rules over whole meetings (`rules`) and
the pages' addresses (`addresses`) are checked, and the derived views made (`views`, `standing`,
`chairing`). All problems
are collected as `DataError`s with the file and line of the reference, so a publisher sees every
broken link at once.
"""

from __future__ import annotations

from typing import Optional

from cica_record.record import model as m
from cica_record.record.addresses import check_addresses
from cica_record.record.errors import DataError
from cica_record.record.meeting_builders import add_meeting
from cica_record.record.reference_builders import (add_bodies, add_decisions_file, add_dimensions,
                                                    add_documents_file, add_events, add_organisations, add_people,
                                                    add_sources, add_states)
from cica_record.record.registry import Linker
from cica_record.record.rules import check_meetings
from cica_record.record.salvage import Waiting
from cica_record.record.validation import ValidFile
from cica_record.record.chairing import credit_chairs
from cica_record.record.standing import weigh_record
from cica_record.record.views import build_histories, link_meeting_sequence

# Each kind of file and its builder, in the order they are built; their references are resolved in
# the same order, which numbers each page's sources. sources.yaml comes before all: anything may cite it.
BUILDERS = (
    ("states", add_states),
    ("organisations", add_organisations),
    ("people", add_people),
    ("bodies", add_bodies),
    ("dimensions", add_dimensions),
    ("events", add_events),
    ("documents", add_documents_file),
    ("meetings", add_meeting),
    ("decisions", add_decisions_file),
)


def link_record(files: dict[str, list[ValidFile]],
                waiting: Optional[Waiting] = None) -> tuple[m.Record, list[DataError]]:
    """Every validated file in, the linked record and every reference error out (but those that wait)."""
    linker = Linker(waiting)
    for loaded in files.get("sources", []):
        add_sources(linker, loaded)
    for kind, add in BUILDERS:
        for loaded in files.get(kind, []):
            add(linker, loaded)
    linker.finish()
    check_meetings(linker)
    check_addresses(linker)
    link_meeting_sequence(linker.record)
    weigh_record(linker.record)
    credit_chairs(linker.record)
    build_histories(linker.record)
    return linker.record, linker.errors
