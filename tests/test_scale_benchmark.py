"""benchmarks/scale.py runs end to end at a small size (its figures are reported by hand, not tested)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT

pytestmark = pytest.mark.site


def test_the_benchmark_runs_and_reports_every_figure():
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "scale.py"), "--pages-per-language", "50", "--json"],
        capture_output=True, text=True, timeout=280,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert 40 <= figures["pages_per_language"] <= 70
    for key in ("build_seconds", "build_cpu_seconds", "peak_rss_mb", "site_bytes", "site_files",
                "plain_build_seconds", "plain_cpu_seconds", "plain_peak_rss_mb", "build_overhead_ratio",
                "preview_rebuild_seconds"):
        assert figures[key] > 0, key
    assert figures["variant"] == "project"
    for key in ("search_bytes_on_page_load", "search_bytes_before_first_result", "symbol_lookup_bytes",
                "search_first_result_ms", "search_memory_mb"):
        assert key in figures
