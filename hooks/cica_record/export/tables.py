"""The record as CSV tables, and the Frictionless Data Package that describes them.

Each table is declared once, below, as its columns: a name, a Frictionless
type and how to read the value from the linked record. The CSV files, the
Data Package's field list (with primary and foreign keys) and the columns
the Data page explains (`column_docs`) are all made from these declarations,
so they cannot disagree. Column names follow Popolo where it has one (a meeting is an Event,
a statement a Speech, a decision a Motion, a coordinator's role a Membership).

Identifiers are those of `record.json`; they join the tables: a statement's
`event_id` is a meeting's `id`, a speaker's `statement_id` a statement's.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from dataclasses import dataclass, field
from datetime import timezone
from typing import Any, Callable, Iterable, Optional

from cica_record.record import model as m
from cica_record.export.records import identifier
from cica_record.record.schema.allowed_values import allowed_values
from cica_record.record.schema import LANGUAGES, Text

PARTIAL_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


@dataclass(frozen=True, kw_only=True)
class Column:
    name: str
    type: str  # a Frictionless field type: string, integer, boolean, datetime
    value: Callable[[Any], Any]
    pattern: Optional[str] = None
    # The key of its description in translations/*.yaml (data_columns.KEY), when not its own name.
    explained_by: Optional[str] = None
    language: Optional[str] = None  # for one language's text of a field
    values: tuple[str, ...] = ()  # the values it may hold, where they are a closed list
    refers: tuple[str, ...] = ()  # the tables whose `id` it may hold, when it may name several kinds


@dataclass(frozen=True, kw_only=True)
class ForeignKey:
    columns: str
    table: str  # "" for the table itself
    refers_to: str = "id"


@dataclass(frozen=True, kw_only=True)
class Table:
    name: str
    popolo: Optional[str]  # the Popolo class its rows follow, if any
    rows: Callable[[m.Record], Iterable[Any]]
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ("id",)
    foreign_keys: tuple[ForeignKey, ...] = field(default=())


# --- column helpers ----------------------------------------------------------------


def string(name: str, value: Callable[[Any], Any], **details: Any) -> Column:
    return Column(name=name, type="string", value=value, **details)


def integer(name: str, value: Callable[[Any], Any], **details: Any) -> Column:
    return Column(name=name, type="integer", value=value, **details)


def boolean(name: str, value: Callable[[Any], Any], **details: Any) -> Column:
    return Column(name=name, type="boolean", value=value, **details)


def timestamp(name: str, value: Callable[[Any], Any], **details: Any) -> Column:
    return Column(name=name, type="datetime", value=value, **details)


def foreign_key(columns: str, table: str) -> ForeignKey:
    """`columns` hold the `id` of a row of `table` ("" for the table itself)."""
    return ForeignKey(columns=columns, table=table)


def _get(path: str) -> Callable[[Any], Any]:
    """`"meeting.body"` -> a reader of row.meeting.body that gives None when a step is missing."""
    def read(row: Any) -> Any:
        value = row
        for part in path.split("."):
            value = getattr(value, part, None)
            if value is None:
                return None
        return value
    return read


def ref(name: str, path: str, explained_by: Optional[str] = None) -> Column:
    """The identifier of what `path` leads to."""
    read = _get(path)
    return string(name, lambda row: _identifier(read(row)), explained_by=explained_by)


def _identifier(value: Any) -> Optional[str]:
    return identifier(value) if value is not None else None


def texts(name: str, path: str, unofficial: bool = True) -> tuple[Column, ...]:
    """One column per language (name_en, name_ru, name_kk), and which of them are our translations."""
    read = _get(path)
    columns = tuple(string(f"{name}_{lang}", lambda row, lang=lang: _in(read(row), lang),
                           explained_by=name, language=lang) for lang in LANGUAGES)
    if unofficial:
        columns += (string(f"{name}_unofficial", lambda row: _unofficial(read(row)),
                           explained_by="unofficial"),)
    return columns


def _in(text: Optional[Text], lang: str) -> Optional[str]:
    return getattr(text, lang) if text is not None else None


def _unofficial(text: Optional[Text]) -> Optional[str]:
    return " ".join(text.unofficial) if text is not None and text.unofficial else None


def partial_date(name: str, path: str) -> Column:
    return string(name, _get(path), pattern=PARTIAL_DATE)


def sources_of(row: Any) -> Optional[str]:
    """Every source of a row, space-separated: document symbols or ids, and ids of outside sources."""
    sources = getattr(row, "sources", None)
    if sources is None:
        single = getattr(row, "source", None)
        sources = [single] if single is not None else []
    return " ".join(identifier(source) for source in sources) or None


def page(row: Any) -> str:
    return row.path


ID = string("id", identifier)
URL = string("path", page)
SOURCES = string("sources", sources_of, refers=("documents",))  # or an outside source of record.json


def _deadline_utc(decision: m.Decision) -> Optional[str]:
    if decision.deadline is None:
        return None
    return decision.deadline.moment().astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _deadline_local(decision: m.Decision) -> Optional[str]:
    return f"{decision.deadline.date}T{decision.deadline.time}" if decision.deadline else None


# --- rows ----------------------------------------------------------------------------


def _agenda_items(record: m.Record) -> Iterable[m.AgendaItem]:
    return (item for meeting in record.meetings for item in meeting.agenda)


def _statements(record: m.Record) -> Iterable[m.Statement]:
    return (statement for item in _agenda_items(record) for statement in item.statements)


@dataclass(frozen=True, kw_only=True)
class SpeakerRow:
    statement: m.Statement
    position: int
    speaker: m.Speaker


def _statement_speakers(record: m.Record) -> Iterable[SpeakerRow]:
    for statement in _statements(record):
        for position, speaker in enumerate(statement.speakers, 1):
            yield SpeakerRow(statement=statement, position=position, speaker=speaker)


@dataclass(frozen=True)
class RoleRow:
    id: str
    role: m.Role


def _roles(record: m.Record) -> Iterable[RoleRow]:
    """Each coordinator's role, named by its area, role, state and date (never by its place in a list)."""
    seen: dict[str, int] = {}
    holders = [*record.areas, *record.dimensions]
    for role in (role for holder in holders for role in getattr(holder, "roles", [])):
        when = role.start or role.as_of or "undated"
        key = f"{role.area.key}/{role.role}/{role.state.key if role.state else 'vacant'}/{when}"
        seen[key] = seen.get(key, 0) + 1
        yield RoleRow(key if seen[key] == 1 else f"{key}/{seen[key]}", role)


