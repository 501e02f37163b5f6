"""mkdocs gh-deploy against a real (bare, local) remote: what it publishes, where, and when it refuses."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from conftest import FIXTURE_DATA, ROOT, make_project

pytestmark = pytest.mark.site

GIT_ENV = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid"}
# The address a publisher sets; publishing refuses the placeholder in mkdocs.yml.
REAL_ADDRESS = "https://records.cica-archive.kz/record/"


def git(cwd, *args) -> str:
    return subprocess.run(["git", *args], cwd=cwd, env={**os.environ, **GIT_ENV}, check=True,
                          capture_output=True, text=True).stdout


def bare_remote(path):
    git(path.parent, "init", "--quiet", "--bare", str(path))
    return path


@pytest.fixture
def repo(tmp_path):
    return pushed_project(tmp_path)


def pushed_project(tmp_path):
    """A committed copy of the project, pushed to its origin, an otherwise empty bare repository."""
    project = make_project(tmp_path / "project", FIXTURE_DATA)
    remote = bare_remote(tmp_path / "remote.git")
    git(project, "init", "--quiet", "-b", "main")
    git(project, "add", "-A")
    git(project, "commit", "--quiet", "-m", "record")
    git(project, "remote", "add", "origin", str(remote))
    git(project, "push", "--quiet", "origin", "main")
    return project, remote


def commit(project, message: str, push: bool = True) -> None:
    git(project, "commit", "--quiet", "-am", message)
    if push:
        git(project, "push", "--quiet", "origin", "main")


def deploy(project, *options, **env):
    """What `make publish` runs, with the publisher's SITE_URL unless `env` says otherwise."""
    # As on a publisher's machine, Python writes its bytecode caches (a CI runner may have
    # PYTHONDONTWRITEBYTECODE set, which would hide files the build leaves in the clone).
    ordinary = {key: value for key, value in os.environ.items() if key not in ("PYTHONDONTWRITEBYTECODE", "SITE_URL")}
    env = {"SITE_URL": REAL_ADDRESS, **env}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "gh-deploy", "--strict", *options],
        cwd=project, env={**ordinary, **GIT_ENV, "NO_MKDOCS_2_WARNING": "1",
                          **{key: value for key, value in env.items() if value is not None}},
        capture_output=True, text=True, timeout=600,
    )
    result.output = result.stdout + result.stderr
    return result


def published(remote) -> list[str]:
    result = subprocess.run(["git", "ls-tree", "-r", "--name-only", "gh-pages"], cwd=remote,
                            capture_output=True, text=True)
    return result.stdout.split() if result.returncode == 0 else []


def test_publishes_every_language_at_its_address_and_names_the_source_commit(repo):
    project, remote = repo
    result = deploy(project)
    assert result.returncode == 0, result.output
    files = set(published(remote))
    for page in ("index.html", "ru/index.html", "kk/index.html", "404.html", "ru/404.html", "kk/404.html",
                 "states/kz/index.html", "ru/states/kz/index.html", "kk/states/kz/index.html",
                 ".nojekyll", "sitemap.xml"):
        assert page in files, page
    source = git(project, "rev-parse", "--short", "HEAD").strip()
    assert f"Deployed {source} " in git(remote, "log", "-1", "--format=%B", "gh-pages")
    # ... and that commit is on the remote, for anyone to find.
    assert git(remote, "cat-file", "-t", source).strip() == "commit"
    sitemap = git(remote, "show", "gh-pages:sitemap.xml")
    assert f'hreflang="kk" href="{REAL_ADDRESS}kk/states/kz/"' in sitemap
    assert "example.org" not in sitemap
    page = git(remote, "show", "gh-pages:states/kz/index.html")
    assert f'<link rel="canonical" href="{REAL_ADDRESS}states/kz/">' in page


