"""admin1 accuracy on the dev-set gold events that have one: strikewatch (whole pipeline: aliases,
company sites, main country, qualifiers) beside a naive first-match lookup (the first capitalised
word or phrase of the evidence sentence found in the same gazetteer, largest place first)."""
from __future__ import annotations

import re

from _devset import gold_events, predictions, same_report
from strikewatch.places.gazetteer import load_gazetteer


def first_match(sentence: str) -> str | None:
    gazetteer = load_gazetteer()
    words = re.findall(r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)*", sentence)
    for phrase in words:
        places = gazetteer.lookup(phrase)
        if places:
            return places[0].admin1
    return None


def main() -> None:
    pairs = [(doc, gold) for doc, gold in gold_events() if gold.get("admin1")]
    ours = predictions()
    rows = []  # (found by our extraction, ours right, baseline right)
    for doc, gold in pairs:
        reports = [e for e in ours.get(doc["id"], []) if same_report(e, gold)]
        rows.append((bool(reports), any(e.admin1 == gold["admin1"] for e in reports),
                     first_match(gold["evidence"]) == gold["admin1"]))
    found = [r for r in rows if r[0]]
    print(f"dev-set gold events with an admin1: {len(rows)}; extracted by strikewatch from the same sentence: {len(found)}")
    print(f"{'admin1 accuracy':<34}{'on extracted':>14}{'on all':>10}")
    for name, column in (("strikewatch (whole pipeline)", 1), ("naive first-match lookup", 2)):
        print(f"{name:<34}{sum(r[column] for r in found) / len(found):>14.3f}{sum(r[column] for r in rows) / len(rows):>10.3f}")


if __name__ == "__main__":
    main()