def _position_in(container: Callable[[Any], list]) -> Callable[[Any], int]:
    return lambda row: next(i for i, other in enumerate(container(row), 1) if other is row)


def _current(attribute: str) -> Callable[[m.State], Any]:
    return lambda state: getattr(state.current_status, attribute) if state.current_status else None


def _kind_of(value: Any) -> Optional[str]:
    return type(value).__name__ if value is not None else None


ISSUERS = ("Body", "Organisation", "State")  # what a document's `body` may be (record/builders.py)


def _area_of(kind: type) -> Callable[[RoleRow], Optional[str]]:
    return lambda row: row.role.area.key if isinstance(row.role.area, kind) else None


TABLES: tuple[Table, ...] = (
    Table(name="meetings", popolo="Event", rows=lambda r: r.meetings, columns=(
        ID, URL, *texts("name", "name", unofficial=False), ref("organization_id", "body", "body_id"),
        string("session", _get("session")), partial_date("start_date", "date"),
        partial_date("no_later_than", "no_later_than"), partial_date("end_date", "end_date"),
        string("status", _get("status"), explained_by="meeting_status",
               values=allowed_values("meeting_statuses")), *texts("location", "place"),
        string("format", _get("format"), values=allowed_values("meeting_formats")),
        ref("chair_id", "chair"), string("known_from", _get("known_from"),
               values=allowed_values("known_from")),
        ref("previous_id", "previous"), ref("next_id", "next"), SOURCES,
    ), foreign_keys=(foreign_key("organization_id", "bodies"), foreign_key("chair_id", "people"),
                     foreign_key("previous_id", ""), foreign_key("next_id", ""))),
    Table(name="agenda_items", popolo=None, rows=_agenda_items, columns=(
        ID, ref("event_id", "meeting"),
        integer("position", _position_in(lambda item: item.meeting.agenda)),
        string("number", _get("number")), *texts("title", "title"),
    ), foreign_keys=(foreign_key("event_id", "meetings"),)),
    Table(name="statements", popolo="Speech", rows=_statements, columns=(
        ID, ref("event_id", "meeting"), ref("agenda_item_id", "item"),
        integer("position", _position_in(lambda statement: statement.item.statements)),
        partial_date("date", "meeting.date"),
        string("type", lambda st: "speech" if st.wording == "minutes" else "summary",
               explained_by="speech_type", values=("speech", "summary")),
        *texts("text", "text"), SOURCES,
    ), foreign_keys=(foreign_key("event_id", "meetings"), foreign_key("agenda_item_id", "agenda_items"))),
    Table(name="statement_speakers", popolo=None, rows=_statement_speakers, columns=(
        ref("statement_id", "statement"), integer("position", _get("position"), explained_by="speaker_position"),
        string("creator_type", lambda row: _kind_of(row.speaker.entity),
               values=tuple(kind.__name__ for kind in m.SPEAKERS)),
        dataclasses.replace(ref("creator_id", "speaker.entity"), refers=("states", "organisations", "people")),
        string("role", _get("speaker.capacity"), explained_by="capacity", values=tuple(m.OFFICE_SPEAKERS)),
    ), primary_key=("statement_id", "position"), foreign_keys=(foreign_key("statement_id", "statements"),)),
    Table(name="decisions", popolo="Motion", rows=lambda r: r.decisions, columns=(
        ID, URL, *texts("title", "name"), ref("organization_id", "body", "body_id"), ref("event_id", "meeting"),
        ref("agenda_item_id", "item"), partial_date("date", "date"),
        string("classification", _get("decision_kind"), explained_by="decision_kind",
               values=allowed_values("decision_kinds")),
        string("status", _get("state"), explained_by="decision_state",
               values=allowed_values("decision_states")),
        boolean("silence_procedure", _get("silence_procedure")),
        timestamp("deadline", _deadline_utc),
        string("deadline_local", _deadline_local),
        string("deadline_zone", _get("deadline.zone")),
        ref("recommended_to_id", "recommended_to"),
        partial_date("outcome_date", "outcome.date"), *texts("outcome", "outcome.text"),
        *texts("text", "text"), SOURCES,
    ), foreign_keys=(foreign_key("organization_id", "bodies"), foreign_key("event_id", "meetings"),
                     foreign_key("agenda_item_id", "agenda_items"), foreign_key("recommended_to_id", "bodies"))),
    Table(name="documents", popolo=None, rows=lambda r: r.documents, columns=(
        ID, URL, string("symbol", _get("symbol")),
        string("classification", _get("doc_kind"), explained_by="document_kind",
               values=allowed_values("document_kinds")),
        partial_date("date", "date"), *texts("title", "title"),
        string("issuer_type", lambda d: _kind_of(d.body), values=ISSUERS),
        dataclasses.replace(ref("issuer_id", "body"), refers=("bodies", "organisations", "states")),
        ref("event_id", "meeting"), ref("revision_of_id", "revision_of"),
        string("links", lambda d: " ".join(link.url for link in d.links) or None), SOURCES,
    ), foreign_keys=(foreign_key("event_id", "meetings"), foreign_key("revision_of_id", ""))),
    Table(name="states", popolo=None, rows=lambda r: r.states, columns=(
        ID, URL, *texts("name", "name"),
        string("status", _current("status"), explained_by="state_status",
               values=allowed_values("statuses")),
        string("status_since", _current("since"), pattern=PARTIAL_DATE),
        string("status_until", _current("until"), pattern=PARTIAL_DATE), SOURCES,
    )),
    Table(name="dimensions", popolo=None, rows=lambda r: r.dimensions, columns=(
        ID, URL, *texts("name", "name"), SOURCES)),
    Table(name="priority_areas", popolo=None, rows=lambda r: r.areas, columns=(
        ID, URL, *texts("name", "name"), ref("dimension_id", "dimension"), SOURCES,
    ), foreign_keys=(foreign_key("dimension_id", "dimensions"),)),
    Table(name="roles", popolo="Membership", rows=_roles, columns=(
        string("id", _get("id"), explained_by="role_id"),
        string("priority_area_id", _area_of(m.PriorityArea)),
        string("dimension_id", _area_of(m.Dimension), explained_by="role_dimension_id"),
        string("role", _get("role.role"), explained_by="coordinator_role",
               values=allowed_values("roles")),
        ref("member_id", "role.state"),
        string("status", _get("role.status"), explained_by="role_status",
               values=allowed_values("role_statuses")),
        partial_date("as_of", "role.as_of"), partial_date("start_date", "role.start"),
        dataclasses.replace(partial_date("end_date", "role.end"), explained_by="role_end_date"),
        dataclasses.replace(SOURCES, value=lambda row: sources_of(row.role)),
    ), foreign_keys=(foreign_key("priority_area_id", "priority_areas"), foreign_key("dimension_id", "dimensions"),
                     foreign_key("member_id", "states"))),
    Table(name="bodies", popolo=None, rows=lambda r: r.bodies, columns=(
        ID, URL, *texts("name", "name"), *texts("short", "short"))),
    Table(name="organisations", popolo=None, rows=lambda r: r.organisations, columns=(
        ID, URL, *texts("name", "name"), *texts("short", "short"))),
    Table(name="people", popolo=None, rows=lambda r: r.people, columns=(ID, URL, *texts("name", "name"))),
)


