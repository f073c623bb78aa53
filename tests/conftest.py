from __future__ import annotations

import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
DATA = TESTS / "data"
ROOT = TESTS.parent
sys.path.insert(0, str(TESTS))


@pytest.fixture
def d01_raw() -> str:
    """Document d01 of the dev set as published: a noisy union statement (breadcrumbs, LaTeX, OCR)."""
    return (DATA / "d01_kazakhstan.md").read_text(encoding="utf-8")


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
