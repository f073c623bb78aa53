"""The one data model every stage reads and writes (see DESIGN.md: Document, Event)."""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any

EVENT_TYPES: tuple[str, ...] = (
    "strike", "protest", "riot", "repression", "arrest",
    "restriction", "deployment", "layoff", "concession", "solidarity",
)
TIME_PRECISIONS: tuple[str, ...] = ("day", "range", "month", "year", "unknown")
GEO_PRECISIONS: tuple[str, ...] = ("site", "city", "admin1", "country")
DEMANDS: tuple[str, ...] = (
    "wages", "pensions", "working_time", "jobs", "union_rights", "right_to_strike",
    "prices", "political_prisoners", "constitution", "democracy", "other",
)
COUNT_FIELDS: tuple[str, ...] = ("participants", "fatalities", "injured", "arrests", "dismissed")


def content_hash(text: str) -> str:
    """sha256 of the cleaned text: the document id when the caller gives none, and the re-ingest key."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Document:
    """A cleaned source text with its metadata; `text` is what evidence offsets point into."""

    id: str
    text: str
    raw_text: str = ""
    language: str = "und"
    published: str | None = None
    title: str | None = None
    author: str | None = None
    url: str | None = None
    source_path: str | None = None
    # Piecewise-linear map from offsets in `text` to offsets in `raw_text`: [[clean_start, raw_start], ...].
    offset_map: list[list[int]] = field(default_factory=list)
    # Where the document was read (`path` or `path:line`), for messages only: never stored or exported.
    location: str | None = field(default=None, compare=False, repr=False)

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    def raw_offset(self, clean_offset: int) -> int:
        """Where a character of the cleaned text stands in the raw text (for showing evidence in context)."""
        from strikewatch.ingest.clean import map_offset

        return map_offset(self.offset_map, clean_offset)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("location")
        return data

    @property
    def where(self) -> str:
        """`path[:line]` for messages: where it was read, else its source file, else its id."""
        return self.location or self.source_path or self.id


@dataclass
class Event:
    """One coded event: a flat record, one JSON object per line in events.jsonl."""

    doc_id: str
    type: str
    event_id: str = ""
    subtype: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    time_precision: str = "unknown"
    location: str | None = None
    admin1: str | None = None
    admin1_name: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    employer: str | None = None
    sector: str | None = None
    demands: list[str] = field(default_factory=list)
    participants: int | None = None
    fatalities: int | None = None
    injured: int | None = None
    arrests: int | None = None
    dismissed: int | None = None
    count_approx: bool = False
    evidence: str = ""
    evidence_start: int | None = None
    evidence_end: int | None = None
    confidence: float = 0.5
    language: str | None = None
    notes: str | None = None

    def __post_init__(self) -> None:
        if self.type not in EVENT_TYPES:
            raise ValueError(f"unknown event type {self.type!r}; expected one of {', '.join(EVENT_TYPES)}")
        if self.time_precision not in TIME_PRECISIONS:
            raise ValueError(f"unknown time precision {self.time_precision!r}; expected one of {', '.join(TIME_PRECISIONS)}")

    def assign_id(self) -> str:
        """Stable id: same document, type, place, dates and evidence give the same id on every run."""
        key = "|".join(str(v) for v in (self.doc_id, self.type, self.date_start, self.date_end,
                                         self.admin1 or self.country, self.location, self.evidence_start))
        self.event_id = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
        return self.event_id

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


EVENT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Event))
