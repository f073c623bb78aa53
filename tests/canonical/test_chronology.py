from __future__ import annotations

import json

from helpers_canonical import report

from strikewatch.canonical import merge
from strikewatch.canonical.chronology import build, to_html, to_json, to_markdown


def _chronology() -> dict:
    happenings = merge([report("a", start="2024-03-05", place="Lyon"), report("b", start="2024-03-05", place="Lyon"),
                        report("c", start="2024-03-07", place="Marseille", participants=400),
                        report("d", start="2024-03-08", place="Villeurbanne"),
                        report("e", type_="protest", start="2024-03-06", place=None),
                        report("f", start=None, place="Nantes")])
    meta = {"a": {"title": "Strike <in> Lyon", "url": "https://example.org/a"}}
    return build(happenings, meta)


def test_days_in_order_with_their_sources() -> None:
    chronology = _chronology()
    assert [d["day"] for d in chronology["days"]] == ["2024-03-05", "2024-03-06", "2024-03-07", "2024-03-08"]
    first = chronology["days"][0]["events"][0]
    assert first["source_count"] == 2 and {s["doc_id"] for s in first["sources"]} == {"a", "b"}
    assert chronology["undated"] == 1


def test_spread_gives_the_first_day_of_each_region_per_type() -> None:
    spread = {(r["type"], r["region"]): r["first_day"] for r in _chronology()["spread"]}
    assert spread == {("strike", "FR-ARA"): "2024-03-05", ("strike", "FR-PAC"): "2024-03-07",
                      ("protest", "FR (country-wide)"): "2024-03-06"}


def test_every_format_renders_and_html_is_escaped() -> None:
    chronology = _chronology()
    assert "## 2024-03-07" in to_markdown(chronology) and "400 people" in to_markdown(chronology)
    page = to_html(chronology)
    assert "Strike &lt;in&gt; Lyon" in page and "<in>" not in page
    assert json.loads(to_json(chronology))["spread"]


def test_only_web_addresses_become_links() -> None:
    happenings = merge([report("a"), report("b")])
    chronology = build(happenings, {"a": {"title": "A", "url": "javascript:alert(1)"},
                                    "b": {"title": "B", "url": "https://example.org/b"}})
    page, text = to_html(chronology), to_markdown(chronology)
    assert 'href="javascript:' not in page and 'href="https://example.org/b"' in page
    assert "](javascript:" not in text and "[B](https://example.org/b)" in text
