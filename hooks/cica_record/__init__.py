"""The public record of CICA, built by MkDocs from the YAML in data/: one package whose folders are
the flow of the data, each using only the folders before it.

    record/    read each file with its lines → check its shape → link every reference once into the
               typed model → views derived from the whole record
    site/      the pages the record has, their addresses, the reader's language, the renderer, autolinks
    search/    the one analysis of text into search terms, the search documents, the files a reader fetches
    export/    the open data: record.json and its schema, CSV tables, feeds, the calendar
    preview/   `mkdocs serve`: only the pages whose inputs changed are built again
    publish/   `mkdocs gh-deploy`: the guard that refuses to publish what nobody could trace back
    plugin.py  the MkDocs plugin `cica-record`, which wires MkDocs' events to the steps above

devtools/ is what the tests and the benchmarks share; nothing of the build imports it.
"""
