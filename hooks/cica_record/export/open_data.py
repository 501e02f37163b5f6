"""Write the record's open data into the built site, once per build, after every language is built.

    data/record.json, data/record.schema.json     the whole linked record, and its JSON Schema
    data/*.csv, data/datapackage.json             the tables, described as a Frictionless Data Package
    PAGE/index.json                               each entity beside its page (the same shape as record.json)
    [ru/|kk/]feed.atom, [ru/|kk/]PAGE/feed.atom   Atom feeds of the record, states, priority areas, bodies
    [ru/|kk/]calendar.ics                         meetings and silence-procedure deadlines

What is the same in every language is written once; the feeds and the
calendar once per language. Everything depends only on the data (and the
site's address), so two builds of the same data give the same bytes.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any, Optional

from cica_record.export import records as export_records
from cica_record.export import tables as export_tables
from cica_record.record import model as m
from cica_record.record.standing import newest_date
from cica_record.export.calendar import calendar_ics
from cica_record.export.feeds import feeds
from cica_record.site.language import Language
from cica_record.site.open_data_links import CALENDAR_FILE, entity_json_path
from cica_record.record.schema import LANGUAGES

DATA_FOLDER = "data"


def data_version(record: m.Record, root: Path) -> tuple[str, Optional[str]]:
    """The date of the data (and its commit): the last commit that changed data/, where git knows it;
    otherwise the newest date the record holds. Never the time of the build."""
    try:
        result = subprocess.run(
            ["git", "log", "-1", "--format=%H %cd", "--date=format-local:%Y-%m-%d", "--", "data"],
            cwd=root, capture_output=True, text=True, timeout=30, env={**os.environ, "TZ": "UTC"})
        commit, day = result.stdout.split()
        return day, commit
    except (OSError, ValueError, subprocess.SubprocessError):
        return newest_date(record), None


def _json(document: Any) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")


def open_data_files(record: m.Record, tables: dict[str, dict[str, Any]], site_url: str,
                    root: Path) -> dict[str, bytes]:
    """Every file of the open data: path in the site -> bytes."""
    day, commit = data_version(record, root)
    about = {"schema_version": export_records.SCHEMA_VERSION, "data_date": day, "site_url": site_url}
    if commit:
        about["data_commit"] = commit
    lists = export_records.exported_lists(record)
    files = {
        f"{DATA_FOLDER}/record.json": _json(export_records.record_document(lists, about)),
        f"{DATA_FOLDER}/record.schema.json": _json(export_records.record_json_schema()),
    }
    for name, items in lists.items():
        for obj, exported in items:
            if isinstance(obj, m.Entity):
                files[entity_json_path(obj)] = _json(export_records.entity_document(name, exported, about))
    for table in export_tables.TABLES:
        text, _ = export_tables.table_csv(table, record)
        files[f"{DATA_FOLDER}/{table.name}.csv"] = text.encode("utf-8")
    package = export_tables.data_package(about, tables[LANGUAGES[0]], package_sources(record, site_url))
    files[f"{DATA_FOLDER}/datapackage.json"] = _json(package)
    for code in LANGUAGES:
        lang = Language(code, tables)
        files.update(feeds(record, lang, site_url, day))
        files[lang.prefix + CALENDAR_FILE] = calendar_ics(record, lang, site_url)
    return files


def package_sources(record: m.Record, site_url: str) -> list[dict[str, str]]:
    """The sources the record draws on: outside sources with their address, documents with their page."""
    out = []
    for source in record.sources:
        described = {"title": source.title.en or source.key}
        if source.url:
            described["path"] = source.url
        out.append(described)
    for document in record.documents:
        if document.sources_of:
            out.append({"title": document.symbol or document.key, "path": site_url + document.path})
    return out


def write_open_data(site_dir: Path, record: m.Record, tables: dict[str, dict[str, Any]], site_url: str,
                    root: Path) -> None:
    for path, content in open_data_files(record, tables, site_url, root).items():
        target = site_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
