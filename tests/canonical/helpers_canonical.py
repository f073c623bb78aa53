"""Reports made up for the merge tests (our own wording; no third-party text)."""
from __future__ import annotations

from strikewatch.model import Event

PLACES = {
    "Lyon": ("FR-ARA", 45.75, 4.85), "Villeurbanne": ("FR-ARA", 45.77, 4.88), "Marseille": ("FR-PAC", 43.30, 5.37),
    "Nantes": ("FR-PDL", 47.22, -1.55),
}


def report(doc: str, type_: str = "strike", start: str | None = "2024-03-05", end: str | None = None,
           place: str | None = "Lyon", **fields: object) -> Event:
    """One per-document event: a town of PLACES, or country level (place=None)."""
    admin1, lat, lon = PLACES[place] if place else (None, 46.6, 2.4)
    event = Event(doc_id=doc, type=type_, date_start=start, date_end=end or start,
                  time_precision="day" if (end or start) == start else "range", location=place, admin1=admin1,
                  country="FR", latitude=lat, longitude=lon, geo_precision="city" if place else "country",
                  evidence=f"{doc}: a {type_} in {place or 'France'}.", evidence_start=0, evidence_end=10,
                  confidence=0.8, language="en")
    for name, value in fields.items():
        setattr(event, name, value)
    event.assign_id()
    return event
