"""The size of the open data: each file (or group of files) with its bytes and rows, and the time to make them.

    python benchmarks/open_data_sizes.py                               # the shipped record (data/)
    python benchmarks/open_data_sizes.py --pages-per-language 4000     # a synthetic record of that size
    python benchmarks/open_data_sizes.py --pages-per-language 4000 --json

The files are made exactly as a build makes them (`open_data.open_data_files`, with the project's
translation tables and its placeholder site address), in memory: no site is built. A synthetic
record comes from `cica_record.devtools.synthetic` (benchmarks/synthetic_record.py; the "Scale" issue's generator, seed 1).
"Rows" are the rows of a CSV table (without its header), the entries of a feed, the events of a
calendar, the entities of a JSON file. Timings are wall time on whatever machine runs it: indicative.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from cica_record.devtools.synthetic.record import generate
from cica_record.export.open_data import open_data_files
from cica_record.record.loader import load_record
from cica_record.site.language import load_tables

ROOT = Path(__file__).resolve().parent.parent

SITE_URL = "https://example.org/cica-record/"


def rows_in(path: str, content: bytes) -> int:
    if path.endswith(".csv"):
        return content.count(b"\r\n") - 1
    if path.endswith(".atom"):
        return content.count(b"<entry>")
    if path.endswith(".ics"):
        return content.count(b"BEGIN:VEVENT")
    if path.endswith("record.json") or path.endswith("index.json"):
        document = json.loads(content)
        return sum(len(v) for v in document.values() if isinstance(v, list))
    return 0


def group_of(path: str) -> str:
    """Files measured one by one under data/ and for the whole record; the rest by kind."""
    if path.startswith("data/") or path in ("feed.atom", "calendar.ics"):
        return path
    if path.endswith("index.json"):
        return "PAGE/index.json (one per entity)"
    if path.endswith("/calendar.ics"):
        return "ru/, kk/ calendar.ics"
    if path.endswith("feed.atom") and path.count("/") == 1:
        return "ru/, kk/ feed.atom"
    return "[ru/|kk/]PAGE/feed.atom (states, priority areas, bodies)"


def measure(data_dir: Path) -> dict:
    started = time.perf_counter()
    record = load_record(data_dir, ROOT)
    loaded = time.perf_counter()
    files = open_data_files(record, load_tables(ROOT / "translations"), SITE_URL, data_dir.parent)
    made = time.perf_counter()
    groups: dict[str, dict] = defaultdict(lambda: {"files": 0, "bytes": 0, "rows": 0})
    for path, content in files.items():
        group = groups[group_of(path)]
        group["files"] += 1
        group["bytes"] += len(content)
        group["rows"] += rows_in(path, content)
    return {"pages_per_language": len(record.entities()) + 13, "entities": len(record.entities()),
            "load_seconds": round(loaded - started, 2), "open_data_seconds": round(made - loaded, 2),
            "total_bytes": sum(len(c) for c in files.values()), "files": dict(sorted(groups.items()))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages-per-language", type=int, help="measure a synthetic record of about this size")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.pages_per_language:
        with tempfile.TemporaryDirectory() as folder:
            data = Path(folder) / "data"
            generate(data, pages_per_language=args.pages_per_language, seed=args.seed)
            result = measure(data)
    else:
        result = measure(ROOT / "data")
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    print(f"{result['entities']} entities (about {result['pages_per_language']} pages a language); "
          f"loaded in {result['load_seconds']} s, open data made in {result['open_data_seconds']} s; "
          f"{result['total_bytes'] / 1e6:.1f} MB in all")
    print(f"{'file':58} {'files':>6} {'bytes':>12} {'rows':>8}")
    for name, group in result["files"].items():
        print(f"{name:58} {group['files']:>6} {group['bytes']:>12,} {group['rows']:>8}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
