"""Ways around the publish guard that once worked, each asked of a real repository and remote.

An address that is a placeholder written otherwise (a trailing dot, capitals, an IP address of a
loopback, private or documentation network); changes git does not show in `git status` (ignored files,
files flagged skip-worktree or assume-unchanged); a commit that only a local ref says is on the remote;
a build that is not strict; a branch other than the one mkdocs.yml publishes to. The last two are also
tried through `mkdocs gh-deploy` itself.
"""

from __future__ import annotations

import pytest

from cica_record.publish.guard import is_placeholder, publishing_refusal
from test_publish import deploy, git, published, pushed_project
from test_publish_guard import REAL, not_on_remote, repo  # noqa: F401 (a fixture)

pytestmark = pytest.mark.unit

OVERRIDE_WORDS = "A maintainer who must publish anyway can set CICA_ALLOW_DIRTY=1."


@pytest.mark.parametrize("address", [
    "https://example.org./cica-record/", "https://EXAMPLE.ORG./", "http://localhost./", "https://site.example./",
    "https://record.test.", "http://127.0.0.1:8000/", "http://127.1/", "http://2130706433/", "http://0x7f.0.0.1/",
    "http://0.0.0.0/", "http://10.1.2.3/", "http://172.16.5.4/", "http://192.168.1.10/", "http://169.254.1.1/",
    "https://192.0.2.7/", "https://198.51.100.1/", "https://203.0.113.9/", "http://[::1]/", "http://[::]/",
    "https://[2001:db8::1]/", "http://[fc00::1]/", "http://[fe80::1]/", "http://printer.local/",
    "http://nas.home.arpa/", "http://999.1.1.1/", "http://[::1/",
])
def test_an_address_that_is_not_public_is_a_placeholder(address):
    assert is_placeholder(address)


@pytest.mark.parametrize("address", [
    "https://records.cica-archive.kz/record/", "https://records.cica-archive.kz./record/", "https://s-cica.org/",
    "https://8.8.8.8/record/", "https://[2a00:1450:4001::1]/", "https://example.org.kz/", "https://testing.kz/",
])
def test_a_public_address_is_not(address):
    assert not is_placeholder(address)


def listed_as_changed(paths: list[str]) -> str:
    listed = "\n".join(f"  {path}" for path in paths)
    return ("Not published: these files have changes that are not committed, so the published site could not be "
            f"found again in the history:\n{listed}\nCommit them (git add … && git commit) and publish again. "
            f"{OVERRIDE_WORDS}")


def test_an_ignored_file_in_a_folder_that_makes_the_site_is_refused(repo):
    (repo / ".gitignore").write_text("__pycache__/\n", encoding="utf-8")
    git(repo, "add", ".gitignore")
    git(repo, "commit", "--quiet", "-m", "ignore caches")
    git(repo, "push", "--quiet", "origin", "main")
    (repo / ".git" / "info" / "exclude").write_text("data/meetings/\n", encoding="utf-8")
    (repo / "data" / "meetings").mkdir()
    (repo / "data" / "meetings" / "2024-01-10-soc.yaml").write_text("body: soc\n", encoding="utf-8")
    (repo / "docs" / "en" / "__pycache__").mkdir()
    (repo / "docs" / "en" / "__pycache__" / "draft.md").write_text("# Draft\n", encoding="utf-8")
    (repo / "hooks" / "__pycache__").mkdir()
    (repo / "hooks" / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"\0")  # Python's own: not the site's
    assert publishing_refusal(repo, "origin", REAL) == listed_as_changed(
        ["data/meetings/2024-01-10-soc.yaml", "docs/en/__pycache__/draft.md"])


@pytest.mark.parametrize("flag", ["--skip-worktree", "--assume-unchanged"])
def test_a_file_git_is_told_to_look_away_from_is_refused(repo, flag):
    git(repo, "update-index", flag, "data/states.yaml")
    (repo / "data" / "states.yaml").write_text("states: []\n", encoding="utf-8")
    assert git(repo, "status", "--porcelain") == ""  # what the guard once asked
    assert publishing_refusal(repo, "origin", REAL) == (
        "Not published: git is told to look away from these files (skip-worktree or assume-unchanged), so a change "
        "in them would be published unseen:\n  data/states.yaml\nLet git see them again (git update-index "
        "--no-skip-worktree --no-assume-unchanged FILE), commit any change, and publish again. " + OVERRIDE_WORDS)


