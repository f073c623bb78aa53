"""Which sentences the parser must read: a pass before it that needs only the tokenizer.

Most sentences of a news stream, and many of a protest report, can hold no event: none of their
words can be a trigger. Tagging, parsing and naming entities is most of the time spent on a text, so
only the sentences that may hold an event (a word that can be a trigger word or a movement noun in
any inflection), their neighbours that may state a count (an event borrows them) and the dated
sentences before them (whether a date moves narrative time is read on the parse) are parsed. A word's possible
lemmas come from the spaCy model's own lemmatizer tables (exceptions, suffix rules, lookups) tried
for every part of speech, so the pass finds a superset of what the trigger matcher finds on lemmas.
The words themselves are the language data (`events.toml`, `attributes.toml`), read via `lang.load`.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import product
from typing import Any, TypeVar, cast

import numpy
from spacy.attrs import DEP, HEAD, IS_ALPHA, LIKE_NUM, ORTH
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Doc, Span
from thinc.types import Ints2d

from strikewatch import lang
from strikewatch.dates.grammar import load_grammar
from strikewatch.extraction.lexicon import FOLDED, fold, fold_chars, lower, spellings, words
from strikewatch.extraction.triggers import LEAD_WITHIN, lead_index
from strikewatch.spans import document_text, span_text, with_text

# Rule groups of a lemmatizer's `lemma_rules` that change a stem rather than an ending (spaCy's Spanish
# lemmatizer: vowels that alternate in a stem, accents dropped); applied after the endings
ALTERNATION_GROUPS = ("voc_alt_1", "voc_alt_2", "accents")
MIN_EVENT_WORDS = 4  # a caption ("water cannons") or a bare heading asserts nothing: fewer words (or figures:
# "Police arrested 45 protesters." is a whole sentence) hold no event
SHORT = 3  # words shorter than this ("on", "de", "-") are not required of a phrase: they are everywhere
NEIGHBOURS = 1  # sentences on each side of one that may hold an event whose counts it may borrow
NAMING_COST = 0.7  # the recognizer alone on a short piece, for a token, against the whole pipeline
SPARED_AT_LEAST = 0.1  # triage a text when it spares this share of the pipeline's work, else parse it whole
K = TypeVar("K")


@dataclass(frozen=True)
class LemmaTables:
    """A spaCy lemmatizer's tables: form -> lemma exceptions, (suffix, replacement) rules and
    form -> lemma lookups, of every part of speech at once."""

    exceptions: tuple[dict[str, list[str]], ...]  # per part of speech: form -> lemmas
    rules: tuple[tuple[str, str], ...]
    lookups: tuple[Any, ...]  # spaCy `Table`s keyed by form (hashed: read with .get)
    alternations: tuple[tuple[str, str], ...] = ()  # changes inside a stem (a vowel that alternates)

    def lemmas(self, form: str) -> set[str]:
        """Every lemma the lemmatizer could give `form`, under any part of speech, and the form itself."""
        lower = form.lower()
        out = {lower}
        for forms in self.exceptions:
            out.update(forms.get(lower, ()))
        stems = [lower[:len(lower) - len(old)] + new for old, new in self.rules
                 if lower.endswith(old) and len(lower) > len(old)]
        out.update(stems)
        for stem in stems if self.alternations else ():
            for old, new in self.alternations:
                out.add(stem.replace(old, new))
                at = stem.find(old)
                while at >= 0:  # each occurrence alone, as the lemmatizer tries them
                    out.add(stem[:at] + new + stem[at + len(old):])
                    at = stem.find(old, at + 1)
        for table in self.lookups:
            found = table.get(lower)
            if isinstance(found, str):
                out.add(found)
            elif isinstance(found, list):
                out.update(x for x in found if isinstance(x, str))
        return out


def lemma_tables(nlp: Language) -> LemmaTables:
    """The tables of `nlp`'s lemmatizer, by spaCy's names for them (none when it has no lemmatizer:
    then words match as written): `lemma_exc` (per part of speech, form -> lemmas), `lemma_rules`
    (per part of speech or group, suffix rules; ALTERNATION_GROUPS among them) and `lemma_lookup`
    (form -> lemmas)."""
    tables: Lookups | None = getattr(nlp.get_pipe("lemmatizer"), "lookups", None) \
        if "lemmatizer" in nlp.pipe_names else None
    if tables is None:
        return LemmaTables((), (), ())
    exceptions = tuple(tables.get_table("lemma_exc", {}).values())
    rules = [(old, new) for group in tables.get_table("lemma_rules", {}).values() for old, new in group]
    lookups = (tables.get_table("lemma_lookup"),) if tables.has_table("lemma_lookup") else ()
    groups = tables.get_table("lemma_rules", {})
    alternations = [(old, new) for name in ALTERNATION_GROUPS for old, new in groups.get(name, [])]
    return LemmaTables(exceptions, tuple(dict.fromkeys(rules)), lookups, tuple(alternations))


@dataclass(frozen=True)
class Entry:
    """A trigger phrase as a bag of required words, with the words one of which must stand beside a
    single-word trigger (`requires`, `paired` in events.toml: "deployed" needs forces)."""

    words: frozenset[str]
    needs: frozenset[str] | None = None


@dataclass
class Triage:
    """One language's trigger vocabulary, and a memo of which of its words each written form may be.
    Words are read as the matcher reads them: trigger words in lower case with their accents (a word
    written without accents may stand for one with them, not the other way round); companions and
    movement nouns folded, marked FOLDED."""

    entries: dict[str, list[Entry]]  # word -> the entries that need it
    exact: frozenset[str]  # trigger words
    by_fold: dict[str, frozenset[str]]  # folded -> the trigger words a form written without accents may be
    folded: frozenset[str]  # companions, movement nouns and counted nouns, folded
    counted: frozenset[str]  # what a figure may count ("protesters", "dead"), folded and marked FOLDED
    numbers: frozenset[str]  # the longest word of each number phrase ("dozens", "milliers")
    unless: frozenset[str]  # words that deny a type's triggers from the sentence before or the lead, marked FOLDED
    dates: re.Pattern[str]  # the date grammar of the language, over folded text
    workplaces: frozenset[str]  # "plant", "usine", folded
    tables: LemmaTables
    memo: dict[str, frozenset[str]]

    def hits(self, form: str) -> frozenset[str]:
        """The vocabulary words `form` may be an inflection of."""
        found = self.memo.get(form)
        if found is None:
            out: set[str] = set()
            singular = fold(form).removesuffix("s")  # the count rules read plurals so too
            if singular in self.folded:
                out.add(FOLDED + singular)
            for lemma in self.tables.lemmas(form):
                low, folded = lower(lemma), fold(lemma)
                if low in self.exact:
                    out.add(low)
                if form.isascii():
                    out |= self.by_fold.get(folded, frozenset())
                if folded in self.folded:
                    out.add(FOLDED + folded)
            found = frozenset(out)
            if len(self.memo) < 200_000:  # a bounded memo: a stream's vocabulary is far smaller
                self.memo[form] = found
        return found

    def may_hold_event(self, tokens: Iterable[str]) -> bool:
        """Whether every required word of some trigger phrase, and a companion it needs, may stand
        among these tokens."""
        present: set[str] = set()
        for text in tokens:
            present |= self.hits(text)
        return any(entry.words <= present and (entry.needs is None or not entry.needs.isdisjoint(present))
                   for word in present for entry in self.entries.get(word, ()))

    def is_candidate(self, unit: Span) -> bool:
        """Whether the unit (a rule sentence) may hold an event itself: words enough to assert one, and
        a trigger phrase that may stand among them."""
        texts, alpha = token_words(unit.doc)
        return sum(alpha[unit.start:unit.end]) >= MIN_EVENT_WORDS and self.may_hold_event(texts[unit.start:unit.end])

    def may_count(self, tokens: list[str]) -> bool:
        """Whether these tokens may state a count of something an event counts: a figure (digits or a
        number word) and a word for people, dead, injured, arrested or dismissed."""
        figure = any(ch.isdigit() for t in tokens for ch in t) or any(lower(t) in self.numbers for t in tokens)
        return figure and any(not self.counted.isdisjoint(self.hits(t)) for t in tokens)


    def may_name_employer(self, unit: Span) -> bool:
        """Whether the unit may name the company a labour story is about ("workers at Norvale Foods",
        "l'usine Vertbaudet"): a workplace word and a capitalised word inside the sentence.
        The document's employer is read from every sentence that names one, event or not."""
        texts = _texts(unit)
        return any(fold(t) in self.workplaces for t in texts) and any(t[:1].isupper() for t in texts[1:])

    def may_deny(self, unit: Span) -> bool:
        """Whether the unit may hold a word that denies the triggers of the next sentence or of the whole
        story (`unless`: "Two men robbed a shop. They were arrested…"), which the rule reads on lemmas."""
        return bool(self.unless) and any(not self.unless.isdisjoint(self.hits(t)) for t in _texts(unit))

    def may_date(self, unit: Span) -> bool:
        """Whether the unit may hold a date. Only the parse tells whether a date moves narrative time:
        not in a flashback ("had been dismissed on 3 May"), nor in a participle describing another
        noun ("the union, founded in March 1998", "their coup of October")."""
        return self.dates.search(fold_chars(span_text(unit))) is not None