def test_the_guide_explains_every_warning_a_successful_publication_prints(repo):
    """MkDocs warns on a first publication that it has no earlier one to compare its version with."""
    project, _ = repo
    result = deploy(project)
    assert result.returncode == 0, result.output
    warnings = [line.split(" - ", 1)[1].strip() for line in result.output.splitlines() if line.startswith("WARNING")]
    # Warnings about the data (file:line: field: message) are the data checks' messages, which the guide's error
    # sections explain; this test is about what publishing itself prints.
    warnings = [warning for warning in warnings if not re.match(r"data/\S+:\d+: ", warning)]
    assert warnings, "no warning left to explain: drop its explanation from the guide"
    for lang in ("en", "ru", "kk"):
        guide = (ROOT / "docs" / lang / "guide.md").read_text(encoding="utf-8")
        for warning in warnings:
            assert warning in guide, (lang, warning)


def test_refuses_a_commit_that_is_not_on_the_remote(repo):
    project, remote = repo
    states = project / "data" / "states.yaml"
    states.write_text(states.read_text(encoding="utf-8").replace("Kazakhstan", "Kazakstan"), encoding="utf-8")
    commit(project, "a change not pushed", push=False)
    result = deploy(project)
    assert result.returncode != 0
    head = git(project, "rev-parse", "--short", "HEAD").strip()
    assert (f"Not published: the commit being published, {head}, is not on the git remote 'origin', so nobody "
            "else could find the published site's sources.\nPush it first (git push origin main) and publish again."
            in result.output)
    assert "Traceback" not in result.output
    assert published(remote) == []
    git(project, "push", "--quiet", "origin", "main")  # what the message says to do
    assert deploy(project).returncode == 0
    assert "states/kz/index.html" in published(remote)


def test_refuses_the_placeholder_address(repo):
    project, remote = repo
    result = deploy(project, SITE_URL=None)
    assert result.returncode != 0
    assert ("Not published: the site's address is https://example.org/cica-record/, a placeholder for local "
            "builds or another address that is not public (a name reserved for examples or tests, a loopback, "
            "private or documentation address); every canonical link and the sitemap would point there.\nSet the "
            "real address in the environment variable SITE_URL and publish again" in result.output)
    assert published(remote) == []


def test_publishes_to_the_remote_it_is_told(repo, tmp_path):
    project, origin = repo
    mirror = bare_remote(tmp_path / "mirror.git")
    git(project, "remote", "add", "mirror", str(mirror))
    result = deploy(project, "--remote-name", "mirror")
    assert "is not on the git remote 'mirror'" in result.output and published(mirror) == []
    git(project, "push", "--quiet", "mirror", "main")
    result = deploy(project, "--remote-name", "mirror")
    assert result.returncode == 0, result.output
    assert "index.html" in published(mirror)
    assert published(origin) == []


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
    assert "Not published: these files have changes that are not committed" in result.output
    assert changed in result.output
    assert "Traceback" not in result.output
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
    commit(project, "a mistake")
    result = deploy(project)
    assert result.returncode != 0
    assert "'KO' refers to nothing in the record" in result.output
    assert "Nothing was built or published" in result.output
    assert published(remote) == []


def test_refuses_any_warning_of_the_strict_build(repo):
    project, remote = repo
    (project / "docs" / "en" / "about.md").write_text("# About\n\n[a link to nothing](nowhere.md)\n",
                                                     encoding="utf-8")
    commit(project, "a broken link")
    result = deploy(project)
    assert result.returncode != 0
    assert "nowhere.md" in result.output
    assert published(remote) == []


def test_every_refusal_at_once(repo):
    """An unpushed commit with the placeholder address and a data error: one run names all three."""
    project, remote = repo
    meeting = project / "data" / "meetings" / "2023-12-12-soc.yaml"
    meeting.write_text(meeting.read_text(encoding="utf-8").replace("by: [KR]", "by: [KO]"), encoding="utf-8")
    commit(project, "a mistake", push=False)
    output = deploy(project, SITE_URL=None).output
    assert [bool(re.search(pattern, output)) for pattern in (
        r"the site's address is https://example\.org/", r"is not on the git remote 'origin'",
        r"'KO' refers to nothing in the record")] == [True, True, True]
    assert published(remote) == []
