"""The flat event record: `to_dict` is a copy its caller may change, and `from_dict` reads it back."""
from __future__ import annotations

from dataclasses import asdict

from strikewatch.model import Event


def _event() -> Event:
    event = Event(doc_id="d", type="strike", date_start="2024-03-05", date_end="2024-03-06", time_precision="range",
                  location="Lyon", admin1="FR-ARA", country="FR", latitude=45.75, longitude=4.85,
                  demands=["wages", "pensions"], participants=400, count_approx=True,
                  evidence="The bus drivers of Lyon stopped work for two days.", evidence_start=0, evidence_end=51,
                  confidence=0.9, language="en", notes="our own sentence")
    event.assign_id()
    return event


def test_to_dict_is_the_whole_record_and_a_copy() -> None:
    event = _event()
    data = event.to_dict()
    assert data == asdict(event) and list(data) == list(asdict(event))
    data["demands"].append("jobs")
    data["participants"] = 1
    assert event.demands == ["wages", "pensions"] and event.participants == 400


def test_from_dict_reads_a_record_back_and_ignores_unknown_keys() -> None:
    event = _event()
    assert Event.from_dict({**event.to_dict(), "source_count": 3, "sources": ["d"]}) == event
