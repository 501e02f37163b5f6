"""The publish guard's refusals, asked directly of a real git repository and a real (bare, local) remote.

tests/test_publish.py runs `mkdocs gh-deploy` as a publisher does; here each rule is
asked of `publishing_refusal` in this process, in milliseconds, case by case: what
counts as uncommitted, which addresses are placeholders, when a commit is on the
remote, and the exact words a publisher reads.
"""

from __future__ import annotations

import pytest

from cica_record.publish.guard import is_placeholder, publishing_refusal
from test_publish import bare_remote, git

pytestmark = pytest.mark.unit

REAL = "https://records.cica-archive.kz/record/"
COMMIT_RULE = ("Commit them (git add … && git commit) and publish again. A maintainer who must publish anyway can "
               "set CICA_ALLOW_DIRTY=1.")


@pytest.fixture
def repo(tmp_path):
    """A small project, committed on main and pushed to origin."""
    project = tmp_path / "project"
    for name in ("data/states.yaml", "docs/en/about.md", "hooks/x.py", "overrides/main.html", "translations/en.yaml",
                 "mkdocs.yml", "README.md", "tests/test_x.py"):
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_text(f"{name}\n", encoding="utf-8")
    git(tmp_path, "init", "--quiet", "-b", "main", str(project))
    git(project, "add", "-A")
    git(project, "commit", "--quiet", "-m", "record")
    git(project, "remote", "add", "origin", str(bare_remote(tmp_path / "remote.git")))
    git(project, "push", "--quiet", "origin", "main")
    return project


def uncommitted(paths: list[str]) -> str:
    listed = "\n".join(f"  {path}" for path in paths)
    return ("Not published: these files have changes that are not committed, so the published site could not be "
            f"found again in the history:\n{listed}\n{COMMIT_RULE}")


def test_a_committed_and_pushed_site_at_its_real_address_is_published(repo):
    assert publishing_refusal(repo, "origin", REAL) is None


@pytest.mark.parametrize("name", ["data/states.yaml", "docs/en/about.md", "hooks/x.py", "overrides/main.html",
                                  "translations/en.yaml", "mkdocs.yml"])
def test_an_edited_source_of_the_site_is_refused(repo, name):
    (repo / name).write_text("changed\n", encoding="utf-8")
    assert publishing_refusal(repo, "origin", REAL) == uncommitted([name])


def test_a_new_file_is_refused_by_its_own_name_even_in_a_new_folder(repo):
    (repo / "data" / "meetings").mkdir()
    (repo / "data" / "meetings" / "2024-01-01-soc.yaml").write_text("body: soc\n", encoding="utf-8")
    (repo / "docs" / "kk.md").write_text("# Kk\n", encoding="utf-8")
    assert publishing_refusal(repo, "origin", REAL) == uncommitted(["data/meetings/2024-01-01-soc.yaml", "docs/kk.md"])


def test_changes_outside_the_sites_sources_do_not_count(repo):
    (repo / "README.md").write_text("changed\n", encoding="utf-8")
    (repo / "tests" / "test_y.py").write_text("new\n", encoding="utf-8")
    assert publishing_refusal(repo, "origin", REAL) is None


def test_a_long_list_of_changes_shows_its_first_twenty(repo):
    names = [f"data/new-{i:02}.yaml" for i in range(21)]
    for name in names:
        (repo / name).write_text("x: 1\n", encoding="utf-8")
    assert publishing_refusal(repo, "origin", REAL) == uncommitted(names[:20] + ["…"])
    (repo / names[-1]).unlink()
    assert publishing_refusal(repo, "origin", REAL) == uncommitted(names[:20])


@pytest.mark.parametrize("value, refused", [("1", False), ("0", True), ("yes", True), ("", True)])
def test_only_allow_dirty_1_overrides_the_commit_rule(repo, monkeypatch, value, refused):
    monkeypatch.setenv("CICA_ALLOW_DIRTY", value)
    (repo / "data" / "states.yaml").write_text("changed\n", encoding="utf-8")
    assert (publishing_refusal(repo, "origin", REAL) is not None) == refused


def test_a_folder_that_is_not_a_repository_is_refused_with_gits_reason(tmp_path):
    refusal = publishing_refusal(tmp_path, "origin", REAL)
    first, _, rest = refusal.partition("\n\n")
    assert first.startswith("Not published: cannot ask git whether the site's sources are committed (fatal: not a git "
                            "repository")
    assert first.endswith(").")
    assert rest.startswith("Not published: cannot check that the commit being published is on the git remote 'origin' "
                           "(fatal: not a git repository")
    assert rest.endswith("). Check the remote's name (git remote -v) and your connection.")


