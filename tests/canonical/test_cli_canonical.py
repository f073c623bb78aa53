"""why, split, chronology, events and eval --merge through the real command (made-up reports)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers_canonical import report
from test_cli import run

from conftest import CORPORA
from strikewatch.archive import Archive
from strikewatch.model import Document


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "merge.db"
    with Archive(path) as archive:
        for doc_id, events in {"a": [report("a", participants=900)], "b": [report("b", participants=700)],
                               "c": [report("c", place="Marseille")]}.items():
            text = f"Report {doc_id}."
            archive.add_document(Document(id=doc_id, text=text, raw_text=text, language="en", title=f"Outlet {doc_id}",
                                          offset_map=[[0, 0]]), events)
    return path


@pytest.mark.parametrize("command", ["why", "split", "chronology"])
def test_new_commands_have_help_with_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.returncode == 0 and "Example: strikewatch" in result.stdout


def test_events_are_canonical_unless_per_document(db: Path) -> None:
    merged = json.loads(run("events", "--json", db=db).stdout)
    assert sorted(e["source_count"] for e in merged) == [1, 2]
    assert len(json.loads(run("events", "--json", "--per-document", db=db).stdout)) == 3


def test_why_names_the_fields_that_matched_and_the_reports_left_out(db: Path) -> None:
    merged = json.loads(run("events", "--json", db=db).stdout)
    lyon = next(e for e in merged if e["source_count"] == 2)
    text = run("why", lyon["event_id"][:8], db=db).stdout
    assert "✓ dates" in text and "✓ place" in text and "2 source(s)" in text
    assert "left out" in text and "regions FR-ARA / FR-PAC differ" in text  # Marseille, the same day
    assert run("why", "nope", db=db).returncode == 2


def test_split_and_undo(db: Path) -> None:
    lyon = next(e for e in json.loads(run("events", "--json", db=db).stdout) if e["source_count"] == 2)
    assert run("split", lyon["event_id"], db=db).returncode == 0
    assert sorted(e["source_count"] for e in json.loads(run("events", "--json", db=db).stdout)) == [1, 1, 1]
    member = json.loads(run("events", "--json", "--per-document", db=db).stdout)[0]["event_id"]
    assert run("split", member, "--undo", db=db).returncode == 0
    assert sorted(e["source_count"] for e in json.loads(run("events", "--json", db=db).stdout)) == [1, 2]


def test_chronology_formats(db: Path, tmp_path: Path) -> None:
    md = run("chronology", db=db).stdout
    assert "## 2024-03-05" in md and "700 people" in md and "Outlet a" in md and "FR-PAC" in md
    page = tmp_path / "c.html"
    assert run("chronology", "--format", "html", "-o", str(page), db=db).returncode == 0
    assert page.read_text().startswith("<!doctype html>")
    assert json.loads(run("chronology", "--format", "json", "--type", "strike", db=db).stdout)["spread"]
    assert run("chronology", "--format", "pdf", db=db).returncode == 2


def test_eval_merge_with_given_predictions(tmp_path: Path) -> None:
    clusters = tmp_path / "clusters.jsonl"
    clusters.write_text("\n".join(json.dumps(c) for c in [
        {"happening": "h1", "type": "strike", "date": "2024-03-05", "country": "FR", "docs": ["a", "b"]},
        {"happening": "h2", "type": "strike", "date": "2024-03-05", "country": "FR", "docs": ["c"]}]) + "\n")
    predictions = tmp_path / "events.jsonl"
    predictions.write_text("\n".join(json.dumps(e.to_dict()) for e in
                                     (report("a"), report("b"), report("c", place="Marseille"))) + "\n")
    result = run("eval", "--merge", str(clusters), str(predictions), "--json")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    assert (scores["precision"], scores["recall"], scores["aligned"]) == (1.0, 1.0, 3)


@pytest.mark.slow
def test_merge_corpus_floors() -> None:
    """The merge corpus (third-party, read from ../shared): floors that may only go up."""
    clusters = CORPORA / "merge" / "clusters.jsonl"
    if not clusters.exists():
        pytest.skip(f"needs {clusters} (../shared beside the checkout)")
    result = run("eval", "--merge", str(clusters), "--json")
    scores = json.loads(result.stdout)
    # re-based on the extractor of main (relevance screen, date and place changes): P 0.809 -> 0.846, R 0.773 -> 0.733;
    # place-aware alignment 0.872 / 0.739; corroborated wide spans 0.886 / 0.848 (0.878 / 0.837 with main's
    # extractor of 26 Nov, whose date and place changes landed meanwhile: the floors hold for both); nights
    # 0.976 / 0.909 (0.974 / 0.864 with main's extractor of 26 Nov 09:05, which dates one report wider);
    # 0.950 / 0.844 with the round's wider riot vocabulary: "protesters set cars on fire" in Nanterre is now a
    # riot, which the night rule groups with the next night's Paris riot (one false merge, one missed pair);
    # 0.952 / 0.889 once a date in a participle describing a noun no longer moves the story's time;
    # 0.976 / 0.889 once two days beside a night are read as that night (Nanterre's riot leaves the next night's)
    # 0.954 / 0.911 with main's extractor of 26 Nov 11:50: more reports found and placed (Wales is a region,
    # thrown projectiles a riot, a town in a clause of time is not the event's) (the issue asks 0.90 each);
    # 0.917 / 0.957 with the dates and fields branches of the same day (44 of 48 merged pairs right, 46 gold)
    # 0.918 / 0.938 once countries are known by their short French names: a Belarus report that sat in
    # Lithuania ("Biélorussie" was unknown) now aligns, which adds one gold pair (47 -> 48; 45 right both times):
    # its single day of crackdown is not grouped with another report's week-long one
    # 0.917 / 0.917 once a lead told before any date runs from the story's first day to publication (one pair
    # of reports no longer grouped, 44 of 48; the same change moved `check` strict 0.635 -> 0.652)
    assert scores["precision"] >= 0.91 and scores["recall"] >= 0.91


@pytest.mark.slow
def test_canonical_events_score_no_lower_than_per_document_events_on_the_dev_set() -> None:
    from conftest import DEVSET

    if not (DEVSET / "gold.jsonl").exists():
        pytest.skip(f"needs {DEVSET} (../shared beside the checkout)")
    scores = json.loads(run("eval", str(DEVSET / "gold.jsonl"), "--canonical", "--json").stdout)
    assert scores["canonical_strict"]["f1"] >= scores["strict"]["f1"]