# --- writing -------------------------------------------------------------------------


# A cell a spreadsheet would read as a formula (OWASP, "CSV Injection"): it gets an apostrophe before it.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return str(value)


def table_csv(table: Table, record: m.Record) -> tuple[str, int]:
    """The table as CSV text (RFC 4180: CRLF line ends, a header row), and its number of rows."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(column.name for column in table.columns)
    count = 0
    for row in table.rows(record):
        writer.writerow(_cell(column.value(row)) for column in table.columns)
        count += 1
    return out.getvalue(), count


def column_description(table: Table, column: Column, words: dict[str, Any], code: str = "") -> str:
    """A column's meaning in one language, from `data_columns` in translations/*.yaml.

    Names that stay as they are in every language (the tables it refers to, the values it may hold, the
    file record.json) are filled in from the declarations, as `code` when it is "`".
    """
    explained = words["data_columns"]
    refers = column.refers or tuple(key.table or table.name for key in table.foreign_keys
                                    if key.columns == column.name)
    text = explained[column.explained_by or column.name].format(
        ref=", ".join(f"{code}{name}.id{code}" for name in refers), json=f"{code}record.json{code}")
    if column.language:
        text += f" ({explained['languages'][column.language]})"
    if column.values:
        text += f"; {explained['values']}: " + ", ".join(f"{code}{value}{code}" for value in column.values)
    return text


@dataclass(frozen=True, kw_only=True)
class ColumnDoc:
    """A column as the Data page explains it: its name, its type and its meaning in one language."""

    name: str
    type: str
    meaning: str


def column_docs(words: dict[str, Any]) -> dict[str, list[ColumnDoc]]:
    """Every table's columns, explained in the language of `words` (names and values as `code`)."""
    return {table.name: [ColumnDoc(name=c.name, type=c.type, meaning=column_description(table, c, words, "`"))
                         for c in table.columns] for table in TABLES}


