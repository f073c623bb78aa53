"""The document relevance screen: off-topic articles are not parsed, reports of collective action are."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT, needs_shared
from strikewatch import relevance
from strikewatch.errors import LexiconError

# Our own writing: articles long enough to judge, on our topic and off it.
ON_TOPIC = {
    "fr": ("Grève à l'usine de Cholet", "Les ouvriers de l'usine de pneumatiques de Cholet sont en grève depuis lundi "
           "pour obtenir une hausse des salaires. Le syndicat CGT a organisé un piquet devant l'entrée et une "
           "manifestation a réuni environ 600 personnes mercredi dans le centre-ville. La direction refuse de "
           "négocier tant que le blocage de l'usine se poursuit. Les grévistes réclament aussi l'embauche des intérimaires."),
    "en": ("Bus drivers walk out in Leeds", "Bus drivers in Leeds walked out on Monday in a dispute over pay, "
           "leaving most routes without service. The union said more than 900 members joined the strike after the "
           "company offered a rise below inflation. Pickets gathered outside the three depots and hundreds of "
           "supporters rallied in the city centre on Tuesday. Talks with management broke down last week."),
}
OFF_TOPIC = {
    "fr": ("Ligue 1 : Lens s'impose à Nantes", "Le RC Lens s'est imposé samedi soir sur la pelouse de Nantes "
           "grâce à un doublé de son attaquant en seconde période. Les Sang et Or remontent à la troisième place du "
           "classement avant de recevoir Monaco. L'entraîneur nantais a regretté le manque de réalisme de ses "
           "joueurs, qui ont touché deux fois le poteau. Le match a été suivi par 35 000 spectateurs."),
    "en": ("Shares rally as inflation cools", "Stocks rallied on Wall Street on Thursday after figures showed "
           "inflation cooling for a third month, lifting hopes that the central bank will cut rates before the "
           "summer. Technology shares led the gains, while oil prices slipped as inventories rose. Bond yields fell "
           "to their lowest level since March, and the dollar weakened against the euro and the yen."),
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_reports_of_collective_action_pass_and_other_news_does_not(language: str) -> None:
    model = relevance.load_model(language)
    assert model is not None
    assert relevance.is_relevant(language, *ON_TOPIC[language])
    assert not relevance.is_relevant(language, *OFF_TOPIC[language])
    assert model.score(relevance.document_text(*ON_TOPIC[language])) > model.score(
        relevance.document_text(*OFF_TOPIC[language]))


def test_short_texts_are_left_to_the_rules() -> None:
    assert relevance.is_relevant("en", None, "Shares rallied on Thursday.")


def test_a_language_without_a_model_is_never_screened() -> None:
    assert relevance.load_model("xx") is None
    assert relevance.is_relevant("xx", *OFF_TOPIC["en"])


def test_a_broken_model_file_names_the_file(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "zz").mkdir()
    (tmp_path / "zz" / "relevance.json").write_text(json.dumps({"idf": {}, "coef": {}, "bias": "high"}))
    monkeypatch.setattr(relevance, "LANG_DIR", tmp_path)
    relevance.load_model.cache_clear()
    try:
        with pytest.raises(LexiconError, match=r"zz/relevance.json: key 'bias' must be a float"):
            relevance.load_model("zz")
    finally:
        relevance.load_model.cache_clear()


@pytest.mark.slow
def test_off_topic_documents_are_not_parsed_unless_screening_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from strikewatch.ingest import build_document
    from strikewatch.ingest.readers import Record
    from strikewatch.pipeline import analyse_documents

    def document(title: str, text: str) -> object:
        return build_document(Record(f"{title}\n{text}", title, None, {"language": "en", "published": "2024-05-10"}))

    assert next(analyse_documents([document(*OFF_TOPIC["en"])]))[1] == []
    # one report of a strike in a market page is enough for the page to be read
    title, text = OFF_TOPIC["en"]
    mixed = document(title, text + " Separately, dock workers went on strike in Antwerp on Wednesday over pay.")
    assert "strike" in [e.type for e in next(analyse_documents([mixed]))[1]]
    monkeypatch.setattr(relevance, "is_relevant", lambda *args: pytest.fail("screened although screen=False"))
    next(analyse_documents([document(*OFF_TOPIC["en"])], screen=False))


@needs_shared
def test_shipped_weights_are_what_make_train_builds(tmp_path) -> None:
    before = {lang: (ROOT / "src/strikewatch/lang" / lang / "relevance.json").read_text() for lang in ("fr", "en")}
    subprocess.run([sys.executable, str(ROOT / "training" / "train_relevance.py")], check=True, capture_output=True)
    after = {lang: (ROOT / "src/strikewatch/lang" / lang / "relevance.json").read_text() for lang in ("fr", "en")}
    assert after == before, "the relevance weights are stale: run `make train` and commit them"