def test_without_git_publishing_is_refused_saying_so(repo, monkeypatch):
    monkeypatch.setenv("PATH", str(repo / "nowhere"))
    assert publishing_refusal(repo, "origin", REAL).startswith(
        "Not published: cannot ask git whether the site's sources are committed ([Errno 2] No such file or directory")


@pytest.mark.parametrize("address, placeholder", [
    ("https://example.org/cica-record/", True), ("https://EXAMPLE.com/", True), ("http://docs.example.net/x/", True),
    ("https://cica.example/", True), ("https://site.invalid/", True), ("https://record.test/", True),
    ("http://localhost:8000/", True), ("http://preview.localhost/", True), ("", True), ("not an address", True),
    ("https://records.cica-archive.kz/record/", False), ("https://notexample.org/", False),
    ("https://example.org.kz/", False), ("https://s-cica.org/record/", False),
])
def test_which_addresses_are_placeholders(address, placeholder):
    assert is_placeholder(address) == placeholder


@pytest.mark.parametrize("address, shown", [("https://example.org/cica-record/", "https://example.org/cica-record/"),
                                            ("", "not set")])
def test_a_placeholder_address_is_refused_naming_site_url(repo, address, shown):
    assert publishing_refusal(repo, "origin", address) == (
        f"Not published: the site's address is {shown}, a placeholder for local builds or another address that is "
        "not public (a name reserved for examples or tests, a loopback, private or documentation address); every "
        "canonical link and the sitemap would point there.\nSet the real address in the environment variable SITE_URL and publish again: "
        "SITE_URL=https://YOUR-DOMAIN/PATH/ make publish")


def not_on_remote(commit: str, push: str) -> str:
    return (f"Not published: the commit being published, {commit}, is not on the git remote 'origin', so nobody else "
            f"could find the published site's sources.\nPush it first ({push}) and publish again.")


@pytest.mark.parametrize("branch", ["main", "fix", "2024-release"])
def test_a_commit_not_pushed_is_refused_until_its_branch_is(repo, branch):
    """On main, or on a branch of its own that the remote does not have yet: pushing it is enough."""
    if branch != "main":
        git(repo, "checkout", "--quiet", "-b", branch)
    (repo / "data" / "states.yaml").write_text("changed\n", encoding="utf-8")
    git(repo, "commit", "--quiet", "-am", "not pushed")
    head = git(repo, "rev-parse", "--short", "HEAD").strip()
    assert publishing_refusal(repo, "origin", REAL) == not_on_remote(head, f"git push origin {branch}")
    git(repo, "push", "--quiet", "origin", branch)
    assert publishing_refusal(repo, "origin", REAL) is None


def test_a_detached_commit_is_told_to_be_pushed_to_a_branch(repo):
    (repo / "data" / "states.yaml").write_text("changed\n", encoding="utf-8")
    git(repo, "commit", "--quiet", "-am", "not pushed")
    git(repo, "checkout", "--quiet", "--detach")
    head = git(repo, "rev-parse", "--short", "HEAD").strip()
    assert publishing_refusal(repo, "origin", REAL) == not_on_remote(head, "git push origin HEAD:BRANCH")


def test_a_remote_that_does_not_exist_is_refused_with_gits_reason(repo):
    refusal = publishing_refusal(repo, "upstream", REAL)
    assert refusal.startswith("Not published: cannot check that the commit being published is on the git remote "
                              "'upstream' (fatal: 'upstream' does not appear to be a git repository)")


def test_every_refusal_at_once_in_one_message(repo):
    git(repo, "commit", "--quiet", "--allow-empty", "-m", "not pushed")
    (repo / "hooks" / "x.py").write_text("changed\n", encoding="utf-8")
    head = git(repo, "rev-parse", "--short", "HEAD").strip()
    placeholder = publishing_refusal(repo, "origin", "").split("\n\n")
    assert placeholder == [uncommitted(["hooks/x.py"]), placeholder[1], not_on_remote(head, "git push origin main")]
    assert placeholder[1].startswith("Not published: the site's address is not set")


def test_a_git_command_that_fails_without_a_word_is_named(repo):
    """`git diff --quiet` fails (exit 1) and says nothing when a file changed: the failure names the command."""
    from cica_record.publish.guard import GitFailed, _git

    (repo / "README.md").write_text("changed\n", encoding="utf-8")
    with pytest.raises(GitFailed, match=r"^git diff failed$"):
        _git(repo, "diff", "--quiet")
