"""Refuse to publish a site that nobody could rebuild from a commit.

`mkdocs gh-deploy` publishes the working tree as it is; a site built from
uncommitted data could never be traced back. The data and strict-build checks
need nothing here: a data error or any warning already stops the build.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

WATCHED = ("data", "docs", "hooks", "overrides", "translations", "mkdocs.yml")
OVERRIDE = "CICA_ALLOW_DIRTY"


def publishing_refusal(root: Path) -> str | None:
    """Why publishing must not go ahead, or None."""
    if os.environ.get(OVERRIDE) == "1":
        return None
    try:
        status = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=all", "--", *WATCHED],
            cwd=root, capture_output=True, text=True, check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError) as error:
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
