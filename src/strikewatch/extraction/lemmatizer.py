"""spaCy's rule lemmatizer, remembered per word, part of speech and features.

spaCy's `Lemmatizer` in rule mode makes a `Token` for each word, and for most of them (base forms,
punctuation, parts of speech without rules) works the lemma out again every time: its own cache
keeps only the words its rules changed. What it gives a token depends only on the token's word,
part of speech and morphological features (and on the model's tables), so this component asks it
once per such triple and reads the rest from one array per document. A token without a part of
speech still goes to spaCy each time (it warns, W108, on each), and a lemmatizer in another mode, or
one whose language overrides its rules, stays spaCy's own."""
from __future__ import annotations

from typing import cast

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc
from thinc.types import Ints2d

MEMO_SIZE = 500_000  # (word, part of speech, features) triples remembered; a stream's are far fewer


class RememberingLemmatizer:
    """A rule `Lemmatizer` asked once per (word, part of speech, features); the same lemmas as it gives."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.memo: dict[tuple[int, int, int], int] = {}  # -> the lemma's hash

    @property
    def lookups(self) -> Lookups:
        """Its lemmatizer's tables (the triage reads them to know every lemma a word may get)."""
        return self.lemmatizer.lookups

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self.lemmatizer
        if not lemmatizer._validated:
            return lemmatizer(doc)  # (spaCy checks its tables on its first document)
        try:
            lemmas = self._lemmas(doc)
        except Exception as exc:  # noqa: BLE001 (reported as spaCy's own lemmatizer reports it)
            lemmatizer.get_error_handler()(lemmatizer.name, lemmatizer, [doc], exc)
            return doc
        doc.from_array([LEMMA], cast(Ints2d, numpy.array(lemmas, dtype="uint64").reshape(-1, 1)))
        return doc

    def _lemmas(self, doc: Doc) -> list[int]:
        lemmatizer, memo, strings = self.lemmatizer, self.memo, doc.vocab.strings
        out = []
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
            if lemmatizer.overwrite or lemma == 0:
                found = memo.get((orth, pos, morph))
                if found is None:
                    found = strings.add(lemmatizer.lemmatize(doc[i])[0])
                    if pos != 0 and len(memo) < MEMO_SIZE:
                        memo[(orth, pos, morph)] = found
                lemma = found
            out.append(lemma)
        return out


def index_as_sets(nlp: Language) -> None:
    """Make the word lists of the lemmatizer's `lemma_index` sets. spaCy's rule lemmatizers (English,
    French, Spanish) ask whether a candidate lemma is a known word with `in` on these lists, some
    57,000 words long, for every rule that fits the word's ending: a tenth of the pipeline's time on
    new words. They only ever ask `in` (and the tables are read, never saved, here), so the lemmas are
    the same."""
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None) if "lemmatizer" in nlp.pipe_names else None
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    for key, words in list(index.items()):
        if isinstance(words, list):
            index[key] = frozenset(words)


def remember_lemmas(nlp: Language) -> None:
    """Put a `RememberingLemmatizer` in the place of the pipeline's rule lemmatizer, under the same name
    (see the module's docstring for when it stays spaCy's own)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule" \
            or type(lemmatizer).rule_lemmatize is not Lemmatizer.rule_lemmatize:
        return
    nlp.add_pipe("remembering_lemmatizer", name="remembering_lemmatizer", after="lemmatizer")
    nlp.remove_pipe("lemmatizer")
    nlp.rename_pipe("remembering_lemmatizer", "lemmatizer")


@Language.factory("remembering_lemmatizer")
def _remembering_lemmatizer(nlp: Language, name: str) -> RememberingLemmatizer:
    """Built from the pipeline's `lemmatizer`, which it then replaces (see `remember_lemmas`)."""
    return RememberingLemmatizer(cast(Lemmatizer, nlp.get_pipe("lemmatizer")))
