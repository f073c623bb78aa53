"""The one data model every stage reads and writes (see DESIGN.md: Document, Event)."""
from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Mapping
from dataclasses import MISSING, asdict, dataclass, field, fields
from pathlib import Path
from types import MappingProxyType
from typing import Any

from strikewatch.errors import RegistryError

TIME_PRECISIONS: tuple[str, ...] = ("day", "range", "month", "year", "unknown")
GEO_PRECISIONS: tuple[str, ...] = ("site", "city", "admin1", "country")
DEMANDS: tuple[str, ...] = (
    "wages", "pensions", "working_time", "jobs", "union_rights", "right_to_strike",
    "prices", "political_prisoners", "constitution", "democracy", "other",
)
COUNT_FIELDS: tuple[str, ...] = ("participants", "fatalities", "injured", "arrests", "dismissed")
# what a type may count in its sentence: one of the fields, or the police and troops sent (a deployment's
# participants)
FORCES = "forces"
COUNT_KINDS: tuple[str, ...] = (*COUNT_FIELDS, FORCES)
TYPES_FILE = Path(__file__).with_name("types.toml")
ACLED_ACTORS: tuple[str, ...] = ("protesters", "rioters", "police", "military", "employer", "government")
_COLOUR = re.compile(r"#[0-9a-f]{6}")
_CAMEO = re.compile(r"[0-9][0-9x]{1,3}")


@dataclass(frozen=True)
class AcledCoding:
    """How the ACLED export codes a type (DESIGN.md's mapping)."""

    disorder_type: str
    event_type: str
    sub_event_type: str
    actor: str  # who actor1 is: one of ACLED_ACTORS
    sub_event_type_met: str | None = None  # when force met it at the same place and day
    intervenes: bool = False  # force against protesters: it makes a protest "met"
    tag: str | None = None


@dataclass(frozen=True)
class EventType:
    """Everything a layer needs to know about one event type (types.toml says what each field means)."""

    name: str
    meaning: str
    coarse_class: str
    colour: str
    counts: tuple[str, ...]
    demands: bool
    movement: bool
    labour: bool
    acled: AcledCoding
    cameo: str | None = None
    at_employer: bool = True
    made_by_announcing: bool = False
    sector_in_sentence: bool = False
    dated_at_publication: bool = False
    in_force_until_publication: bool = False
    casualties_to: str | None = None
    purpose_of: str | None = None
    absorbs: str | None = None
    told_with: tuple[str, ...] = ()


def _fields_of(cls: type, table: dict[str, Any], where: str, checked_by_caller: tuple[str, ...] = ()
               ) -> dict[str, Any]:
    """The table's values for the dataclass `cls` (its string and boolean fields), checked: no unknown
    key, every required key, each of its type; an error names the file, the key and what was expected."""
    known = {f.name: f for f in fields(cls) if f.name not in ("name", *checked_by_caller)}
    unknown = sorted(set(table) - set(known) - set(checked_by_caller))
    if unknown:
        raise RegistryError(f"{where}: unknown keys {unknown}; expected some of {', '.join(known)}")
    out: dict[str, Any] = {}
    for name, spec in known.items():
        if name not in table:
            if spec.default is MISSING:
                raise RegistryError(f"{where}.{name}: missing; {cls.__name__} needs it")
            continue
        value, wanted = table[name], str(spec.type)
        if wanted.startswith("str") and not (isinstance(value, str) and value):
            raise RegistryError(f"{where}.{name}: expected a non-empty string, got {value!r}")
        if wanted == "bool" and not isinstance(value, bool):
            raise RegistryError(f"{where}.{name}: expected true or false, got {value!r}")
        out[name] = value
    return out


def load_types(path: Path = TYPES_FILE) -> Mapping[str, EventType]:
    """The type registry, validated: a malformed file is refused naming the file, the type and the key."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RegistryError(f"{path}: cannot read the event types: {exc}") from None
    if not data:
        raise RegistryError(f"{path}: no event types")
    registry: dict[str, EventType] = {}
    for name, table in data.items():
        where = f"{path.name}: [{name}]"
        if not re.fullmatch(r"[a-z][a-z_]*", name) or not isinstance(table, dict):
            raise RegistryError(f"{where}: expected a table named in lower-case letters")
        values = _fields_of(EventType, table, where, checked_by_caller=("counts", "acled", "told_with"))
        counts = table.get("counts")
        if not isinstance(counts, list) or not set(counts) <= set(COUNT_KINDS) or len(set(counts)) < len(counts):
            raise RegistryError(f"{where}.counts: expected a list of distinct names among "
                                f"{', '.join(COUNT_KINDS)}, got {counts!r}")
        if not _COLOUR.fullmatch(values["colour"]):
            raise RegistryError(f"{where}.colour: expected #rrggbb in lower case, got {values['colour']!r}")
        if "cameo" in values and not _CAMEO.fullmatch(values["cameo"]):
            raise RegistryError(f"{where}.cameo: expected 2 to 4 digits (x for any), got {values['cameo']!r}")
        acled = table.get("acled")
        if not isinstance(acled, dict):
            raise RegistryError(f"{where}.acled: missing; expected a table (disorder_type, event_type, …)")
        coding = _fields_of(AcledCoding, acled, f"{where}.acled")
        if coding["actor"] not in ACLED_ACTORS:
            raise RegistryError(f"{where}.acled.actor: unknown {coding['actor']!r}; "
                                f"expected one of {', '.join(ACLED_ACTORS)}")
        told_with = table.get("told_with", [])
        if not isinstance(told_with, list) or not all(isinstance(t, str) for t in told_with):
            raise RegistryError(f"{where}.told_with: expected a list of type names, got {told_with!r}")
        registry[name] = EventType(name=name, counts=tuple(counts), acled=AcledCoding(**coding),
                                   told_with=tuple(told_with), **values)
    for name, kind in registry.items():
        for key in ("casualties_to", "purpose_of", "absorbs"):
            other = getattr(kind, key)
            if other is not None and other not in registry:
                raise RegistryError(f"{path.name}: [{name}].{key}: unknown type {other!r}")
        for other in kind.told_with:
            if other not in registry:
                raise RegistryError(f"{path.name}: [{name}].told_with: unknown type {other!r}")
    return MappingProxyType(registry)


TYPES: Mapping[str, EventType] = load_types()
EVENT_TYPES: tuple[str, ...] = tuple(TYPES)


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
    published: str | None = None  # an ISO day ("2022-01-08") or, for a page dated by month only, "2022-01"
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
        """The flat record; field by field rather than `asdict`, whose deep copy of every value made up
        half the time of a page of events (only `demands` is mutable, and it is copied)."""
        data = {name: getattr(self, name) for name in EVENT_FIELDS}
        data["demands"] = list(self.demands)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        """The event of a record; keys that are not fields (a canonical record's sources) are left out."""
        return cls(**{name: data[name] for name in EVENT_FIELDS if name in data})


EVENT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Event))
