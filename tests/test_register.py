"""The document register stays light however deep the record grows: beyond a number of rows,
its earlier years move to a page each. Checked on the shipped record with a small page size."""

from __future__ import annotations

import pytest

from conftest import ROOT
from cica_record.record.loader import load_record
from cica_record.site.pages import document_register

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def record():
    return load_record(ROOT / "data", ROOT)


def _year(doc):
    day = doc.date or (doc.meeting.date if doc.meeting else None)
    return day[:4] if day else None


@pytest.mark.parametrize("rows_per_page", [1, 20, 10_000])
def test_every_document_is_on_exactly_one_page_of_the_register(record, rows_per_page):
    shown, earlier = document_register(record, rows_per_page)
    listed = [doc for doc, _ in shown] + [doc for page in earlier for doc, _ in page.rows]
    assert sorted(map(id, listed)) == sorted(map(id, record.documents))
    assert len(listed) == len(set(map(id, listed)))


def test_the_register_keeps_the_newest_years_and_the_undated_documents(record):
    shown, earlier = document_register(record, 20)
    assert earlier, "with 20 rows a page the shipped register must split"
    assert len(shown) <= 20 or len({_year(d) for d, _ in shown if _year(d)}) == 1
    kept = {_year(d) for d, _ in shown} - {None}
    moved = [page.year for page in earlier]
    assert moved == sorted(moved, reverse=True) and min(kept) > max(moved)
    assert all(_year(d) == page.year for page in earlier for d, _ in page.rows)
    assert [page.path for page in earlier] == [f"documents/years/{page.year}/" for page in earlier]
    assert all(d in [s for s, _ in shown] for d in record.documents if _year(d) is None)


def test_each_page_of_the_register_is_in_symbol_order(record):
    shown, earlier = document_register(record, 20)
    for rows in [shown] + [page.rows for page in earlier]:
        keys = [key for _, key in rows]
        assert keys == sorted(keys)


def test_a_small_record_keeps_one_register(record):
    shown, earlier = document_register(record)
    assert not earlier and len(shown) == len(record.documents)
