"""One `mkdocs build` reads and checks the record once, for all three languages."""

from __future__ import annotations

from conftest import FIXTURE_DATA, make_project, run_mkdocs


def test_the_record_is_read_once_per_build_not_once_per_language(tmp_path):
    project = make_project(tmp_path / "project", FIXTURE_DATA)
    result = run_mkdocs(project, "build", "--strict", "-d", str(tmp_path / "site"))
    output = result.stdout + result.stderr
    assert output.count("Building 'ru' documentation") == 1  # mkdocs-static-i18n built every language
    assert output.count("Building 'kk' documentation") == 1
    assert output.count("Read and checked the record") == 1, output
