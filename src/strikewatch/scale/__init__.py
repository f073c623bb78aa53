"""The Dask job: `extract` on a cluster, partition by partition, resumable (issue #14).

The client cuts the inputs into partitions (`inputs.plan`), skips those a previous run already wrote
(`output.done_marker`), and submits the rest; each worker reads its partition, runs the very
pipeline of `extract` (`pipeline.analyse_documents`, models loaded once per worker process) and
writes the partition's files and then its marker (`output`). A document that cannot be read or
analysed goes to the errors file with its reason; a worker that dies is replaced by its nanny and
the scheduler runs its partition again; a partition that keeps killing workers is reported failed
and is tried again by the next run."""
from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from strikewatch import __version__
from strikewatch.errors import InputError, UsageError
from strikewatch.scale import output
from strikewatch.scale.inputs import Partition, expand_inputs, file_sha256, plan, read_partition

PARTITION_SIZE = 500  # documents per partition: a few minutes of one core, little to redo after a kill
LOCAL = "local"


@dataclass(frozen=True)
class Options:
    """What every partition needs to run as `extract` would (all of it goes into the job key)."""

    language: str | None = None  # the language of every input (extract --language)
    published: str | None = None  # the date of every input without one (extract --published)
    screen: bool = True
    triage: bool = True


@dataclass
class Progress:
    """What the display shows: partitions done of all, documents, errors, documents/s."""

    partitions: int
    skipped: int = 0
    done: int = 0
    failed: int = 0
    documents: int = 0
    events: int = 0
    errors: int = 0
    started: float = field(default_factory=time.perf_counter)

    @property
    def documents_per_second(self) -> float:
        elapsed = time.perf_counter() - self.started
        return self.documents / elapsed if elapsed > 0 else 0.0


@dataclass
class Summary:
    out_dir: Path
    progress: Progress
    failures: dict[str, str]
    removed: list[str]


