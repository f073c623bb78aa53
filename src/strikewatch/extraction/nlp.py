"""spaCy pipelines, loaded once per process and language (the model name is language data)."""
from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from strikewatch import lang
from strikewatch.errors import UsageError

BATCH_SIZE = 32


SENTENCE_END = {".", "!", "?", "»", '"', "”", "…", ":", ";"}


@Language.component("sentence_hints")
def sentence_hints(doc: Doc) -> Doc:
    """A line break ends a sentence (titles, datelines and paragraphs are never run together); a
    word glued to the one before ("Hpa-An", "garde-à-vue") never starts one."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if "\n" in before.text or "\n" in before.whitespace_:
            token.is_sent_start = True
        elif not before.whitespace_ and before.text not in SENTENCE_END:
            token.is_sent_start = False
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
    nlp.add_pipe("sentence_hints", before="parser")
    nlp.max_length = 25_000_000  # ingest refuses documents over 20 MB before they get here
    return nlp
