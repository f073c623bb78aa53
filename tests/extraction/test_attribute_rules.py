"""The compiled attribute ruler annotates exactly as spaCy's own: on the models' rules (sentences of
our own with their exceptions: contractions, "there were", negation) and on rules of every kind it
reads or leaves to spaCy's Matcher."""
from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from strikewatch.extraction.attribute_rules import CompiledRuler
from strikewatch.extraction.nlp import load_pipeline

SENTENCES = {
    "en": ["There were clashes outside the depot and it wasn't over by noon.",
           "I ain't going back, said one docker; y'all know we're gonna win this.",
           "Let's march, she said, and they got ta the square before the police did.",
           "Nothin' changed: the nurses said they'd strike again if the board didn't pay.",
           "The union, which has 4,000 members, is not calling off the walkout."],
    "fr": ["Les cheminots n'ont pas repris le travail, a dit la CGT.\n\nIl y avait 300 grévistes."],
    "es": ["Los mineros no volvieron al trabajo el lunes, dijo el sindicato."],
}


def _annotations(doc: Doc) -> list[tuple[str, str, str, str, str]]:
    return [(t.pos_, str(t.morph), t.lemma_, t.dep_, t.tag_) for t in doc]


def _before_the_ruler(nlp: Language, text: str) -> tuple[Doc, Doc]:
    """Two copies of the text as the pipeline leaves it just before its attribute ruler."""
    names = nlp.pipe_names
    with nlp.select_pipes(disable=names[names.index("attribute_ruler"):]):
        doc = nlp(text)
    return doc, Doc(nlp.vocab).from_bytes(doc.to_bytes())


@pytest.mark.slow
@pytest.mark.parametrize(("language", "text"), [(lang, text) for lang, texts in SENTENCES.items() for text in texts])
def test_the_models_rules_give_the_same_annotations(language: str, text: str) -> None:
    nlp = load_pipeline(language)
    compiled = nlp.get_pipe("attribute_ruler")
    assert isinstance(compiled, CompiledRuler)
    spacy_doc, our_doc = _before_the_ruler(nlp, text)
    assert _annotations(compiled.ruler(spacy_doc)) == _annotations(compiled(our_doc))


def _ruler(patterns: list[dict]) -> tuple[Language, AttributeRuler]:
    nlp = spacy.blank("en")
    ruler = AttributeRuler(nlp.vocab)
    ruler.add_patterns(patterns)
    return nlp, ruler


RULES = [
    {"patterns": [[{"LOWER": {"IN": ["walk", "walked"]}}]], "attrs": {"POS": "VERB", "LEMMA": "walk"}},
    {"patterns": [[{"LOWER": {"REGEX": "^out+$"}}]], "attrs": {"POS": "ADP"}},
    {"patterns": [[{"LOWER": "walked"}, {"LOWER": "out"}]], "attrs": {"LEMMA": "walk out"}, "index": 0},
    {"patterns": [[{"LOWER": "walked"}, {"LOWER": "out"}]], "attrs": {"MORPH": "Tense=Past"}, "index": -1},
    {"patterns": [[{"IS_PUNCT": True}]], "attrs": {"POS": "PUNCT"}},
    {"patterns": [[{"LOWER": {"NOT_IN": ["the", "a"]}, "IS_ALPHA": True}]], "attrs": {"MORPH": "Foo=Bar"}},
    {"patterns": [[{"LOWER": "dockers"}, {"OP": "?"}, {"LOWER": "walked"}]], "attrs": {"POS": "NOUN"}},
]


@pytest.mark.parametrize("text", ["The dockers walked out.", "The dockers all walked outtt, a walk out!", ""])
def test_rules_of_every_kind_give_the_same_annotations(text: str) -> None:
    """One-token tests (word lists, patterns, flags, exclusions), rules of two tokens setting their
    first or last, and a rule with an operator, which spaCy's Matcher keeps."""
    nlp, ruler = _ruler(RULES)
    compiled = CompiledRuler(ruler)
    assert len(compiled.others) == 1
    assert _annotations(ruler(nlp.make_doc(text))) == _annotations(compiled(nlp.make_doc(text)))


def test_a_rule_that_sets_a_lexeme_attribute_is_left_to_spacy() -> None:
    """spaCy writes such an attribute to the word's lexeme, shared by every token of the word."""
    nlp, ruler = _ruler([{"patterns": [[{"LOWER": "strike"}]], "attrs": {"NORM": "stoppage"}}])
    compiled = CompiledRuler(ruler)
    assert len(compiled.others) == 1
    assert [t.norm_ for t in compiled(nlp.make_doc("A strike."))] == ["a", "stoppage", "."]
