"""A symbol may not make an address that a system or the site keeps for itself: a Windows device name
(CON, NUL, COM1, … with any extension), a part that ends in a dot, or the name of a file the site writes
into a page's folder (index.html, index.json, feed.atom). Such symbols once crashed the build
(FileExistsError, IsADirectoryError) or gave a site that Windows cannot hold."""

from __future__ import annotations

import pytest

from conftest import make_project, run_mkdocs
from cica_record.record.addresses import reserved_segment
from cica_record.record.errors import DataErrors
from cica_record.record.loader import load_record
from test_data_errors import broken_copy

MEETING = "meetings/2023-12-12-soc.yaml"
SYMBOL = "symbol: TST/2023-I/DEC/10"
HINT = ("  hint: a part of an address may not be CON, PRN, AUX, NUL, COM1-COM9 or LPT1-LPT9 (with or without an "
        "extension), end in a dot, or be index.html, index.json or feed.atom; check the symbol as the document "
        "writes it")


@pytest.mark.parametrize("symbol, part", [
    ("TST/2023-I/index.html", "index.html"), ("TST/2023-I/INDEX.JSON", "index.json"), ("TST/feed.atom", "feed.atom"),
    ("CON", "con"), ("TST/NUL", "nul"), ("TST/com1.pdf", "com1.pdf"), ("LPT9/1", "lpt9"), ("AUX.x", "aux.x"),
    ("SOC/1.", "1."), ("TST/2023-I/DEC/1.", "1."),
])
@pytest.mark.unit
def test_a_symbol_that_makes_a_reserved_address_is_refused(tmp_path, symbol, part):
    with pytest.raises(DataErrors) as raised:
        load_record(broken_copy(tmp_path, MEETING, SYMBOL, f"symbol: '{symbol}'"), tmp_path)
    lines = raised.value.report().splitlines()
    path = "documents/" + symbol.lower() + "/"
    expected = (f"data/meetings/2023-12-12-soc.yaml:21: documents[2].symbol: '{symbol}' would have its page at an "
                f"address with '{part}' in it, a name that Windows or the site keeps for itself (found '{path}')")
    assert expected in lines and lines[lines.index(expected) + 1] == HINT


@pytest.mark.parametrize("path", ["documents/soc/2023-iii/inf/5/rev.1/", "documents/console/1/", "documents/com10/",
                                  "documents/index/", "documents/nosoc/45/", "documents/a.b/c/"])
@pytest.mark.unit
def test_ordinary_addresses_are_not_reserved(path):
    assert reserved_segment(path) is None


@pytest.mark.site
@pytest.mark.parametrize("symbol", ["TST/2023-I/DEC/10/index.html", "TST/2023-I/DEC/10/index.json"])
def test_the_build_refuses_it_without_a_traceback(tmp_path, symbol):
    project = make_project(tmp_path / "project", broken_copy(tmp_path, MEETING, SYMBOL,
                                                             f"symbol: '{symbol}'\n    kind: other\n  - {SYMBOL}"))
    result = run_mkdocs(project, "build", "--strict", "-d", str(tmp_path / "site"), check=False)
    output = result.stdout + result.stderr
    assert result.returncode != 0 and "Traceback" not in output
    assert f"'{symbol}' would have its page at an address with" in output
