"""While previewing (`mkdocs serve`), build only the pages whose inputs changed.

A publisher saves one meeting file and waits for its page; a build of every page
in three languages takes minutes at 4,000 pages a language, and nearly all of
them come out the same. `mkdocs build` and `mkdocs gh-deploy` never come here:
they build everything. Under `mkdocs serve` each page is checked twice:

1. Before rendering, a record page's *inputs* are compared with the last
   preview's: the code (hooks, templates, translations, docs pages, mkdocs.yml,
   package versions), the served address, every data file but the meetings'
   (reference data: names and facts any page may show), the names the
   autolinker links and where they lead, the page's own data file, and the
   content of every object within two steps of its entity — what it links to
   and what links to it, and what those name: the statements on a state's page
   and the meetings they were made at, the decisions on a body's page and
   their meetings. Unchanged: the page stays as it is, without rendering.
2. Pages that are rendered (inputs changed, index pages, the home page and the
   other Markdown pages) are compared on their *content*: the same content with
   the same code gives the same page, so it stays and only pages that really
   changed go through the theme and are written anew.

A template that shows something further from a page's entity must be
reflected in `_inputs` (tests/test_preview.py compares a preview after edits
with a fresh one). The last preview's pages and `pages.json`, each page's two
fingerprints, are kept in the serve build's own output folder, in
`.cica-preview/` (hard links to the pages, not copies); nothing is kept in the
process between rebuilds. MkDocs empties the output folder before each build
but spares names that start with a dot; under `mkdocs serve`, once a preview
exists, `keep_previewed_pages` makes it leave the folder as it is (removing
16,000 page folders and writing them again took most of a rebuild), and the
preview removes the pages of entities that are gone itself.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Callable, Iterable, Optional

from jinja2 import FileSystemBytecodeCache
from mkdocs.structure.files import File

from cica_record.record import model as m

STORE = ".cica-preview"
MANIFEST = "pages.json"
CODE_FOLDERS = ("hooks", "overrides", "translations", "docs")
PACKAGES = ("mkdocs", "mkdocs-material", "mkdocs-static-i18n", "Jinja2", "MarkupSafe", "Babel", "pymdown-extensions",
            "Markdown")
MEETINGS = "/meetings/"


def _digest(parts: Iterable[str]) -> str:
    hasher = hashlib.blake2b(digest_size=16)
    for part in parts:
        hasher.update(part.encode("utf-8", "surrogatepass"))
        hasher.update(b"\0")
    return hasher.hexdigest()


@dataclass
class Fingerprints:
    inputs: str = ""  # a generated page's inputs (1.); "" for the Markdown pages, always rendered
    content: str = ""  # what the page showed (2.)


def keep_previewed_pages(clean: Callable[[str], None]) -> Callable[[str], None]:
    """MkDocs' emptying of the output folder, skipped where a preview is kept (see above)."""
    def clean_unless_previewed(directory: str) -> None:
        if not (Path(directory) / STORE / MANIFEST).is_file():
            clean(directory)
    clean_unless_previewed.keeps_previews = True
    return clean_unless_previewed


