"""Every export format read back with the standard reader for it; filters; empty results."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from strikewatch.archive import Archive
from strikewatch.export import EXPORTERS, export
from strikewatch.export.acled import COLUMNS as ACLED_COLUMNS
from strikewatch.model import Document, Event


def _event(doc_id: str, event_type: str, day: str, country: str, **fields: object) -> Event:
    event = Event(doc_id=doc_id, type=event_type, date_start=day, date_end=day, time_precision="day",
                  country=country, evidence=f"{event_type} on {day}", evidence_start=0, evidence_end=10,
                  confidence=0.7, language="fr", **fields)
    event.assign_id()
    return event


@pytest.fixture
def filled(archive: Archive) -> Archive:
    kz = Document(id="kz", text="La grève générale a touché Atyrau le 3 janvier.", raw_text="x", language="fr",
                  published="2022-01-08", title="Kazakhstan", url="https://example.org/kz")
    cl = Document(id="cl", text="A curfew was declared in Santiago.", raw_text="x", language="en",
                  published="2019-10-19", title="Chile")
    archive.add_document(kz, [
        _event("kz", "strike", "2022-01-03", "KZ", admin1="KZ-23", admin1_name="Atyraū oblysy", location="Atyrau",
               latitude=47.1, longitude=51.9, geo_precision="city", demands=["wages", "pensions"], participants=2000,
               count_approx=True, actor1="oil workers", employer="Tengizchevroil"),
        _event("kz", "repression", "2022-01-05", "KZ", fatalities=12, geo_precision="country"),
    ])
    archive.add_document(cl, [_event("cl", "restriction", "2019-10-19", "CL", admin1="CL-RM", location="Santiago",
                                     latitude=-33.4, longitude=-70.6, geo_precision="city")])
    return archive


def _export(archive: Archive, fmt: str, **filters: object) -> bytes:
    buffer = io.BytesIO()
    export(archive, fmt, buffer, **filters)
    return buffer.getvalue()


def test_csv_round_trip(filled: Archive) -> None:
    rows = list(csv.DictReader(io.StringIO(_export(filled, "csv").decode("utf-8"))))
    assert [r["type"] for r in rows] == ["restriction", "strike", "repression"]
    strike = rows[1]
    assert (strike["demands"], strike["participants"], strike["doc_url"]) == ("wages;pensions", "2000", "https://example.org/kz")


def test_json_and_jsonl_round_trip(filled: Archive) -> None:
    as_json = json.loads(_export(filled, "json"))
    as_jsonl = [json.loads(line) for line in _export(filled, "jsonl").decode().splitlines()]
    assert as_json == as_jsonl
    assert as_json[1]["demands"] == ["wages", "pensions"] and as_json[2]["fatalities"] == 12


def test_parquet_has_proper_types(filled: Archive) -> None:
    import datetime

    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pq.read_table(io.BytesIO(_export(filled, "parquet")))
    assert table.schema.field("date_start").type == pa.date32()
    assert table.schema.field("fatalities").type == pa.int64()
    assert table.schema.field("demands").type == pa.list_(pa.string())
    rows = table.to_pylist()
    assert rows[1]["date_start"] == datetime.date(2022, 1, 3) and rows[1]["demands"] == ["wages", "pensions"]
    assert rows[0]["fatalities"] is None and rows[2]["fatalities"] == 12


def test_geojson_is_a_valid_feature_collection(filled: Archive) -> None:
    data = json.loads(_export(filled, "geojson"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 3
    for feature in data["features"]:
        assert feature["type"] == "Feature" and isinstance(feature["properties"], dict)
        geometry = feature["geometry"]
        if geometry is not None:
            lon, lat = geometry["coordinates"]
            assert geometry["type"] == "Point" and -180 <= lon <= 180 and -90 <= lat <= 90
    assert data["features"][2]["geometry"] is None  # located at country level without coordinates


def test_acled_columns_and_mapping(filled: Archive) -> None:
    rows = list(csv.DictReader(io.StringIO(_export(filled, "acled").decode("utf-8"))))
    assert tuple(rows[0].keys()) == ACLED_COLUMNS
    restriction, strike, repression = rows
    assert (strike["event_type"], strike["sub_event_type"], strike["tags"]) == \
        ("Protests", "Peaceful protest", "strike; crowd size=around 2000")
    assert strike["event_id_cnty"].startswith("KAZ") and strike["iso"] == "398" and strike["time_precision"] == "1"
    assert strike["actor1"] == "Protesters (Kazakhstan)" and "Tengizchevroil" in strike["assoc_actor_1"]
    assert (repression["sub_event_type"], repression["fatalities"], repression["inter1"]) == \
        ("Excessive force against protesters", "12", "1")
    assert (restriction["event_type"], restriction["geo_precision"]) == ("Strategic developments", "1")


@pytest.mark.parametrize(("filters", "types"), [
    ({"country": "KZ"}, ["strike", "repression"]),
    ({"types": ["strike"]}, ["strike"]),
    ({"since": "2022-01-04"}, ["repression"]),
    ({"until": "2020-01-01"}, ["restriction"]),
    ({"query": "Atyrau"}, ["strike", "repression"]),
])
def test_filters(filled: Archive, filters: dict[str, object], types: list[str]) -> None:
    assert [r["type"] for r in json.loads(_export(filled, "json", **filters))] == types


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
def test_empty_results_give_a_valid_empty_file(filled: Archive, fmt: str) -> None:
    data = _export(filled, fmt, country="FR")
    if fmt in ("csv", "acled"):
        assert len(list(csv.reader(io.StringIO(data.decode())))) == 1  # the header alone
    elif fmt == "json":
        assert json.loads(data) == []
    elif fmt == "jsonl":
        assert data == b""
    elif fmt == "geojson":
        assert json.loads(data) == {"type": "FeatureCollection", "features": []}
    else:
        import pyarrow.parquet as pq

        assert pq.read_table(io.BytesIO(data)).num_rows == 0


def test_export_command_writes_files_atomically(filled: Archive, tmp_path: Path) -> None:
    import subprocess
    import sys

    out = tmp_path / "sub" / "events.geojson"
    result = subprocess.run([sys.executable, "-m", "strikewatch", "export", "--format", "geojson", "-o", str(out),
                             "--db", str(filled.path), "--country", "KZ"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(out.read_text())["features"]) == 2 and "2 events written" in result.stderr
    assert not list(out.parent.glob("*.partial"))
    bad = subprocess.run([sys.executable, "-m", "strikewatch", "export", "--format", "xlsx", "--db", str(filled.path)],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "choose one of" in bad.stderr


@pytest.fixture
def told_twice(filled: Archive) -> Archive:
    """The Atyrau strike told again by a second (made-up) outlet with another count."""
    again = Document(id="kz2", text="Oil workers struck in Atyrau on 3 January.", raw_text="x", language="en",
                     published="2022-01-04", title="Atyrau strike", url="https://news.example.kz/atyrau")
    filled.add_document(again, [
        _event("kz2", "strike", "2022-01-03", "KZ", admin1="KZ-23", location="Atyrau", latitude=47.1, longitude=51.9,
               geo_precision="city", participants=1500, employer="Tengizchevroil")])
    return filled


def test_canonical_events_by_default_per_document_on_request(told_twice: Archive) -> None:
    merged = json.loads(_export(told_twice, "json"))
    assert [r["type"] for r in merged] == ["restriction", "strike", "repression"]
    strike = merged[1]
    assert (strike["source_count"], sorted(strike["sources"]), strike["participants"]) == (2, ["kz", "kz2"], 1500)
    assert "participants 1,500-2,000" in strike["notes"]
    assert len(json.loads(_export(told_twice, "json", per_document=True))) == 4
    rows = list(csv.DictReader(io.StringIO(_export(told_twice, "csv").decode("utf-8"))))
    assert rows[1]["sources"].count(";") == 1


def test_acled_source_lists_every_outlet_with_its_scale(told_twice: Archive) -> None:
    rows = list(csv.DictReader(io.StringIO(_export(told_twice, "acled").decode("utf-8"))))
    strike = rows[1]
    assert set(strike["source"].split("; ")) == {"example.org", "news.example.kz"}
    assert strike["source_scale"] == "National"
    assert rows[0]["source"] == "Chile" and rows[0]["source_scale"] == ""