def token_words(doc: Doc) -> tuple[list[str], list[bool]]:
    """Each token's text and whether it is a word or a figure, read once per tokenized text from one array
    (kept in its `user_data`): every sentence is asked several questions, and a `Token` is made per word asked."""
    found = doc.user_data.get(_WORDS)
    if found is None:
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, IS_ALPHA, LIKE_NUM]).tolist()
        found = doc.user_data[_WORDS] = ([strings[orth] for orth, _, _ in rows],
                                         [bool(alpha or number) for _, alpha, number in rows])
    return cast(tuple[list[str], list[bool]], found)


def _texts(unit: Span) -> list[str]:
    """The texts of the unit's tokens, a slice of `token_words`."""
    return token_words(unit.doc)[0][unit.start:unit.end]


_WORDS = "strikewatch.triage_words"


def _required(phrase: tuple[str, ...]) -> frozenset[str]:
    long = {w for w in phrase if len(w) >= SHORT}
    return frozenset(long or phrase)


def _folded(words: Iterable[str]) -> frozenset[str]:
    return frozenset(FOLDED + fold(w) for w in words)


WORD_ATTRS = ("LEMMA", "LOWER", "ORTH", "TEXT", "NORM")


def _pattern_phrases(pattern: list[dict[str, Any]]) -> list[tuple[str, ...]]:
    """The word sequences a spaCy token pattern may match, as far as its words are written: each
    required token's LEMMA/LOWER/ORTH/TEXT/NORM value, or each of its `IN` values."""
    choices: list[list[str]] = []
    for spec in pattern:
        if spec.get("OP") in ("?", "*"):
            continue
        for attr in WORD_ATTRS:
            value = spec.get(attr)
            if isinstance(value, str):
                choices.append([lower(value)])
            elif isinstance(value, dict) and isinstance(value.get("IN"), list):
                choices.append([lower(v) for v in value["IN"] if isinstance(v, str)])
    return [tuple(p) for p in product(*choices)] if choices else []