class Preview:
    """One preview build's view of the last one, and what it builds anew."""

    def __init__(self, site_dir: Path, root: Path, record: Optional[m.Record], names: dict[str, m.Entity],
                 site_url: str):
        self.site_dir = site_dir
        self.record = record
        self.store = site_dir / STORE
        self.last = _read_manifest(self.store / MANIFEST)
        self.now: dict[str, Fingerprints] = {}
        self.written: list[str] = []  # pages this build renders through the theme
        self.inputs: dict[int, str] = {}  # by entity: the same in every language
        self.own: dict[int, str] = {}  # by object: its own fields
        self.data = {"data/" + path.relative_to(root / "data").as_posix(): _digest([path.read_text("utf-8")])
                     for path in sorted((root / "data").rglob("*.y*ml"))}
        reference = [f"{name}={digest}" for name, digest in self.data.items() if MEETINGS not in "/" + name]
        autolinked = [f"{name}>{entity.path}" for name, entity in sorted(names.items())]
        self.code = _digest([_code(root), site_url])
        self.common = _digest([self.code, "errors" if record is None else "", *reference, *autolinked])

    # --- 1. before rendering ----------------------------------------------------

    def unchanged_inputs(self, file: File, entity: Optional[m.Entity]) -> bool:
        """Whether a record page's inputs are those of the last preview: then it is left as it is."""
        key = file.dest_uri
        inputs = self.inputs.get(id(entity))
        if inputs is None:
            inputs = self.inputs[id(entity)] = self._inputs(entity) if entity is not None else self._everything()
        last = self.last.get(key)
        unchanged = last is not None and last.inputs == inputs
        self.now[key] = Fingerprints(inputs, last.content if unchanged else "")
        if unchanged and self._in_place(key, file):
            return True
        Path(file.abs_dest_path).unlink(missing_ok=True)  # written anew, never into the kept copy
        return False

    def _inputs(self, entity: m.Entity) -> str:
        parts = [self.common, entity.origin, self.data.get(entity.origin, ""), self._own(entity)]
        for near in _linked(entity):
            parts.append(self._own(near))
            further = _label_objects(near) if isinstance(near, m.Entity) else _linked(near)
            parts += [self._own(obj) for obj in further]
        return _digest(parts)

    def _everything(self) -> str:
        """The inputs of the index pages: every entity, with what names it in a list (a decision's
        meeting), but not their statements' words, say."""
        if self.record is None:
            return self.common
        parts = [self.common]
        for entity in self.record.entities():
            parts.append(self._own(entity))
            parts += [self._own(obj) for obj in _label_objects(entity)]
        return _digest(parts)

    def _own(self, obj: m.Linked) -> str:
        """A digest of an object's own fields; the objects it links to count by their identity."""
        found = self.own.get(id(obj))
        if found is None:
            parts = [type(obj).__name__]
            for name, value in vars(obj).items():
                parts += [name, _shown(value)]
            found = self.own[id(obj)] = _digest(parts)
        return found

    # --- 2. after rendering --------------------------------------------------

    def unchanged_content(self, file: File, lang: str, html: str, toc: str, head: str) -> bool:
        """Whether a rendered page shows what it showed last time (its content, table of contents, title
        and metadata): then it is not written again."""
        key = file.dest_uri
        content = _digest([self.code, lang, key, head, toc, html])
        entry = self.now.setdefault(key, Fingerprints())
        entry.content = content
        last = self.last.get(key)
        if last is not None and last.content == content and self._in_place(key, file):
            return True
        self.written.append(key)
        Path(file.abs_dest_path).unlink(missing_ok=True)
        return False

    # --- the kept pages ---------------------------------------------------------

    def _in_place(self, key: str, file: File) -> bool:
        """Make the page in the output folder the kept one; False if none is kept."""
        kept, target = self.store / key, Path(file.abs_dest_path)
        try:
            if target.exists() and os.path.samefile(kept, target):
                return True
            target.parent.mkdir(parents=True, exist_ok=True)
            target.unlink(missing_ok=True)
            _link_or_copy(kept, target)
        except FileNotFoundError:  # the last preview's copy is gone: build the page
            return False
        return True

    def save(self) -> None:
        """Keep what this build wrote for the next preview, and take down the pages of what is gone."""
        for key in self.written:
            built = self.site_dir / key
            if built.is_file():
                kept = self.store / key
                kept.parent.mkdir(parents=True, exist_ok=True)
                fresh = kept.with_name(kept.name + ".new")
                fresh.unlink(missing_ok=True)
                _link_or_copy(built, fresh)
                os.replace(fresh, kept)
            else:
                self.now.pop(key, None)
        for key in self.last.keys() - self.now.keys():
            (self.site_dir / key).unlink(missing_ok=True)  # its entity is gone (or the data has errors)
        manifest = {**{key: [value.inputs, value.content] for key, value in self.last.items()},
                    **{key: [value.inputs, value.content] for key, value in self.now.items() if value.content}}
        self.store.mkdir(parents=True, exist_ok=True)
        (self.store / MANIFEST).write_text(json.dumps(manifest, sort_keys=True), encoding="utf-8")


def compiled_templates(site_dir: Path) -> FileSystemBytecodeCache:
    """Templates compiled by one preview build, for the next (checked against their source)."""
    folder = site_dir / STORE / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    return FileSystemBytecodeCache(str(folder))


def _linked(obj: object) -> Iterable[m.Linked]:
    for value in vars(obj).values():
        if isinstance(value, m.Linked):
            yield value
        elif isinstance(value, (list, tuple)):
            yield from (item for item in value if isinstance(item, m.Linked))


def _label_objects(entity: m.Entity) -> Iterable[m.Linked]:
    """What a link to `entity` names besides the entity: a decision is labelled with its meeting."""
    if isinstance(entity, m.Decision) and entity.meeting is not None:
        yield entity.meeting


# Objects with an identity of their own: what links to them names them. Any other object of the
# record (a decision's outcome, a statement's speaker, a state's status, a role, an office, a
# contribution, an external source and its publisher) is part of what holds it, and counts with all
# its fields.
_IDENTIFIED = (m.Entity, m.Statement, m.Account, m.AgendaItem, m.Disagreement)


def _shown(value: object, within: frozenset[int] = frozenset()) -> str:
    """`value` as text for a digest; `within` are the objects being shown, which name themselves
    if met again (a chairmanship's disagreement names the chairmanship)."""
    if isinstance(value, _IDENTIFIED) or (isinstance(value, m.Linked) and id(value) in within):
        return repr(value)
    if isinstance(value, m.Linked):
        return type(value).__name__ + _shown(vars(value), within | {id(value)})
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(_shown(item, within) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(f"{key!r}:{_shown(item, within)}" for key, item in value.items()) + "}"
    return repr(value)


def _code(root: Path) -> str:
    parts = []
    for folder in CODE_FOLDERS:
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                parts += [path.relative_to(root).as_posix(), hashlib.blake2b(path.read_bytes()).hexdigest()]
    parts.append((root / "mkdocs.yml").read_text(encoding="utf-8"))
    for package in PACKAGES:
        try:
            parts.append(f"{package}=={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{package} missing")
    return _digest(parts)


def _read_manifest(path: Path) -> dict[str, Fingerprints]:
    try:
        return {key: Fingerprints(*value) for key, value in json.loads(path.read_text(encoding="utf-8")).items()}
    except (OSError, ValueError, TypeError):
        return {}


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except FileNotFoundError:
        raise
    except OSError:
        shutil.copyfile(source, target)
