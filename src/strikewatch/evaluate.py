"""Scoring predicted events against gold events with the matching rules of DESIGN.md.

A prediction matches a gold event of the same document when the types agree (or their ACLED-level
classes, in the coarse mode), the date intervals intersect (a gold event without a date accepts any;
a prediction without one matches no dated gold), the countries agree and, when the gold event has an
admin1, so do the admin1 codes. Matching is one-to-one, required gold events first, then the pairs
with exact dates and places. Gold events marked `"confidence": "low"` are optional.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from strikewatch.errors import InputError

ACLED_CLASS = {"strike": "protests", "protest": "protests", "solidarity": "protests", "riot": "riots",
               "repression": "repression", "arrest": "strategic", "restriction": "strategic",
               "deployment": "strategic", "layoff": "strategic", "concession": "strategic"}
MODES: dict[str, dict[str, bool]] = {
    "strict": {},
    "coarse_type": {"coarse": True},
    "type_date": {"located": False},
    "type_place": {"dated": False},
    "type_only": {"located": False, "dated": False},
}
FIELDS = ("participants", "fatalities", "arrests", "employer")
Record = dict[str, Any]


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def interval(event: Record) -> tuple[date | None, date | None]:
    """[start, end] with a missing end equal to the start and the other way round."""
    start, end = _day(event.get("date_start")), _day(event.get("date_end"))
    start, end = start or end, end or start
    if start and end and end < start:
        start, end = end, start
    return start, end


def _code(value: Any) -> str | None:
    return str(value).strip().upper() or None if value else None


def optional(event: Record) -> bool:
    return str(event.get("confidence", "")).lower() == "low"


def compatible(gold: Record, pred: Record, coarse: bool = False, located: bool = True,
               dated: bool = True) -> bool:
    kind = (lambda t: ACLED_CLASS.get(t, t)) if coarse else (lambda t: t)
    if kind(gold.get("type")) != kind(pred.get("type")):
        return False
    if dated:
        g_start, g_end = interval(gold)
        if g_start is not None:
            p_start, p_end = interval(pred)
            if p_start is None or p_end < g_start or p_start > g_end:
                return False
    if located:
        for key in ("country", "admin1"):
            if _code(gold.get(key)) and _code(gold.get(key)) != _code(pred.get(key)):
                return False
    return True


def match(golds: list[Record], preds: list[Record], **rules: bool) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs."""
    def preference(g: Record, p: Record) -> int:
        return 2 * (interval(g) == interval(p)) + (_code(g.get("admin1")) == _code(p.get("admin1")))

    candidates = sorted((optional(g), -preference(g, p), gi, pi) for gi, g in enumerate(golds)
                        for pi, p in enumerate(preds) if compatible(g, p, **rules))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return pairs


@dataclass
class Tally:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, tp: int, pred: int, gold: int) -> None:
        self.tp, self.pred, self.gold = self.tp + tp, self.pred + pred, self.gold + gold

    def scores(self) -> dict[str, float | int]:
        precision = self.tp / self.pred if self.pred else 0.0
        recall = self.tp / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                "tp": self.tp, "pred": self.pred, "gold": self.gold}


def _same_field(name: str, want: Any, got: Any) -> bool:
    if got in (None, ""):
        return False
    if name == "employer":
        a, b = str(want).casefold(), str(got).casefold()
        return a in b or b in a
    try:
        return int(want) == int(got)
    except (TypeError, ValueError):
        return False


