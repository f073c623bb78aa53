"""Scoring predicted events against gold events with the matching rules of DESIGN.md.

A prediction matches a gold event of the same document when the types agree (or their ACLED-level
classes, in the coarse mode), the date intervals intersect (a gold event without a date accepts any;
a prediction without one matches no dated gold), the countries agree and, when the gold event has an
admin1, so do the admin1 codes. Matching is one-to-one, required gold events first, then the pairs
with exact dates and places. Gold events marked `"confidence": "low"` are optional.
"""
from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from strikewatch.errors import InputError
from strikewatch.model import TYPES

# the ACLED-level class of each type, compared in the coarse mode (a type the registry lacks is its own class)
ACLED_CLASS = {name: kind.coarse_class for name, kind in TYPES.items()}
MODES: dict[str, dict[str, bool]] = {
    "strict": {},
    "coarse_type": {"coarse": True},
    "type_date": {"located": False},
    "type_place": {"dated": False},
    "type_only": {"located": False, "dated": False},
}
FIELDS = ("participants", "fatalities", "arrests", "employer")
# Fields a user reads off a matched event; scored for accuracy and for how often they are filled.
FILLED_FIELDS = ("participants", "fatalities", "injured", "arrests", "employer")
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
        if g_start is not None and g_end is not None:  # interval() gives both ends or neither
            p_start, p_end = interval(pred)
            if p_start is None or p_end is None or p_end < g_start or p_start > g_end:
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
    fields_filled: dict[str, int] = defaultdict(int)
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
            for name in FILLED_FIELDS:
                want = golds[gi].get(name)
                if want not in (None, "", []):
                    fields_seen[name] += 1
                    fields_right[name] += _same_field(name, want, preds[pi].get(name))
                    fields_filled[name] += preds[pi].get(name) not in (None, "", [])
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
        "fields_right": {k: round(fields_right[k] / fields_seen[k], 4) for k in FILLED_FIELDS if fields_seen[k]},
        "fields_filled": {k: round(fields_filled[k] / fields_seen[k], 4) for k in FILLED_FIELDS if fields_seen[k]},
        "fields_seen": {k: fields_seen[k] for k in FILLED_FIELDS if fields_seen[k]},
        "pred_docs_not_in_gold": sorted(set(pred) - set(gold))[:20],
        "documents_with_events": sum(1 for doc_id in gold if pred.get(doc_id)),
    }


# Relaxations tried in order on an unmatched gold event: the first that finds a prediction names the
# one constraint that failed.
NEAR_MISSES: tuple[tuple[str, dict[str, bool]], ...] = (
    ("date", {"dated": False}),
    ("place", {"located": False}),
    ("type", {"coarse": True}),
)


def _summary(event: Record) -> str:
    dates = "..".join(dict.fromkeys(str(event.get(k)) for k in ("date_start", "date_end") if event.get(k))) or "no date"
    place = "/".join(str(event[k]) for k in ("country", "admin1") if event.get(k)) or "no country"
    where = event.get("place") or event.get("location")
    return f"{event.get('type')} {dates} {place}" + (f" ({where})" if where else "")


def _evidence(event: Record, text: str | None) -> str:
    if event.get("evidence"):
        return " ".join(str(event["evidence"]).split())
    start, end = event.get("evidence_start"), event.get("evidence_end")
    if text is not None and isinstance(start, int) and isinstance(end, int):
        return " ".join(text[start:end].split())
    return ""


def _place_reason(gold: Record, pred: Record) -> str:
    return "country" if _code(gold.get("country")) != _code(pred.get("country")) else "admin1"


