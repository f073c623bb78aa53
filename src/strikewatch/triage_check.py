"""Does triage change the answers? Events with and without it on the same documents, scored against
the same gold, and every event one run found that the other did not.

Read by the test that holds triage to the full parse (strict and type-only F1 within 0.005) and by
`benchmarks/bench_triage.py`, which lists the differences. The documents are the dev set, the gold
event reports and negatives of one split of gold/, the texts from ../shared beside the checkout (only
scores are read for `check`; the benchmark lists the differences on `tune`)."""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from strikewatch.evaluate import load_gold, score
from strikewatch.ingest import build_document
from strikewatch.ingest.readers import Record
from strikewatch.model import Document

NEGATIVE_FILES = ("negatives-fr/docs.jsonl", "negatives-en/docs.jsonl", "events-es/negatives.jsonl")
EVENT_FILES = ("events-fr/docs.jsonl", "events-en/docs.jsonl")


def _read(path: Path, wanted: set[str] | None = None) -> list[Document]:
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if wanted is None or record["id"] in wanted:
            meta = {k: record[k] for k in ("language", "published", "title") if record.get(k)}
            docs.append(build_document(Record(record["text"], record["id"], None, {"id": record["id"], **meta})))
    return docs


def corpus(shared: Path, gold_dir: Path, split: str) -> tuple[list[Document], dict[str, list[Any]]]:
    """(documents, gold events per id): the dev set, and the event reports and negatives of `split`."""
    docs = _read(shared / "devset" / "docs.jsonl")
    gold = load_gold(shared / "devset" / "gold.jsonl")
    events = load_gold(gold_dir / "events.jsonl", split)
    for name in EVENT_FILES:
        docs += _read(shared / "corpora" / name, set(events))
    gold.update(events)
    negatives = load_gold(gold_dir / "negatives.jsonl", split)
    for name in NEGATIVE_FILES:
        docs += _read(shared / "corpora" / name, set(negatives))
    gold.update(negatives)
    return docs, gold


@dataclass
class Comparison:
    """Scores with and without triage, the events only one of the runs found, and the events both
    found (same type, dates and place) whose other fields differ (employer, counts, actors…)."""

    with_triage: dict[str, Any]
    without: dict[str, Any]
    only_without: list[dict[str, Any]]
    only_with: list[dict[str, Any]]
    changed: list[tuple[dict[str, Any], dict[str, Any]]]  # (without triage, with it)

    def drop(self, mode: str) -> float:
        """How much F1 of this mode ("strict", "type_only") triage lost (negative: gained)."""
        return float(self.without[mode]["f1"]) - float(self.with_triage[mode]["f1"])


KEY_FIELDS = ("doc_id", "type", "date_start", "date_end", "country", "admin1", "location")


def _key(event: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(event.get(k) for k in KEY_FIELDS)


def _events(docs: Iterable[Document], triage: bool) -> dict[str, list[dict[str, Any]]]:
    from strikewatch.pipeline import analyse_documents

    return {doc.id: [e.to_dict() for e in events] for doc, events in analyse_documents(docs, triage=triage)}


def compare(docs: list[Document], gold: dict[str, list[Any]]) -> Comparison:
    """Run the pipeline on `docs` with and without triage and score both against `gold`."""
    with_triage, without = _events(docs, True), _events(docs, False)
    found = {_key(e): e for events in with_triage.values() for e in events}
    full = {_key(e): e for events in without.values() for e in events}
    return Comparison(
        with_triage=score(gold, with_triage), without=score(gold, without),
        only_without=[e for events in without.values() for e in events if _key(e) not in found],
        only_with=[e for events in with_triage.values() for e in events if _key(e) not in full],
        changed=[(e, found[key]) for key, e in full.items() if key in found and found[key] != e])
