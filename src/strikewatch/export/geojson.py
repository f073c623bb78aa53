"""GeoJSON: a FeatureCollection with a point per event and every field as a property (an event
located nowhere has a null geometry, which GeoJSON allows)."""
from __future__ import annotations

import json
from typing import BinaryIO

from strikewatch.export.tabular import ExportRow


def write_geojson(rows: list[ExportRow], out: BinaryIO) -> None:
    features = []
    for row in rows:
        record = row.record()
        event = row.event
        geometry = ({"type": "Point", "coordinates": [event.longitude, event.latitude]}
                    if event.latitude is not None and event.longitude is not None else None)
        features.append({"type": "Feature", "id": event.event_id, "geometry": geometry, "properties": record})
    collection = {"type": "FeatureCollection", "features": features}
    out.write(json.dumps(collection, ensure_ascii=False).encode("utf-8"))
    out.write(b"\n")
