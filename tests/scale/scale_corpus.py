"""A small corpus of our own for the Dask job: generated sentences (no third-party text), in
French and English, as JSONL, CSV (with texts spanning lines) and loose .txt files, plus inputs
that must land in the errors file."""
from __future__ import annotations

import csv
import json
from pathlib import Path

PLACES_EN = [("dock workers", "Liverpool"), ("nurses", "Minneapolis"), ("bus drivers", "Leeds"),
             ("teachers", "Chicago"), ("miners", "Cardiff"), ("rail workers", "Glasgow")]
PLACES_FR = [("les cheminots", "Lyon"), ("les dockers", "Marseille"), ("les enseignants", "Toulouse"),
             ("les infirmières", "Lille"), ("les éboueurs", "Nantes"), ("les raffineurs", "Rouen")]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]


def english(i: int) -> str:
    who, town = PLACES_EN[i % len(PLACES_EN)]
    day = DAYS_EN[i % len(DAYS_EN)]
    return (f"Strike number {i} in {town}\n"
            f"Hundreds of {who} went on strike in {town} on {day} to demand higher wages and better pensions. "
            f"The union said {100 + i * 7} members joined the picket lines outside the depot. "
            f"Police arrested {2 + i % 5} strikers who blocked the main road, and the workers marched to the "
            f"city hall in protest against the arrests. The employer refused to negotiate with the union.")


def french(i: int) -> str:
    who, town = PLACES_FR[i % len(PLACES_FR)]
    day = DAYS_FR[i % len(DAYS_FR)]
    return (f"Grève numéro {i} à {town}\n"
            f"{who.capitalize()} de {town} se sont mis en grève {day} pour réclamer des hausses de salaires. "
            f"Selon le syndicat, {200 + i * 11} grévistes ont manifesté devant la préfecture. "
            f"La police a interpellé {1 + i % 4} manifestants qui bloquaient le dépôt, et la grève a été "
            f"reconduite le lendemain par une assemblée générale des salariés.")


def documents(n: int, start: int = 0) -> list[dict[str, str]]:
    docs = []
    for i in range(start, start + n):
        language = "en" if i % 2 else "fr"
        docs.append({"id": f"sw-{i:03d}", "language": language, "published": f"2024-03-{1 + i % 27:02d}",
                     "title": f"Strike number {i}" if language == "en" else f"Grève numéro {i}",
                     "text": english(i) if language == "en" else french(i)})
    return docs


def write_corpus(folder: Path, n_jsonl: int = 14, n_csv: int = 4, n_txt: int = 2) -> Path:
    """JSONL (with a malformed line and an empty text among the documents), CSV, .txt files."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(d, ensure_ascii=False) for d in documents(n_jsonl)]
    lines.insert(3, '{"id": "broken", "text": "never closed')
    lines.insert(7, json.dumps({"id": "empty", "text": "   "}))
    (folder / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open(folder / "table.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["id", "language", "published", "title", "text"])
        writer.writeheader()
        writer.writerows(documents(n_csv, start=100))
    for i, doc in enumerate(documents(n_txt, start=200)):
        (folder / f"loose-{i}.txt").write_text(doc["text"], encoding="utf-8")
    return folder
