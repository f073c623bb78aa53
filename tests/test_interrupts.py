"""Interrupts with worker processes: Ctrl-C (SIGINT to the process group or to the main process
alone) or SIGTERM stops the run with one line and exit 130, keeps every stored document, leaves no
worker behind; kill -9 takes the workers with it; the next run resumes. Waits below are guards
against a hang, never speed assertions."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow
TOTAL = 600  # enough for the run to be interrupted midway (documents are stored 32 at a time)


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("interrupts") / "articles.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for i in range(TOTAL):
            text = (f"Les dockers du Havre ont fait grève le {i % 28 + 1} mars 2023 contre la réforme n° {i}. "
                    f"À Marseille, 800 manifestants ont défilé. La police a arrêté {i % 50} personnes.")
            out.write(json.dumps({"id": f"a{i}", "text": text, "published": "2023-03-30"}) + "\n")
    return path


def _as_from_a_terminal() -> None:
    """A suite started in the background by a shell without job control inherits SIGINT ignored (POSIX),
    and Python then keeps it ignored: the run under test gets SIGINT as a terminal gives it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start(articles: Path, db: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "strikewatch", "ingest", str(articles), "--db", str(db),
                             "--workers", "2"], cwd=ROOT, env={**os.environ, "COLUMNS": "200"}, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                            preexec_fn=_as_from_a_terminal)


def _children(pid: int) -> list[int]:
    found = []
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/children") as fh:
            found.extend(int(c) for c in fh.read().split())
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def _running_with_workers(process: subprocess.Popen[str], db: Path) -> list[int]:
    """Wait (guard: 3 minutes) until the run has its two workers and has stored a first document."""
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and process.poll() is None:
        workers = _children(process.pid)
        if len(workers) >= 2 and _stored(db) > 0:
            return workers
        time.sleep(0.2)
    pytest.fail(f"the run did not get going: {process.communicate()}")


def _gone(pids: list[int], guard: float = 30) -> bool:
    deadline = time.monotonic() + guard
    while time.monotonic() < deadline:
        if not any(_alive(p) for p in pids):
            return True
        time.sleep(0.1)
    return False


@pytest.mark.parametrize("how", ["ctrl-c", "sigint to the main process", "sigterm"])
def test_an_interrupt_stops_cleanly_and_the_next_run_resumes(articles: Path, tmp_path: Path, how: str) -> None:
    db = tmp_path / "run.db"
    run = _start(articles, db)
    try:
        workers = _running_with_workers(run, db)
        if how == "ctrl-c":
            os.killpg(run.pid, signal.SIGINT)  # what the terminal does: every process of the group
        else:
            os.kill(run.pid, signal.SIGINT if how.startswith("sigint") else signal.SIGTERM)
        out, err = run.communicate(timeout=60)
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
    assert run.returncode == 130, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    stored = _stored(db)
    assert f"interrupted: {stored} document{'s' if stored > 1 else ''} stored" in err and 0 < stored < TOTAL
    assert _gone(workers)
    if how != "sigint to the main process":  # the case that deadlocked: resume it
        return
    again = subprocess.run([sys.executable, "-m", "strikewatch", "ingest", str(articles), "--db", str(db)],
                           cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0 and _stored(db) == TOTAL
    assert f"unchanged: {stored}" in again.stdout or stored == 0


def test_kill_9_takes_the_workers_with_it(articles: Path, tmp_path: Path) -> None:
    run = _start(articles, tmp_path / "run.db")
    try:
        workers = _running_with_workers(run, tmp_path / "run.db")
        os.kill(run.pid, signal.SIGKILL)
        run.communicate(timeout=60)
        assert _gone(workers)
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
