"""Exact-interval rate of dates on the dev-set gold events: strikewatch (whole pipeline: grammar,
narrative time, open ranges) beside a dateparser baseline (`search_dates` on the evidence sentence,
anchored on the publication date, first date found)."""
from __future__ import annotations

import time
from datetime import datetime

from dateparser.search import search_dates

from _devset import gold_events, predictions, same_report


def interval(event: dict) -> tuple[str | None, str | None]:
    start, end = event.get("date_start"), event.get("date_end")
    return (start or end, end or start)


def baseline(sentence: str, language: str, published: str | None) -> tuple[str | None, str | None]:
    settings = {"PREFER_DATES_FROM": "past"}
    if published:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(published)
    found = search_dates(sentence, languages=[language], settings=settings)
    if not found:
        return (None, None)
    day = found[0][1].date().isoformat()
    return (day, day)


def main() -> None:
    pairs = [(doc, gold) for doc, gold in gold_events() if gold.get("date_start") or gold.get("date_end")]
    started = time.perf_counter()
    ours = predictions()
    ours_seconds = time.perf_counter() - started
    rows = []  # (found by our extraction, ours right, baseline right)
    started = time.perf_counter()
    for doc, gold in pairs:
        want = interval(gold)
        reports = [e for e in ours.get(doc["id"], []) if same_report(e, gold)]
        rows.append((bool(reports), any(interval(e.to_dict()) == want for e in reports),
                     baseline(gold["evidence"], doc["language"], doc.get("published")) == want))
    base_seconds = time.perf_counter() - started
    found = [r for r in rows if r[0]]
    print(f"dev-set gold events with a date: {len(rows)}; extracted by strikewatch from the same sentence: {len(found)}")
    print(f"{'exact-interval rate':<34}{'on extracted':>14}{'on all':>10}")
    for name, column, seconds in (("strikewatch (whole pipeline)", 1, ours_seconds),
                                  ("dateparser search_dates baseline", 2, base_seconds)):
        on_found = sum(r[column] for r in found) / len(found)
        on_all = sum(r[column] for r in rows) / len(rows)
        print(f"{name:<34}{on_found:>14.3f}{on_all:>10.3f}   ({seconds:.1f} s)")
    gap = (sum(r[1] for r in found) - sum(r[2] for r in found)) / len(found)
    print(f"difference on extracted events: {100 * gap:+.1f} points")


if __name__ == "__main__":
    main()
