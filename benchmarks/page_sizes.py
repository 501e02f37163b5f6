"""How heavy the reader's pages get: the largest HTML page of each kind, in each language.

    python benchmarks/page_sizes.py --pages-per-language 4000 [--seed 1] [--json]
    python benchmarks/page_sizes.py --site SITE_DIR [--json]

With `--pages-per-language`, a synthetic record of that size (benchmarks/synthetic_record.py)
is built for real (`mkdocs build --strict` of a copy of the project, in a temporary folder);
with `--site`, an already built site is measured. A page's kind is the first folder of its
address (states, meetings, …; `statements` for the pages of earlier years of an entity's
statements). Statements are shown whole on the pages of who made them, and an entity's page
is meant to stay under 1 MB (1,000,000 bytes) of HTML: earlier years move to pages of their
own (hooks/cica_record/record/periods.py). Exits with status 1 if any page is larger.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from cica_record.devtools.project import make_project, run_mkdocs
from cica_record.devtools.synthetic.record import generate

ROOT = Path(__file__).resolve().parent.parent

LIMIT = 1_000_000
LANGUAGES = ("en", "ru", "kk")


def kind_of(relative: Path) -> tuple[str, str]:
    """(language, kind) of a built page from its path in the site."""
    parts = relative.parts
    lang = parts[0] if parts[0] in LANGUAGES[1:] else "en"
    parts = parts[1:] if lang != "en" else parts
    kind = "statements" if "statements" in parts[1:-1] else (parts[0] if len(parts) > 1 else "home")
    return lang, kind


def measure(site: Path) -> dict:
    largest: dict[str, dict[str, tuple[int, str]]] = defaultdict(dict)
    count = 0
    for file in sorted(site.rglob("*.html")):
        relative = file.relative_to(site)
        lang, kind = kind_of(relative)
        size = file.stat().st_size
        count += 1
        if size > largest[kind].get(lang, (0, ""))[0]:
            largest[kind][lang] = (size, relative.as_posix())
    over = sorted({page for kinds in largest.values() for size, page in kinds.values() if size > LIMIT})
    return {"pages": count, "largest": {k: dict(v) for k, v in sorted(largest.items())}, "over_limit": over}


def build_synthetic(pages_per_language: int, seed: int, folder: Path) -> Path:
    generate(folder / "data", pages_per_language=pages_per_language, seed=seed)
    project = make_project(ROOT, folder / "project", folder / "data")
    run_mkdocs(project, "build", "--strict", "-d", str(folder / "site"))
    return folder / "site"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--pages-per-language", type=int)
    group.add_argument("--site", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site or build_synthetic(args.pages_per_language, args.seed, Path(tmp))
        result = measure(site)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{result['pages']} HTML pages; the largest of each kind (bytes):")
        for kind, by_lang in result["largest"].items():
            row = ", ".join(f"{lang} {size:,} ({page})" for lang, (size, page) in sorted(by_lang.items()))
            print(f"  {kind}: {row}")
        print("over 1 MB: " + (", ".join(result["over_limit"]) or "none"))
    return 1 if result["over_limit"] else 0


if __name__ == "__main__":
    sys.exit(main())