@cache
def _vocabulary(language: str) -> list[Entry]:
    """Trigger words and phrases of every type, and the movement nouns that let a movement spread;
    not the phrases that name no event."""
    events = dict(lang.load(language, "events"))
    events.pop("not_triggers", None)
    entries: list[Entry] = []
    for data in events.values():
        paired = {w for group in data.get("paired", []) for w in group["lemmas"]}
        # what a single-word trigger may need (the matcher's `_has_company`), widened to every
        # companion of its type: a word's lemma and form may name different pairs
        company = _folded([*data.get("requires", []), *(x for group in data.get("paired", []) for x in group["needs"])])
        for text in [*data.get("lemmas", []), *data.get("phrases", []), *paired]:
            needed = text in paired or bool(data.get("requires"))
            for form in spellings(text):  # a phrase says enough; a single word may need company
                entries.append(Entry(_required(form), company if needed and len(form) == 1 else None))
        for pattern in [*data.get("patterns", []), *data.get("weak_patterns", [])]:  # ("bloquer" + "la route")
            entries.extend(Entry(_required(phrase)) for phrase in _pattern_phrases(pattern))
    movement = lang.load(language, "attributes")["movement"]
    return entries + [Entry(_folded([noun])) for noun in [*movement["nouns"], *movement.get("join_nouns", [])]]


