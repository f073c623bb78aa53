"""Inputs of the Dask job cut into partitions, and the documents of one partition read back.

The client plans (it reads every input once, for the cut points and the checksums); a worker reads
only its own slice: a byte range of a JSONL or CSV file, row groups of a Parquet file, or a group of
txt/md/html/pdf files. The same inputs and partition size always give the same partitions, which is
what lets a restarted run recognise the partitions it already wrote."""
from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from strikewatch.errors import InputError, UsageError
from strikewatch.ingest import build_document, read_documents
from strikewatch.ingest.readers import EXTENSIONS, META_KEYS, STDIN, Record, expand_paths, read_jsonl
from strikewatch.model import Document

TABLE_EXTENSIONS = {".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}
TEXT_COLUMN = "text"
CHUNK = 1 << 20


@dataclass(frozen=True)
class Partition:
    """One unit of work. `start`/`stop` are byte offsets (jsonl, csv) or row-group indices (parquet);
    `checksum` is the sha256 of what the partition reads, so a changed input is never skipped."""

    number: int
    kind: str  # jsonl, csv, parquet or files
    paths: tuple[str, ...]
    start: int = 0
    stop: int = 0
    first_line: int = 1
    checksum: str = ""

    @property
    def name(self) -> str:
        return f"part-{self.number:05d}"

    def describe(self) -> dict[str, Any]:
        where: dict[str, Any] = {"paths": list(self.paths)} if self.kind == "files" else {"path": self.paths[0]}
        if self.kind in ("jsonl", "csv"):
            where.update(bytes=[self.start, self.stop], first_line=self.first_line)
        elif self.kind == "parquet":
            where.update(row_groups=[self.start, self.stop])
        return {"name": self.name, "kind": self.kind, **where, "input_sha256": self.checksum}


def expand_inputs(paths: list[str]) -> list[str]:
    """Files to read: like `ingest` (folders walked, globs expanded), plus CSV and Parquet tables."""
    found: list[str] = []
    for given in paths:
        if given == STDIN:
            raise UsageError("--scheduler cannot read standard input: give files, folders or globs")
        path = Path(given)
        if path.is_dir():
            known = set(EXTENSIONS) | set(TABLE_EXTENSIONS)
            found.extend(str(p) for p in sorted(path.rglob("*"))
                         if p.is_file() and p.suffix.lower() in known
                         and not any(part.startswith(".") for part in p.relative_to(path).parts))
        else:
            found.extend(expand_paths([given]))
    return list(dict.fromkeys(found))


def file_sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _kind(path: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in TABLE_EXTENSIONS:
        return TABLE_EXTENSIONS[suffix]
    return "jsonl" if EXTENSIONS.get(suffix) == "jsonl" else "files"


def _line_slices(path: str, size: int, kind: str) -> Iterator[tuple[int, int, int, str]]:
    """(start byte, stop byte, first line, sha256) of runs of `size` records. A CSV record may span
    lines inside quotes: a cut falls only where the count of quote characters so far is even."""
    with open(path, "rb") as fh:
        offset, line_number = 0, 0
        if kind == "csv":
            header = fh.readline()
            offset, line_number = len(header), 1
        start, first, records, quotes = offset, line_number + 1, 0, 0
        digest = hashlib.sha256()
        for line in fh:
            line_number += 1
            offset += len(line)
            digest.update(line)
            if kind == "csv":
                quotes += line.count(b'"')
            if line.strip() and quotes % 2 == 0:
                records += 1
            if records >= size and quotes % 2 == 0:
                yield start, offset, first, digest.hexdigest()
                start, first, records, quotes = offset, line_number + 1, 0, 0
                digest = hashlib.sha256()
        if offset > start:
            yield start, offset, first, digest.hexdigest()


def _row_group_slices(path: str, size: int) -> Iterator[tuple[int, int, str]]:
    import pyarrow.parquet as pq

    whole = file_sha256(path)
    metadata = pq.ParquetFile(path).metadata
    start, rows = 0, 0
    for group in range(metadata.num_row_groups):
        rows += metadata.row_group(group).num_rows
        if rows >= size or group == metadata.num_row_groups - 1:
            yield start, group + 1, hashlib.sha256(f"{whole}:{start}:{group + 1}".encode()).hexdigest()
            start, rows = group + 1, 0


def plan(files: list[str], size: int) -> list[Partition]:
    """The partitions of the inputs, in input order, of at most about `size` documents each."""
    parts: list[Partition] = []
    loose: list[str] = []

    def add(kind: str, paths: tuple[str, ...], start: int = 0, stop: int = 0, first: int = 1, digest: str = "") -> None:
        parts.append(Partition(len(parts), kind, paths, start, stop, first, digest))

    def flush_loose() -> None:
        for i in range(0, len(loose), size):
            group = tuple(loose[i:i + size])
            digest = hashlib.sha256("".join(f"{p}\0{file_sha256(p)}\n" for p in group).encode()).hexdigest()
            add("files", group, digest=digest)
        loose.clear()

    for path in files:
        kind = _kind(path)
        if kind == "files":
            loose.append(path)
            continue
        flush_loose()
        if kind == "parquet":
            for start, stop, digest in _row_group_slices(path, size):
                add(kind, (path,), start, stop, digest=digest)
        else:
            for start, stop, first, digest in _line_slices(path, size, kind):
                add(kind, (path,), start, stop, first, digest)
    flush_loose()
    return parts


def _record(path: str, number: int, row: dict[str, Any]) -> Record | InputError:
    where = f"{path}:{number}"
    text = row.get(TEXT_COLUMN)
    if not isinstance(text, str) or not text.strip():
        return InputError(where, f"missing or empty {TEXT_COLUMN!r} column")
    meta = {k: str(row[k]) for k in META_KEYS if row.get(k) not in (None, "")}
    return Record(text, where, path, meta)


def _jsonl_records(part: Partition) -> Iterator[Record | InputError]:
    path = part.paths[0]
    with open(path, "rb") as fh:
        fh.seek(part.start)
        data = fh.read(part.stop - part.start)
    for number, line in enumerate(data.splitlines(keepends=True), start=part.first_line):
        for item in read_jsonl(path, io.BytesIO(line)):  # the reader of `ingest`, one line at a time
            if isinstance(item, InputError):
                yield InputError(f"{path}:{number}", item.reason)
            else:
                item.location = f"{path}:{number}"
                yield item


def _csv_records(part: Partition) -> Iterator[Record | InputError]:
    path = part.paths[0]
    with open(path, "rb") as fh:
        header = fh.readline()
        fh.seek(part.start)
        data = fh.read(part.stop - part.start)
    text = (header + data).decode("utf-8-sig", errors="replace")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if TEXT_COLUMN not in (reader.fieldnames or []):
        yield InputError(path, f"no {TEXT_COLUMN!r} column (columns: {', '.join(reader.fieldnames or [])})")
        return
    previous = 1  # lines of the buffer read so far (the header): a row starts on the next one
    for row in reader:
        yield _record(path, part.first_line + previous - 1, row)
        previous = reader.line_num


def _parquet_records(part: Partition) -> Iterator[Record | InputError]:
    import pyarrow.parquet as pq

    path = part.paths[0]
    table = pq.ParquetFile(path)
    names = table.schema_arrow.names
    if TEXT_COLUMN not in names:
        yield InputError(path, f"no {TEXT_COLUMN!r} column (columns: {', '.join(names)})")
        return
    columns = [c for c in (TEXT_COLUMN, *META_KEYS) if c in names]
    first_row = sum(table.metadata.row_group(g).num_rows for g in range(part.start))
    rows = table.read_row_groups(list(range(part.start, part.stop)), columns=columns).to_pylist()
    for number, row in enumerate(rows, start=first_row + 1):
        yield _record(path, number, row)


def read_partition(part: Partition, languages: list[str] | None = None
                   ) -> Iterator[tuple[Document | InputError, list[str]]]:
    """(document or the error that refused it, warnings) for every record of the partition."""
    if part.kind == "files":
        for _, item, warnings in read_documents(list(part.paths), languages):
            yield item, warnings
        return
    reader = {"jsonl": _jsonl_records, "csv": _csv_records, "parquet": _parquet_records}[part.kind]
    for record in reader(part):
        if isinstance(record, InputError):
            yield record, []
            continue
        try:
            yield build_document(record, languages), record.warnings
        except InputError as exc:
            yield exc, record.warnings
