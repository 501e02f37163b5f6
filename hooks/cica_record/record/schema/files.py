"""Which shape each data file has, and the JSON Schemas of those shapes for editors (`schema/*.schema.json`).

Run `make schema` (`python -m cica_record.record.schema.files`) after changing a shape;
a test fails while the committed schemas differ from what this produces.
Each data file names its schema in its first line, so an editor with a YAML
language server completes and checks fields as they are typed.
"""

from __future__ import annotations

import json
from pathlib import Path

from cica_record.record import schema as s

# Each data file, the model of its content, and the name of its JSON Schema.
REFERENCE_FILES: dict[str, type[s.Shape]] = {
    "states": s.StatesFile,
    "organisations": s.OrganisationsFile,
    "people": s.PeopleFile,
    "bodies": s.BodiesFile,
    "dimensions": s.DimensionsFile,
    "sources": s.SourcesFile,
    "events": s.EventsFile,
    "documents": s.DocumentsFile,
    "decisions": s.DecisionsFile,
}
MEETINGS_FOLDER = "meetings"
SCHEMAS: dict[str, type[s.Shape]] = {**REFERENCE_FILES, "meeting": s.MeetingFile}


def schema_texts() -> dict[str, str]:
    """File name -> JSON text, for every kind of data file."""
    out = {}
    for name, model in SCHEMAS.items():
        schema = model.model_json_schema(mode="validation")
        schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": f"{name}.schema.json", **schema}
        out[f"{name}.schema.json"] = json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    return out


def main() -> None:
    folder = Path.cwd() / "schema"
    folder.mkdir(exist_ok=True)
    for file_name, text in schema_texts().items():
        (folder / file_name).write_text(text, encoding="utf-8")
        print(f"wrote schema/{file_name}")


if __name__ == "__main__":
    main()