@cache
def load_triage(language: str, nlp: Language) -> Triage:
    """The triage of one language, for its pipeline `nlp` (whose lemmatizer tables it reads)."""
    entries = _vocabulary(language)
    by_word: dict[str, list[Entry]] = {}
    for entry in entries:
        for word in entry.words:
            by_word.setdefault(word, []).append(entry)
    exact = frozenset(w for w in by_word if not w.startswith(FOLDED))
    by_fold: dict[str, set[str]] = {}
    for word in exact:
        by_fold.setdefault(fold(word), set()).add(word)
    counts = lang.load(language, "attributes")["counts"]
    counted = _folded(w for kind in ("people", "dead", "injured", "arrested", "dismissed") for w in counts[kind])
    numbers = frozenset(max(words(phrase), key=len) for table in ("words", "vague") for phrase in counts[table])
    folded = frozenset(w[len(FOLDED):] for e in entries for w in e.words | (e.needs or set())
                       if w.startswith(FOLDED)) | {w[len(FOLDED):] for w in counted}
    grammar = load_grammar(language)
    unless = _folded(w for data in lang.load(language, "events").values() for w in data.get("unless", []))
    employer = lang.load(language, "attributes")["employer"]
    workplaces = frozenset(fold(w) for w in employer["workplaces"])
    return Triage(by_word, exact, {k: frozenset(v) for k, v in by_fold.items()},
                  folded | {w[len(FOLDED):] for w in unless}, counted, numbers, unless,
                  grammar.pattern, workplaces, lemma_tables(nlp), {})


def marked(units: list[Span], triage: Triage) -> list[bool]:
    """Which units (rule sentences) to parse: those that may hold an event; those next to them that
    may state a count (an event borrows the counts of the next or previous sentence); before the
    last of them, those that may hold a date (whether it moves narrative time is read on the parse); in a
    document with any candidate, those that may name its employer; and the sentence before a candidate,
    and the lead, when they may hold a word that denies it (`unless`)."""
    holds = [triage.is_candidate(unit) for unit in units]
    last = max((i for i, hold in enumerate(holds) if hold), default=-1)
    lead = lead_index(units[:LEAD_WITHIN + 1])
    return [holds[i] or any(holds[max(0, i - NEIGHBOURS):i + NEIGHBOURS + 1])
            and triage.may_count(_texts(unit)) or i < last and triage.may_date(unit)
            or last >= 0 and triage.may_name_employer(unit)
            or (i + 1 < len(holds) and holds[i + 1] or i == lead and last >= 0) and triage.may_deny(unit)
            for i, unit in enumerate(units)]


def may_name(unit: Span) -> bool:
    """Whether spaCy's recognizer may find in the unit a name the analysis reads (a place, an employer,
    a person): a capitalised word after its first, or a first word that is capitalised and not a
    title-case stop word ("The", "But"). Names are capitalised; without one, entities change nothing."""
    texts = _texts(unit)
    if any(t[:1].isupper() for t in texts[1:]):
        return True
    first = unit[0]
    return texts[0][:1].isupper() and not (first.is_title and first.is_stop)


def windows(units: list[Span], kinds: list[K]) -> list[tuple[int, int, K]]:
    """Runs of consecutive units of the same kind: (first token, end token, kind). Each run reaches
    the next one's start, so the runs cover the document's tokens exactly."""
    runs: list[tuple[int, int, K]] = []
    for unit, kind in zip(units, kinds):
        if runs and runs[-1][2] == kind:
            runs[-1] = (runs[-1][0], unit.end, kind)
        else:
            runs.append((unit.start, unit.end, kind))
    return runs


