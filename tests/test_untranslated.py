"""Every text in every language: the shipped data lacks none, and a publisher who writes one in English
only is told where, by a warning that does not stop a strict build (the page shows the English, marked)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cica_record.record.untranslated import untranslated
from cica_record.record.yaml_source import read_yaml
from conftest import BUILD_LOG, FIXTURE_DATA, ROOT


def untranslated_texts(data: Path) -> list[str]:
    """What the check says of the texts of a data folder, its files named as in a project (data/…)."""
    found = []
    for path in sorted(data.rglob("*.yaml")):
        source, errors = read_yaml(path, "data/" + path.relative_to(data).as_posix())
        assert source is not None, errors
        found += [str(text) for text in untranslated(source)]
    return found


@pytest.mark.unit
def test_every_text_of_the_shipped_data_is_in_every_language():
    missing = untranslated_texts(ROOT / "data")
    assert not missing, f"{len(missing)} texts lack a language:\n" + "\n".join(missing[:40])


@pytest.mark.unit
def test_the_check_names_the_file_line_field_and_languages_of_an_english_only_text(tmp_path):
    data = tmp_path / "data"
    (data / "meetings").mkdir(parents=True)
    (data / "meetings" / "2024-01-10-soc.yaml").write_text(
        "body: soc\ndate: '2024-01-10'\nagenda:\n  - number: '1'\n    title: {en: Opening, ru: Открытие, kk: Ашылуы}\n"
        "    proceedings:\n      - text:\n          en: The Chair opened the meeting.\n          ru: Председатель открыл.\n",
        encoding="utf-8")
    assert untranslated_texts(data) == [
        "data/meetings/2024-01-10-soc.yaml:7: agenda[0].proceedings[0].text: no kk text: the pages in kk show it "
        "in the language it has, marked as such (add kk: beside it)"]


@pytest.mark.site
def test_a_strict_build_warns_of_each_english_only_text_with_its_file_and_line(mini_site):
    """The fixture record has texts in English only; its strict build succeeds and names each of them."""
    log = (mini_site.parent / BUILD_LOG).read_text(encoding="utf-8")
    warned = re.findall(r"^WARNING +-  (data/\S+?):(\d+): (\S+): no ", log, re.M)
    expected = [(text.split(":")[0], text.split(":")[1], text.split(": ")[1]) for text in untranslated_texts(FIXTURE_DATA)]
    assert expected and sorted(warned) == sorted(expected)
    assert (mini_site / "ru" / "index.html").is_file()
