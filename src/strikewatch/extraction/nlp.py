"""spaCy pipelines, loaded once per process and language (the model name is language data)."""
from __future__ import annotations

import re
import warnings
from functools import cache
from typing import cast

import numpy
import spacy
from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import use_ops
from thinc.types import Ints2d
from threadpoolctl import threadpool_limits

from strikewatch import lang
from strikewatch.errors import UsageError
from strikewatch.extraction.attribute_rules import compile_attribute_ruler
from strikewatch.extraction.lemmatizer import index_as_sets, remember_lemmas

BATCH_SIZE = 32


SENTENCE_END = {".", "!", "?", "…", "..."}
CLOSERS = {'"', "”", "»", "’", "'", ")", "]"}


MAX_SENTENCE_TOKENS = 200  # a longer run without a full stop (a list, a dump) is cut: parsing it costs ~n²


@Language.component("sentence_hints")
def sentence_hints(doc: Doc) -> Doc:
    """Sentences by rule, which the parser then keeps: a line break ends one (titles, datelines and
    paragraphs are never run together); so does a full stop, "!" or "?" (and a closing quote after it)
    followed by a space and a capital, digit or quote. The small parsers split "A Hpa-An, …" mid-name;
    abbreviations ("Co.", "p.m.", "M.") stay whole tokens in spaCy and never end a sentence here.
    A run of MAX_SENTENCE_TOKENS tokens without an end is cut (after a comma or semicolon when one
    is near). Starts are written in one `from_array` call: the `is_sent_start` setter checks the
    whole document for a parse on every call, which made this step quadratic."""
    starts = numpy.full(len(doc), -1, dtype="int64")
    if len(doc):
        starts[0] = 1
    # the tokens' words and whether a space follows, read once as arrays (no Token objects: this
    # step reads every token of every text, twice with triage)
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, SPACY]).tolist()
    texts = [strings[orth] for orth, _ in rows]
    length = 1
    for i in range(1, len(texts)):
        before, text = texts[i - 1], texts[i]
        if "\n" in before:  # (a token's own trailing whitespace is a space or nothing)
            start = True
        else:
            end = before
            if end in CLOSERS and i > 1 and texts[i - 2] in SENTENCE_END:
                end = texts[i - 2]
            starts_like_a_sentence = text[:1].isupper() or text[:1].isdigit() or text[:1] in "«\"“'("
            start = end in SENTENCE_END and bool(rows[i - 1][1]) and starts_like_a_sentence
            if not start and length >= MAX_SENTENCE_TOKENS:
                start = before in (",", ";", ":") or length >= MAX_SENTENCE_TOKENS + 50
        starts[i] = 1 if start else -1
        length = 1 if start else length + 1
    # thinc's Ints2d is a nominal type no numpy array is; Doc.from_array reads a column of one attribute
    doc.from_array([SENT_START], cast(Ints2d, starts.view("uint64").reshape(-1, 1)))
    return doc


@cache
def load_pipeline(language: str) -> Language:
    """The parser for `language`; fails with the package to install when it is missing.

    Its layers multiply matrices with numpy's BLAS (OpenBLAS) on one thread rather than thinc's
    default, BLIS: the same tags, trees and entities in less than half the time of the encoders on
    our machines (`benchmarks/bench_triage.py` measures both). One thread per process: more spin
    against each other and against `--workers`, and cost more CPU time than they save."""
    data = lang.load(language, "pipeline")
    model = data["model"]
    try:
        with warnings.catch_warnings():
            # warnings the language data says are expected of its model ("[W095] trained with 3.1")
            for code in data.get("quiet_warnings", []):
                warnings.filterwarnings("ignore", message=rf"\[{re.escape(code)}\]")
            with use_ops("numpy", use_blis=False):
                nlp = spacy.load(model)
    except OSError:
        install = data.get("install", f"pip install {model.replace('_', '-')}")
        raise UsageError(f"spaCy pipeline {model!r} for language {language!r} is not installed ({install})") from None
    nlp.add_pipe("sentence_hints", before="parser")
    compile_attribute_ruler(nlp)  # the same annotations as spaCy's ruler, in about a fifth of its time
    index_as_sets(nlp)  # the same lemmas as spaCy's rule lemmatizer, without scanning lists of words
    remember_lemmas(nlp)  # and each worked out once
    nlp.max_length = 25_000_000  # ingest refuses documents over 20 MB before they get here
    threadpool_limits(limits=1, user_api="blas")
    return nlp