def versions() -> dict[str, Any]:
    """What the results depend on besides the inputs: code, models and language data."""
    from strikewatch import lang

    models = {}
    for code in lang.available_languages():
        model = lang.load(code, "pipeline")["model"]
        try:
            models[code] = f"{model} {metadata.version(model)}"
        except metadata.PackageNotFoundError:
            models[code] = f"{model} (not installed)"
    digest = hashlib.sha256()
    for folder in (lang.LANG_DIR, Path(lang.LANG_DIR).parent / "places" / "data"):
        for path in sorted(p for p in Path(folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(f"{path.relative_to(folder)}\0".encode())
            digest.update(path.read_bytes())
    return {"strikewatch": __version__, "spacy": metadata.version("spacy"), "dask": metadata.version("dask"),
            "distributed": metadata.version("distributed"), "models": models, "language_data": digest.hexdigest()}


def job_key(options: Options, partition_size: int, found: dict[str, Any]) -> str:
    """A partition written under another key (other settings, models or data) is written again."""
    text = repr((sorted(vars(options).items()), partition_size, sorted(found.items())))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _analyse(docs: list[Any], options: Options) -> tuple[dict[int, list[Any]], list[tuple[Any, str]]]:
    """Events per document (by id()); a document whose analysis raises is set apart with the reason,
    after the batch is run again one document at a time (one bad text never costs the others)."""
    from strikewatch.pipeline import analyse_documents

    found: dict[int, list[Any]] = {}
    failed: list[tuple[Any, str]] = []
    try:
        for doc, events in analyse_documents(docs, screen=options.screen, triage=options.triage):
            found[id(doc)] = events
    except Exception:  # noqa: BLE001 - isolated below, document by document
        for doc in docs:
            if id(doc) in found:
                continue
            try:
                found[id(doc)] = next(analyse_documents([doc], screen=options.screen, triage=options.triage))[1]
            except Exception as exc:  # noqa: BLE001 - the reason goes to the errors file
                failed.append((doc, f"analysis failed: {type(exc).__name__}: {exc}"))
    return found, failed


def run_partition(part: Partition, out_dir: str, options: Options, key: str) -> dict[str, Any]:
    """On a worker: read, analyse and write one partition; returns its marker (written last)."""
    from strikewatch.export.tabular import ExportRow, write_jsonl, write_parquet

    started = time.perf_counter()
    root = Path(out_dir)
    docs: list[Any] = []
    errors: list[dict[str, str]] = []
    for item, warnings in read_partition(part, [options.language] if options.language else None):
        errors.extend({"location": w.split(": ", 1)[0], "reason": w, "level": "warning"} for w in warnings)
        if isinstance(item, InputError):
            errors.append({"location": item.location, "reason": item.reason, "level": "error"})
            continue
        if options.language:
            item.language = options.language
        if options.published and not item.published:
            item.published = options.published
        docs.append(item)
    from strikewatch.pipeline import can_analyse

    errors.extend({"location": doc.source_path or doc.id, "doc_id": doc.id, "level": "warning",
                   "reason": f"language {doc.language!r} has no extraction data; no events"}
                  for doc in docs if not can_analyse(doc.language))
    found, failed = _analyse(docs, options)
    for doc, reason in failed:
        errors.append({"location": doc.source_path or doc.id, "doc_id": doc.id, "reason": reason, "level": "error"})
    analysed = [doc for doc in docs if id(doc) in found]
    rows = [ExportRow(event, doc.title, doc.url, doc.published) for doc in analysed for event in found[id(doc)]]
    paths = output.partition_files(part.name)
    writers = {output.EVENTS: lambda fh: write_parquet(rows, fh), output.EVENTS_JSONL: lambda fh: write_jsonl(rows, fh),
               output.DOCUMENTS: output.lines_writer([doc.to_dict() for doc in analysed]),
               output.ERRORS: output.lines_writer(errors)}
    checksums = {paths[folder]: output.atomic_write(root / paths[folder], writers[folder]) for folder in output.FOLDERS}
    marker = {**part.describe(), "job_key": key, "documents": len(analysed), "events": len(rows),
              "errors": sum(e["level"] == "error" for e in errors), "seconds": round(time.perf_counter() - started, 2),
              "worker_pid": os.getpid(), "files": checksums}
    output.write_json(output.marker_path(root, part.name), marker)
    return marker


def warm_up() -> list[str]:
    """On a worker: load every language's models and data now (they are then kept for the worker's
    life), so that the first partitions do not pay for it; returns the languages loaded."""
    from strikewatch import extract
    from strikewatch.lang import available_languages

    for code in available_languages():
        extract("Workers went on strike in Lyon on Monday.", published="2024-01-02", language=code)
    return available_languages()


def parse_scheduler(value: str) -> tuple[str, int | None]:
    """("local", workers or None) or ("tcp://host:port", None)."""
    if value == LOCAL or value.startswith(LOCAL + ":"):
        count = value.partition(":")[2]
        if count and (not count.isdigit() or int(count) < 1):
            raise UsageError(f"--scheduler {value!r}: expected local or local:N with N a number of workers ≥ 1")
        return LOCAL, int(count) if count else None
    if value.startswith(("tcp://", "tls://")) and ":" in value.split("://", 1)[1]:
        return value, None
    raise UsageError(f"--scheduler {value!r}: expected local, local:N (N worker processes here) or the "
                     "address of a running Dask scheduler, e.g. tcp://127.0.0.1:8786")


@contextmanager
def connect(scheduler: str) -> Iterator[Any]:
    """A distributed Client: on a LocalCluster of N single-threaded worker processes (bound to the
    loopback interface; its HTTP status page on a free loopback port), or on the scheduler at the given address."""
    from distributed import Client, LocalCluster

    address, workers = parse_scheduler(scheduler)
    if address != LOCAL:
        try:
            client = Client(address, timeout="20s")
        except OSError as exc:
            raise UsageError(f"--scheduler {scheduler}: cannot reach the scheduler ({exc})") from None
        with client:
            yield client
        return
    count = workers or os.cpu_count() or 1
    with LocalCluster(n_workers=count, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address="127.0.0.1:0") as cluster, Client(cluster) as client:
        yield client


def _same_versions(client: Any) -> dict[str, Any]:
    """The client's versions, when every worker has the same (else results would mix them)."""
    found = versions()
    for worker, theirs in client.run(versions).items():
        if theirs != found:
            differ = ", ".join(k for k in found if theirs.get(k) != found[k])
            raise UsageError(f"worker {worker} has other versions than this client ({differ}): install the same "
                             "strikewatch, models and language data everywhere")
    return found


def run(inputs: Iterable[str], out_dir: Path, client: Any, options: Options = Options(),
        partition_size: int = PARTITION_SIZE, on_progress: Callable[[Progress], None] = lambda _: None) -> Summary:
    """Run the job on `client`; partitions already written for the same inputs and settings are skipped."""
    from distributed import as_completed

    if partition_size < 1:
        raise UsageError(f"--partition-size {partition_size}: expected a number of documents ≥ 1")
    out_dir = Path(os.path.abspath(out_dir))  # workers may run elsewhere, in another folder
    output.check_out_dir(out_dir)
    files = [os.path.abspath(f) for f in expand_inputs(list(inputs))]
    if not files:
        raise UsageError("no input files")
    found = _same_versions(client)
    key = job_key(options, partition_size, found)
    parts = plan(files, partition_size)
    removed = output.remove_leftovers(out_dir, {p.name for p in parts})
    manifest: dict[str, Any] = {
        "format": 1, "versions": found, "job_key": key,
        "settings": {**vars(options), "partition_size": partition_size},
        "inputs": [{"path": f, "bytes": os.path.getsize(f), "sha256": file_sha256(f)} for f in files],
        "partitions": [p.describe() for p in parts], "complete": False,
    }
    output.write_json(out_dir / output.MANIFEST, manifest)
    progress = Progress(partitions=len(parts))
    markers: dict[str, dict[str, Any]] = {}
    todo = []
    for part in parts:
        marker = output.done_marker(out_dir, part.name, part.checksum, key)
        if marker is None:
            todo.append(part)
        else:
            markers[part.name] = marker
            progress.skipped += 1
    progress.done = progress.skipped
    on_progress(progress)
    failures: dict[str, str] = {}
    futures = {client.submit(run_partition, part, str(out_dir), options, key, key=f"strikewatch-{key}-{part.name}",
                             pure=False, retries=1): part for part in todo}
    for future in as_completed(futures):
        part = futures[future]
        try:
            marker = future.result()
        except Exception as exc:  # noqa: BLE001 - reported, and the partition is tried again next run
            failures[part.name] = f"{type(exc).__name__}: {exc}"
            progress.failed += 1
        else:
            markers[part.name] = marker
            progress.done += 1
            progress.documents += marker["documents"]
            progress.events += marker["events"]
            progress.errors += marker["errors"]
        on_progress(progress)
    manifest["partitions"] = [{**p.describe(), **{k: v for k, v in markers.get(p.name, {}).items()
                                                  if k in ("documents", "events", "errors", "files")},
                               **({"failed": failures[p.name]} if p.name in failures else {})} for p in parts]
    manifest["totals"] = {k: sum(m[k] for m in markers.values()) for k in ("documents", "events", "errors")}
    manifest["complete"] = not failures and len(markers) == len(parts)
    output.write_json(out_dir / output.MANIFEST, manifest)
    return Summary(out_dir, progress, failures, removed)


def ingest_results(archive: Any, out_dir: Path) -> Iterator[tuple[str, str, int]]:
    """Store the documents of a results folder with their events in `archive`: (outcome, what,
    events stored) per document, outcome being added, updated or unchanged (the same content is
    already stored: its stored events stay), or ("skipped", "partition: why", 0) per partition that
    is unfinished or whose files no longer match their checksums."""
    for name, loaded in output.load_results(Path(out_dir)):
        if isinstance(loaded, str):
            yield "skipped", f"{name}: {loaded}", 0
            continue
        for doc, events in loaded:
            outcome, stored = archive.add_document(doc, events)
            yield outcome, doc.id, stored
