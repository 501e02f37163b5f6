"""The registry of every identifier in the record, and the resolver of references to them.

Entities are registered as the builders make them (a duplicate identifier is an error where it is
written); every reference is resolved once, after every entity exists, into the object it names,
or into a `DataError` at the file and line of the reference, with the closest identifier as a hint.
A reference into a part of a file set aside for its errors waits (`Waiting`) instead.
"""

from __future__ import annotations

import difflib
from typing import Iterable, Optional, Sequence

from cica_record.record import model as m
from cica_record.record import schema as s
from cica_record.record.errors import DataError, dotted
from cica_record.record.salvage import Waiting
from cica_record.record.yaml_source import SourceFile


Where = tuple[SourceFile, tuple]

KIND_WORDS = {
    m.State: "a state code", m.Organisation: "an organisation", m.Person: "a person", m.Body: "a body",
    m.Dimension: "a dimension", m.PriorityArea: "a priority area", m.Event: "an event",
    m.Meeting: "a meeting", m.Document: "a document symbol or id", m.Decision: "a decision",
    m.Source: "an external source",
}

ANY_ENTITY = (m.State, m.Organisation, m.Person, m.Body, m.Dimension, m.PriorityArea, m.Event, m.Meeting,
              m.Document, m.Decision)


class Linker:
    def __init__(self, waiting: Optional[Waiting] = None) -> None:
        self.waiting = waiting or Waiting()  # what files set aside for shape errors may hold
        self.errors: list[DataError] = []
        self.registry: dict[str, object] = {}
        self.defined_at: dict[str, Where] = {}
        self.sources: dict[str, m.Source] = {}
        self.publishers: dict[str, m.Publisher] = {}
        self.disagreement_ids: dict[str, Where] = {}
        self.statements: dict[str, dict[str, m.Statement]] = {}
        self.record = m.Record()
        self._pending: list = []  # (callable) resolutions to run after every entity exists
        self._secretaries: Optional[list[m.Office]] = None

    # --- reporting --------------------------------------------------------

    def error(self, where: Where, problem: str, **details: Optional[str]) -> None:
        source, path = where
        self.errors.append(DataError(file=source.name, line=source.line_of(path), path=dotted(source.written_path(path)),
                                     problem=problem, **details))

    # --- registering ------------------------------------------------------

    def register(self, key: str, entity: object, where: Where) -> bool:
        folded = key.casefold()
        clash = self.registry.get(folded)
        if clash is not None:
            first_source, first_path = self.defined_at[folded]
            self.error(where, f"the identifier '{key}' is already used",
                       hint=f"first defined at {first_source.name}:{first_source.line_of(first_path)}; "
                            "every identifier and symbol must be unique (letter case does not count)")
            return False
        self.registry[folded] = entity
        self.defined_at[folded] = where
        entity.origin = where[0].name
        return True

    def later(self, action) -> None:
        self._pending.append(action)

    def secretaries_general(self) -> list[m.Office]:
        """The offices of Secretary General, gathered once for every statement 'secretary-general' made."""
        if self._secretaries is None:
            self._secretaries = [office for person in self.record.people for office in person.offices
                                 if office.role == "secretary-general"]
        return self._secretaries

    # --- resolving --------------------------------------------------------

    def resolve(self, ref: str, where: Where, kinds: Sequence[type] = ANY_ENTITY,
                meeting: Optional[m.Meeting] = None):
        """The entity `ref` names, or None after reporting why it names nothing usable."""
        candidates = [ref]
        if meeting is not None:
            candidates.insert(0, f"{meeting.key}/{ref}")
        for key in candidates:
            target = self.registry.get(key.casefold())
            if target is None:
                continue
            if not isinstance(target, tuple(kinds)):
                self.error(where, f"'{ref}' is {KIND_WORDS[type(target)]}, which cannot be used here",
                           expected=_kind_list(kinds), found=f"'{ref}'")
                return None
            written = self._written_key(key)
            if written != key and isinstance(target, m.Document):
                self.error(where, f"the symbol '{ref}' is written in another case than its document",
                           expected=f"'{written}'", found=f"'{ref}'",
                           hint="write symbols exactly as the document does")
                return None
            return target
        if self.waiting.covers(candidates, kinds):
            return None  # it may be in a part of a file set aside for its shape errors: it waits for their fix
        self.error(where, f"'{ref}' refers to nothing in the record", expected=_kind_list(kinds), found=f"'{ref}'",
                   hint=self._hint_for_nothing(ref, where))
        return None

    def resolve_all(self, refs: Iterable[str], where: Where, kinds: Sequence[type] = ANY_ENTITY,
                    meeting: Optional[m.Meeting] = None) -> list:
        source, path = where
        found = (self.resolve(ref, (source, path + (i,)), kinds, meeting) for i, ref in enumerate(refs))
        return [target for target in found if target is not None]

    def resolve_source(self, ref: Optional[str], where: Where):
        if ref is None:
            return None
        if ref in self.sources:
            return self.sources[ref]
        return self.resolve(ref, where, (m.Document,))

    def resolve_sources(self, refs: Optional[Sequence[str]], where: Where) -> list:
        """An external source by its id in sources.yaml, or a document of the record, for each ref.

        One source may be written as a plain string: its mistakes are then told at the field itself.
        """
        source, path = where
        one = isinstance(_node_at(source.data, path), str)
        found = (self.resolve_source(ref, (source, path if one else path + (i,))) for i, ref in enumerate(refs or ()))
        return [target for target in found if target is not None]

    def cite(self, page: m.Entity, fact: str, sources: Iterable) -> None:
        """Record on `page` that each source supports `fact`, in the order first cited."""
        for source in sources:
            citation = next((c for c in page.citations if c.source is source), None)
            if citation is None:
                citation = m.Citation(source=source, number=len(page.citations) + 1)
                page.citations.append(citation)
            if fact not in citation.facts:
                citation.facts.append(fact)

    def _written_key(self, key: str) -> str:
        source, path = self.defined_at[key.casefold()]
        node = source.data
        for part in path:
            node = node[part]
        if isinstance(self.registry[key.casefold()], m.Meeting):  # registered at its id, or at its date
            return key
        return node if isinstance(node, str) else key

    def _hint_for_nothing(self, ref: str, where: Where) -> str:
        """The closest identifier — never one inside another meeting while a closer one exists — or what to add."""
        source, path = where
        near, far = list(self.sources), []
        for key, entity in self.registry.items():
            in_another_meeting = getattr(entity, "meeting", None) is not None and self.defined_at[key][0] is not source
            (far if in_another_meeting else near).append(self._written_key(key))
        is_source = path[-1:] == ("source",)
        for keys in (near,) if is_source else (near, far):
            close = difflib.get_close_matches(ref, keys, n=1, cutoff=0.75)
            if close:
                return f"did you mean '{close[0]}'?"
        if is_source:
            return (f"a source must be in the record: list '{ref}' under documents: — a meeting's minutes in that "
                    f"meeting's file (- symbol: '{ref}', kind: minutes), another document in its meeting's file or "
                    "in data/documents.yaml — or an outside source in data/sources.yaml")
        return "add it to the data first (states.yaml, people.yaml, organisations.yaml, documents.yaml, …)"

    def inferred(self, shape: s.Sourced) -> dict[str, s.Text]:
        return {inference.fact: inference.reason for inference in shape.inferred}

    def finish(self) -> None:
        for action in self._pending:
            action()
        self._pending.clear()


def _node_at(data, path: tuple):
    """The YAML value at `path`, or None where the path leads nowhere."""
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _kind_list(kinds: Sequence[type]) -> str:
    words = [KIND_WORDS[kind] for kind in kinds]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]
