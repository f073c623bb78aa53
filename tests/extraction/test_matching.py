"""The lexicon's matching rules, kept by spaCy's PhraseMatcher and Matcher (extraction/matching.py):
word or lemma, accents optional on the token's side only, elisions, numbers passed over, hyphen
spellings, leftmost then longest. Sentences are our own."""
from __future__ import annotations

import pytest
from spacy.errors import MatchPatternError

from strikewatch.extraction.matching import KeySpace, PhraseTable, words_present
from strikewatch.extraction.nlp import load_pipeline
from strikewatch.extraction.words import fold, fold_chars, spellings, words

pytestmark = pytest.mark.slow


def table(*phrases: str) -> PhraseTable:
    compiled = PhraseTable(KeySpace())
    for phrase in phrases:
        for form in spellings(phrase):
            compiled.add(form, phrase)
    return compiled


def found(language: str, text: str, compiled: PhraseTable) -> list[tuple[str, str]]:
    doc = load_pipeline(language)(text)
    return [(m.value, doc[m.start:m.end].text) for m in compiled.find(doc[:])]


def test_a_phrase_matches_words_by_their_word_or_their_lemma() -> None:
    assert found("fr", "Les paysans bloquaient la route du col.", table("bloquer la route")) == [
        ("bloquer la route", "bloquaient la route")]


def test_a_token_without_accents_may_stand_for_an_accented_word() -> None:
    assert found("fr", "Les cheminots sont en greve depuis lundi.", table("grève")) == [("grève", "greve")]


def test_an_accented_token_stands_only_for_itself() -> None:
    assert found("fr", "Le marché couvert a fermé ses portes.", table("marche")) == []
    assert found("fr", "Le marché couvert a fermé ses portes.", table("marché")) == [("marché", "marché")]


def test_elided_words_and_numbers_inside_a_phrase() -> None:
    compiled = table("suppression d'emplois")
    assert found("fr", "La direction confirme la suppression d'emplois à l'usine.", compiled) == [
        ("suppression d'emplois", "suppression d'emplois")]
    assert found("fr", "La direction confirme la suppression de 1 200 emplois à l'usine.", compiled) == [
        ("suppression d'emplois", "suppression de 1 200 emplois")]
    assert words("l'accès") == ("le", "accès")


def test_a_number_does_not_start_a_phrase() -> None:
    assert found("en", "They counted 40 strikes in March.", table("strikes")) == [("strikes", "strikes")]


def test_hyphen_spellings() -> None:
    assert found("fr", "Un sit-in s'est tenu devant la mairie.", table("sit-in")) == [("sit-in", "sit-in")]
    assert found("en", "Students held a sit-in outside the library.", table("sit-in")) == [("sit-in", "sit-in")]


def test_leftmost_then_longest_wins() -> None:
    compiled = table("grève", "grève générale", "générale illimitée")
    assert found("fr", "Ils ont lancé une grève générale illimitée hier.", compiled) == [
        ("grève générale", "grève générale")]


def test_a_match_that_does_not_stand_leaves_its_tokens_to_the_next_candidate() -> None:
    compiled = PhraseTable(KeySpace())
    compiled.add(words("cut"), "restriction")  # earlier in the data: it wins a tie when it stands
    compiled.add(words("cut"), "concession")
    doc = load_pipeline("en")("The government cut bread prices on Monday.")
    assert [m.value for m in compiled.find(doc[:])] == ["restriction"]
    assert [m.value for m in compiled.find(doc[:], lambda m: m.value != "restriction")] == ["concession"]
    assert compiled.find(doc[:], lambda m: False) == []


def test_token_patterns_are_matched_on_the_parse_with_the_phrases() -> None:
    compiled = table("block")
    compiled.add_pattern([{"LEMMA": "block"}, {"POS": "DET", "OP": "?"}, {"LEMMA": {"IN": ["road", "bridge"]}}],
                         "blockade")
    assert found("en", "Farmers blocked the bridge at dawn.", compiled) == [("blockade", "blocked the bridge")]
    assert found("en", "Farmers blocked a plan at dawn.", compiled) == [("block", "blocked")]
    with pytest.raises(MatchPatternError):
        compiled.add_pattern([{"LEMA": "block"}], "blockade")


def test_a_token_pattern_is_tried_only_where_each_word_it_needs_stands() -> None:
    """The words of the tokens every match holds (not an optional one's, nor a NOT_IN list) must each
    stand in the span, as written, in lower case, as lemma or norm; elsewhere the pattern is not tried."""
    compiled = table()
    compiled.add_pattern([{"LEMMA": "block"}, {"LOWER": "the", "OP": "?"}, {"LOWER": {"NOT_IN": ["a"]}},
                          {"LOWER": {"IN": ["road", "bridge"]}}], "blockade")
    pattern = compiled.patterns[0]
    hashes = compiled.space.vocab.strings
    assert pattern.anchors == (frozenset([hashes["block"]]), frozenset([hashes["road"], hashes["bridge"]]))
    doc = load_pipeline("en")("Farmers blocked a plan.\nThey blocked the old bridge at dawn.")
    plan, bridge = doc.sents
    assert not pattern.may_match(words_present(plan)) and compiled.find_all(plan) == []
    assert pattern.may_match(words_present(bridge))
    assert [doc[m.start:m.end].text for m in compiled.find_all(bridge)] == ["blocked the old bridge"]


