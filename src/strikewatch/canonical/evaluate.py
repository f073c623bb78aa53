"""Pairwise merge quality against gold clusters of happenings (`strikewatch eval --merge`).

Alignment: a per-document event stands for gold happening H when its document is one of H's
documents, its type and country are H's, and its dates intersect H's date (the strict scorer's
rule: an undated report matches no dated gold); among several such happenings, first one whose
gold place names the report's place (its town, or for a country-wide report its country or
"nationwide"), then the one whose dates are closest, then one the document is about rather than
mentions in passing (`background_docs`). Unaligned events (undated, misdated, or not in the gold)
still take part in the merge but not in the score. Pairs are reports from different documents: gold-same when they stand for
the same happening, predicted-same when they share a canonical event.

Gold clusters are coarser than DESIGN's events: "riots across France (Marseille, Lyon, …)" is one
happening, but one event per finest place under coding rule 1, and a nationwide mention beside them
is one country-level event (rule 2). The headline figure therefore splits each happening by the
places of its reports, with the rule the merge follows (a vaguer report belongs to the one finer
place it lies in, else stands at its own level); the unsplit figure is printed beside it.

Halves: the happenings fall into two halves by a stable hash of their id (`half`). Merge rules are
developed looking at the errors of half A; half B shows whether they carry over. A half's figure
counts the pairs with a report of its happenings, so a false merge across the halves counts in both."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

import pycountry

from strikewatch.canonical import cluster
from strikewatch.canonical.rules import PLACE_RANK, interval, place_check, place_key
from strikewatch.extraction.lexicon import fold
from strikewatch.model import Event

# A report stands for a happening only when it pins its week (fixed, not tuned with the merge).
ALIGN_MAX_SPAN_DAYS = 7
HALVES = ("A", "B")


@dataclass(frozen=True)
class Happening:
    id: str
    type: str
    country: str
    first: date
    last: date
    docs: frozenset[str]
    background: frozenset[str] = frozenset()  # documents that mention it only in passing
    place: str = ""  # as the annotator wrote it: "France (nationwide)", "Marseille (and Lyon)"


def load_happenings(path: Path) -> list[Happening]:
    """clusters.jsonl: {happening, type, date ("YYYY-MM-DD" or "start/end"), country, docs, place?}."""
    out = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                row = json.loads(line)
                first, _, last = row["date"].partition("/")
                out.append(Happening(row["happening"], row["type"], row["country"], date.fromisoformat(first),
                                     date.fromisoformat(last or first), frozenset(row["docs"]),
                                     frozenset(row.get("background_docs") or ()), row.get("place") or ""))
    return out


def align(event: Event, happenings: list[Happening]) -> str | None:
    """The gold happening this report stands for, or None (see the module docstring)."""
    days = interval(event)
    if days is None or (days[1] - days[0]).days > ALIGN_MAX_SPAN_DAYS:
        return None  # a report that does not pin a day ("since March") stands for no happening
    fits = [h for h in happenings if event.doc_id in h.docs and h.type == event.type and h.country == event.country
            and not (days[1] < h.first or days[0] > h.last)]
    if not fits:
        return None
    return min(fits, key=lambda h: (not names_place(h.place, event), abs((days[0] - h.first).days)
                                    + abs((days[1] - h.last).days), event.doc_id in h.background, h.id)).id


def names_place(written: str, event: Event) -> bool:
    """Whether a gold place as written names the report's place: its town (accents aside), or for
    a report of a region or the whole country, the country's name or "nationwide"."""
    text = fold(written)
    if event.location and PLACE_RANK.get(event.geo_precision or "country", 3) < 2:
        return fold(event.location) in text
    country = pycountry.countries.get(alpha_2=event.country or "")
    names = [country.name, getattr(country, "common_name", country.name)] if country else []
    return "nationwide" in text or any(fold(name) in text for name in names)


def half(happening: str) -> str:
    """A (develop on) or B (held out), from a hash of the happening's id: stable across runs and machines."""
    return HALVES[int(hashlib.sha256(happening.encode("utf-8")).hexdigest(), 16) % 2]


def by_place(reports: list[Event]) -> dict[str, int]:
    """Sub-happening of each report of one happening: one per finest place (see the module docstring);
    a document's nationwide mention beside its own town report is an event of its own (rule 2)."""
    founders: list[Event] = []
    docs: list[set[str]] = []
    out = {}
    for report in sorted(reports, key=lambda e: (PLACE_RANK.get(e.geo_precision or "country", 3), e.event_id)):
        fits = [i for i, f in enumerate(founders) if place_check(report, f).ok and report.doc_id not in docs[i]]
        if len(fits) > 1:
            fits = [i for i in fits if place_key(founders[i]) == place_key(report)]
        if not fits:
            founders.append(report)
            docs.append(set())
            fits = [len(founders) - 1]
        docs[fits[0]].add(report.doc_id)
        out[report.event_id] = fits[0]
    return out