def sentence_units(nlp: Language, text: str) -> list[Span]:
    """The text's sentences by rule (the `sentence_hints` the parser keeps), from the tokenizer alone."""
    doc = nlp.get_pipe("sentence_hints")(with_text(nlp.make_doc(text), text))
    return list(doc.sents)


def unparsed(tokens: Span) -> Doc:
    """These tokens (their sentences set by rule) as a Doc with a flat tree per sentence, its first
    token the root, the others attached to it as `dep`: the tree carries only the sentence boundaries,
    so that the Doc can be joined with parsed pieces (a Doc is parsed throughout or not at all). The
    analysis never reads an event from such a sentence; dates and places are read from its words."""
    heads = numpy.zeros((len(tokens), 2), dtype="uint64")
    root_label, other_label = tokens.vocab.strings.add("ROOT"), tokens.vocab.strings.add("dep")
    root = tokens.start
    for token in tokens:
        root = token.i if token.is_sent_start or token.i == tokens.start else root
        heads[token.i - tokens.start] = (numpy.int64(root - token.i).view("uint64"),
                                         root_label if root == token.i else other_label)
    out = Doc(tokens.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens])
    # thinc's Ints2d is a nominal type no numpy array is; Doc.from_array reads a column per attribute
    out.from_array([HEAD, DEP], cast(Ints2d, heads))
    return out


@dataclass(frozen=True)
class Run:
    """Consecutive sentences of a text that are all parsed, all only named (entities, no tagger or
    parser) or all only tokenized."""

    span: Span  # its tokens in the tokenized text
    parsed: bool
    named: bool  # whether it goes through the recognizer (parsed runs do, in the full pipeline)

    @property
    def start_char(self) -> int:
        return self.span.start_char

    @property
    def end_char(self) -> int:
        doc = self.span.doc
        return doc[self.span.end].idx if self.span.end < len(doc) else len(document_text(doc))

    @property
    def text(self) -> str:
        """Its characters up to the next run's first one (trailing spaces and line breaks included)."""
        return document_text(self.span.doc)[self.start_char:self.end_char]

    def tokens(self) -> Doc:
        """Its tokens as a Doc that joins parsed pieces without being parsed (see `unparsed`)."""
        return unparsed(self.span)

    def piece(self) -> str | Doc:
        """What the parser reads of it: its text, or, when it is the whole text, the tokenized text
        itself (not tokenized again)."""
        whole = self.span.start == 0 and self.span.end == len(self.span.doc)
        return self.span.doc if whole else self.text


def plan(nlp: Language, text: str, language: str) -> list[Run]:
    """The runs of `text` to parse, to name only and to leave tokenized; none at all when no sentence
    may hold an event. Places, the main country and the employer are read from every sentence, and
    they need spaCy's entities: an unparsed sentence is named unless it can hold no name. A text that
    triage would spare less than SPARED_AT_LEAST of the pipeline's work of is one parsed run."""
    units = sentence_units(nlp, text)
    keep = marked(units, load_triage(language, nlp))
    if not any(keep):
        return []
    doc = units[0].doc
    kinds = [(parse, parse or may_name(unit)) for unit, parse in zip(units, keep)]
    spared = sum(len(unit) * (1 - NAMING_COST if named else 1.0) for unit, (parse, named) in zip(units, kinds) if not parse)
    if spared < SPARED_AT_LEAST * len(doc):
        return [Run(doc[:], True, True)]  # about all of it is parsed anyway: cheaper whole, in one piece
    return [Run(doc[start:end], parse, named) for start, end, (parse, named) in windows(units, kinds)]


def join(parts: list[Doc], tokenized: Doc) -> Doc:
    """The consecutive pieces, parsed or not, of the text `tokenized` holds, as one Doc: `tokenized`
    itself, given their annotations (as spaCy's `Doc.from_docs` would join them, without building
    the tokens again: the pieces hold the same tokens)."""
    if len(parts) == 1:
        return with_text(parts[0], document_text(tokenized))
    attrs = list(Doc._get_array_attrs())  # what `Doc.from_docs` carries over (its tensors left out)
    tokenized.from_array(attrs, cast(Ints2d, numpy.concatenate([part.to_array(attrs) for part in parts])))
    return tokenized
