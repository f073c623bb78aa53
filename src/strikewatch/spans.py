"""Entities of one sentence in time proportional to the sentence, not the document.

spaCy's `Span.ents` rebuilds `Doc.ents` (every entity of the document, as new Span objects) on each
call, so asking every sentence for its entities costs O(sentences × entities): minutes for a long
text. The document's entities are built once here (kept in `doc.user_data`) and each sentence
takes its slice by binary search."""
from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span

_KEY = "strikewatch.entities"
PERSON_LABELS = frozenset({"PER", "PERSON"})  # what the French/Spanish and the English models call persons
HYPHENS = frozenset({"-", "‐", "–"})  # what joins the parts of a compound word ("Seine-Maritime", "Chinese-owned")


def _index(doc: Doc) -> tuple[list[int], tuple[Span, ...]]:
    cached = doc.user_data.get(_KEY)
    if cached is None:
        ents = tuple(doc.ents)  # sorted by start, non-overlapping
        cached = ([ent.start for ent in ents], ents)
        doc.user_data[_KEY] = cached
    return cached


def sentence_entities(span: Span) -> list[Span]:
    """The entities that lie wholly inside `span` (as `span.ents`, without rebuilding them all)."""
    starts, ents = _index(span.doc)
    found = []
    for ent in ents[bisect_left(starts, span.start):]:
        if ent.start >= span.end:
            break
        if ent.end <= span.end:
            found.append(ent)
    return found


def document_text(doc: Doc) -> str:
    """`doc.text`, built once: spaCy joins every token again on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)


def span_text(span: Span) -> str:
    """`span.text`, cut from the document's text (spaCy joins the span's tokens again on each access)."""
    return document_text(span.doc)[span.start_char:span.end_char]


def every_word_capitalised(text: str, share: float = 0.8) -> bool:
    """A headline in title case or capitals ("Teachers March On Parliament"), where a capital says nothing
    of a word: `share` of its words of four letters or more (at least three) start with one."""
    words = re.findall(r"[^\W\d_]{4,}", text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= share * len(words)


def with_text(doc: Doc, text: str) -> Doc:
    """`doc`, told its text (spaCy's tokenizer keeps every character: a Doc made of `text` has it)."""
    doc.user_data[_TEXT_KEY] = text
    return doc


_TEXT_KEY = "strikewatch.text"
