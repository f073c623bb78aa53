"""A page of happenings loads only the first reports of each, and still lists every source."""
from __future__ import annotations

from pathlib import Path

from strikewatch.archive import Archive
from strikewatch.model import Document, Event


def _report(i: int) -> tuple[Document, list[Event]]:
    text = f"Les dockers du port ont fait grève le 3 mars, selon le journal {i}."
    doc = Document(id=f"outlet-{i}", text=text, raw_text=text, language="fr", published="2023-03-04",
                   title=f"Grève au port ({i})", offset_map=[[0, 0]])
    event = Event(doc_id=doc.id, type="strike", date_start="2023-03-03", date_end="2023-03-03", time_precision="day",
                  location="Marseille", country="FR", admin1="FR-PAC", latitude=43.3, longitude=5.37,
                  evidence=text, evidence_start=0, evidence_end=len(text), confidence=0.8)
    event.assign_id()
    return doc, [event]


def test_a_page_lists_a_few_reports_and_every_source(tmp_path: Path) -> None:
    with Archive(tmp_path / "a.db") as archive:
        for i in range(8):
            archive.add_document(*_report(i))
        [whole] = archive.canonical_events()
        [page] = archive.canonical_events(reports=3)
    assert len(whole.members) == 8 and whole.source_count == 8
    assert len(page.members) == 3 and page.source_count == 8 and page.sources == whole.sources
    assert [m.event_id for m in page.members] == [m.event_id for m in whole.members[:3]]
