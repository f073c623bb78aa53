"""The remembering lemmatizer gives the lemmas spaCy's rule lemmatizer gives (sentences of our own:
base forms, inflections, exceptions, punctuation, numbers, names), the first time and from its memo."""
from __future__ import annotations

import warnings

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

from strikewatch.extraction.lemmatizer import RememberingLemmatizer
from strikewatch.extraction.nlp import load_pipeline
from strikewatch.lang import load

pytestmark = pytest.mark.slow

SENTENCES = ["The dockers were striking again; they'd struck twice in 2023 and won better wages.",
             "Police detained 14 protesters, beat others and fired tear gas at the crowds near Rennford Mills.",
             "She said the nurses' union isn't calling off its walkouts, which began on 3 May.",
             "Thousands marched, sang and shouted: \"Better pay now!\" The mayor hadn't answered by noon."]


def _before_the_lemmatizer(nlp: Language, text: str) -> tuple[Doc, Doc]:
    """Two copies of the text as the pipeline leaves it just before its lemmatizer."""
    names = nlp.pipe_names
    with nlp.select_pipes(disable=names[names.index("lemmatizer"):]):
        doc = nlp(text)
    return doc, Doc(nlp.vocab).from_bytes(doc.to_bytes())


@pytest.mark.parametrize("text", SENTENCES)
def test_the_same_lemmas_as_spacys_rule_lemmatizer(text: str) -> None:
    nlp = load_pipeline("en")
    remembering = nlp.get_pipe("lemmatizer")
    assert isinstance(remembering, RememberingLemmatizer)
    for _ in range(2):  # the second time from the memo
        ours, theirs = _before_the_lemmatizer(nlp, text)
        assert any(t.lemma == 0 for t in ours)
        assert [t.lemma_ for t in remembering(ours)] == [t.lemma_ for t in remembering.lemmatizer(theirs)]


def test_a_language_with_rules_of_its_own_keeps_spacys_lemmatizer_and_the_triage_reads_its_tables() -> None:
    assert isinstance(load_pipeline("fr").get_pipe("lemmatizer"), Lemmatizer)
    remembering = load_pipeline("en").get_pipe("lemmatizer")
    assert remembering.lookups is remembering.lemmatizer.lookups
    assert remembering.lookups.has_table("lemma_exc")


OTHER_LANGUAGES = {
    "fr": "Les dockers ont cessé le travail ; les infirmières manifestaient, et les gendarmes les ont dispersées.",
    "es": "Los mineros marcharon hasta la plaza, donde los policías los dispersaron y detuvieron a sus dirigentes.",
}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_word_lists_as_sets_give_the_lemmas_of_spacys_lists(language: str) -> None:
    """`index_as_sets` makes the lemmatizer's known words sets: the lemmas of the pipeline as it comes."""
    nlp = load_pipeline(language)
    assert all(isinstance(words, frozenset)
               for words in nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index").values())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # (W095: the Spanish model's version, expected; see lang/es/pipeline.toml)
        as_installed = spacy.load(load(language, "pipeline")["model"])
    for text in SENTENCES if language == "en" else [OTHER_LANGUAGES[language]]:
        assert [t.lemma_ for t in nlp(text)] == [t.lemma_ for t in as_installed(text)]
