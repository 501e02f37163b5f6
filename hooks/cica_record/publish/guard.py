"""Refuse to publish a site that nobody could trace back to a commit, or that names the wrong address.

`mkdocs gh-deploy` publishes the working tree as it is, to the `gh-pages` branch of
the git remote MkDocs is told (`remote_name`, `--remote-name`; `origin` unless
said otherwise). A published site must be a commit that anyone with the
repository can find again: so its sources must be committed, and the commit must
be on that remote (publishing refuses rather than pushing it: a publisher's
branch reaches the shared history only when they push it). It must also carry its
real address, set in the environment variable SITE_URL, not the placeholder
that local builds use (nor any other address that is not public: site_address).
The data and strict-build checks need nothing here, as long as the build is
strict: a data error or any warning already stops it.

"Committed" is asked of git with nothing hidden: files git ignores (.gitignore,
.git/info/exclude) in the folders that make the site count, and so do files
git is told to look away from (`--skip-worktree`, `--assume-unchanged`). "On
the remote" is asked of the remote itself (`git ls-remote`), not of the local
`refs/remotes/`, which a hand-made ref or a branch deleted there can fool. And
the site goes to the remote branch that mkdocs.yml names (gh-pages unless it
says otherwise): `--remote-branch main --force` would replace the sources'
own branch with the built site.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Optional

import yaml

from cica_record.publish.site_address import is_public

WATCHED = ("data", "docs", "hooks", "overrides", "translations", "mkdocs.yml")
OVERRIDE = "CICA_ALLOW_DIRTY"
ADDRESS_VARIABLE = "SITE_URL"
BRANCH_VARIABLE = "CICA_PUBLISH_BRANCH"
DEFAULT_BRANCH = "gh-pages"  # MkDocs' own default for remote_branch


class GitFailed(Exception):
    pass


def publishing_refusal(root: Path, remote: str, site_url: str, strict: bool = True,
                       branch: str = DEFAULT_BRANCH) -> Optional[str]:
    """Every reason why publishing must not go ahead, or None. `strict` and `branch` are the build's
    (after the command line's --strict/--no-strict and --remote-branch)."""
    reasons = [reason for reason in (_not_strict(strict), _other_branch(root, remote, branch), _uncommitted(root),
                                     _placeholder_address(site_url), _not_on_remote(root, remote)) if reason]
    return "\n\n".join(reasons) if reasons else None


def _not_strict(strict: bool) -> Optional[str]:
    if strict:
        return None
    return ("Not published: the build is not strict (--no-strict, or strict: false in mkdocs.yml), so a broken link "
            "or a missing page would be published with only a warning.\n"
            "Publish with the strict build: make publish (mkdocs gh-deploy --strict).")


class _AnyTagLoader(yaml.SafeLoader):
    """Reads mkdocs.yml for one setting: its tags (!ENV, !!python/…) become nothing."""


_AnyTagLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def configured_branch(root: Path) -> str:
    """The remote branch mkdocs.yml publishes to."""
    try:
        settings = yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_AnyTagLoader)
    except OSError:  # no mkdocs.yml: MkDocs' default
        settings = None
    return (settings.get("remote_branch") if isinstance(settings, dict) else None) or DEFAULT_BRANCH


def _other_branch(root: Path, remote: str, branch: str) -> Optional[str]:
    configured = configured_branch(root)
    if branch == configured or os.environ.get(BRANCH_VARIABLE) == branch:
        return None
    return (f"Not published: the site would replace the branch '{branch}' of the git remote '{remote}', but "
            f"mkdocs.yml publishes to '{configured}' (a branch given with --remote-branch replaces that branch's "
            "content with the built site).\n"
            f"Publish without --remote-branch, or, to publish to '{branch}' on purpose, set {BRANCH_VARIABLE}={branch}.")


