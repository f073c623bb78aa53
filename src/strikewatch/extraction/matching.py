"""The lexicon's phrases matched by spaCy: a `PhraseMatcher` over word keys, a `Matcher` for token patterns.

A lexicon word matches a token by the token's word or lemma (lower case): "bloquer la route" finds
"bloquent la route". A token written without accents may stand for an accented word ("greve" finds
"grève", as OCR and PDF conversion give it); an accented token only for itself ("marché" is no
"marche"). A number inside a phrase is passed over ("suppression de 1 200 emplois"). Where phrases
overlap, the leftmost wins, and of those starting there the longest.

spaCy's `PhraseMatcher` compares one attribute per token, while a token may stand for several lexicon
words (its word "la" and its lemma "le"). So each span is rewritten as a short document of *keys*,
the lexicon word each token stands for, once per reading when a token has several: the matcher
runs in C over a handful of words, whatever the size of the lexicon (spaCy's `Matcher` would try
every pattern at every token). Token patterns written in the data (`patterns = [[{LEMMA = …}]]`)
go to a `Matcher` on the parsed span itself, with spaCy's own semantics."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from strikewatch.extraction.words import fold, lower

NO_KEY = "\u2400"  # a token that stands for no lexicon word


@dataclass(frozen=True)
class Match:
    start: int  # token indices in the parsed document
    end: int
    value: str  # the type, actor, sector, demand or subtype it stands for
    weak: bool
    length: int  # words of the phrase (numbers passed over do not count)
    rank: int  # order of the entry in the data: the earlier wins a tie


@dataclass
class KeySpace:
    """Every word of a language's lexicon: what a token may stand for, and the vocabulary of key documents."""

    vocab: Vocab = field(default_factory=Vocab)
    exact: set[str] = field(default_factory=set)
    folded: dict[str, set[str]] = field(default_factory=dict)

    def register(self, word: str) -> None:
        self.exact.add(word)
        self.folded.setdefault(fold(word), set()).add(word)

    def candidates(self, token: Token) -> list[str]:
        """The lexicon words this token may stand for: its word first, then its lemma."""
        text, lemma = lower(token.text), lower(token.lemma_)
        found = [w for w in (text, lemma) if w in self.exact]
        if token.text.isascii():
            for form in (text, fold(lemma)):
                found.extend(sorted(self.folded.get(form, ())))
        return list(dict.fromkeys(found))

    def readings(self, span: Span) -> tuple[list[Doc], list[int]]:
        """Key documents of the span (one per reading of its ambiguous tokens) and, for each key, the
        index of its token; numbers that stand for no word are left out, so that phrases pass over them."""
        keys: list[list[str]] = []
        positions: list[int] = []
        for token in span:
            found = self.candidates(token)
            if not found and token.like_num:
                continue
            keys.append(found or [NO_KEY])
            positions.append(token.i)
        depth = max((len(k) for k in keys), default=1)
        docs = [Doc(self.vocab, words=[k[min(n, len(k) - 1)] for k in keys]) if keys else Doc(self.vocab)
                for n in range(depth)]
        return docs, positions


@dataclass(frozen=True)
class Entry:
    value: str
    weak: bool
    length: int


class PhraseTable:
    """One table of a lexicon (triggers, subtypes, actors, sectors, demands) compiled for spaCy's matchers."""

    def __init__(self, space: KeySpace) -> None:
        self.space = space
        self.entries: list[Entry] = []
        self.phrases = PhraseMatcher(space.vocab)
        self.patterns = Matcher(space.vocab, validate=True)  # hashes of strings: it matches any vocabulary

    def add(self, phrase_words: tuple[str, ...], value: str, weak: bool = False) -> None:
        """A phrase written as lexicon words (see `lexicon.words`)."""
        if not phrase_words:
            return
        for word in phrase_words:
            self.space.register(word)
        self.phrases.add(str(len(self.entries)), [Doc(self.space.vocab, words=list(phrase_words))])
        self.entries.append(Entry(value, weak, len(phrase_words)))

    def add_pattern(self, pattern: list[dict[str, Any]], value: str, weak: bool = False) -> None:
        """A spaCy token pattern (LEMMA, LOWER, POS, OP…); raises spaCy's MatchPatternError when malformed."""
        self.patterns.add(str(len(self.entries)), [pattern])
        self.entries.append(Entry(value, weak, len(pattern)))

    def find_all(self, span: Span) -> list[Match]:
        """Every match in the span, overlapping ones included."""
        found: dict[tuple[int, int, int], Match] = {}
        strings = self.space.vocab.strings
        if len(self.phrases):
            docs, positions = self.space.readings(span)
            for doc in docs:
                for match_id, start, end in self.phrases(doc):
                    rank = int(strings[match_id])
                    entry = self.entries[rank]
                    match = Match(positions[start], positions[end - 1] + 1, entry.value, entry.weak, entry.length, rank)
                    found[(match.start, match.end, rank)] = match
        if len(self.patterns):
            for match_id, start, end in self.patterns(span):
                rank = int(strings[match_id])
                entry = self.entries[rank]
                match = Match(span.start + start, span.start + end, entry.value, entry.weak, end - start, rank)
                found[(match.start, match.end, rank)] = match
        return list(found.values())

    def find(self, span: Span) -> list[Match]:
        """Non-overlapping matches from left to right, the longest where several start at a token."""
        chosen = []
        cursor = span.start
        for match in sorted(self.find_all(span), key=lambda m: (m.start, -m.length, m.rank)):
            if match.start >= cursor:
                chosen.append(match)
                cursor = match.end
        return chosen
