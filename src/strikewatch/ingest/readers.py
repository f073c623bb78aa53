"""One reader per input format. A reader turns bytes into `Record`s (text plus what the source says
about it) and refuses what it cannot read with an `InputError` naming the file (and line)."""
from __future__ import annotations

import glob
import io
import json
import os
import stat
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from strikewatch.errors import InputError, UsageError, printable
from strikewatch.ingest.encoding import bad_and_good, declared_charset, decode_text

MAX_BYTES = 20 * 1024 * 1024  # one document; a larger text is a dump to split, not an article
MAX_JSONL_LINE = MAX_BYTES
STDIN = "-"
EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".pdf": "pdf",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
}
META_KEYS = ("id", "published", "language", "url", "title", "author")


@dataclass
class Record:
    """Text as the source gives it, before cleaning, with the metadata the source states."""

    text: str
    location: str
    source_path: str | None
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def expand_paths(paths: list[str]) -> list[str]:
    """Files to read, in a stable order: folders are walked (hidden entries skipped), globs expanded."""
    found: list[str] = []
    for given in paths:
        if given == STDIN:
            found.append(STDIN)
            continue
        path = Path(given)
        if path.is_dir():
            found.extend(str(p) for p in sorted(path.rglob("*"))
                         if p.is_file() and p.suffix.lower() in EXTENSIONS
                         and not any(part.startswith(".") for part in p.relative_to(path).parts))
        elif path.exists():
            found.append(given)
        elif glob.has_magic(given):
            matches = sorted(m for m in glob.glob(given, recursive=True) if Path(m).is_file())
            if not matches:
                raise UsageError(f"{printable(given)}: no file matches this pattern")
            found.extend(matches)
        else:
            raise UsageError(f"{printable(given)}: no such file or directory")
    return found


def regular_file_size(path: str) -> int:
    """The size of a regular file; anything else is refused before it is opened: a FIFO would block
    the run (opening waits for a writer) and a device (/dev/zero, /dev/urandom) never ends."""
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        kind = ("a FIFO" if stat.S_ISFIFO(info.st_mode) else "a device" if stat.S_ISCHR(info.st_mode)
                or stat.S_ISBLK(info.st_mode) else "a socket" if stat.S_ISSOCK(info.st_mode) else "not a file")
        raise InputError(path, f"{kind}, not a regular file: refused")
    return info.st_size


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with a byte-order mark
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(head) * 0.05


def decode(data: bytes, location: str, declared: str | None = None) -> tuple[str, list[str]]:
    """Text of `data` and the warnings to give: UTF-8 when valid, mostly-UTF-8 with the bad bytes
    replaced, cp1252/Latin-1 for Western European text, else a guess (see `encoding`)."""
    if not data.strip():
        raise InputError(location, "empty file: nothing to ingest")
    if _looks_binary(data):
        raise InputError(location, "binary content, not text (supported: .txt .md .html .pdf .jsonl)")
    decoded = decode_text(data, declared)
    return decoded.text, [f"{printable(location)}: {decoded.note}"] if decoded.note else []


def _read_bytes(path: str) -> bytes:
    if path == STDIN:
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
    else:
        try:
            size = regular_file_size(path)
            if size > MAX_BYTES:
                raise InputError(path, f"file is {size / 1e6:.1f} MB; documents over "
                                       f"{MAX_BYTES / 1e6:.0f} MB are refused (split it into articles)")
            data = Path(path).read_bytes()
        except OSError as exc:
            raise InputError(path, f"cannot read: {exc.strerror}") from None
    if len(data) > MAX_BYTES:
        raise InputError(path, f"input is over {MAX_BYTES / 1e6:.0f} MB; split it into articles")
    return data


def read_text(path: str, data: bytes | None = None) -> Iterator[Record]:
    location = "<stdin>" if path == STDIN else path
    text, warnings = decode(_read_bytes(path) if data is None else data, location)
    yield Record(text, location, None if path == STDIN else path, {}, warnings)


def read_html(path: str) -> Iterator[Record]:
    import trafilatura  # imported here: it takes a moment and only HTML needs it
    from trafilatura.settings import Document as Extracted

    data = _read_bytes(path)
    html, warnings = decode(data, path, declared_charset(data))
    # a trafilatura Document (a dict only with as_dict=True), or None when it finds no article
    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            include_tables=True)
    text = (extracted.text or "") if isinstance(extracted, Extracted) else ""
    if not isinstance(extracted, Extracted) or not text.strip():
        raise InputError(path, "no article text found in this HTML page")
    meta = {"title": extracted.title, "author": extracted.author, "url": extracted.url,
            "published": extracted.date}
    yield Record(text, path, path, {k: v for k, v in meta.items() if v}, warnings)


