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
