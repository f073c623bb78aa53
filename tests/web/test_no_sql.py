"""The web layer reaches the database only through Archive: no SQL in src/strikewatch/web."""
from __future__ import annotations

import re
from pathlib import Path

WEB = Path(__file__).resolve().parents[2] / "src" / "strikewatch" / "web"


def test_the_web_layer_runs_no_sql_of_its_own() -> None:
    offenders = [f"{path.name}:{n}" for path in WEB.rglob("*.py")
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if re.search(r"\.execute\(|\bSELECT\b|\bINSERT\b|\bUPDATE\b .* SET\b", line)]
    assert offenders == []
