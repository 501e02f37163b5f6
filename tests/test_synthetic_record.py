"""The synthetic record (cica_record.devtools.synthetic, benchmarks/synthetic_record.py) is valid, deterministic and has every kind of entry."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from cica_record.devtools.synthetic.record import generate
from cica_record.record.loader import load_record
from conftest import ROOT

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def record_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("synthetic") / "data"
    generate(folder, pages_per_language=300, seed=7)
    return folder


def files_of(folder: Path) -> dict[str, str]:
    return {path.relative_to(folder).as_posix(): path.read_text(encoding="utf-8")
            for path in sorted(folder.rglob("*.yaml"))}


def test_it_passes_the_projects_own_validation(record_folder):
    record = load_record(record_folder, record_folder.parent)
    assert len(record.meetings) > 20
    assert {m.body.key for m in record.meetings} == {"soc", "swg", "mc", "summit"}


def test_meetings_are_known_in_every_way_the_record_knows_them(record_folder):
    record = load_record(record_folder, record_folder.parent)
    assert {m.known_from for m in record.meetings} == {"minutes", "mention", "reports"}
    assert any(m.status == "announced" for m in record.meetings)
    assert any(m.disagreements for m in record.meetings)


def test_its_size_follows_the_pages_asked_for(record_folder):
    record = load_record(record_folder, record_folder.parent)
    pages = len(record.entities()) + 13  # 3 Markdown pages, 9 index pages, the 404 page
    assert 280 <= pages <= 360


def test_the_same_seed_gives_the_same_files_and_another_seed_others(tmp_path, record_folder):
    generate(tmp_path / "again", pages_per_language=300, seed=7)
    generate(tmp_path / "other", pages_per_language=300, seed=8)
    assert files_of(tmp_path / "again") == files_of(record_folder)
    assert files_of(tmp_path / "other") != files_of(record_folder)


def test_it_has_every_kind_and_state_of_decision_and_the_real_symbol_patterns(record_folder):
    record = load_record(record_folder, record_folder.parent)
    assert {d.decision_kind for d in record.decisions} >= {
        "took-note", "adopted", "approved", "recommended", "supported", "appointed", "proposed"}
    assert {d.state for d in record.decisions} == {"taken", "pending-silence", "awaiting-other-body"}
    assert any(d.outcome for d in record.decisions) and any(d.state != "taken" and d.outcome is None
                                                           for d in record.decisions)
    assert all(d.deadline for d in record.decisions if d.state == "pending-silence")
    symbols = {d.symbol for d in record.documents if d.symbol}
    assert any(s.endswith("/DEC/12") for s in symbols) or any(s.endswith("/DEC/10") for s in symbols)
    assert any(s.endswith("/Rev.2") for s in symbols)
    base = lambda symbol: symbol.split("/Rev.")[0]  # noqa: E731
    assert all(base(doc.revision_of.symbol) == base(doc.symbol) for doc in record.documents if doc.revision_of)


def test_statements_follow_the_model_minutes(record_folder):
    record = load_record(record_folder, record_folder.parent)
    speakers = Counter(sp.capacity or sp.entity.key for mt in record.meetings for st in mt.all_statements
                       for sp in st.speakers)
    # In data/meetings/2023-12-12-soc.yaml the Chair speaks most, then Russia, then the Secretary General.
    assert [who for who, _ in speakers.most_common(3)] == ["chair", "RU", "secretary-general"]
    statements = [st for mt in record.meetings for st in mt.all_statements]
    words = sorted(len(st.text.en.split()) for st in statements)
    assert 35 <= words[len(words) // 2] <= 65
    translated = sum(1 for st in statements if st.text.ru and "ru" in st.text.unofficial)
    assert 0.03 < translated / len(statements) < 0.2


def test_a_small_record_is_valid_too(tmp_path):
    summary = generate(tmp_path / "data", pages_per_language=50, seed=1)
    record = load_record(tmp_path / "data", tmp_path)
    assert len(record.entities()) + 13 == summary.pages_per_language


def test_it_never_writes_into_the_projects_data_or_a_folder_in_use(tmp_path):
    with pytest.raises(ValueError):
        generate(ROOT / "data", pages_per_language=50)
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "file.txt").write_text("x")
    with pytest.raises(ValueError):
        generate(tmp_path / "used", pages_per_language=50)


def test_values_yaml_would_retype_are_quoted(record_folder):
    meeting = next((record_folder / "meetings").glob("*-soc.yaml"))
    raw = yaml.safe_load(meeting.read_text(encoding="utf-8"))  # PyYAML's own rules: dates would become dates
    assert isinstance(raw["date"], str)
    assert all(isinstance(item["number"], str) for item in raw["agenda"])
