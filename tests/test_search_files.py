"""The search files of one language, made in this process: the index cut into shards that stay small."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.unit


# --- the shards stay small --------------------------------------------------------------------------


def test_a_word_in_every_document_keeps_only_the_documents_where_it_weighs_most(monkeypatch):
    from cica_record.search import files as search_files
    from lunr.index import Index
    from cica_record.search.documents import SearchDoc
    monkeypatch.setattr(search_files, "MAX_POSTINGS", 5)
    monkeypatch.setattr(search_files, "SHARD_BYTES", 400)
    # "common" in all 20 documents; the shorter the text, the more it weighs.
    docs = [SearchDoc(location=f"d{n}/", kind="Page", title=f"rare{n}", text="common " + "filler " * n, snippet="")
            for n in range(20)]
    shards = search_files.split_into_shards(search_files.build_index(docs, "en"))
    assert len(shards) > 2
    holding = [s for s in shards if any(term == "common" for term, _ in s["invertedIndex"])]
    assert len(holding) == 1
    assert sorted(int(h["ref"], 16) for h in ask(Index.load(holding[0]), "common")) == [0, 1, 2, 3, 4]
    terms = [term for s in shards for term, _ in s["invertedIndex"]]
    assert terms == sorted(terms) and len(terms) == len(set(terms))
    for shard in shards:  # each shard is a lunr index that loads and answers alone
        assert ask(Index.load(shard), shard["invertedIndex"][0][0])


def ask(index, term: str) -> list[dict]:
    query = index.create_query()
    query.term(term, use_pipeline=False)
    return index.query(query)