def read_pdf(path: str) -> Iterator[Record]:
    """The text layer of a PDF. pypdf's own limits refuse decompression bombs (a stream that inflates
    past 75 MB); the text is cut off at MAX_BYTES characters so that many moderate pages cannot add up."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError, PyPdfError

    data = _read_bytes(path)
    pages: list[str] = []
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(path, "encrypted PDF: decrypt it first (e.g. qpdf --decrypt)")
        size = 0
        for page in reader.pages:
            pages.append(page.extract_text() or "")
            size += len(pages[-1])
            if size > MAX_BYTES:
                raise InputError(path, f"PDF text is over {MAX_BYTES / 1e6:.0f} million characters; "
                                       "split it into articles")
        meta: Mapping[str, Any] = reader.metadata or {}
    except LimitReachedError:
        raise InputError(path, "PDF stream inflates past pypdf's safety limit (a decompression bomb?)") from None
    except (DependencyError, FileNotDecryptedError) as exc:
        raise InputError(path, f"encrypted PDF that cannot be opened ({exc}): decrypt it first "
                               "(e.g. qpdf --decrypt)") from None
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError,
            OverflowError, ZeroDivisionError) as exc:
        raise InputError(path, f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if len(text.strip()) < 20:
        raise InputError(path, f"PDF has no text layer ({len(pages)} pages of images?): "
                               "run OCR first (e.g. ocrmypdf) and ingest its output")
    title = meta.get("/Title") if hasattr(meta, "get") else None
    yield Record(text, path, path, {"title": str(title)} if title else {})


def read_jsonl(path: str, stream: BinaryIO | None = None) -> Iterator[Record | InputError]:
    """One record per line `{id?, text, published?, language?, url?, title?, author?}`; a bad line
    is yielded as an `InputError` (the caller warns and goes on, or stops when strict)."""
    location = "<stdin>" if path == STDIN else path
    owned = stream is None
    try:
        if stream is None:
            regular_file_size(path)
        stream = stream or open(path, "rb")  # noqa: SIM115 (closed below)
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror}") from None
    try:
        # lines are read at most one limit at a time: a huge line never sits whole in memory
        for number, line in enumerate(iter(lambda: stream.readline(MAX_JSONL_LINE + 1), b""), start=1):
            where = f"{location}:{number}"
            if len(line) > MAX_JSONL_LINE:
                yield InputError(where, f"line is over {MAX_JSONL_LINE / 1e6:.0f} MB")
                while line and not line.endswith(b"\n"):
                    line = stream.readline(MAX_JSONL_LINE + 1)
                continue
            if not line.strip():
                continue
            line_warnings = []
            try:
                decoded = line.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                bad, good = bad_and_good(line)
                if good < bad:  # not UTF-8 at all: JSON Lines are UTF-8 by definition
                    yield InputError(where, f"not valid UTF-8 (bad byte at column {exc.start + 1})")
                    continue
                decoded = line.decode("utf-8-sig", errors="replace")
                line_warnings.append(f"{printable(where)}: mostly UTF-8: {bad} invalid byte sequence"
                                     f"{'s' if bad > 1 else ''} replaced by \ufffd (first at column {exc.start + 1})")
            try:
                obj = json.loads(decoded)
            except json.JSONDecodeError as exc:
                yield InputError(where, f"malformed JSON: {exc.msg} at column {exc.colno}")
                continue
            if not isinstance(obj, dict):
                yield InputError(where, "expected a JSON object with a \"text\" field")
                continue
            text = obj.get("text")
            if not isinstance(text, str) or not text.strip():
                yield InputError(where, "missing or empty \"text\" field")
                continue
            meta, warnings = _metadata(obj, where)
            yield Record(text, where, None if path == STDIN else path, meta, line_warnings + warnings)
    finally:
        if owned:
            stream.close()


def _metadata(obj: dict[str, Any], where: str) -> tuple[dict[str, str], list[str]]:
    """The metadata fields of a JSONL record that are strings (an integer id too); a field of another
    type is dropped with a warning rather than stored as its Python spelling ("['fr']", "{...}")."""
    meta: dict[str, str] = {}
    warnings = []
    for key in META_KEYS:
        value = obj.get(key)
        if value is None or value == "":
            continue
        if key == "id" and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if isinstance(value, str):
            meta[key] = value
        else:
            warnings.append(f"{printable(where)}: \"{key}\" is {type(value).__name__} {json.dumps(value)[:40]}; "
                            "expected a string (field ignored)")
    return meta, warnings


def read_path(path: str) -> Iterator[Record | InputError]:
    """Records of one file (or of standard input, sniffed as JSONL when it starts with `{`)."""
    if path == STDIN:
        data = _read_bytes(STDIN)
        if data.lstrip().startswith(b"{"):
            yield from read_jsonl(STDIN, io.BytesIO(data))
        else:
            yield from read_text(STDIN, data)
        return
    kind = EXTENSIONS.get(Path(path).suffix.lower(), "text")
    readers: dict[str, Callable[[str], Iterator[Record | InputError]]] = {
        "text": read_text, "html": read_html, "pdf": read_pdf, "jsonl": read_jsonl}
    yield from readers[kind](path)