def test_token_patterns_tried_by_their_words_find_what_one_matcher_of_them_all_finds() -> None:
    from spacy.matcher import Matcher

    from strikewatch.extraction.lexicon import load_lexicon

    triggers = load_lexicon("en").triggers
    everything = Matcher(triggers.space.vocab)
    for pattern in triggers.patterns:
        everything.add(str(pattern.rank), pattern.matcher.get(str(pattern.rank))[1])
    ranks = {pattern.rank for pattern in triggers.patterns}
    doc = load_pipeline("en")("Police shot two students in March. Since March 3, dockers struck twice. The union "
                              "demanded the release of its leader. Youths hurled stones and bottles at police. "
                              "Farmers blocked the main highway to the port. Workers struck a deal on Friday.")
    for sent in doc.sents:
        tried = {(m.start, m.end, m.rank) for m in triggers.find_all(sent) if m.rank in ranks}
        every = {(sent.start + start, sent.start + end, int(triggers.space.vocab.strings[key]))
                 for key, start, end in everything(sent)}
        assert tried == every
    assert len({rank for sent in doc.sents for *_, rank in
                [(m.start, m.rank) for m in triggers.find_all(sent) if m.rank in ranks]}) >= 4


def test_a_token_pattern_matches_morphological_features() -> None:
    compiled = table()
    compiled.add_pattern([{"LEMMA": "hacer", "MORPH": {"IS_SUPERSET": ["Mood=Sub"]}}, {"LOWER": "huelga"}], "wished")
    assert found("es", "Piden que hagan huelga en el puerto.", compiled) == [("wished", "hagan huelga")]
    assert found("es", "Ayer hicieron huelga en el puerto.", compiled) == []
    with pytest.raises(ValueError, match="MORPH takes one of"):
        compiled.add_pattern([{"MORPH": {"IN": ["Tense=Fut"]}}], "future")


def test_a_token_pattern_word_with_accents_matches_it_written_without() -> None:
    compiled = table()
    compiled.add_pattern([{"LEMMA": "bloquer"}, {"POS": "DET", "OP": "?"}, {"LOWER": {"IN": ["dépôt", "accès"]}}],
                         "blocage")
    assert found("fr", "Les grévistes ont bloqué le depot jeudi.", compiled) == [("blocage", "bloqué le depot")]
    assert found("fr", "Les grévistes ont bloqué le dépôt jeudi.", compiled) == [("blocage", "bloqué le dépôt")]


def test_a_phrase_may_need_one_token_by_its_word_and_another_by_its_lemma() -> None:
    """"grèves" stands for "grèves" and "grève", "la" for "la" and "le": all four are lexicon words here,
    and the phrase needs the lemma of one and the word of the other."""
    compiled = table("grève de la faim", "grèves", "le")
    assert found("fr", "Ils poursuivent leurs grèves de la faim depuis mai.", compiled) == [
        ("grève de la faim", "grèves de la faim")]


def test_a_modality_cue_just_before_a_trigger_or_one_word_before() -> None:
    from strikewatch.extraction.modality import _preceded_by

    cues = table("appel à")
    doc = load_pipeline("fr")("Ils répondent aux appels à une grève générale, pas à la grève des loyers.")
    first, second = (t.i for t in doc if t.text == "grève")
    assert _preceded_by(first, doc[:], cues)  # "appels" is "appel"
    assert not _preceded_by(second, doc[:], cues)


def test_figures_match_by_their_own_spelling_only() -> None:
    """"thousands" is a vague figure; its lemma "thousand" an exact one."""
    from strikewatch.extraction.lexicon import load_lexicon

    lexicon = load_lexicon("en")
    doc = load_pipeline("en")("Thousands of nurses marched, and a thousand more joined them.")
    assert [(doc[m.start:m.end].text, m.value, m.weak) for m in lexicon.numbers.find(doc[:])] == [
        ("Thousands", "2000", True), ("a thousand", "1000", True)]


@pytest.mark.parametrize("text", ["Strikers marched on 3 May, 2024 (again)!", "Grève à l’usine: « Non » dit-il",
                                  "Ｆｕｌｌ-width ﬁgures", ""])
def test_folding_character_by_character_keeps_the_length(text: str) -> None:
    """Each character folded alone, left as written when folding would change its length (offsets
    into the text stay valid); plain ASCII folds to its lower case."""
    expected = "".join(fold(ch) if len(fold(ch)) == 1 else ch for ch in text)
    assert fold_chars(text) == expected and len(fold_chars(text)) == len(text)
