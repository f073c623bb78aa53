"""Storing an uploaded file: run in a worker thread (parsing takes seconds), one upload at a time
(each may hold a parser's memory), and never replacing a stored document without being asked."""
from __future__ import annotations

import tempfile
import threading
from pathlib import Path

from strikewatch.archive import Archive
from strikewatch.errors import StrikewatchError, printable
from strikewatch.ingest import read_documents
from strikewatch.model import Document

_ONE_AT_A_TIME = threading.Lock()


def ingest_upload(db_path: str | Path, name: str, data: bytes, language: str | None,
                  replace: bool) -> tuple[list[str], list[str]]:
    """(ids of the documents stored or already there, errors) for one uploaded file. A document whose
    id is taken by other content is refused unless `replace`; one whose analysis fails is stored
    without events and named in the errors."""
    from strikewatch.pipeline import ingest

    with _ONE_AT_A_TIME, tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "upload" / name
        path.parent.mkdir()
        path.write_bytes(data)
        errors: list[str] = []
        docs: list[Document] = []
        for _, item, _ in read_documents([str(path)], [language] if language else None):
            if isinstance(item, StrikewatchError):
                errors.append(str(item).replace(printable(str(path)), name))
                continue
            item.source_path = name
            item.location = (item.location or name).replace(str(path), name)
            docs.append(item)
        with Archive(db_path) as db:
            fresh = []
            for doc in docs:
                stored = db.stored_hash(doc.id)
                if stored is not None and stored != doc.content_hash and not replace:
                    errors.append(f"{printable(doc.where)}: a different document is stored under id {doc.id!r}; "
                                  "tick \"replace\" to overwrite it")
                else:
                    fresh.append(doc)

            def failed(doc: Document, reason: str) -> None:
                errors.append(f"{printable(doc.where)}: {reason}; stored without events")

            stored_ids = [doc.id for doc, _, _ in ingest(db, fresh, on_error=failed)]
        return stored_ids, errors
