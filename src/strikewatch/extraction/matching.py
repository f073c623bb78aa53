"""The lexicon's phrases matched by spaCy: a `PhraseMatcher` over word keys, a `Matcher` for token patterns.

A lexicon word matches a token by the token's word or lemma (lower case): "bloquer la route" finds
"bloquent la route". A token written without accents may stand for an accented word ("greve" finds
"grève", as OCR and PDF conversion give it); an accented token only for itself ("marché" is no
"marche"). A number inside a phrase is passed over ("suppression de 1 200 emplois"). Where phrases
overlap, the leftmost wins, and of those starting there the longest.

spaCy's `PhraseMatcher` compares one attribute per token, while a token may stand for several lexicon
words (its word "la" and its lemma "le"). So each span is rewritten as a document of *keys*, the
lexicon word (or group of words, see `KeySpace`) each token stands for: the matcher runs in C, whatever
the size of the lexicon (spaCy's `Matcher` tries every pattern at every token: ten times slower here). Token patterns written in the data (`patterns = [[{LEMMA = …}]]`)
go to a `Matcher` on the parsed span itself, with spaCy's own semantics: one per pattern, tried only on a
span that holds a word of each of its tokens that every match needs (`TokenPattern`)."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import product
from typing import Any, cast

from spacy.attrs import LEMMA, LIKE_NUM, LOWER, NORM, ORTH, TAG
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from strikewatch.extraction.words import fold, lower

NO_KEY = "\u2400"  # a token that stands for no lexicon word
MEMO_SIZE = 200_000


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
    """Every word of a language's lexicon, the key each token stands for, and the vocabulary of key documents.

    A token that may stand for several lexicon words at once (its word "la" and its lemma "le") gets
    the key of that group ("la|le"); the first time a group is seen, every table adds, for each phrase
    holding one of its words, the spellings with the group's key at those places. So the one key per
    token that spaCy's PhraseMatcher compares finds exactly what matching word by word would."""

    by_lemma: bool = True  # False: a token stands for a word by its own spelling only (figures: "thousands")
    vocab: Vocab = field(default_factory=Vocab)
    exact: set[str] = field(default_factory=set)
    folded: dict[str, set[str]] = field(default_factory=dict)
    groups: dict[frozenset[str], str] = field(default_factory=dict)
    tables: list[PhraseTable] = field(default_factory=list)
    memo: dict[tuple[str, str], str | None] = field(default_factory=dict)  # (word, lemma) -> key
    by_hash: dict[tuple[int, int], str | None] = field(default_factory=dict)  # the same, by their hashes

    def register(self, word: str) -> None:
        self.exact.add(word)
        self.folded.setdefault(fold(word), set()).add(word)

    def candidates(self, token: Token) -> frozenset[str]:
        """The lexicon words this token may stand for, by its word or its lemma."""
        text = lower(token.text)
        lemma = lower(token.lemma_) if self.by_lemma else text
        found = {w for w in (text, lemma) if w in self.exact}
        if token.text.isascii():
            for form in (text, fold(lemma)):
                found |= self.folded.get(form, set())
        return frozenset(found)

    def key(self, token: Token) -> str | None:
        memo_key = (token.text, token.lemma_)
        if memo_key in self.memo:
            return self.memo[memo_key]
        key = self._key(token)
        if len(self.memo) < MEMO_SIZE:  # bounded: a stream's vocabulary is far smaller
            self.memo[memo_key] = key
        return key

    def _key(self, token: Token) -> str | None:
        found = self.candidates(token)
        if len(found) < 2:
            return next(iter(found), None)
        if found not in self.groups:
            self.groups[found] = key = "|".join(sorted(found))
            for table in self.tables:
                table.admit(found, key)
        return self.groups[found]

    def alternatives(self, word: str) -> list[str]:
        """The keys a token standing for this word may carry."""
        return [word, *(key for group, key in self.groups.items() if word in group)]

    def key_doc(self, span: Span) -> tuple[Span, list[int]]:
        """The span in the document's keys (see `_document_keys`) and, for each key of that document,
        the index of its token."""
        keys, positions = self._document_keys(span.doc)
        start, end = bisect_left(positions, span.start), bisect_left(positions, span.end)
        return keys[start:end], positions

    def _document_keys(self, doc: Doc) -> tuple[Doc, list[int]]:
        """The whole document as a document of keys, with the token index of each key; numbers that
        stand for no word are left out, so that phrases pass over them. Built once per document (kept
        in its `user_data`): the rules ask for the keys of many spans of each sentence."""
        memo = doc.user_data.setdefault(_KEYS, {})
        cached = memo.get(id(self))
        if cached is not None and cached[0] is self:
            return cached[1], cached[2]
        keys: list[str] = []
        positions: list[int] = []
        for i, (orth, lemma, number) in enumerate(doc.to_array([ORTH, LEMMA, LIKE_NUM]).tolist()):
            key = self.by_hash.get((orth, lemma), NO_KEY)
            if key == NO_KEY:  # (a token's key depends on its word and lemma only)
                key = self.key(doc[i])
                if len(self.by_hash) < MEMO_SIZE:
                    self.by_hash[(orth, lemma)] = key
            if key is None and number:
                continue
            keys.append(key or NO_KEY)
            positions.append(i)
        out = Doc(self.vocab, words=keys)
        memo[id(self)] = (self, out, positions)  # (this space, checked: ids are reused)
        return out, positions