def unpushed_commit(repo) -> str:
    git(repo, "commit", "--quiet", "--allow-empty", "-m", "not pushed")
    return git(repo, "rev-parse", "--short", "HEAD").strip()


def test_a_hand_made_remote_ref_does_not_count_as_the_remote(repo):
    head = unpushed_commit(repo)
    git(repo, "update-ref", "refs/remotes/origin/published", "HEAD")
    assert publishing_refusal(repo, "origin", REAL) == not_on_remote(head, "git push origin main")


def test_a_branch_deleted_on_the_remote_does_not_count(repo, tmp_path):
    git(repo, "checkout", "--quiet", "-b", "fix")
    head = unpushed_commit(repo)
    git(repo, "push", "--quiet", "origin", "fix")
    assert publishing_refusal(repo, "origin", REAL) is None
    other = tmp_path / "other"  # someone else deletes the branch; this clone still has origin/fix
    git(tmp_path, "clone", "--quiet", str(tmp_path / "remote.git"), str(other))
    git(other, "push", "--quiet", "origin", "--delete", "fix")
    assert git(repo, "rev-parse", "--verify", "--quiet", "refs/remotes/origin/fix").strip()
    assert publishing_refusal(repo, "origin", REAL) == not_on_remote(head, "git push origin fix")


NOT_STRICT = ("Not published: the build is not strict (--no-strict, or strict: false in mkdocs.yml), so a broken link "
              "or a missing page would be published with only a warning.\nPublish with the strict build: make "
              "publish (mkdocs gh-deploy --strict).")


def other_branch(branch: str, configured: str) -> str:
    return (f"Not published: the site would replace the branch '{branch}' of the git remote 'origin', but mkdocs.yml "
            f"publishes to '{configured}' (a branch given with --remote-branch replaces that branch's content with "
            f"the built site).\nPublish without --remote-branch, or, to publish to '{branch}' on purpose, set "
            f"CICA_PUBLISH_BRANCH={branch}.")


def test_a_build_that_is_not_strict_is_refused(repo):
    assert publishing_refusal(repo, "origin", REAL, strict=False) == NOT_STRICT


def test_a_branch_other_than_mkdocs_yml_s_is_refused_unless_named_on_purpose(repo, monkeypatch):
    assert publishing_refusal(repo, "origin", REAL, branch="main") == other_branch("main", "gh-pages")
    monkeypatch.setenv("CICA_PUBLISH_BRANCH", "pages")
    assert publishing_refusal(repo, "origin", REAL, branch="main") == other_branch("main", "gh-pages")
    monkeypatch.setenv("CICA_PUBLISH_BRANCH", "main")
    assert publishing_refusal(repo, "origin", REAL, branch="main") is None


def test_the_branch_mkdocs_yml_names_is_the_one_expected(repo):
    (repo / "mkdocs.yml").write_text("site_url: !ENV [SITE_URL, 'https://example.org/']\nremote_branch: pages\n",
                                     encoding="utf-8")
    git(repo, "commit", "--quiet", "-am", "publish to pages")
    git(repo, "push", "--quiet", "origin", "main")
    assert publishing_refusal(repo, "origin", REAL, branch="pages") is None
    assert publishing_refusal(repo, "origin", REAL) == other_branch("gh-pages", "pages")


@pytest.fixture
def project(tmp_path):
    return pushed_project(tmp_path)


def test_gh_deploy_no_strict_is_refused(project):
    project, remote = project
    result = deploy(project, "--no-strict")
    assert result.returncode != 0 and "Traceback" not in result.output
    assert NOT_STRICT in result.output
    assert published(remote) == []


def test_gh_deploy_to_the_sources_branch_is_refused_and_leaves_it_as_it_was(project):
    project, remote = project
    before = git(remote, "rev-parse", "main")
    result = deploy(project, "--remote-branch", "main", "--force")
    assert result.returncode != 0 and "Traceback" not in result.output
    assert other_branch("main", "gh-pages") in result.output
    assert git(remote, "rev-parse", "main") == before
