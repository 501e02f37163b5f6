"""A failing test on the linked record is reported at once, and briefly.

The record's objects refer to each other both ways. Once, a failing assertion
in test_shipped_record.py made pytest print its fixtures in full: it grew to
21 GB and was killed after 13 minutes without naming the test. This runs such
a failure for real, in its own pytest, and measures the report.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time

import pytest

from conftest import ROOT

pytestmark = pytest.mark.unit

FAILING = '''
import pytest
from pathlib import Path
from cica_record.record.loader import load_record

ROOT = Path({root!r})

@pytest.fixture(scope="module")
def record():
    return load_record(ROOT / "data", ROOT)

@pytest.fixture(scope="module")
def meeting(record):
    return next(mt for mt in record.meetings if mt.known_from == "minutes")

def test_fails_on_linked_objects(record, meeting):
    statement = meeting.all_statements[0]
    assert statement in meeting.all_decisions, (record, meeting, statement.speakers)
'''


def test_a_failing_assertion_on_the_record_is_reported_in_seconds(tmp_path):
    test_file = tmp_path / "test_deliberate_failure.py"
    test_file.write_text(FAILING.format(root=str(ROOT)), encoding="utf-8")
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--rootdir", str(tmp_path),
         "--confcutdir", str(tmp_path), str(test_file)],
        cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )
    seconds = time.monotonic() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert result.returncode == 1, result.stdout[-2000:] + result.stderr[-2000:]
    assert "test_fails_on_linked_objects" in result.stdout
    assert "<Statement soc-2023-12-12#s-" in result.stdout  # the objects are named, not expanded
    assert len(result.stdout) < 50_000, f"a report of {len(result.stdout)} characters"
    assert seconds < 30, f"reported after {seconds:.1f} s"
    assert peak_mb < 500, f"pytest grew to {peak_mb:.0f} MB"
