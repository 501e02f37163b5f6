"""Refuse to publish a site that nobody could trace back to a commit, or that names the wrong address.

`mkdocs gh-deploy` publishes the working tree as it is, to the `gh-pages` branch of
the git remote MkDocs is told (`remote_name`, `--remote-name`; `origin` unless
said otherwise). A published site must be a commit that anyone with the
repository can find again: so its sources must be committed, and the commit must
be on that remote (publishing refuses rather than pushing it: a publisher's
branch reaches the shared history only when they push it). It must also carry its
real address, set in the environment variable SITE_URL, not the placeholder
that local builds use. The data and strict-build checks need nothing here: a data
error or any warning already stops the build.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Optional
from urllib.parse import urlsplit

WATCHED = ("data", "docs", "hooks", "overrides", "translations", "mkdocs.yml")
OVERRIDE = "CICA_ALLOW_DIRTY"
ADDRESS_VARIABLE = "SITE_URL"
# Hosts reserved for examples and tests (RFC 2606, RFC 6761): a site there is a placeholder.
EXAMPLE_DOMAINS = ("example.org", "example.com", "example.net")
EXAMPLE_SUFFIXES = (".example", ".invalid", ".test", ".localhost")


class GitFailed(Exception):
    pass


def publishing_refusal(root: Path, remote: str, site_url: str) -> Optional[str]:
    """Every reason why publishing must not go ahead, or None."""
    reasons = [reason for reason in (_uncommitted(root), _placeholder_address(site_url), _not_on_remote(root, remote))
               if reason]
    return "\n\n".join(reasons) if reasons else None


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
        status = _git(root, "status", "--porcelain", "--untracked-files=all", "--", *WATCHED)
    except GitFailed as error:
        return f"Not published: cannot ask git whether the site's sources are committed ({error})."
    changed = [line[3:] for line in status.splitlines() if line.strip()]
    if not changed:
        return None
    listed = "\n".join(f"  {path}" for path in changed[:20]) + ("\n  …" if len(changed) > 20 else "")
    return (
        "Not published: these files have changes that are not committed, so the published site "
        f"could not be found again in the history:\n{listed}\n"
        "Commit them (git add … && git commit) and publish again. A maintainer who must publish "
        f"anyway can set {OVERRIDE}=1."
    )


def is_placeholder(site_url: str) -> bool:
    host = (urlsplit(site_url).hostname or "").lower()
    # With a leading dot, the reserved names themselves (localhost, test) end with their suffix too.
    return not host or f".{host}".endswith(EXAMPLE_SUFFIXES + tuple(f".{domain}" for domain in EXAMPLE_DOMAINS))


def _placeholder_address(site_url: str) -> Optional[str]:
    if not is_placeholder(site_url):
        return None
    return (
        f"Not published: the site's address is {site_url or 'not set'}, a placeholder for local builds; "
        "every canonical link and the sitemap would point there.\n"
        f"Set the real address in the environment variable {ADDRESS_VARIABLE} and publish again: "
        f"{ADDRESS_VARIABLE}=https://YOUR-DOMAIN/PATH/ make publish"
    )


def _not_on_remote(root: Path, remote: str) -> Optional[str]:
    try:
        _git(root, "fetch", "--quiet", remote)
        commit = _git(root, "rev-parse", "--short", "HEAD").strip()
        holders = _git(root, "for-each-ref", "--contains", "HEAD", "--format=%(refname)", f"refs/remotes/{remote}/")
        branch = _git(root, "rev-parse", "--abbrev-ref", "HEAD").strip()
    except GitFailed as error:
        return (f"Not published: cannot check that the commit being published is on the git remote '{remote}' "
                f"({error}). Check the remote's name (git remote -v) and your connection.")
    if holders.strip():
        return None
    push = f"git push {remote} {branch}" if branch != "HEAD" else f"git push {remote} HEAD:BRANCH"
    return (
        f"Not published: the commit being published, {commit}, is not on the git remote '{remote}', so nobody "
        "else could find the published site's sources.\n"
        f"Push it first ({push}) and publish again."
    )
