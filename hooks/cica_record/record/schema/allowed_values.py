"""The named lists of values a field of the schema allows, read from the schema itself.

The publisher's guide shows them (`<!-- allowed-values: NAME -->`), the CSV tables and their Data
Package list them as a column's values: all from here, so none of them can drift from what the
build accepts.
"""

from __future__ import annotations

from pydantic import BaseModel

from cica_record.record import schema as s
from cica_record.record.validation import allowed_options

# Each list by name: the model and field whose allowed values it lists.
LISTS: dict[str, tuple[type[BaseModel], str]] = {
    "document_kinds": (s.DocumentEntry, "kind"),
    "decision_kinds": (s.DecisionFields, "kind"),
    "decision_states": (s.DecisionFields, "state"),
    "meeting_formats": (s.MeetingFile, "format"),
    "meeting_kinds": (s.MeetingFile, "kind"),
    "meeting_statuses": (s.MeetingFile, "status"),
    "known_from": (s.MeetingFile, "known_from"),
    "statuses": (s.StatusEntry, "status"),
    "roles": (s.RoleEntry, "role"),
    "role_statuses": (s.RoleEntry, "status"),
    "event_statuses": (s.EventEntry, "status"),
    "inference_facts": (s.Inference, "fact"),
}


class UnknownList(KeyError):
    """No list of allowed values has this name."""


def allowed_values(name: str) -> list[str]:
    """The values the schema allows in the field a list is named after, in the schema's order."""
    if name not in LISTS:
        raise UnknownList(f"no list of allowed values is called '{name}' (known: {', '.join(LISTS)})")
    model, field = LISTS[name]
    return allowed_options(model.model_fields[field].annotation)
