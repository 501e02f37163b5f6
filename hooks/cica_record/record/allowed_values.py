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
    "document_kinds": (s.Document, "kind"),
    "decision_kinds": (s.DecisionFields, "kind"),
    "decision_states": (s.DecisionFields, "state"),
    "meeting_formats": (s.Meeting, "format"),
    "meeting_statuses": (s.Meeting, "status"),
    "known_from": (s.Meeting, "known_from"),
    "statuses": (s.Status, "status"),
    "roles": (s.Role, "role"),
    "role_statuses": (s.Role, "status"),
    "event_statuses": (s.Event, "status"),
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
