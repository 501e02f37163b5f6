"""One `mkdocs build` reads and checks the record once, for all three languages, and stops on data errors."""

from __future__ import annotations

import pytest

from conftest import FIXTURE_DATA, make_project, run_mkdocs
from test_data_errors import MEETING, broken_copy

pytestmark = pytest.mark.site


def test_the_record_is_read_once_per_build_not_once_per_language(tmp_path):
    project = make_project(tmp_path / "project", FIXTURE_DATA)
    result = run_mkdocs(project, "build", "--strict", "-d", str(tmp_path / "site"))
    output = result.stdout + result.stderr
    assert output.count("Building 'ru' documentation") == 1  # mkdocs-static-i18n built every language
    assert output.count("Building 'kk' documentation") == 1
    assert output.count("Read and checked the record") == 1, output


def test_build_stops_with_the_message_and_no_traceback(tmp_path):
    project = make_project(tmp_path / "project", broken_copy(tmp_path, MEETING, "by: [KR]", "by: [KO]"))
    result = run_mkdocs(project, "build", "--strict", "-d", str(tmp_path / "site"), check=False)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "agenda[1].proceedings[1].by[0]: 'KO' refers to nothing in the record" in output
    assert "Nothing was built or published" in output
    assert "Traceback" not in output
    assert not (tmp_path / "site" / "index.html").exists()