def _git(root: Path, *args: str) -> str:
    try:
        return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True).stdout
    except OSError as error:
        raise GitFailed(str(error)) from None
    except subprocess.CalledProcessError as error:
        # Git's first line says what failed ("fatal: 'x' does not appear to be a git repository");
        # the lines after it are general advice.
        said = (error.stderr or "").strip().splitlines()
        raise GitFailed(said[0] if said else f"git {args[0]} failed") from None


def _uncommitted(root: Path) -> Optional[str]:
    if os.environ.get(OVERRIDE) == "1":
        return None
    try:
        status = _git(root, "status", "--porcelain", "--untracked-files=all", "--ignored", "--", *WATCHED)
        flagged = _git(root, "ls-files", "-v", "--", *WATCHED)
    except GitFailed as error:
        return f"Not published: cannot ask git whether the site's sources are committed ({error})."
    changed = [line[3:] for line in status.splitlines() if line.strip() and not _python_cache(line)]
    # `ls-files -v` tags a file git looks away from with S (skip-worktree) or a small letter (assume-unchanged).
    hidden = [line[2:] for line in flagged.splitlines() if line[:1] == "S" or line[:1].islower()]
    reasons = []
    if changed:
        reasons.append(
            "Not published: these files have changes that are not committed, so the published site "
            f"could not be found again in the history:\n{_listed(changed)}\n"
            "Commit them (git add … && git commit) and publish again. A maintainer who must publish "
            f"anyway can set {OVERRIDE}=1.")
    if hidden:
        reasons.append(
            "Not published: git is told to look away from these files (skip-worktree or assume-unchanged), so a change "
            f"in them would be published unseen:\n{_listed(hidden)}\n"
            "Let git see them again (git update-index --no-skip-worktree --no-assume-unchanged FILE), commit any "
            f"change, and publish again. A maintainer who must publish anyway can set {OVERRIDE}=1.")
    return "\n\n".join(reasons) or None


def _python_cache(status_line: str) -> bool:
    """An ignored bytecode file that Python writes beside the hooks it runs: never part of the site."""
    path = status_line[3:]
    return status_line.startswith("!! ") and path.startswith("hooks/") and "/__pycache__/" in f"/{path}"


def _listed(paths: list[str]) -> str:
    return "\n".join(f"  {path}" for path in paths[:20]) + ("\n  …" if len(paths) > 20 else "")


def is_placeholder(site_url: str) -> bool:
    return not is_public(site_url)


def _placeholder_address(site_url: str) -> Optional[str]:
    if not is_placeholder(site_url):
        return None
    return (
        f"Not published: the site's address is {site_url or 'not set'}, a placeholder for local builds or another "
        "address that is not public (a name reserved for examples or tests, a loopback, private or documentation "
        "address); every canonical link and the sitemap would point there.\n"
        f"Set the real address in the environment variable {ADDRESS_VARIABLE} and publish again: "
        f"{ADDRESS_VARIABLE}=https://YOUR-DOMAIN/PATH/ make publish"
    )


def _not_on_remote(root: Path, remote: str) -> Optional[str]:
    try:
        _git(root, "fetch", "--quiet", remote)  # the remote's commits, to tell whether HEAD is among them
        tips = [line.split()[0] for line in _git(root, "ls-remote", "--heads", remote).splitlines()]
        commit = _git(root, "rev-parse", "--short", "HEAD").strip()
        # The commits of HEAD that no branch of the remote holds (a tip git does not have holds none of them).
        outside = _git(root, "rev-list", "--max-count=1", "--ignore-missing", "HEAD", "--not", *tips, "--")
        branch = _git(root, "rev-parse", "--abbrev-ref", "HEAD").strip()
    except GitFailed as error:
        return (f"Not published: cannot check that the commit being published is on the git remote '{remote}' "
                f"({error}). Check the remote's name (git remote -v) and your connection.")
    if not outside.strip():
        return None
    push = f"git push {remote} {branch}" if branch != "HEAD" else f"git push {remote} HEAD:BRANCH"
    return (
        f"Not published: the commit being published, {commit}, is not on the git remote '{remote}', so nobody "
        "else could find the published site's sources.\n"
        f"Push it first ({push}) and publish again."
    )