_KEYS = "strikewatch.keys"


@dataclass(frozen=True)
class Entry:
    value: str
    weak: bool
    length: int


@dataclass(frozen=True)
class TokenPattern:
    """One token pattern of the data, in a Matcher of its own, with the words a span must hold for it
    to match there: for each token a match needs, the hashes of the words (as written, in lower case,
    lemma or norm) or fine tags one of which that token must be. A span lacking one of them is not
    matched at all: spaCy's Matcher tries every pattern at every token, calling Python for each set of
    words."""

    rank: int
    matcher: Matcher
    anchors: tuple[frozenset[int], ...]

    def may_match(self, present: frozenset[int]) -> bool:
        return all(not anchor.isdisjoint(present) for anchor in self.anchors)


REQUIRED_OPS = (None, "+")  # a token of a pattern with no OP, or "+", is in every match


def _anchors(pattern: list[dict[str, Any]], vocab: Vocab) -> tuple[frozenset[int], ...]:
    """For each token of a pattern that every match holds, its `word_anchors`."""
    return tuple(anchor for spec in pattern if spec.get("OP") in REQUIRED_OPS for anchor in word_anchors(spec, vocab))


def word_anchors(attrs: dict[str, Any], vocab: Vocab) -> list[frozenset[int]]:
    """The words a token with these attributes must be, as hashes: each word attribute's value (a word,
    or an IN list of words), and its fine-grained tag's (TAG, read per token as its words are); a token
    tested otherwise (POS, DEP, NOT_IN, REGEX…) says nothing."""
    anchors = []
    for attr in ANCHOR_ATTRIBUTES:
        value = attrs.get(attr)
        if isinstance(value, str):
            anchors.append(frozenset([vocab.strings.add(value)]))
        elif isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list) \
                and all(isinstance(w, str) for w in value["IN"]):
            anchors.append(frozenset(vocab.strings.add(w) for w in value["IN"]))
    return anchors


def words_present(span: Span) -> frozenset[int]:
    """The hashes of what each token of the span is written as, in lower case, its lemma, norm and
    fine-grained tag (from one array per document, kept in its `user_data`); found once per span (kept
    there too): every pattern that needs words asks of the sentence."""
    memo = span.doc.user_data.setdefault(_WORDS_PRESENT, {})
    found = memo.get((span.start, span.end))
    if found is None:
        array = span.doc.user_data.get(_WORD_ARRAY)
        if array is None:
            array = span.doc.user_data[_WORD_ARRAY] = span.doc.to_array([ORTH, LOWER, LEMMA, NORM, TAG])
        found = memo[(span.start, span.end)] = frozenset(array[span.start:span.end].ravel().tolist())
    return cast(frozenset[int], found)


_WORD_ARRAY = "strikewatch.words"
_WORDS_PRESENT = "strikewatch.words_present"


def folded_words(span: Span) -> frozenset[str]:
    """The span's words and lemmas, folded; found once per span (kept in the document's `user_data`):
    several rules ask whether one of their words stands in a sentence, or in the one before."""
    memo = span.doc.user_data.setdefault(_FOLDED_WORDS, {})
    found = memo.get((span.start, span.end))
    if found is None:
        found = memo[(span.start, span.end)] = frozenset(w for t in span for w in (fold(t.lemma_), fold(t.text)))
    return cast(frozenset[str], found)


_FOLDED_WORDS = "strikewatch.folded_words"


