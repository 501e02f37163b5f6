"""How fast, and in how much memory, a build refuses hostile data files (issue "Hostile input").

    python benchmarks/hostile_input.py            # a table
    python benchmarks/hostile_input.py --json     # and one JSON object on the last line

Each case is the fixture record (tests/fixtures/mini) with one hostile file or value, built for real
with `mkdocs build --strict` in a fresh process: its wall time from start to exit, and the largest
resident set of the build process (`ru_maxrss` from wait4, in a small launcher process: a child
started straight from this one would count this one's memory as its own). "fixture as it is" is the whole build of the
fixture, for comparison; every other case must stop before anything is built. "read" is the time the
record takes to be read and checked (or refused), in this process: the rest of a refused build is
Python and MkDocs starting. Times are wall time on whatever machine runs it: indicative.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cica_record.devtools import project as devtools_project
from cica_record.devtools.hostile import alias_bomb
from cica_record.record.errors import DataErrors
from cica_record.record.loader import load_record

BENCHMARKS = Path(__file__).resolve().parent
ROOT = BENCHMARKS.parent
FIXTURE_DATA = ROOT / "tests" / "fixtures" / "mini"

MEETING = "meetings/2023-12-12-soc.yaml"
NEW_MEETING = "meetings/2024-01-10-soc.yaml"
PLACE = 'place: {en: "Astana <i'


def _replaced(old: str, new):
    """A change to the fixture's meeting: `new()` written in place of `old`."""
    def change(data: Path) -> None:
        path = data / MEETING
        path.write_text(path.read_text(encoding="utf-8").replace(old, new(), 1), encoding="utf-8")
    return change


def _new_meeting(content):
    """A new meeting file holding `content()`."""
    return lambda data: (data / NEW_MEETING).write_text(content(), encoding="utf-8")


def _big_meeting(megabytes: int) -> str:
    paragraph = "  - {type: account, wording: minutes, text: {en: '" + "word " * 200 + "'}}\n"
    return "body: soc\ndate: '2024-01-10'\nknown_from: minutes\nopening:\n" + paragraph * (
        megabytes * 1024 * 1024 // len(paragraph))


CASES = {
    "fixture as it is (a whole build)": lambda data: None,
    "alias bomb, 7 levels (414 bytes)": _new_meeting(lambda: alias_bomb(7)),
    "alias bomb, 9 levels (522 bytes)": _new_meeting(lambda: alias_bomb(9)),
    "a 50 MB meeting file": _new_meeting(lambda: _big_meeting(50)),
    "a 5 MB place.en": _replaced(PLACE, lambda: 'place: {en: "' + "A" * 5 * 1024 * 1024 + '", x: "<i'),
    "a 1.9 MB place.en (the file under 2 MB)": _replaced(PLACE, lambda: 'place: {en: "' + "A" * 1900 * 1024
                                                         + '", x: "<i'),
    "lists nested 100,000 deep": _replaced("format: hybrid\n", lambda: "format: hybrid\nhosts: " + "[" * 100_000
                                           + "]" * 100_000 + "\n"),
}


# Runs the command after the log file's name with its output in that file; prints its exit code and peak RSS (KB).
LAUNCHER = """import os, sys
log = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
pid = os.posix_spawn(sys.argv[2], sys.argv[2:], os.environ, file_actions=[
    (os.POSIX_SPAWN_DUP2, log, 1), (os.POSIX_SPAWN_DUP2, log, 2)])
_, status, usage = os.wait4(pid, 0)
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)
"""


def measure(name: str, change, tmp: Path) -> dict:
    data = tmp / "data"
    shutil.copytree(FIXTURE_DATA, data)
    change(data)
    project = devtools_project.make_project(ROOT, tmp / "project", data)
    started = time.perf_counter()
    try:
        load_record(project / "data", project)
    except DataErrors:
        pass
    read_seconds = time.perf_counter() - started
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    build = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp / "site")]
    start = time.perf_counter()
    launched = subprocess.run([sys.executable, "-c", LAUNCHER, str(tmp / "log"), *build], cwd=project, env=env,
                              capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - start
    exit_code, peak_kb = map(int, launched.stdout.split())
    output = (tmp / "log").read_text(encoding="utf-8")
    first_error = next((line for line in output.splitlines() if line.startswith("data/")), "")
    return {"case": name, "seconds": round(seconds, 2), "read_seconds": round(read_seconds, 3), "peak_rss_mb": round(peak_kb / 1024, 1),
            "refused": exit_code != 0, "traceback": "Traceback" in output,
            "message": first_error}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="also print the figures as one JSON object")
    args = parser.parse_args()
    print(f"{'case':<42} {'build':>8} {'read':>8} {'peak RSS':>10}")
    results = []
    for name, change in CASES.items():
        with tempfile.TemporaryDirectory(prefix="cica-hostile-") as tmp:
            results.append(measure(name, change, Path(tmp)))
        r = results[-1]
        print(f"{r['case']:<42} {r['seconds']:>6.2f} s {r['read_seconds']:>6.3f} s {r['peak_rss_mb']:>7.1f} MB  "
              f"{'refused' if r['refused'] else 'built'}{' (traceback!)' if r['traceback'] else ''}  {r['message'][:110]}",
              flush=True)
    if args.json:
        print(json.dumps({"cases": results}, ensure_ascii=False))


if __name__ == "__main__":
    main()
