"""strikewatch: articles about strikes, protests and repression → a dated, geocoded event dataset.

    >>> import strikewatch
    >>> events = strikewatch.extract("Dockers went on strike in Antwerp on Monday.", published="2023-03-08")
    >>> strikewatch.Archive("strikewatch.db").search("greve")
"""
from __future__ import annotations

__version__ = "0.1.0"

from strikewatch.archive import Archive  # noqa: E402
from strikewatch.model import Document, Event  # noqa: E402

__all__ = ["Archive", "Document", "Event", "__version__", "extract"]


def extract(text: str, published: str | None = None, language: str | None = None) -> list[Event]:
    """Events of one text, dated against `published` (ISO date) and located; the language is
    detected when not given. (The NLP stack is imported on first call, not with the package.)"""
    from strikewatch.pipeline import extract as run

    return run(text, published=published, language=language)
