"""Relations of the parse the rules read, found by spaCy's DependencyMatcher with the patterns of
`lang/dependencies.toml` (what a trigger word acts on, a movement spreading, a purpose under the event
it explains).

The data's patterns are spaCy's, with two more token attributes that name a word list of the language
(`WORDS`: the token's lemma or text is one of them; `LEMMAS`: its lemma is; accents optional): they are
written as spaCy's custom attributes, read through getters registered here; MORPH takes feature sets
(`matching.morph_as_features`)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from spacy.matcher import DependencyMatcher
from spacy.tokens import Span, Token
from spacy.vocab import Vocab

from strikewatch.errors import LexiconError
from strikewatch.extraction.matching import folded_words, morph_as_features, word_anchors, words_present
from strikewatch.extraction.words import fold

WORDS_ATTR = "strikewatch_words"  # the token's lemma and text, folded
LEMMA_ATTR = "strikewatch_lemma"  # its lemma, folded

if not Token.has_extension(WORDS_ATTR):
    Token.set_extension(WORDS_ATTR, getter=lambda token: [fold(token.lemma_), fold(token.text)])
if not Token.has_extension(LEMMA_ATTR):
    Token.set_extension(LEMMA_ATTR, getter=lambda token: fold(token.lemma_))


Pattern = list[dict[str, Any]]


def _node(node: dict[str, Any], words: Mapping[str, frozenset[str]], where: str) -> dict[str, Any]:
    """A node of the data with its WORDS / LEMMAS (and MORPH features) written as spaCy's custom attributes."""
    try:
        attrs = morph_as_features(dict(node.get("RIGHT_ATTRS", {})))
    except ValueError as exc:
        raise LexiconError(f"{where}: {exc}") from None
    custom: dict[str, Any] = dict(attrs.pop("_", {}))
    for key, attr, op in (("WORDS", WORDS_ATTR, "INTERSECTS"), ("LEMMAS", LEMMA_ATTR, "IN")):
        if key in attrs:
            name = attrs.pop(key)
            if name not in words:
                raise LexiconError(f"{where}: {key} = {name!r}: no such word list; expected one of {', '.join(words)}")
            custom[attr] = {op: sorted(words[name])}
    return {**node, "RIGHT_ATTRS": {**attrs, "_": custom}} if custom else {**node, "RIGHT_ATTRS": attrs}


@dataclass(frozen=True)
class Anchored:
    """One pattern whose nodes need words (a LEMMA, LOWER… value or list, a WORDS or LEMMAS list) or a fine
    tag (TAG), tried only on a sentence that holds one of each such node's: as written, in lower case, as
    lemma, norm or tag (`words`, hashes), or folded (`folded`)."""

    key: str
    words: tuple[frozenset[int], ...]
    folded: tuple[frozenset[str], ...]

    def may_match(self, sent: Span) -> bool:
        present = words_present(sent)
        return all(not anchor.isdisjoint(present) for anchor in self.words) and \
            all(not anchor.isdisjoint(folded_words(sent)) for anchor in self.folded)


MATCHERS_KEPT = 1024  # sets of patterns whose DependencyMatcher is kept: a language's sentences ask for few


