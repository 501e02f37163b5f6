"""Rules over a whole meeting, checked once it is linked: what a meeting may hold depends on how it is
known (minutes, reports, a mention) and whether it was held. They read the meeting's file as written,
so that a field is reported where it is, even one its shape allows elsewhere.
"""

from __future__ import annotations

from cica_record.record import model as m
from cica_record.record.registry import Linker


REPORTED_FACTS = ("date", "kind", "place", "format", "chair", "hosts")


def check_meetings(linker: Linker) -> None:
    """What a meeting may hold depends on how it is known and whether it was held."""
    for meeting in linker.record.meetings:
        src, _ = linker.defined_at[meeting.key.casefold()]
        at = lambda *path, src=src: (src, path)  # noqa: E731 - a short local helper reads best here
        if meeting.is_announced and (meeting.all_decisions or [d for d in meeting.decisions if d.meeting is meeting]):
            linker.error(at("status"), "an announced meeting cannot have decisions",
                         hint="a meeting only announced was not (as far as the sources say) held: record its decisions "
                              "once a source reports it held, and then set status: held")
        if meeting.known_from == "reports":
            _check_reported_meeting(linker, meeting, src.data, at)
        else:
            for field in ("topics", "decisions", "offers"):
                if src.data.get(field):
                    linker.error(at(field), f"only a meeting known from reports has {field} of its own",
                                 hint="a meeting known from its minutes (or a mention) records its agenda, "
                                      "statements and decisions under agenda:, in the source's words; what press "
                                      "reports add goes under reports:")


def _check_reported_meeting(linker: Linker, meeting: m.Meeting, data: dict, at) -> None:
    """A meeting known from reports: no minutes, a source for every fact, our own words."""
    if data.get("agenda") or data.get("opening"):
        linker.error(at("agenda" if data.get("agenda") else "opening"),
                     "a meeting known from reports has no minutes to transcribe",
                     hint="put what reports say under topics:, decisions:, offers: and reports:, each with its source")
    cited = data.get("cite") if isinstance(data.get("cite"), dict) else {}
    for fact in REPORTED_FACTS:
        if data.get(fact) and not cited.get(fact):  # a source written but not found is reported where it is written
            linker.error(at(fact), f"the fact '{fact}' cites no source",
                         hint=f"a meeting known from reports cites the source of each fact: add "
                              f"cite: {{{fact}: [source-id]}} (an id in data/sources.yaml)")
    for i, decision in enumerate(data.get("decisions") or ()):
        if decision.get("wording") == "minutes":
            linker.error(at("decisions", i, "wording"), "a meeting known from reports has no minutes to quote",
                         expected="wording: summary (our summary of the reports)", found="'minutes'")
    for i, document in enumerate(data.get("documents") or ()):
        if not document.get("source"):
            linker.error(at("documents", i), "a document named in reports cites no source",
                         hint="add source: the id of the report that names it")
