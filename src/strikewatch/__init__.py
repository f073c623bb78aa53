"""strikewatch: articles about strikes, protests and repression → a dated, geocoded event dataset."""
from __future__ import annotations

__version__ = "0.1.0"

from strikewatch.archive import Archive  # noqa: E402
from strikewatch.model import Document, Event  # noqa: E402

__all__ = ["Archive", "Document", "Event", "__version__"]
