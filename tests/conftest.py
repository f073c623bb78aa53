from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
DATA = TESTS / "data"
ROOT = TESTS.parent
# Third-party texts (dev set, corpora) never enter the project: they are read from ../shared
# beside the checkout (CI always has it), and the tests that need them skip without it.
SHARED = ROOT.parent / "shared"
DEVSET = SHARED / "devset"
CORPORA = SHARED / "corpora"
needs_shared = pytest.mark.skipif(not (DEVSET / "docs.jsonl").exists(),
                                  reason="needs ../shared (dev set and corpora) beside the checkout")
sys.path.insert(0, str(TESTS))


def shared_document(path: Path, doc_id: str) -> dict:
    """One record of a JSONL corpus in ../shared, or a skip when ../shared is absent."""
    if not path.exists():
        pytest.skip(f"needs {path} (../shared beside the checkout)")
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if f'"{doc_id}"' in line and (record := json.loads(line))["id"] == doc_id:
                return record
    raise LookupError(f"{doc_id} not in {path}")


@pytest.fixture
def d01_raw() -> str:
    """Document d01 of the dev set as published: a real, noisy union statement (breadcrumbs, LaTeX, OCR)."""
    return str(shared_document(DEVSET / "docs.jsonl", "d01")["text"])


@pytest.fixture
def archive(tmp_path: Path):
    from strikewatch.archive import Archive

    with Archive(tmp_path / "test.db") as opened:
        yield opened


@pytest.fixture(scope="session")
def served_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive of the bundled corpus plus a hostile document, made once for the web tests."""
    from strikewatch.archive import Archive
    from strikewatch.ingest import read_documents
    from strikewatch.pipeline import ingest

    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "hostile.txt"
    hostile.write_text("Script test\n\n<script>alert('x')</script> Les dockers ont fait grève lundi à Marseille.",
                       encoding="utf-8")
    db = folder / "web.db"
    files = sorted(str(p) for p in (ROOT / "examples" / "corpus").iterdir()) + [str(hostile)]
    docs = [item for _, item, _ in read_documents(files) if not isinstance(item, Exception)]
    with Archive(db) as archive:
        list(ingest(archive, docs))
    return db
