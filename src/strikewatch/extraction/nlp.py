"""spaCy pipelines, loaded once per process and language (the model name is language data)."""
from __future__ import annotations

import re
import warnings
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from strikewatch import lang
from strikewatch.errors import UsageError

BATCH_SIZE = 32


SENTENCE_END = {".", "!", "?", "…", "..."}
CLOSERS = {'"', "”", "»", "’", "'", ")", "]"}


@Language.component("sentence_hints")
def sentence_hints(doc: Doc) -> Doc:
    """Sentences by rule, which the parser then keeps: a line break ends one (titles, datelines and
    paragraphs are never run together); so does a full stop, "!" or "?" (and a closing quote after it)
    followed by a space and a capital, digit or quote. The small parsers split "A Hpa-An, …" mid-name;
    abbreviations ("Co.", "p.m.", "M.") stay whole tokens in spaCy and never end a sentence here."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if "\n" in before.text or "\n" in before.whitespace_:
            token.is_sent_start = True
            continue
        end = before
        if end.text in CLOSERS and end.i > 0 and doc[end.i - 1].text in SENTENCE_END:
            end = doc[end.i - 1]
        starts_like_a_sentence = token.text[:1].isupper() or token.text[:1].isdigit() or token.text[:1] in "«\"“'("
        token.is_sent_start = (end.text in SENTENCE_END and bool(before.whitespace_) and starts_like_a_sentence)
    return doc


@cache
def load_pipeline(language: str) -> Language:
    """The parser for `language`; fails with the package to install when it is missing."""
    data = lang.load(language, "pipeline")
    model = data["model"]
    try:
        with warnings.catch_warnings():
            # warnings the language data says are expected of its model ("[W095] trained with 3.1")
            for code in data.get("quiet_warnings", []):
                warnings.filterwarnings("ignore", message=rf"\[{re.escape(code)}\]")
            nlp = spacy.load(model)
    except OSError:
        install = data.get("install", f"pip install {model.replace('_', '-')}")
        raise UsageError(f"spaCy pipeline {model!r} for language {language!r} is not installed ({install})") from None
    nlp.add_pipe("sentence_hints", before="parser")
    nlp.max_length = 25_000_000  # ingest refuses documents over 20 MB before they get here
    return nlp
