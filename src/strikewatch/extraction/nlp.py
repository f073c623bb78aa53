"""spaCy pipelines, loaded once per process and language (the model name is language data)."""
from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from strikewatch import lang
from strikewatch.errors import UsageError

BATCH_SIZE = 32


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: titles, datelines and paragraphs are never run together."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
    return doc


@cache
def load_pipeline(language: str) -> Language:
    """The parser for `language`; fails with the package to install when it is missing."""
    model = lang.load(language, "pipeline")["model"]
    try:
        nlp = spacy.load(model)
    except OSError:
        raise UsageError(f"spaCy pipeline {model!r} for language {language!r} is not installed "
                         f"(pip install {model.replace('_', '-')})") from None
    nlp.add_pipe("line_breaks", before="parser")
    nlp.max_length = 25_000_000  # ingest refuses documents over 20 MB before they get here
    return nlp
