"""Load the whole record from `data/`: read → check shapes → link.

`load_record(data_dir)` returns the linked `Record` or raises `DataErrors`
with every problem found in every file, so that a publisher fixes them all in
one go; `read_record` also gives the texts that lack a language, which are
valid (the build warns of them). Nothing is kept between calls.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from pathlib import Path
from typing import Optional

from cica_record.record.errors import DataError, DataErrors, relative
from cica_record.record.input_limits import data_file_error
from cica_record.record.links import link_record
from cica_record.record.model import Record
from cica_record.record.salvage import Waiting, salvage
from cica_record.record.schema.files import MEETINGS_FOLDER, REFERENCE_FILES, SCHEMAS
from cica_record.record.untranslated import Untranslated, untranslated
from cica_record.record.validation import ValidFile, meeting_name_errors, validate_file
from cica_record.record.yaml_source import read_yaml

def data_files(data_dir: Path) -> list[tuple[Path, str]]:
    """Every YAML file under data/, with the kind of file it must be ('' if none)."""
    found = []
    for path in sorted(data_dir.rglob("*")):
        if path.suffix not in (".yaml", ".yml") or not path.is_file():
            continue
        inside = path.relative_to(data_dir)
        if len(inside.parts) == 1 and path.stem in REFERENCE_FILES:
            found.append((path, path.stem))
        elif len(inside.parts) == 2 and inside.parts[0] == MEETINGS_FOLDER:
            found.append((path, "meeting"))
        else:
            found.append((path, ""))
    return found


def load_record(data_dir: Path, root: Path) -> Record:
    """The linked record; raises DataErrors listing every problem found."""
    return read_record(data_dir, root)[0]


def read_record(data_dir: Path, root: Path) -> tuple[Record, list[Untranslated]]:
    """The linked record and its texts that lack a language (valid, but the build warns of them);
    raises DataErrors listing every problem found."""
    with _collector_paused():
        return _load(data_dir, root)


@contextmanager
def _collector_paused():
    """No cyclic garbage collection while the record is made: it only adds objects, and the
    collector walking them again and again took up to half of the reading time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _load(data_dir: Path, root: Path) -> tuple[Record, list[Untranslated]]:
    errors: list[DataError] = []
    notices: list[Untranslated] = []
    files: dict[str, list[ValidFile]] = {}
    waiting = Waiting()  # what files set aside for their errors hold: references to it wait for the fix
    for path, kind in data_files(data_dir):
        name = relative(path, root)
        refused = data_file_error(path, data_dir, name)
        if refused is not None:
            errors.append(refused)
            waiting.add_unreadable(kind)
            continue
        if not kind:
            errors.append(DataError(
                file=name, line=1, path="", problem="this file is not a known kind of data file",
                hint=f"a meeting goes in data/{MEETINGS_FOLDER}/; reference data files are "
                     + ", ".join(f"data/{k}.yaml" for k in REFERENCE_FILES)))
            continue
        loaded, file_errors, file_notices = _load_file(path, name, kind, waiting)
        errors.extend(file_errors)
        notices.extend(file_notices)
        if loaded is not None:
            files.setdefault("meetings" if kind == "meeting" else kind, []).append(loaded)
    for kind in ("states", "bodies"):
        if kind not in files and not any(e.file == f"data/{kind}.yaml" for e in errors):
            errors.append(DataError(file=f"data/{kind}.yaml", line=0, path="",
                                    problem="this file is missing or unreadable"))
            waiting.add_unreadable(kind)
    # References are checked in every part that has its shape, so one run lists every error.
    record, link_errors = link_record(files, waiting)
    if errors or link_errors:
        raise DataErrors(errors + link_errors)
    return record, notices


def _load_file(path: Path, name: str, kind: str,
               waiting: Waiting) -> tuple[Optional[ValidFile], list[DataError], list[Untranslated]]:
    """One file read and checked: its shape, or what of it has a valid shape, its errors, and its texts
    that lack a language."""
    source, errors = read_yaml(path, name)
    if source is None:
        waiting.add_unreadable(kind)
        return None, errors, []
    notices = untranslated(source)
    shape, errors = validate_file(source, SCHEMAS[kind])
    written = source.data
    if shape is None:
        waiting.add_set_aside(kind, written)
        salvaged = salvage(source, SCHEMAS[kind]) if isinstance(written, dict) else None
        if salvaged is None:  # nothing of it stands: as for a file that cannot be read, references into it wait
            waiting.add_unreadable(kind)
            return None, errors, notices
        source, shape = salvaged
    if kind == "meeting" and shape.date == written.get("date"):  # not a stand-in for a date in error
        errors += meeting_name_errors(source, shape)
    return ValidFile(source, shape), errors, notices
