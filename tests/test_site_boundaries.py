"""Bad identifiers and symbols never write outside the site, and never replace another page.

Each case builds a real site from fixture data with one bad value and proves that the
build refuses with a message naming the value, and that nothing was written anywhere
outside the site folder (the project's own bytecode caches aside).
"""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
from pathlib import Path

import pytest

from conftest import make_project, run_mkdocs
from cica_record.record.addresses import unsafe_address
from test_data_errors import broken_copy


MEETING = "meetings/2023-12-12-soc.yaml"
DOCUMENTS = "documents.yaml"
SYMBOL = "symbol: TST/2023-I/DEC/10"
ID = "id: test-guidelines"
# {escape} is replaced by a path that leads from any folder to the `outside` folder, through the filesystem's root.
CASES = [
    ("symbol climbing out with ..", MEETING, SYMBOL, "symbol: 'TST/{escape}'", "found 'TST/../"),
    ("symbol with a NUL", MEETING, SYMBOL, 'symbol: "TST/2023-I/DEC/1\\0"',
     r"holds U+0000, a control character, which a reader cannot see (found 'TST/2023-I/DEC/1\u0000')"),
    ("symbol with backslashes", MEETING, SYMBOL, r"symbol: 'TST\..\..\x'", r"found 'TST\..\..\x'"),
    ("symbol with a Windows drive", MEETING, SYMBOL, r"symbol: 'C:\Windows\x'", r"found 'C:\Windows\x'"),
    ("symbol with a percent-encoded ..", MEETING, SYMBOL, "symbol: 'TST/%2e%2e/%2e%2e/x'", "found 'TST/%2e%2e/"),
    ("symbol that is only ..", MEETING, SYMBOL, "symbol: '..'", "found '..'"),
    ("symbol starting with /", MEETING, SYMBOL, "symbol: '/tmp/x'", "found '/tmp/x'"),
    ("document id climbing out with ..", DOCUMENTS, ID, "id: '{escape}'", "found '../"),
    ("document id with a NUL", DOCUMENTS, ID, 'id: "guidelines\\0"',
     r"holds U+0000, a control character, which a reader cannot see (found 'guidelines\u0000')"),
    ("document id with a backslash", DOCUMENTS, ID, r"id: '..\x'", r"found '..\x'"),
    ("document id with a Windows drive", DOCUMENTS, ID, "id: 'C:'", "found 'C:'"),
    ("document id percent-encoded", DOCUMENTS, ID, "id: '%2e%2e'", "found '%2e%2e'"),
    ("meeting id climbing out", MEETING, "body: soc", "id: '{escape}'\nbody: soc", "id: this value is not"),
    ("meeting body climbing out", MEETING, "body: soc", "body: '{escape}'", "body: this value is not"),
    ("two symbols, one page", DOCUMENTS, "  - " + ID, "  - symbol: NoTST/1\n    kind: other\n  - " + ID,
     "'NoTST/1' and 'NºTST/1' (data/documents.yaml:2) would have the same page, documents/notst/1/"),
    ("a symbol and an id, one page", DOCUMENTS, "  - " + ID, "  - symbol: TEST(guidelines)\n    kind: other\n  - " + ID,
     "'test-guidelines' and 'TEST(guidelines)' (data/documents.yaml:11) would have the same page"),
]


def _files_outside(root: Path, site: Path) -> set[Path]:
    return {path for path in root.rglob("*")
            if site not in path.parents and path != site and "__pycache__" not in path.parts}


@pytest.fixture
def outside():
    """A folder outside the test's own, named so that turning a symbol into an address keeps its name."""
    folder = Path(tempfile.gettempdir()) / f"cica-escape-{os.getpid()}-{secrets.token_hex(4)}"
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.site
@pytest.mark.parametrize("case, file, old, new, message", CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_refused_and_writes_nothing_outside_the_site(tmp_path, outside, case, file, old, new, message):
    escape = "../" * 40 + outside.relative_to(outside.anchor).as_posix()
    project = make_project(tmp_path / "project", broken_copy(tmp_path / "copy", file, old,
                                                             new.replace("{escape}", escape)))
    site = tmp_path / "site"
    before = _files_outside(tmp_path, site)
    result = run_mkdocs(project, "build", "--strict", "-d", str(site), check=False)
    output = result.stdout + result.stderr
    assert not outside.exists()
    assert _files_outside(tmp_path, site) == before
    assert result.returncode != 0
    assert message in output
    assert "Nothing was built or published" in output and "Traceback" not in output


@pytest.mark.parametrize("path, unsafe", [
    ("documents/soc/2023-iii/inf/5/rev.1/", False), ("meetings/2023/soc-2023-12-12/", False),
    ("documents/../x/", True), ("documents/./x/", True), ("documents//x/", True), ("/tmp/x/", True),
    ("documents/a\\b/", True), ("documents/c:/x/", True), ("documents/%2e%2e/", True), ("documents/a\x00/", True),
])
@pytest.mark.unit
def test_an_address_that_could_leave_the_site_is_unsafe(path, unsafe):
    assert unsafe_address(path) is unsafe