class PhraseTable:
    """One table of a lexicon (triggers, subtypes, actors, sectors, demands) compiled for spaCy's matchers."""

    def __init__(self, space: KeySpace) -> None:
        self.space = space
        self.entries: list[Entry] = []
        self.phrases = PhraseMatcher(space.vocab)
        self.patterns: list[TokenPattern] = []
        self.words: dict[int, tuple[str, ...]] = {}  # entry -> its phrase's words
        self.longest = 0  # the most words of a phrase: how far back a cue before a word may start
        space.tables.append(self)

    def add(self, phrase_words: tuple[str, ...], value: str, weak: bool = False) -> None:
        """A phrase written as lexicon words (see `words.words`)."""
        if not phrase_words:
            return
        for word in phrase_words:
            self.space.register(word)
        self.words[len(self.entries)] = phrase_words
        self._add_spellings(len(self.entries), phrase_words)
        self.entries.append(Entry(value, weak, len(phrase_words)))
        self.longest = max(self.longest, len(phrase_words))

    def _add_spellings(self, rank: int, phrase_words: tuple[str, ...], must: str | None = None) -> None:
        """The phrase in keys: each word as itself or as a group it belongs to (with `must` among them)."""
        spellings = [s for s in product(*(self.space.alternatives(w) for w in phrase_words))
                     if must is None or must in s]
        self.phrases.add(str(rank), [Doc(self.space.vocab, words=list(s)) for s in spellings])

    def admit(self, group: frozenset[str], key: str) -> None:
        """A new group of words one token stands for: the spellings of the phrases it touches."""
        for rank, phrase_words in self.words.items():
            if group & set(phrase_words):
                self._add_spellings(rank, phrase_words, must=key)

    def add_pattern(self, pattern: list[dict[str, Any]], value: str, weak: bool = False) -> None:
        """A spaCy token pattern (LEMMA, LOWER, POS, MORPH features, OP…); raises ValueError (spaCy's
        MatchPatternError is one) when malformed.
        Its length is that of each match (its optional tokens may be absent). A word written with
        accents also matches its spelling without them, as the phrases do (OCR: "l'acces")."""
        tokens = [_unaccented_too(morph_as_features(token)) for token in pattern]
        matcher = Matcher(self.space.vocab, validate=True)  # hashes of strings: it matches any vocabulary
        matcher.add(str(len(self.entries)), [tokens])
        self.patterns.append(TokenPattern(len(self.entries), matcher, _anchors(tokens, self.space.vocab)))
        self.entries.append(Entry(value, weak, 0))

    def find_all(self, span: Span) -> list[Match]:
        """Every match in the span, overlapping ones included."""
        found: dict[tuple[int, int, int], Match] = {}
        strings = self.space.vocab.strings
        if self.words:
            keys, positions = self.space.key_doc(span)
            for match_id, start, end in self.phrases(keys):
                rank = int(strings[match_id])
                entry = self.entries[rank]
                match = Match(positions[start], positions[end - 1] + 1, entry.value, entry.weak, entry.length, rank)
                found[(match.start, match.end, rank)] = match
        present = words_present(span) if self.patterns else frozenset()
        for pattern in self.patterns:
            if not pattern.may_match(present):
                continue
            rank = pattern.rank
            entry = self.entries[rank]
            for _, start, end in pattern.matcher(span):
                match = Match(span.start + start, span.start + end, entry.value, entry.weak, end - start, rank)
                found[(match.start, match.end, rank)] = match
        return list(found.values())

    def find(self, span: Span, stands: Callable[[Match], bool] | None = None) -> list[Match]:
        """Non-overlapping matches from left to right, the longest where several start at a token. A match
        that does not `stand` (a paired word without what it needs) leaves its tokens to the next candidate:
        "cut" that cuts no internet may still cut prices."""
        chosen = []
        cursor = span.start
        for match in sorted(self.find_all(span), key=lambda m: (m.start, -m.length, m.rank)):
            if match.start >= cursor and (stands is None or stands(match)):
                chosen.append(match)
                cursor = match.end
        return chosen


WORD_ATTRIBUTES = ("LEMMA", "LOWER", "ORTH", "TEXT", "NORM")
ANCHOR_ATTRIBUTES = (*WORD_ATTRIBUTES, "TAG")  # what `words_present` holds of each token
MORPH_ATTR = "strikewatch_morph"  # the token's morphological features, one string each ("Tense=Fut")
MORPH_PREDICATES = ("IS_SUPERSET", "IS_SUBSET", "INTERSECTS")

if not Token.has_extension(MORPH_ATTR):
    Token.set_extension(MORPH_ATTR, getter=lambda token: str(token.morph).split("|") if len(token.morph) else [])


def morph_as_features(attrs: dict[str, Any]) -> dict[str, Any]:
    """A token's attributes with MORPH read as a set of features from a custom attribute: spaCy looks
    MORPH up in the vocabulary of the matcher, and ours are built on a vocabulary of their own (to match
    any pipeline's parse), where a MORPH predicate never matches. Only feature predicates are meaningful
    there ({IS_SUPERSET = ["Mood=Sub", "Tense=Pres"]}); raises ValueError for any other."""
    if "MORPH" not in attrs:
        return attrs
    value = attrs["MORPH"]
    if not (isinstance(value, dict) and len(value) == 1 and next(iter(value)) in MORPH_PREDICATES):
        raise ValueError(f"MORPH takes one of {', '.join(MORPH_PREDICATES)} over features "
                         f"(MORPH = {{IS_SUPERSET = [\"Tense=Fut\"]}}), not {value!r}")
    rest = {key: item for key, item in attrs.items() if key != "MORPH"}
    return {**rest, "_": {**rest.get("_", {}), MORPH_ATTR: value}}


def _unaccented_too(token: dict[str, Any]) -> dict[str, Any]:
    """A token pattern whose words also match written without accents ("accès" finds "acces"; a word
    written with accents still matches only itself, since no accented token equals an unaccented word)."""
    out = dict(token)
    for attr in WORD_ATTRIBUTES:
        value = token.get(attr)
        if isinstance(value, str) and fold(value) != value.lower():
            out[attr] = {"IN": [value, fold(value)]}
        elif isinstance(value, dict) and isinstance(value.get("IN"), list):
            words = [w for w in value["IN"] if isinstance(w, str)]
            out[attr] = {**value, "IN": list(dict.fromkeys([*value["IN"], *(fold(w) for w in words)]))}
    return out
