"""The event type registry (src/strikewatch/types.toml): every layer sees the same types with the
same facts, and a malformed registry is refused naming the file, the type and the key. Fast: no spaCy."""
from __future__ import annotations

import csv
import io
import tomllib
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from strikewatch import lang
from strikewatch.archive import Archive
from strikewatch.errors import RegistryError
from strikewatch.evaluate import ACLED_CLASS, compatible
from strikewatch.export.acled import write_acled
from strikewatch.export.tabular import ExportRow
from strikewatch.extraction import _counts_for
from strikewatch.extraction.attach import Count, count_field
from strikewatch.model import COUNT_KINDS, EVENT_TYPES, TYPES, TYPES_FILE, Event, load_types
from strikewatch.web import TYPE_COLOURS, create_app


def test_the_model_vocabulary_is_the_registry_in_file_order() -> None:
    assert EVENT_TYPES == tuple(TYPES) == tuple(tomllib.loads(TYPES_FILE.read_text(encoding="utf-8")))
    assert all(kind.name == name for name, kind in TYPES.items())


def _acled_rows(events: list[Event]) -> list[dict[str, str]]:
    out = io.BytesIO()
    write_acled([ExportRow(event) for event in events], out)
    return list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8"))))


@pytest.mark.parametrize("name", EVENT_TYPES)
def test_the_acled_export_codes_every_type_as_the_registry_says(name: str) -> None:
    coding = TYPES[name].acled
    [row] = _acled_rows([Event(doc_id="d", type=name, date_start="2022-01-04", country="KZ", evidence="x")])
    assert (row["disorder_type"], row["event_type"], row["sub_event_type"]) == \
        (coding.disorder_type, coding.event_type, coding.sub_event_type)
    actor1 = {"protesters": "Protesters (Kazakhstan)", "rioters": "Rioters (Kazakhstan)",
              "police": "Police Forces of Kazakhstan", "military": "Military Forces of Kazakhstan",
              "employer": "Employer", "government": "Government of Kazakhstan"}[coding.actor]
    assert row["actor1"] == actor1
    assert (coding.tag in row["tags"].split("; ")) if coding.tag else not row["tags"].startswith(name)
    assert ("crowd size=no report" in row["tags"]) == ("participants" in TYPES[name].counts)


@pytest.mark.parametrize("name", EVENT_TYPES)
def test_force_met_changes_the_sub_event_type_only_where_the_registry_says(name: str) -> None:
    force = next(t for t, kind in TYPES.items() if kind.acled.intervenes)
    rows = _acled_rows([Event(doc_id="d", type=name, date_start="2022-01-04", country="KZ", evidence="x"),
                        Event(doc_id="d", type=force, date_start="2022-01-04", country="KZ", evidence="y")])
    coding = TYPES[name].acled
    assert rows[0]["sub_event_type"] == (coding.sub_event_type_met or coding.sub_event_type)


def test_the_evaluation_classes_are_the_registry_classes() -> None:
    assert ACLED_CLASS == {name: kind.coarse_class for name, kind in TYPES.items()}
    for a in EVENT_TYPES:
        for b in EVENT_TYPES:
            same_class = TYPES[a].coarse_class == TYPES[b].coarse_class
            assert compatible({"type": a}, {"type": b}, coarse=True, located=False, dated=False) == same_class


@pytest.mark.parametrize("name", EVENT_TYPES)
def test_the_extractor_gives_a_type_the_counts_the_registry_says(name: str) -> None:
    counts = [Count(kind, value=10, approx=False, token=0) for kind in COUNT_KINDS]
    assert set(_counts_for(name, counts)) == {count_field(kind) for kind in TYPES[name].counts}


def test_every_count_belongs_to_some_type() -> None:
    assert {kind for t in TYPES.values() for kind in t.counts} == set(COUNT_KINDS)


@pytest.mark.parametrize("language", lang.available_languages())
def test_every_language_has_triggers_for_exactly_the_registry_types(language: str) -> None:
    events = lang.load(language, "events")
    assert set(events) - {"not_triggers"} == set(EVENT_TYPES)


def test_the_web_colours_every_type_from_the_registry(tmp_path: Path) -> None:
    assert TYPE_COLOURS == {name: kind.colour for name, kind in TYPES.items()}
    with Archive(tmp_path / "web.db"):
        pass
    client = TestClient(create_app(tmp_path / "web.db"), base_url="http://127.0.0.1:8000")
    css = client.get("/types.css").text
    for name, kind in TYPES.items():
        assert f".type-{name} {{ background: {kind.colour}; }}" in css
    assert client.get("/api/timeline").json()["colours"] == TYPE_COLOURS
    legend = client.get("/map").text
    assert all(f'<span class="tag type-{name}">{name}</span>' in legend for name in EVENT_TYPES)


GOOD = """[strike]
meaning = "work stoppage"
coarse_class = "protests"
colour = "#d62728"
counts = ["participants"]
demands = true
movement = true
labour = true
acled = { disorder_type = "Demonstrations", event_type = "Protests", sub_event_type = "Peaceful protest", actor = "protesters" }
"""


def _load(tmp_path: Path, text: str):  # noqa: ANN202
    path = tmp_path / "types.toml"
    path.write_text(text, encoding="utf-8")
    return load_types(path)


def test_a_small_registry_loads_with_its_defaults(tmp_path: Path) -> None:
    strike = _load(tmp_path, GOOD)["strike"]
    assert (strike.counts, strike.at_employer, strike.cameo, strike.acled.intervenes) == (("participants",), True,
                                                                                       None, False)


@pytest.mark.parametrize(("change", "message"), [
    (("colour = \"#d62728\"\n", ""), r"types\.toml: \[strike\]\.colour: missing"),
    (("colour = \"#d62728\"", "colour = \"red\""), r"types\.toml: \[strike\]\.colour: expected #rrggbb"),
    (("demands = true", "demands = \"yes\""), r"\[strike\]\.demands: expected true or false"),
    (("demands = true", "demands = true\ncolor = \"#000000\""), r"\[strike\]: unknown keys \['color'\]"),
    (("counts = [\"participants\"]", "counts = [\"people\"]"), r"\[strike\]\.counts: expected a list of distinct"),
    (("actor = \"protesters\"", "actor = \"crowd\""), r"\[strike\]\.acled\.actor: unknown 'crowd'"),
    ((", actor = \"protesters\"", ""), r"\[strike\]\.acled\.actor: missing"),
    (("[strike]", "[Strike]"), r"\[Strike\]: expected a table named in lower-case letters"),
    (("meaning = \"work stoppage\"", "meaning = \"work stoppage\"\ncameo = \"14a\""), r"\[strike\]\.cameo: expected"),
    (("[strike]", "[strike"), r"types\.toml: cannot read the event types"),
    (("demands = true", "demands = true\ncasualties_to = \"police\""), r"\[strike\]\.casualties_to: unknown type"),
    (("demands = true", "demands = true\npurpose_of = \"walkout\""), r"\[strike\]\.purpose_of: unknown type"),
    (("demands = true", "demands = true\nabsorbs = \"march\""), r"\[strike\]\.absorbs: unknown type"),
])
def test_a_malformed_registry_names_file_type_and_key(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    old, new = change
    assert old in GOOD
    with pytest.raises(RegistryError, match=message):
        _load(tmp_path, GOOD.replace(old, new))