def score(gold: dict[str, list[Record]], pred: dict[str, list[Record]]) -> dict[str, Any]:
    """Scores per mode and per type, date and admin1 accuracy, and field accuracy on strict matches."""
    tallies = {mode: Tally() for mode in MODES}
    per_type: dict[str, Tally] = defaultdict(Tally)
    dates_right = dates_seen = admin_right = admin_seen = 0
    fields_right: dict[str, int] = defaultdict(int)
    fields_seen: dict[str, int] = defaultdict(int)
    for doc_id, golds in gold.items():
        preds = pred.get(doc_id, [])
        required = sum(not optional(g) for g in golds)
        for mode, rules in MODES.items():
            pairs = match(golds, preds, **rules)
            optional_hits = sum(optional(golds[gi]) for gi, _ in pairs)
            tallies[mode].add(len(pairs) - optional_hits, len(preds) - optional_hits, required)
        strict = match(golds, preds)
        excused = {pi for gi, pi in strict if optional(golds[gi])}
        for gi, pi in strict:
            if optional(golds[gi]):
                continue
            per_type[golds[gi]["type"]].add(1, 0, 0)
            for name in FIELDS:
                want = golds[gi].get(name)
                if want not in (None, "", []):
                    fields_seen[name] += 1
                    fields_right[name] += _same_field(name, want, preds[pi].get(name))
        for g in golds:
            if not optional(g):
                per_type[g["type"]].add(0, 0, 1)
        for pi, p in enumerate(preds):
            if pi not in excused:
                per_type[str(p.get("type"))].add(0, 1, 0)
        for gi, pi in match(golds, preds, located=False):
            if _day(golds[gi].get("date_start")):
                dates_seen += 1
                dates_right += interval(golds[gi]) == interval(preds[pi])
            if _code(golds[gi].get("admin1")):
                admin_seen += 1
                admin_right += _code(golds[gi].get("admin1")) == _code(preds[pi].get("admin1"))
    return {
        "docs": len(gold),
        **{mode: tally.scores() for mode, tally in tallies.items()},
        "per_type": {t: per_type[t].scores() for t in sorted(per_type)},
        "date_exact_rate": round(dates_right / dates_seen, 4) if dates_seen else None,
        "admin1_accuracy": round(admin_right / admin_seen, 4) if admin_seen else None,
        "fields": {k: round(fields_right[k] / fields_seen[k], 4) for k in FIELDS if fields_seen[k]},
        "pred_docs_not_in_gold": sorted(set(pred) - set(gold))[:20],
    }


def _records(path: Path) -> Iterable[tuple[int, Record]]:
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if line.strip():
                try:
                    yield number, json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{number}", f"malformed JSON: {exc.msg}") from None


def load_gold(path: Path) -> dict[str, list[Record]]:
    """One line per document: {"id", "events": [...]}."""
    gold = {}
    for number, doc in _records(path):
        if "id" not in doc:
            raise InputError(f"{path}:{number}", "a gold line needs \"id\" and \"events\"")
        gold[str(doc["id"])] = list(doc.get("events", []))
    return gold


def load_predictions(path: Path) -> dict[str, list[Record]]:
    """Flat events (one per line, with doc_id), or lines of {"id", "events"}."""
    pred: dict[str, list[Record]] = defaultdict(list)
    for _, obj in _records(path):
        if "events" in obj and "id" in obj:
            pred[str(obj["id"])].extend(obj["events"])
        else:
            pred[str(obj.get("doc_id"))].append(obj)
    return pred


def render(result: dict[str, Any]) -> str:
    """The result as the tables a person reads."""
    head = f"{'mode':<14}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'pred':>6}{'gold':>6}"

    def row(name: str, r: dict[str, Any]) -> str:
        return f"{name:<14}{r['precision']:>8.3f}{r['recall']:>8.3f}{r['f1']:>8.3f}{r['tp']:>6}{r['pred']:>6}{r['gold']:>6}"

    lines = [f"documents: {result['docs']}", head, *(row(m, result[m]) for m in MODES), "per type (strict):",
             *("  " + row(t, r) for t, r in result["per_type"].items()),
             f"date exact rate (type+date matches): {result['date_exact_rate']}",
             f"admin1 accuracy (type+date matches): {result['admin1_accuracy']}"]
    if result["fields"]:
        lines.append("field accuracy on strict matches (gold has a value): "
                     + ", ".join(f"{k} {v:.3f}" for k, v in result["fields"].items()))
    return "\n".join(lines)
