"""Read-only archives kept open from one request to the next: opening one (a connection, its pragmas,
the schema check, the schema parsed again by SQLite) cost more than the queries of a small page."""
from __future__ import annotations

import queue
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from strikewatch.archive import Archive


class ArchivePool:
    """Hands each request an open read-only archive of its own, and takes it back afterwards; at most
    as many stay open as requests ran at once (the server's worker threads)."""

    def __init__(self, path: str | Path, time_limit: float) -> None:
        self.path, self.time_limit = path, time_limit
        self._idle: queue.SimpleQueue[Archive] = queue.SimpleQueue()

    @contextmanager
    def __call__(self) -> Iterator[Archive]:
        try:
            archive = self._idle.get_nowait()
        except queue.Empty:
            archive = Archive(self.path, readonly=True, time_limit=self.time_limit)
        try:
            yield archive
        except BaseException:
            archive.close()  # whatever went wrong stays with this request: the next one gets a fresh connection
            raise
        self._idle.put(archive)

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return
