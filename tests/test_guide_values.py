"""The publisher's guide lists exactly the values the schema allows, in every language, and cannot drift."""

from __future__ import annotations

import pytest

from cica_record.record import schema as s
from conftest import FIXTURE_DATA, make_project, run_mkdocs
from site_reading import LANGUAGES, page, prefix, squash, table

pytestmark = pytest.mark.site

TABLES = {"document_kinds": s.DocumentKind, "decision_kinds": s.DecisionKind, "decision_states": s.DecisionState}
IN_SENTENCES = [[member.value for member in enum]
                for enum in (s.MeetingFormat, s.StatusKind, s.RoleKind, s.RoleStatus, s.EventStatus)]
IN_SENTENCES.append(list(s.Inference.model_fields["fact"].annotation.__args__))


def _tables(guide) -> list[list[tuple[str, str]]]:
    """Each table of the guide as (first cell, second cell) rows."""
    return [[(squash(row[0].text_content()), squash(row[1].text_content())) for row in element.xpath(".//tbody/tr")]
            for element in guide.article.xpath(".//table")]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_guide_tables_list_every_value_the_schema_allows_with_its_explanation(mini_site, lang):
    guide = page(mini_site, f"{prefix(lang)}guide/")
    tables = _tables(guide)
    for name, enum in TABLES.items():
        explained = table(lang)["guide_values"][name]["values"]
        expected = [(member.value, squash(explained[member.value].replace("`", ""))) for member in enum]
        assert expected in tables, (lang, name)
    assert ("proposed", squash(table(lang)["guide_values"]["decision_kinds"]["values"]["proposed"])) in sum(tables, [])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_guide_names_every_allowed_value_in_its_sentences(mini_site, lang):
    guide = page(mini_site, f"{prefix(lang)}guide/")
    codes = [squash(code.text_content()) for code in guide.article.xpath(".//p//code | .//td//code")]
    for values in IN_SENTENCES:
        assert any(codes[i:i + len(values)] == values for i in range(len(codes))), (lang, values)
    assert "allowed-values" not in guide.file.read_text(encoding="utf-8")


def _project_with(tmp_path, lang: str, old: str, new: str):
    project = make_project(tmp_path / "project", FIXTURE_DATA)
    words = project / "translations" / f"{lang}.yaml"
    text = words.read_text(encoding="utf-8")
    assert old in text
    words.write_text(text.replace(old, new, 1), encoding="utf-8")
    return project


def test_a_value_without_its_explanation_stops_the_build(tmp_path):
    project = _project_with(tmp_path, "kk", '      proposed: "мәтінді қабылдауға ұсынды, мысалы үнсіздік рәсімі арқылы '
                            '(ол әлі қабылданған жоқ)"\n', "")
    result = run_mkdocs(project, "build", "--strict", "-d", str(tmp_path / "site"), check=False)
    assert result.returncode != 0
    assert ("kk/guide.md: 'guide_values.decision_kinds.values.proposed' is missing from translations/kk.yaml: every "
            "value the schema allows needs its explanation there") in result.stdout + result.stderr


def test_an_explanation_of_a_value_the_schema_does_not_allow_stops_the_build(tmp_path):
    project = _project_with(tmp_path, "en", '      appointed: "appointed"\n',
                            '      appointed: "appointed"\n      withdrawn: "withdrew"\n')
    result = run_mkdocs(project, "build", "--strict", "-d", str(tmp_path / "site"), check=False)
    assert result.returncode != 0
    assert ("translations/en.yaml: guide_values.decision_kinds.values explains withdrawn, which the schema no longer "
            "allows: remove it") in result.stdout + result.stderr
