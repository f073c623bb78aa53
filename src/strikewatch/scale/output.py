"""The results folder of the Dask job: partitioned files, one marker per finished partition, a manifest.

    DIR/events/part-00000.parquet    events, typed as `export --format parquet`
    DIR/events-jsonl/part-00000.jsonl   the same rows, one JSON object per line (apart: a folder of
                                     Parquet files is itself a dataset to pyarrow, Polars, Spark)
    DIR/documents/part-00000.jsonl   the cleaned documents (what `ingest-events` stores with the events)
    DIR/errors/part-00000.jsonl      records refused or failed, each with its reason
    DIR/_partitions/part-00000.json  written last: the partition's input checksum, file checksums, counts
    DIR/manifest.json                inputs, checksums, versions, settings and every partition

Every file is written beside its place and renamed into it, so a killed run leaves whole files or
none; a partition counts as done only when its marker names the same input checksum and job key
and every file still has the checksum the marker says."""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from strikewatch.errors import UsageError
from strikewatch.model import Document, Event

MANIFEST = "manifest.json"
MARKERS = "_partitions"
EVENTS, EVENTS_JSONL, DOCUMENTS, ERRORS = "events", "events-jsonl", "documents", "errors"
FOLDERS = (EVENTS, EVENTS_JSONL, DOCUMENTS, ERRORS)
TEMP_SUFFIX = ".partial"


def atomic_write(path: Path, write: Callable[[BinaryIO], object]) -> str:
    """Write through `write` into a temporary file beside `path`, then rename; returns the sha256."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        digest = sha256_of(Path(temp))
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return digest


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def write_json(path: Path, data: Any) -> str:
    return atomic_write(path, lambda fh: fh.write((json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode()))


def lines_writer(records: list[dict[str, Any]]) -> Callable[[BinaryIO], None]:
    """A writer of one JSON object per line, for `atomic_write`."""
    def write(fh: BinaryIO) -> None:
        for record in records:
            fh.write((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
    return write


def partition_files(name: str) -> dict[str, str]:
    """Folder -> the partition's file in it, relative to DIR."""
    return {folder: f"{folder}/{name}.{'parquet' if folder == EVENTS else 'jsonl'}" for folder in FOLDERS}


def marker_path(out_dir: Path, name: str) -> Path:
    return out_dir / MARKERS / f"{name}.json"


def read_marker(out_dir: Path, name: str) -> dict[str, Any] | None:
    try:
        return json.loads(marker_path(out_dir, name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def verified(out_dir: Path, marker: dict[str, Any]) -> bool:
    """Every file the marker names is there with the checksum it says."""
    for relative, digest in marker.get("files", {}).items():
        path = out_dir / relative
        if not path.is_file() or sha256_of(path) != digest:
            return False
    return True


def done_marker(out_dir: Path, name: str, input_checksum: str, job_key: str) -> dict[str, Any] | None:
    """The marker of a partition already written for these inputs and settings, or None."""
    marker = read_marker(out_dir, name)
    if (marker is None or marker.get("input_sha256") != input_checksum or marker.get("job_key") != job_key
            or not verified(out_dir, marker)):
        return None
    return marker


def remove_leftovers(out_dir: Path, keep: set[str]) -> list[str]:
    """Delete temporary files of a killed run and the partitions of an earlier, different plan (they
    would otherwise be read with the new ones by `DIR/events/*.parquet`); returns what was removed."""
    removed = []
    for folder in (*FOLDERS, MARKERS):
        for path in sorted((out_dir / folder).glob("*")) if (out_dir / folder).is_dir() else []:
            stem = path.name.split(".", 1)[0] if not path.name.startswith(".") else ""
            if path.name.endswith(TEMP_SUFFIX) or stem not in keep:
                path.unlink(missing_ok=True)
                removed.append(str(path.relative_to(out_dir)))
    return removed


def check_out_dir(out_dir: Path) -> None:
    """DIR must be new, empty, or a results folder of ours (never someone's folder of other files)."""
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"--out-dir {out_dir}: exists and is not a folder")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not ((out_dir / MANIFEST).exists() or (out_dir / MARKERS).is_dir()):
        raise UsageError(f"--out-dir {out_dir}: not empty and not a strikewatch results folder "
                         f"(no {MANIFEST}); choose a new or empty folder")


def read_manifest(out_dir: Path) -> dict[str, Any]:
    path = out_dir / MANIFEST
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{out_dir}: no {MANIFEST} (not the --out-dir of 'strikewatch extract --scheduler')") from None
    except ValueError as exc:
        raise UsageError(f"{path}: not valid JSON ({exc})") from None


def load_results(out_dir: Path) -> Iterator[tuple[str, list[tuple[Document, list[Event]]] | str]]:
    """Per partition of the manifest: (name, its documents with their events), or (name, why it
    cannot be loaded) when it is unfinished or its files no longer match their checksums."""
    manifest = read_manifest(out_dir)
    for entry in manifest.get("partitions", []):
        name = entry["name"]
        marker = read_marker(out_dir, name)
        if marker is None:
            yield name, "not finished (run the same extract command again to finish it)"
            continue
        if not verified(out_dir, marker):
            yield name, "its files do not match the checksums of its marker (changed or truncated)"
            continue
        events: dict[str, list[Event]] = {}
        files = partition_files(name)
        for line in (out_dir / files[EVENTS_JSONL]).read_text(encoding="utf-8").splitlines():
            event = Event.from_dict(json.loads(line))
            events.setdefault(event.doc_id, []).append(event)
        docs = [Document(**json.loads(line)) for line in
                (out_dir / files[DOCUMENTS]).read_text(encoding="utf-8").splitlines()]
        yield name, [(doc, events.get(doc.id, [])) for doc in docs]