def explain(gold: dict[str, list[Record]], pred: dict[str, list[Record]],
            texts: dict[str, str] | None = None) -> list[Record]:
    """Every error of the strict mode with its class: false positives, missed events, near misses
    (one constraint off) and wrong or empty fields on matches, each with its evidence sentence."""
    texts = texts or {}
    errors: list[Record] = []
    for doc_id, golds in gold.items():
        preds = pred.get(doc_id, [])
        text = texts.get(doc_id)
        pairs = match(golds, preds)
        used_gold = {gi for gi, _ in pairs}
        used_pred = {pi for _, pi in pairs}
        for gi, pi in pairs:
            g, p = golds[gi], preds[pi]
            if optional(g):
                continue
            for name in FILLED_FIELDS:
                if g.get(name) not in (None, "", []) and not _same_field(name, g[name], p.get(name)):
                    errors.append({"doc_id": doc_id, "kind": "field", "reason": name, "gold": _summary(g),
                                   "pred": _summary(p), "want": g[name], "got": p.get(name),
                                   "evidence": _evidence(p, text)})
            if interval(g) != interval(p):
                errors.append({"doc_id": doc_id, "kind": "field", "reason": "inexact date", "gold": _summary(g),
                               "pred": _summary(p), "evidence": _evidence(p, text)})
        for reason, rules in NEAR_MISSES:
            missing = [gi for gi, g in enumerate(golds) if gi not in used_gold and not optional(g)]
            spare = [pi for pi in range(len(preds)) if pi not in used_pred]
            for gi_local, pi_local in match([golds[i] for i in missing], [preds[i] for i in spare], **rules):
                gi, pi = missing[gi_local], spare[pi_local]
                used_gold.add(gi)
                used_pred.add(pi)
                why = _place_reason(golds[gi], preds[pi]) if reason == "place" else reason
                errors.append({"doc_id": doc_id, "kind": "near miss", "reason": why, "gold": _summary(golds[gi]),
                               "pred": _summary(preds[pi]), "evidence": _evidence(preds[pi], text),
                               "gold_evidence": _evidence(golds[gi], text)})
        for gi, g in enumerate(golds):
            if gi not in used_gold and not optional(g):
                errors.append({"doc_id": doc_id, "kind": "missed", "reason": str(g.get("type")),
                               "gold": _summary(g), "evidence": _evidence(g, text)})
        for pi, p in enumerate(preds):
            if pi not in used_pred:
                errors.append({"doc_id": doc_id, "kind": "false positive", "reason": str(p.get("type")),
                               "pred": _summary(p), "evidence": _evidence(p, text)})
    return errors


def render_explanation(errors: list[Record]) -> str:
    """Errors grouped by class, largest class first, each with its sentence."""
    groups: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for error in errors:
        groups[(error["kind"], error["reason"])].append(error)
    lines = [f"{len(errors)} errors in {len(groups)} classes"]
    for (kind, reason), members in sorted(groups.items(), key=lambda item: (-len(item[1]), item[0])):
        lines.append(f"\n{kind}: {reason} ({len(members)})")
        for e in members:
            detail = " -> ".join(x for x in (e.get("gold"), e.get("pred")) if x)
            if "want" in e:
                detail += f" [want {e['want']!r}, got {e['got']!r}]"
            lines.append(f"  {e['doc_id']}: {detail}")
            for key, label in (("gold_evidence", "gold"), ("evidence", "text")):
                if e.get(key):
                    lines.append(f"      {label}: {e[key][:300]}")
    return "\n".join(lines)


SPLIT_SALT = "strikewatch-split:"


def assign_splits(ids: Iterable[str], check_share: float = 1 / 3) -> dict[str, str]:
    """The tune/check split of one corpus, fixed once and recomputable: documents ranked by the
    SHA-256 of salt + id, the first third (rounded) in `check`, the rest in `tune`. Called per
    corpus, so each language is split in the same proportion."""
    ranked = sorted(set(ids), key=lambda doc_id: hashlib.sha256(f"{SPLIT_SALT}{doc_id}".encode()).hexdigest())
    n_check = round(len(ranked) * check_share)
    return {doc_id: "check" if rank < n_check else "tune" for rank, doc_id in enumerate(ranked)}


def _records(path: Path) -> Iterable[tuple[int, Record]]:
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if line.strip():
                try:
                    yield number, json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{number}", f"malformed JSON: {exc.msg}") from None


def load_gold(path: Path, split: str | None = None) -> dict[str, list[Record]]:
    """One line per document: {"id", "events": [...], "split"?}; with `split`, only that split's lines."""
    gold = {}
    for number, doc in _records(path):
        if "id" not in doc:
            raise InputError(f"{path}:{number}", "a gold line needs \"id\" and \"events\"")
        if split is not None and "split" not in doc:
            raise InputError(f"{path}:{number}", f"--split {split} given, but this gold line has no \"split\"")
        if split is None or doc["split"] == split:
            gold[str(doc["id"])] = list(doc.get("events", []))
    if split is not None and not gold:
        raise InputError(str(path), f"no gold line has \"split\": \"{split}\"")
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
    if result["fields_seen"]:
        lines.append("fields on strict matches whose gold has a value (right / filled / of n):")
        lines.extend(f"  {k:<14}{result['fields_right'][k]:>8.3f}{result['fields_filled'][k]:>8.3f}{n:>6}"
                     for k, n in result["fields_seen"].items())
    if result.get("documents_with_events") is not None:
        lines.append(f"documents with at least one event: {result['documents_with_events']} of {result['docs']}")
    return "\n".join(lines)