def _pairs(aligned: list[tuple[Event, str]], group_of: dict[str, int], gold_of: Mapping[str, object],
           within: str | None = None) -> dict[str, Any]:
    """Pairwise P/R; `within` a half: the pairs with a report of that half's happenings."""
    tp = pred = gold = 0
    for (a, ha), (b, hb) in combinations(aligned, 2):
        if a.doc_id == b.doc_id or (within is not None and within not in (half(ha), half(hb))):
            continue
        same_gold, same_pred = gold_of[a.event_id] == gold_of[b.event_id], group_of[a.event_id] == group_of[b.event_id]
        tp += same_gold and same_pred
        pred += same_pred
        gold += same_gold
    precision = tp / pred if pred else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "pairs": {"tp": tp, "predicted": pred, "gold": gold}}


def score_merge(events: list[Event], happenings: list[Happening]) -> dict[str, Any]:
    """Pairwise precision and recall of the canonical grouping of `events`, and the alignment counts."""
    group_of = {e.event_id: i for i, group in enumerate(cluster(events)) for e in group}
    aligned = [(e, h) for e in events if (h := align(e, happenings)) is not None]
    whole = {e.event_id: h for e, h in aligned}
    split: dict[str, object] = {}
    for happening in sorted(set(whole.values())):
        reports = [e for e, h in aligned if h == happening]
        split.update({k: (happening, v) for k, v in by_place(reports).items()})
    halves = {name: _pairs(aligned, group_of, split, within=name) for name in HALVES}
    return {**_pairs(aligned, group_of, split), "unsplit": _pairs(aligned, group_of, whole), "halves": halves,
            "events": len(events), "aligned": len(aligned), "undated": sum(interval(e) is None for e in events),
            "happenings_seen": len(set(whole.values())), "happenings": len(happenings),
            "canonical": len(set(group_of.values()))}


def render(result: dict[str, Any]) -> str:
    pairs = result["pairs"]
    return "\n".join([
        f"merge (pairwise, reports from different documents): P {result['precision']:.3f}  "
        f"R {result['recall']:.3f}  F1 {result['f1']:.3f}",
        f"  pairs: {pairs['tp']} right of {pairs['predicted']} merged; {pairs['gold']} in the gold (happenings split by place)",
        *(f"  half {name} of the happenings: P {part['precision']:.3f}  R {part['recall']:.3f}  F1 {part['f1']:.3f}  "
          f"({part['pairs']['tp']} right of {part['pairs']['predicted']} merged; {part['pairs']['gold']} in the gold)"
          for name, part in result["halves"].items()),
        f"  whole happenings (not split by place): P {result['unsplit']['precision']:.3f}  "
        f"R {result['unsplit']['recall']:.3f}  F1 {result['unsplit']['f1']:.3f}",
        f"  events: {result['events']} ({result['undated']} undated), {result['aligned']} aligned to "
        f"{result['happenings_seen']} of {result['happenings']} gold happenings; {result['canonical']} canonical events",
    ])


def _key(record: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(str(record.get(k) or "").upper() for k in ("type", "country", "admin1", "place", "date_start",
                                                             "date_end"))


def gold_happenings(gold: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Per-document gold events grouped into happenings: the same type, country, region, place and
    dates in several documents (the annotators' own coding, not our rules), each with its documents.
    Two events of one document stay two happenings, as the annotators coded them."""
    grouped: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for doc_id, events in sorted(gold.items()):
        for event in events:
            same = grouped.setdefault(_key(event), [])
            happening = next((h for h in same if doc_id not in h["docs"]), None)
            if happening is None:
                happening = {**event, "docs": set(), "required": False}
                same.append(happening)
            happening["docs"].add(doc_id)
            happening["required"] = happening["required"] or str(event.get("confidence", "")).lower() != "low"
    return [h for same in grouped.values() for h in same]


def score_canonical(gold: dict[str, list[dict[str, Any]]], events: list[Event]) -> dict[str, Any]:
    """Strict F1 of canonical events against per-happening gold: a canonical event matches a gold
    happening of compatible type, dates and place (the strict rule) told by one of its documents;
    one-to-one, exact dates first. Optional gold (confidence low) is neither rewarded nor punished."""
    from strikewatch.canonical import merge
    from strikewatch.evaluate import compatible
    from strikewatch.evaluate import interval as gold_interval

    happenings = gold_happenings(gold)
    kept = [e for e in events if e.doc_id in gold]
    position = {id(e): i for i, e in enumerate(kept)}
    # canonical events in the order of their first report, as the per-document scorer meets them
    made = sorted(merge(kept), key=lambda c: min(position[id(m)] for m in c.members))
    # candidates in document order, as the per-document scorer meets them
    happenings.sort(key=lambda h: min(h["docs"]))
    candidates = []
    for gi, g in enumerate(happenings):
        for pi, c in enumerate(made):
            record = c.event.to_dict()
            if g["docs"] & set(c.sources) and compatible(g, record):
                preference = 2 * (gold_interval(g) == gold_interval(record)) + (
                    str(g.get("admin1") or "").upper() == str(record.get("admin1") or "").upper())
                candidates.append((not g["required"], -preference, gi, pi))  # the strict scorer's order
    used_g: set[int] = set()
    used_p: set[int] = set()
    tp = excused = 0
    for _, _, gi, pi in sorted(candidates):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        if happenings[gi]["required"]:
            tp += 1
        else:
            excused += 1
    required = sum(h["required"] for h in happenings)
    predicted = len(made) - excused
    precision = tp / predicted if predicted else 0.0
    recall = tp / required if required else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "tp": tp,
            "pred": predicted, "gold": required}
