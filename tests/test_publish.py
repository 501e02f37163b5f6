"""mkdocs gh-deploy against a real (bare, local) remote: what it publishes, and when it refuses."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import FIXTURE_DATA, make_project

GIT_ENV = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid"}


def git(cwd, *args) -> str:
    return subprocess.run(["git", *args], cwd=cwd, env={**os.environ, **GIT_ENV}, check=True,
                          capture_output=True, text=True).stdout


@pytest.fixture
def repo(tmp_path):
    """A committed copy of the project whose origin is an empty bare repository."""
    project = make_project(tmp_path / "project", FIXTURE_DATA)
    remote = tmp_path / "remote.git"
    git(tmp_path, "init", "--quiet", "--bare", str(remote))
    git(project, "init", "--quiet", "-b", "main")
    git(project, "add", "-A")
    git(project, "commit", "--quiet", "-m", "record")
    git(project, "remote", "add", "origin", str(remote))
    return project, remote


def deploy(project, **env):
    # As on a publisher's machine, Python writes its bytecode caches (a CI runner may have
    # PYTHONDONTWRITEBYTECODE set, which would hide files the build leaves in the clone).
    ordinary = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "gh-deploy", "--force", "--remote-name", "origin"],
        cwd=project, env={**ordinary, **GIT_ENV, "NO_MKDOCS_2_WARNING": "1", **env},
        capture_output=True, text=True, timeout=600,
    )


def published(remote) -> list[str]:
    result = subprocess.run(["git", "ls-tree", "-r", "--name-only", "gh-pages"], cwd=remote,
                            capture_output=True, text=True)
    return result.stdout.split() if result.returncode == 0 else []


def test_publishes_every_language_with_its_404_and_names_the_source_commit(repo):
    project, remote = repo
    result = deploy(project)
    assert result.returncode == 0, result.stderr
    files = set(published(remote))
    for page in ("index.html", "ru/index.html", "kk/index.html", "404.html", "ru/404.html", "kk/404.html",
                 "states/kz/index.html", "ru/states/kz/index.html", "kk/states/kz/index.html",
                 ".nojekyll", "sitemap.xml"):
        assert page in files, page
    source = git(project, "rev-parse", "--short", "HEAD").strip()
    assert f"Deployed {source} " in git(remote, "log", "-1", "--format=%B", "gh-pages")
    sitemap = git(remote, "show", "gh-pages:sitemap.xml")
    assert 'hreflang="kk" href="https://example.org/cica-record/kk/states/kz/"' in sitemap


def _edit_a_committed_file(project):
    states = project / "data" / "states.yaml"
    states.write_text(states.read_text(encoding="utf-8").replace("Kazakhstan", "Kazakstan"), encoding="utf-8")
    return "data/states.yaml"


def _add_a_new_meeting(project):
    """A publisher's new meeting file that was never added to git."""
    mention = (project / "data" / "meetings" / "2023-12-05-soc.yaml").read_text(encoding="utf-8")
    (project / "data" / "meetings" / "2023-11-20-soc.yaml").write_text(
        mention.replace("2023-12-05", "2023-11-20"), encoding="utf-8")
    return "data/meetings/2023-11-20-soc.yaml"


@pytest.mark.parametrize("change", [_edit_a_committed_file, _add_a_new_meeting], ids=["edited", "new file"])
def test_refuses_uncommitted_data(repo, change):
    project, remote = repo
    changed = change(project)
    result = deploy(project)
    assert result.returncode != 0
    assert "Not published: these files have changes that are not committed" in result.stdout + result.stderr
    assert changed in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert published(remote) == []


def test_a_maintainer_can_override_the_commit_rule(repo):
    project, remote = repo
    (project / "docs" / "en" / "about.md").write_text("# About\n\nA local edit.\n", encoding="utf-8")
    assert deploy(project, CICA_ALLOW_DIRTY="1").returncode == 0
    assert "about/index.html" in published(remote)


def test_refuses_data_errors(repo):
    project, remote = repo
    meeting = project / "data" / "meetings" / "2023-12-12-soc.yaml"
    meeting.write_text(meeting.read_text(encoding="utf-8").replace("by: [KR]", "by: [KO]"), encoding="utf-8")
    git(project, "commit", "--quiet", "-am", "a mistake")
    result = deploy(project)
    assert result.returncode != 0
    assert "'KO' refers to nothing in the record" in result.stdout + result.stderr
    assert "Nothing was built or published" in result.stdout + result.stderr
    assert published(remote) == []


def test_refuses_any_warning_of_the_strict_build(repo):
    project, remote = repo
    (project / "docs" / "en" / "about.md").write_text("# About\n\n[a link to nothing](nowhere.md)\n",
                                                     encoding="utf-8")
    git(project, "commit", "--quiet", "-am", "a broken link")
    result = deploy(project)
    assert result.returncode != 0
    assert "nowhere.md" in result.stdout + result.stderr
    assert published(remote) == []
