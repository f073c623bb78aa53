"""Every language data file and the place data are checked against a schema on load (lang/schema.py):
an unknown key, a missing table or a value of the wrong type names the file, the line and the key."""
from __future__ import annotations

import shutil
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from strikewatch import lang
from strikewatch.errors import LexiconError
from strikewatch.lang.schema import SCHEMAS, Regions, Sites, line_of, validate
from strikewatch.places.gazetteer import DATA_DIR


@pytest.fixture
def scratch_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the French data under a language code of its own, loaded from a scratch folder."""
    folder = tmp_path / "zz"
    shutil.copytree(lang.LANG_DIR / "fr", folder)
    monkeypatch.setattr(lang, "LANG_DIR", tmp_path)
    lang.load.cache_clear()
    yield folder
    lang.load.cache_clear()


@pytest.mark.parametrize("code", lang.available_languages())
@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_shipped_file_passes_its_schema(code: str, name: str) -> None:
    lang.load(code, name)


@pytest.mark.parametrize(("name", "schema"), [("sites.toml", Sites), ("regions.toml", Regions)])
def test_the_place_data_passes_its_schema(name: str, schema: type) -> None:
    path = DATA_DIR / name
    text = path.read_text(encoding="utf-8")
    validate(tomllib.loads(text), schema, path, text)


def test_a_region_code_that_is_no_iso_code_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "regions.toml"
    text = 'kind_words = ["province"]\n\n[geonames]\n"IE.L" = "Leinster"\n'
    with pytest.raises(LexiconError, match=r"regions.toml:4: .*key 'geonames.IE.L'"):
        validate(tomllib.loads(text), Regions, path, text)


def test_an_unknown_key_names_file_line_and_key(scratch_language: Path) -> None:
    path = scratch_language / "events.toml"
    text = path.read_text(encoding="utf-8").replace("[riot]\nlemmas =", "[riot]\nlemmaz =")
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index("[riot]") + 2
    with pytest.raises(LexiconError, match=rf"zz/events.toml:{line}: language 'zz': key 'riot.lemmaz': unknown key"):
        lang.load("zz", "events")


def test_an_unknown_event_type_is_refused(scratch_language: Path) -> None:
    path = scratch_language / "events.toml"
    path.write_text(path.read_text(encoding="utf-8") + '\n[picnic]\nlemmas = ["pique-nique"]\n', encoding="utf-8")
    with pytest.raises(LexiconError, match=r"zz/events.toml:\d+: language 'zz': key 'picnic': unknown key"):
        lang.load("zz", "events")


def test_a_missing_table_is_named(scratch_language: Path) -> None:
    path = scratch_language / "attributes.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("[movement]")
    end = text.find("\n[", start + 1)
    path.write_text(text[:start] + (text[end + 1:] if end >= 0 else ""), encoding="utf-8")
    with pytest.raises(LexiconError, match=r"zz/attributes.toml: language 'zz': key 'movement': Field required"):
        lang.load("zz", "attributes")


def test_a_wrong_type_names_the_line_and_what_was_given(scratch_language: Path) -> None:
    path = scratch_language / "dates.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("numeric_day_first = ", "numeric_day_first = 'yes' #"), encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if row.startswith("numeric_day_first"))
    with pytest.raises(LexiconError, match=rf"zz/dates.toml:{line}: .*key 'grammar.numeric_day_first': "
                                           r"Input should be a valid boolean \(got 'yes'\)"):
        lang.load("zz", "dates")


def test_a_word_list_holding_a_number_is_refused(scratch_language: Path) -> None:
    path = scratch_language / "modality.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('negations = ["ne",', 'negations = [3, "ne",'), encoding="utf-8")
    with pytest.raises(LexiconError, match=r"zz/modality.toml:\d+: .*key 'not_happened.negations.0': "
                                           r"Input should be a valid string"):
        lang.load("zz", "modality")


@pytest.mark.parametrize(("name", "table", "line", "message"), [
    ("events.toml", "[layoff]\n", 'patterns = [[{LEMA = "licencier"}]]\n',
     r"lang/zz/events.toml: patterns of 'layoff': not a spaCy token pattern"),
    ("modality.toml", "[not_happened]\n", 'future_forms = ["rait(s$"]\n',
     r"lang/zz/modality.toml \[not_happened\] future_forms: not a regular expression"),
])
def test_a_malformed_pattern_is_refused_with_its_file_and_key(scratch_language: Path, name: str, table: str,
                                                               line: str, message: str) -> None:
    """A token pattern spaCy refuses, a regular expression Python refuses."""
    from strikewatch.extraction import lexicon

    path = scratch_language / name
    path.write_text(path.read_text(encoding="utf-8").replace(table, table + line), encoding="utf-8")
    lexicon.load_lexicon.cache_clear()
    try:
        with pytest.raises(LexiconError, match=message):
            lexicon.load_lexicon("zz")
    finally:
        lexicon.load_lexicon.cache_clear()


def test_line_of_finds_tables_keys_and_quoted_keys() -> None:
    text = '# a comment\n[strike]\nlemmas = ["grève"]\n[strike.subtypes]\n"grève générale" = "general strike"\n'
    assert line_of(text, ("strike", "lemmas", 0)) == 3
    assert line_of(text, ("strike", "subtypes", "grève générale")) == 5
    assert line_of(text, ("riot",)) is None


def test_a_file_that_is_not_toml_names_the_file(scratch_language: Path) -> None:
    (scratch_language / "pipeline.toml").write_text('model = "fr_core_news_sm\n', encoding="utf-8")
    with pytest.raises(LexiconError, match=r"zz/pipeline.toml: language 'zz': not valid TOML: .*line 1"):
        lang.load("zz", "pipeline")
