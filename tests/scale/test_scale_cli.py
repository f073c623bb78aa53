"""The options of the Dask job on the command line (no cluster is started here)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def strikewatch(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200", "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "strikewatch", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)


def test_help_shows_the_job_with_an_example() -> None:
    extract = strikewatch("extract", "--help").stdout
    assert "--out-dir" in extract and "--scheduler" in extract and "--scheduler local:2" in extract
    assert "Example: strikewatch ingest-events" in strikewatch("ingest-events", "--help").stdout


def test_bad_combinations_are_usage_errors(tmp_path: Path) -> None:
    corpus = str(ROOT / "examples" / "corpus")
    for args, message in ((["--scheduler", "local:2"], "--scheduler needs --out-dir"),
                          (["--out-dir", str(tmp_path / "o"), "-o", "x.jsonl"], "--out-dir replaces -o"),
                          (["--out-dir", str(tmp_path / "o"), "--scheduler", "dask://x"], "expected local, local:N")):
        result = strikewatch("extract", corpus, *args)
        assert result.returncode == 2 and message in result.stderr, result.stderr


def test_ingest_events_wants_a_results_folder(tmp_path: Path) -> None:
    result = strikewatch("ingest-events", str(tmp_path), "--db", str(tmp_path / "sw.db"))
    assert result.returncode == 2 and "no manifest.json" in result.stderr