def data_package(about: dict[str, Any], words: dict[str, Any], sources: list[dict[str, str]]) -> dict[str, Any]:
    """The Data Package descriptor of every table (Frictionless Data Package v1, tabular)."""
    return {
        "profile": "tabular-data-package",
        "name": "cica-public-record",
        "title": words["data_package"]["title"],
        "description": words["data_package"]["description"],
        "version": about["schema_version"],
        "created": about["data_date"] + "T00:00:00Z",
        "homepage": about["site_url"],
        # Our additions (structure, identifiers, summaries, translations); the official texts are CICA's.
        "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                      "title": words["data_package"]["licence"]}],
        "sources": sources,
        "resources": [_resource(table, words) for table in TABLES],
    }


def _resource(table: Table, words: dict[str, Any]) -> dict[str, Any]:
    fields = []
    for column in table.columns:
        described = {"name": column.name, "type": column.type,
                     "description": column_description(table, column, words)}
        constraints = {}
        if column.pattern:
            constraints["pattern"] = column.pattern
        if column.values:
            constraints["enum"] = list(column.values)
        if column.name in table.primary_key:
            constraints["required"] = True
        if constraints:
            described["constraints"] = constraints
        fields.append(described)
    schema: dict[str, Any] = {"fields": fields, "primaryKey": list(table.primary_key)}
    if table.foreign_keys:
        schema["foreignKeys"] = [{"fields": key.columns, "reference": {"resource": key.table, "fields": key.refers_to}}
                                 for key in table.foreign_keys]
    return {"name": table.name, "path": f"{table.name}.csv", "profile": "tabular-data-resource", "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8", "schema": schema}