@dataclass(frozen=True)
class Relations:
    """One family of patterns compiled for spaCy's DependencyMatcher (those that need words of the sentence,
    `Anchored`, tried only where they may match; the others, `free`, everywhere); `find` gives each match
    as its nodes by name."""

    vocab: Vocab  # string hashes: the matchers match any pipeline's parse
    patterns: Mapping[str, Pattern]  # match key -> its pattern, compiled and checked by spaCy
    free: tuple[str, ...]  # the keys of the patterns whose nodes need no word
    anchored: tuple[Anchored, ...]
    nodes: Mapping[str, tuple[str, ...]]  # match key -> the names of its pattern's nodes, in order
    groups: tuple[str, ...]  # the groups, in the data's order
    matchers: dict[tuple[str, ...], DependencyMatcher] = field(default_factory=dict, compare=False, repr=False)

    def matcher(self, keys: tuple[str, ...]) -> DependencyMatcher:
        """One DependencyMatcher of these patterns (kept for the next sentence that asks for the same): one
        call reads the sentence once for all of them, and a test that several patterns share (a MORPH
        feature, a DEP list) is made once per token; a matcher per pattern took about a quarter more time.
        What it finds is what one matcher of them all finds (tests/extraction/test_dependencies.py)."""
        matcher = self.matchers.get(keys)
        if matcher is None:
            matcher = DependencyMatcher(self.vocab)  # (the patterns were checked one by one on compiling)
            for key in keys:
                matcher.add(key, [self.patterns[key]])
            if len(self.matchers) < MATCHERS_KEPT:
                self.matchers[keys] = matcher
        return matcher

    def find(self, sent: Span) -> dict[str, list[dict[str, Token]]]:
        """Per group (the key's part before "/"), every match in the sentence as {node name: token}, in the
        data's order. Found once per span (kept in the document's `user_data`): several rules ask of one
        sentence."""
        found: dict[str, list[dict[str, Token]]] = {}
        if not self.nodes:
            return found  # no patterns (a language without such a rule): no copy of the sentence
        memo = sent.doc.user_data.setdefault(_FOUND, {})
        cached = memo.get((id(self), sent.start, sent.end))
        if cached is not None and cached[0] is self:  # (this family, checked: ids are reused)
            return cached[1]
        keys = self.free + tuple(pattern.key for pattern in self.anchored if pattern.may_match(sent))
        by_key: dict[str, list[dict[str, Token]]] = {}
        if keys:
            # the matcher copies a Span into a Doc of its own, with a copy of each of the document's
            # `user_data` (our memos among them); the custom attributes it reads are getters, which need
            # none. One copy per sentence serves every family of relations asked of it.
            copies = sent.doc.user_data.setdefault(_COPIES, {})
            copy = copies.get((sent.start, sent.end))
            if copy is None:
                copy = copies[(sent.start, sent.end)] = sent.as_doc()
            strings = self.vocab.strings
            for match_id, token_ids in self.matcher(keys)(copy):
                key = strings[match_id]
                by_key.setdefault(key, []).append(
                    {name: sent.doc[sent.start + i] for name, i in zip(self.nodes[key], token_ids)})
        for key in self.nodes:  # (the data's order, as one matcher of them all gives them)
            if key in by_key:
                found.setdefault(key.split("/")[0], []).extend(by_key[key])
        memo[(id(self), sent.start, sent.end)] = (self, found)
        return found


_FOUND = "strikewatch.relations"
_COPIES = "strikewatch.sentence_docs"


def compile_relations(groups: Mapping[str, list[Pattern]], words: Mapping[str, frozenset[str]], needs: tuple[str, ...],
                      where: str) -> Relations:
    """Patterns by group (`group` -> patterns), each checked by spaCy and required to name the nodes `needs`."""
    vocab = Vocab()
    patterns: dict[str, Pattern] = {}
    free: list[str] = []
    anchored: list[Anchored] = []
    nodes: dict[str, tuple[str, ...]] = {}
    for group, group_patterns in groups.items():
        for n, pattern in enumerate(group_patterns):
            names = tuple(str(node.get("RIGHT_ID")) for node in pattern)
            missing = [name for name in needs if name not in names]
            if missing:
                raise LexiconError(f"{where}: {group} pattern {n + 1}: no node named {', '.join(missing)}")
            key = f"{group}/{n}"
            compiled = [_node(node, words, f"{where}: {group} pattern {n + 1}") for node in pattern]
            try:
                DependencyMatcher(vocab, validate=True).add(key, [compiled])
            except ValueError as exc:  # spaCy's MatchPatternError is one
                raise LexiconError(f"{where}: {group} pattern {n + 1}: not a DependencyMatcher pattern: {exc}") from None
            hashes, folded = _anchors(compiled, vocab)
            if hashes or folded:
                anchored.append(Anchored(key, hashes, folded))
            else:
                free.append(key)
            patterns[key] = compiled
            nodes[key] = names
    return Relations(vocab, patterns, tuple(free), tuple(anchored), nodes, tuple(groups))


def _anchors(pattern: Pattern, vocab: Vocab) -> tuple[tuple[frozenset[int], ...], tuple[frozenset[str], ...]]:
    """What each node of a compiled pattern needs the sentence to hold (every node matches a token): the
    hashes of its word attributes' value or IN list, and its WORDS or LEMMAS list, folded."""
    hashes: list[frozenset[int]] = []
    folded: list[frozenset[str]] = []
    for node in pattern:
        attrs = node.get("RIGHT_ATTRS", {})
        hashes += word_anchors(attrs, vocab)
        custom = attrs.get("_", {})
        for attr, op in ((WORDS_ATTR, "INTERSECTS"), (LEMMA_ATTR, "IN")):
            value = custom.get(attr)
            if isinstance(value, dict) and set(value) == {op}:
                folded.append(frozenset(value[op]))
    return tuple(hashes), tuple(folded)
