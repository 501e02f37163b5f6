"""The search files of one language, written under its `search/` folder.

What a reader downloads must not grow with the record, so one lunr index is
cut into parts that are fetched only when needed:

- `manifest.json`: the analyzer's rules, the first term of every shard, the
  number of documents per result chunk and the number of symbol files.
- `t/N.json`: shard N, a lunr index (lunr.py's serialization, as lunr.js loads
  it) over the same documents restricted to one range of terms, with each
  document's vector restricted to those terms. The weights are those of the
  whole index, so a term scores the same whichever shard holds it; a query asks
  every shard its terms fall in and adds the scores. A term in more than
  MAX_POSTINGS documents keeps only those where it weighs most, so no shard
  grows with the record. Terms sharing their first
  two letters stay in one shard where the size allows, so a word and its
  prefixes are usually answered by one file.
- `d/N.json`: results' metadata (location, kind, title, snippet) for documents
  N*CHUNK to N*CHUNK+CHUNK-1, fetched only for the results shown.
- `s/N.json`: the symbol lookup (normalized symbol → symbol as written, its
  page and its document's number), in files of about SYMBOLS_PER_FILE symbols chosen by a hash of the
  symbol, so resolving one symbol reads one small file.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from lunr.builder import Builder

from cica_record.search import analysis
from cica_record.search.documents import SearchDoc

SHARD_BYTES = 64_000  # uncompressed; about a third of it gzipped
CHUNK = 16
SYMBOLS_PER_FILE = 64
MAX_POSTINGS = 1000  # documents a term keeps, those where it weighs most (see _kept_documents)
TITLE_BOOST = 10


def write_language(docs: list[SearchDoc], lang: str, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    index = build_index(docs, lang)
    shards = split_into_shards(index)
    for number, shard in enumerate(shards):
        _write(folder / "t" / f"{number}.json", shard)
    for start in range(0, len(docs), CHUNK):
        rows = [[d.location, d.kind, d.title, d.snippet] for d in docs[start:start + CHUNK]]
        _write(folder / "d" / f"{start // CHUNK}.json", rows)
    files = symbol_files(docs)
    for number, table in enumerate(files):
        _write(folder / "s" / f"{number}.json", table)
    _write(folder / "manifest.json", {
        "rules": analysis.manifest_rules(lang),
        "shards": [shard["invertedIndex"][0][0] for shard in shards],
        "chunk": CHUNK,
        "symbolFiles": len(files),
        "documents": len(docs),
    })


def ref(number: int) -> str:
    return format(number, "x")


def build_index(docs: list[SearchDoc], lang: str) -> dict:
    """The whole language's lunr index, serialized; terms come from our analyzer, not lunr's pipeline."""
    builder = Builder()
    builder.ref("ref")
    builder.field("title", boost=TITLE_BOOST)
    builder.field("text")
    for number, doc in enumerate(docs):
        builder.add({"ref": ref(number), "title": analysis.index_terms(doc.title, lang),
                     "text": analysis.index_terms(doc.text, lang)})
    return builder.build().serialize()


def split_into_shards(index: dict) -> list[dict]:
    kept = _kept_documents(index)
    entries = [_with_postings(entry, kept.get(entry[1]["_index"])) for entry in index["invertedIndex"]]
    groups = _shard_groups(entries)
    shard_of_term = {}
    for number, group in enumerate(groups):
        for position in group:
            shard_of_term[entries[position][1]["_index"]] = number
    vectors: list[dict[str, list]] = [{} for _ in groups]
    for field_ref, elements in index["fieldVectors"]:
        ref = field_ref.split("/", 1)[1]
        for i in range(0, len(elements), 2):
            if elements[i] in kept and ref not in kept[elements[i]]:
                continue
            shard = vectors[shard_of_term[elements[i]]]
            shard.setdefault(field_ref, []).extend(elements[i:i + 2])
    return [{"version": index["version"], "fields": index["fields"], "pipeline": [],
             "fieldVectors": list(vectors[number].items()),
             "invertedIndex": [entries[position] for position in group]}
            for number, group in enumerate(groups)]


def _kept_documents(index: dict) -> dict[int, set[str]]:
    """For each term in more than MAX_POSTINGS documents, the MAX_POSTINGS where it weighs most.

    A word in nearly every document ("soc", "2023") would otherwise make its shard grow
    with the record; for such a word alone the documents where it weighs most are the
    best results anyway, and in a query with other words those words decide.
    """
    frequent = {posting["_index"] for _, posting in index["invertedIndex"] if _document_count(posting) > MAX_POSTINGS}
    weights: dict[int, dict[str, float]] = {term: {} for term in frequent}
    for field_ref, elements in index["fieldVectors"]:
        ref = field_ref.split("/", 1)[1]
        for i in range(0, len(elements), 2):
            if elements[i] in frequent:
                by_ref = weights[elements[i]]
                by_ref[ref] = by_ref.get(ref, 0.0) + elements[i + 1]
    return {term: set(sorted(by_ref, key=lambda r: (-by_ref[r], int(r, 16)))[:MAX_POSTINGS])
            for term, by_ref in weights.items()}


def _document_count(posting: dict) -> int:
    return len({ref for field, docs in posting.items() if field != "_index" for ref in docs})


def _with_postings(entry: list, kept: set[str] | None) -> list:
    if kept is None:
        return entry
    term, posting = entry
    return [term, {field: (docs if field == "_index" else {r: m for r, m in docs.items() if r in kept})
                   for field, docs in posting.items()}]


def _shard_groups(entries: list) -> list[list[int]]:
    """Positions of the (sorted) terms of each shard: whole two-letter groups while they fit."""
    shards: list[list[int]] = [[]]
    size = 0
    position = 0
    while position < len(entries):
        end = position
        while end < len(entries) and entries[end][0][:2] == entries[position][0][:2]:
            end += 1
        group = list(range(position, end))
        group_size = sum(_term_bytes(entries[i]) for i in group)
        if shards[-1] and size + group_size > SHARD_BYTES:
            shards.append([])
            size = 0
        for i in group:  # a group larger than a shard is cut term by term
            if shards[-1] and size + _term_bytes(entries[i]) > SHARD_BYTES:
                shards.append([])
                size = 0
            shards[-1].append(i)
            size += _term_bytes(entries[i])
        position = end
    return [s for s in shards if s]


def _term_bytes(entry: list) -> int:
    """About what a term adds to a shard: its postings, and a (term number, weight) pair for each."""
    term, posting = entry
    refs = sum(len(docs) for field, docs in posting.items() if field != "_index")
    return len(json.dumps(entry, ensure_ascii=False)) + 12 * refs


def symbol_files(docs: list[SearchDoc]) -> list[dict[str, list[str]]]:
    symbols = {analysis.symbol_key(s): [s, d.location, ref(n)] for n, d in enumerate(docs) for s in d.symbols}
    count = max(1, math.ceil(len(symbols) / SYMBOLS_PER_FILE))
    files: list[dict[str, list[str]]] = [{} for _ in range(count)]
    for key in sorted(symbols):
        files[analysis.bucket(key, count)][key] = symbols[key]
    return files


def _write(path: Path, value: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
