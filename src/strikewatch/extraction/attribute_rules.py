"""spaCy's attribute ruler, applied the same way at a fraction of the cost.

The ruler of the small models (the tag map of English: tag -> part of speech and features, and
its exceptions) runs spaCy's `Matcher` over every token with some two hundred patterns; its `IN`
and `REGEX` tests call Python with a new `Token` each time, which took a sixth of the time of a
full parse. Every pattern of these models is a fixed run of tokens, each tested on a few attributes,
so which of its tokens' tests hold at a token depends only on those attributes' values: that is
worked out once per combination (a memo) and read from one array per document; a pattern of several
tokens holds where its tokens' tests hold one after the other. Each token then gets the attributes
of the rules that hold for it, the later rule winning, as spaCy applies them. Patterns with
operators or tests this module does not read, and rules that set attributes of the word's lexeme,
stay with spaCy's `Matcher`: a document where one of them matches goes through spaCy's own ruler."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, cast

from spacy.attrs import IDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

Holds = Callable[[int, Callable[[int], str]], bool]  # (attribute value, hash -> string) -> holds?


@dataclass(frozen=True)
class Test:
    """One attribute's test, as the Matcher makes it; `among`: the values it needs one of, if it names them."""

    attr: int
    holds: Holds
    among: frozenset[int] | None


def _test(attr: int, value: Any) -> Test | None:
    """The test of one attribute, or None for what this module does not read."""
    if isinstance(value, bool):
        return Test(attr, lambda v, _: v == int(value), frozenset({int(value)}))
    if isinstance(value, str):
        wanted = get_string_id(value)
        return Test(attr, lambda v, _: v == wanted, frozenset({wanted}))
    if not isinstance(value, dict) or len(value) != 1:
        return None
    (operator, argument), = value.items()
    if operator in ("IN", "NOT_IN") and isinstance(argument, list) and all(isinstance(a, str) for a in argument):
        members = frozenset(get_string_id(a) for a in argument)
        if operator == "IN":
            return Test(attr, lambda v, _: v in members, members)
        return Test(attr, lambda v, _: v not in members, None)
    if operator == "REGEX" and isinstance(argument, str):
        pattern = re.compile(argument)
        return Test(attr, lambda v, string: pattern.search(string(v)) is not None, None)
    return None


def _token_tests(token: dict[str, Any]) -> list[Test] | None:
    """The tests of one token of a pattern, or None when the Matcher must read it (an operator, a
    morphology test, a length…)."""
    tests = []
    for name, value in token.items():
        if name not in IDS or name in ("OP", "SENT_START", "IS_SENT_START", "MORPH", "LENGTH"):
            return None
        test = _test(IDS[name], value)
        if test is None:
            return None
        tests.append(test)
    return tests


@dataclass(frozen=True)
class Step:
    """One token of a compiled pattern: the pattern's rule, the pattern, its position in it, its length."""

    rule: int
    pattern: int
    position: int
    length: int
    tests: tuple[Test, ...]


@dataclass(frozen=True)
class Reading:
    """What the compiled patterns say of one token: the one-token rules that hold at it and what they
    set (the later rule winning, as spaCy applies them in rule order), and the steps of longer
    patterns that hold at it."""

    rules: tuple[int, ...]
    merged: dict[Any, Any]
    steps: frozenset[Step]


# What a rule may set to be compiled: attributes of the token alone. spaCy also writes a rule's
# attributes to the word's lexeme, shared by every token of that word; then the order of all matches
# in the document counts, and spaCy's own ruler applies it.
TOKEN_ONLY = frozenset(IDS[name] for name in ("POS", "TAG", "MORPH", "LEMMA", "DEP"))


