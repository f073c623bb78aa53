"""A page of happenings carries with each only the report it quotes, read from its record, and still
lists every source."""
from __future__ import annotations

from pathlib import Path

import pytest

from strikewatch.archive import Archive
from strikewatch.model import Document, Event


def _report(i: int, confidence: float) -> tuple[Document, list[Event]]:
    text = f"Les dockers du port ont fait grève le 3 mars, selon le journal {i}."
    doc = Document(id=f"outlet-{i}", text=text, raw_text=text, language="fr", published="2023-03-04",
                   title=f"Grève au port ({i})", offset_map=[[0, 0]])
    event = Event(doc_id=doc.id, type="strike", date_start="2023-03-03", date_end="2023-03-03", time_precision="day",
                  location="Marseille", country="FR", admin1="FR-PAC", latitude=43.3, longitude=5.37,
                  evidence=text, evidence_start=0, evidence_end=len(text), confidence=confidence)
    event.assign_id()
    return doc, [event]


@pytest.mark.parametrize("most_confident", [0, 3, 7])
def test_a_page_carries_the_quoted_report_and_every_source(tmp_path: Path, most_confident: int) -> None:
    with Archive(tmp_path / "a.db") as archive:
        for i in range(8):
            archive.add_document(*_report(i, 0.9 if i == most_confident else 0.6))
        [whole] = archive.canonical_events()
        [page] = archive.canonical_events(quoted_only=True)
        archive.db.execute("DELETE FROM events")  # a list reads no report rows: it needs none
        [unread] = archive.canonical_events(quoted_only=True)
    assert len(whole.members) == 8 and whole.event.doc_id == f"outlet-{most_confident}"
    assert page.members == [next(m for m in whole.members if m.doc_id == f"outlet-{most_confident}")]
    assert page.event == whole.event and page.source_count == 8 and page.sources == whole.sources
    assert unread.members == page.members and unread.sources == whole.sources
