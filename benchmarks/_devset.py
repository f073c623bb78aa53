"""Shared by the benchmarks: the dev set in ../shared beside the checkout, and our predictions on it."""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT.parent / "shared" / "devset"
if not (DEVSET / "docs.jsonl").exists():
    sys.exit(f"{DEVSET}: the dev set is not there (it lives in ../shared beside the checkout); benchmark skipped")
sys.path.insert(0, str(ROOT / "src"))


def documents() -> dict[str, dict]:
    return {d["id"]: d for d in map(json.loads, (DEVSET / "docs.jsonl").read_text(encoding="utf-8").splitlines())}


def gold_events() -> list[tuple[dict, dict]]:
    """(document, gold event) pairs."""
    docs = documents()
    pairs = []
    for line in (DEVSET / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        pairs.extend((docs[gold["id"]], event) for event in gold["events"])
    return pairs


def predictions() -> dict[str, list]:
    """Our events per document id, from the whole pipeline."""
    from strikewatch.ingest import read_documents
    from strikewatch.pipeline import analyse_documents

    docs = [item for _, item, _ in read_documents([str(DEVSET / "docs.jsonl")])]
    return {doc.id: events for doc, events in analyse_documents(docs)}


def same_report(event, gold: dict) -> bool:
    """A predicted event of the gold event's type told by the same sentence."""
    a, b = event.evidence.strip(), gold["evidence"].strip()
    return event.type == gold["type"] and (a in b or b in a or a[:60] == b[:60])