class CompiledRuler:
    """One pipeline's attribute ruler: its patterns of fixed length by a memo of each token's
    attribute values, the others (none in the models we use) by spaCy's Matcher and ruler."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self.strings = ruler.vocab.strings
        self.patterns: list[list[Step]] = []
        self.others = Matcher(ruler.vocab)
        for rule in range(len(ruler.attrs)):
            patterns = ruler.matcher.get(str(rule))[1]
            compiled = [[_token_tests(token) for token in pattern] for pattern in patterns]
            if any(None in tokens for tokens in compiled) or not set(ruler.attrs[rule]) <= TOKEN_ONLY:
                self.others.add(str(rule), patterns)
                continue
            for tokens in cast(list[list[list[Test]]], compiled):
                n = len(self.patterns)
                self.patterns.append([Step(rule, n, k, len(tokens), tuple(tests)) for k, tests in enumerate(tokens)])
        steps = [step for pattern in self.patterns for step in pattern]
        self.features = sorted({test.attr for step in steps for test in step.tests})
        # each step under the value of one attribute it needs (a word before a tag: fewer share it),
        # so that a token is tested only against the steps that may hold for it
        self.anywhere: list[Step] = []
        self.by_value: dict[tuple[int, int], list[Step]] = {}
        for step in steps:
            named = [t for t in step.tests if t.among is not None]
            if not named:
                self.anywhere.append(step)
                continue
            anchor = min(named, key=lambda t: len(t.among or ()) * (1 if t.attr == IDS["LOWER"] else 10))
            for value in anchor.among or ():
                self.by_value.setdefault((anchor.attr, value), []).append(step)
        self.memo: dict[tuple[int, ...], Reading] = {}

    def _merge(self, rules: Iterable[int]) -> dict[Any, Any]:
        merged: dict[Any, Any] = {}
        for rule in sorted(set(rules)):
            merged.update(self.ruler.attrs[rule])
        return merged

    def _read(self, values: tuple[int, ...]) -> Reading:
        """The reading of a token with these attribute values."""
        found = self.memo.get(values)
        if found is None:
            value_of = dict(zip(self.features, values))
            string = self.strings.__getitem__
            candidates = [*self.anywhere, *(s for pair in value_of.items() for s in self.by_value.get(pair, ()))]
            holding = [s for s in candidates if all(t.holds(value_of[t.attr], string) for t in s.tests)]
            rules = tuple(sorted({s.rule for s in holding if s.length == 1}))
            found = Reading(rules, self._merge(rules), frozenset(s for s in holding if s.length > 1))
            if len(self.memo) < 100_000:  # bounded: tags times words is a small set in practice
                self.memo[values] = found
        return found

    def _longer(self, readings: list[Reading]) -> list[tuple[int, int]]:
        """(rule, token it sets) of every pattern of several tokens that holds."""
        out = []
        for i, reading in enumerate(readings):
            for step in reading.steps:
                end = i + step.length
                if step.position == 0 and end <= len(readings) and all(
                        later in readings[i + later.position].steps for later in self.patterns[step.pattern][1:]):
                    index = self.ruler.indices[step.rule]
                    out.append((step.rule, (i if index >= 0 else end) + index))
        return out

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        if len(self.others) and self.others(doc, allow_missing=True):
            return self.ruler(doc)  # a pattern only spaCy's Matcher reads holds here: spaCy's ruler
        rows = doc.to_array(cast(list[int | str], self.features)).tolist() if self.features else [[]] * len(doc)
        readings = [self._read(tuple(row)) for row in rows]
        longer: dict[int, list[int]] = {}
        for rule, at in self._longer(readings) if any(r.steps for r in readings) else ():
            longer.setdefault(at, []).append(rule)
        for token, reading in zip(doc, readings):
            merged = self._merge([*reading.rules, *longer[token.i]]) if token.i in longer else reading.merged
            if merged:
                set_token_attrs(token, merged)
        return doc


@Language.factory("compiled_attribute_ruler")
def _compiled_attribute_ruler(nlp: Language, name: str) -> CompiledRuler:
    """Built from the pipeline's `attribute_ruler`, which it then replaces (see `compile_attribute_ruler`)."""
    return CompiledRuler(cast(AttributeRuler, nlp.get_pipe("attribute_ruler")))


def compile_attribute_ruler(nlp: Language) -> None:
    """Put a `CompiledRuler` in the place of the pipeline's attribute ruler, under the same name."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    nlp.add_pipe("compiled_attribute_ruler", name="compiled_attribute_ruler", after="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    nlp.rename_pipe("compiled_attribute_ruler", "attribute_ruler")
