"""A web address in the data is an http(s) address, or one reproduced as a source writes it without its
scheme (cica.org/docs/…): never `javascript:`, `data:` or another scheme, which would become a link on
every page that cites the source and go unchanged into record.json and the Data Package."""

from __future__ import annotations

import pytest

from cica_record.record.errors import DataErrors
from cica_record.record.loader import load_record
from test_data_errors import broken_copy

pytestmark = pytest.mark.unit

SOURCE_URL = 'url: "https://example.org/source?a=1&b=<2>"'
LINK_URL = '{url: "https://example.org/g?x=1&y=\\"2\\""'
EXPECTED = ("(expected a web address starting with https:// or http:// (or, as a source writes it, with the site's "
            "name: cica.org/docs/x.pdf), without spaces, found '{}')")


@pytest.mark.parametrize("address", ["javascript:alert(document.domain)", "JavaScript:alert(1)",
                                     "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)",
                                     "ftp://example.org/x", "//example.org/x", "HTTPS://example.org/"])
@pytest.mark.parametrize("file, old, new, where", [
    ("sources.yaml", SOURCE_URL, "url: '{}'", "data/sources.yaml:11: sources[0].url"),
    ("documents.yaml", LINK_URL, "{{url: '{}'", "data/documents.yaml:15: documents[1].links[0].url"),
])
def test_an_address_with_another_scheme_is_refused(tmp_path, address, file, old, new, where):
    with pytest.raises(DataErrors) as raised:
        load_record(broken_copy(tmp_path, file, old, new.format(address)), tmp_path)
    shown = address if len(address) <= 60 else address[:57] + "…"
    assert f"{where}: this value is not in the expected form {EXPECTED.format(shown)}" in raised.value.report()


@pytest.mark.parametrize("address", ["https://example.org/a?b=c#d", "http://www.s-cica.org/page.php?page_id=9",
                                     "cica.org/docs/91433664665794306c55c4.pdf", "www.s-cica.org"])
def test_http_https_and_an_address_as_a_source_writes_it_are_accepted(tmp_path, address):
    load_record(broken_copy(tmp_path, "sources.yaml", SOURCE_URL, f"url: '{address}'"), tmp_path)
