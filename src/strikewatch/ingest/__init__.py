"""Ingest stage: files → cleaned, dated, language-tagged `Document`s.

    readers (per format) → clean (with offset map) → header (date, author, title) → language
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from strikewatch.errors import InputError
from strikewatch.ingest.clean import clean_text
from strikewatch.ingest.header import find_author, find_published, find_title
from strikewatch.ingest.language import UNDETERMINED, detect_language
from strikewatch.ingest.readers import EXTENSIONS, STDIN, Record, expand_paths, read_path
from strikewatch.model import Document, content_hash

__all__ = ["EXTENSIONS", "STDIN", "build_document", "expand_paths", "publication_date", "read_documents"]


def publication_date(value: str | None) -> str | None:
    """Caller or page dates come as '2022-01-08', '2022-01-08T10:00:00Z', ...: keep the day; a
    month alone ('2022-01': a monthly bulletin, an archive page) is kept as a month."""
    if not value:
        return None
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", text):
        return text
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return None


def build_document(record: Record, languages: list[str] | None = None) -> Document:
    """Clean a record's text and fill what the caller did not give from the text itself."""
    text, offset_map = clean_text(record.text)
    if not text:
        raise InputError(record.location, "no text left after cleaning (only markup or page furniture)")
    meta = record.meta
    published = meta.get("published")
    if published and not publication_date(published):
        raise InputError(record.location, f"\"published\" is {published!r}; expected an ISO date like 2022-01-08 "
                         "or a month like 2022-01")
    language = meta.get("language") or detect_language(text, languages)
    return Document(
        id=meta.get("id") or content_hash(text),
        text=text,
        raw_text=record.text,
        language=language or UNDETERMINED,
        published=publication_date(published) or find_published(text),
        title=meta.get("title") or find_title(text),
        author=meta.get("author") or find_author(text),
        url=meta.get("url"),
        source_path=record.source_path,
        offset_map=offset_map,
    )


def read_documents(files: list[str], languages: list[str] | None = None
                   ) -> Iterator[tuple[str, Document | InputError, list[str]]]:
    """(file, document or the error that refused it, warnings) for every record of every file.

    Errors are yielded, not raised, so one bad file or line never stops the others: a reader or a
    library that fails in a way nobody foresaw refuses that one file (or record), never the run."""
    for path in files:
        try:
            for item in read_path(path):
                if isinstance(item, InputError):
                    yield path, item, []
                    continue
                try:
                    doc = build_document(item, languages)
                except InputError as exc:
                    yield path, exc, item.warnings
                except Exception as exc:  # noqa: BLE001 (the error boundary of one record)
                    yield path, InputError(item.location, unexpected(exc)), item.warnings
                else:
                    doc.location = item.location
                    yield path, doc, item.warnings
        except InputError as exc:
            yield path, exc, []
        except (MemoryError, RecursionError, Exception) as exc:  # noqa: BLE001 (one file's boundary)
            yield path, InputError("<stdin>" if path == STDIN else path, unexpected(exc)), []


def unexpected(exc: BaseException) -> str:
    """The reason given for a failure no rule foresaw: what broke, so that it can be reported."""
    return f"could not be processed ({type(exc).__name__}: {exc})"
