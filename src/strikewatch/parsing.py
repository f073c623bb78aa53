"""Parsing texts of any length in time and memory linear in their length, each text failing alone.

spaCy parses a batch in one generator: when one text breaks it, the generator dies and takes the
batch with it; and a long text parsed whole holds activations for every token at once."""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import takewhile

from spacy.language import Language
from spacy.tokens import Doc

from strikewatch.spans import document_text

PARSE_PIECE_CHARS = 20_000  # longer texts are parsed in pieces of about this size (see `parse`)


def _pieces(text: str, size: int) -> Iterator[str]:
    """`text` in consecutive pieces of at most `size` characters, cut after a line break, else after
    a sentence end, else after a space: joined, they give back `text` exactly."""
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = max(window.rfind("\n"), window.rfind(". "), 0) or window.rfind(" ")
        cut = cut + 1 if cut > 0 else size
        yield text[start:start + cut]
        start += cut
    yield text[start:]


def parse(nlp: Language, text: str) -> Doc:
    """The parse of one text. A long text is parsed in pieces joined back into one Doc (same
    characters, same offsets): parsing it whole holds activations for every token at once, which
    took gigabytes, while pieces keep memory flat and time linear."""
    if len(text) <= PARSE_PIECE_CHARS:
        return nlp(text)
    return Doc.from_docs([nlp(piece) for piece in _pieces(text, PARSE_PIECE_CHARS)], ensure_whitespace=False)


def _chars(text: str | Doc) -> int:
    """Characters of a text given as a string or tokenized (long texts are parsed in pieces by characters)."""
    return len(text) if isinstance(text, str) else len(document_text(text))


def parses_of(nlp: Language, texts: Sequence[str | Doc], batch_size: int) -> Iterator[Doc | Exception]:
    """The parse of each text, or the exception that stopped it. A text may come tokenized already
    (a Doc the pipeline has not annotated), and is then not tokenized again. Texts are parsed in
    batches; a long one by itself, in pieces; and when a batch fails (the batched generator dies
    with it) its texts are parsed one by one to find the one that failed."""
    index = 0
    while index < len(texts):
        if _chars(texts[index]) > PARSE_PIECE_CHARS:
            group = [texts[index]]
        else:
            group = list(takewhile(lambda t: _chars(t) <= PARSE_PIECE_CHARS, texts[index:]))
        done = 0
        if len(group) > 1:
            try:
                for parsed in nlp.pipe(group, batch_size=batch_size):
                    yield parsed
                    done += 1
            except Exception:  # noqa: BLE001 (which document failed is found below, one by one)
                pass
        for text in group[done:]:
            try:
                parsed = parse(nlp, text if isinstance(text, str) else document_text(text))
            except Exception as exc:  # noqa: BLE001 (one document's boundary)
                yield exc
            else:
                yield parsed
        index += len(group)
