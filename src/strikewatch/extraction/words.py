"""How lexicon words are written and compared: lower case with plain apostrophes and hyphens, accents
kept ("marché" is not "marche") or folded away (`fold`, for cue and count word sets)."""
from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

from strikewatch import lang


def lower(text: str) -> str:
    """Lower case with plain apostrophes and hyphens; accents kept ("marché" is not "marche")."""
    return text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2011", "-").lower()


@lru_cache(maxsize=1 << 16)  # called for every word by every stage: a text repeats its words
def fold(text: str) -> str:
    """Lower case, no accents, plain apostrophes and hyphens."""
    decomposed = unicodedata.normalize("NFKD", lower(text))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold_chars(text: str) -> str:
    """`fold` character by character, keeping the length, so that offsets stay valid."""
    if text.isascii():
        return text.lower()  # (what `fold` makes of each character of plain ASCII)
    out = []
    for ch in text:
        folded = fold(ch)
        out.append(folded if len(folded) == 1 else ch)
    return "".join(out)


# Marks a folded form in a set of word forms (the sentence triage keeps its words so): "~greve".
FOLDED = "~"

@cache
def elided() -> dict[str, str]:
    """Elided words of every language with data (`elisions` in lang/<code>/pipeline.toml)."""
    return {k: v for code in lang.available_languages() for k, v in lang.load(code, "pipeline").get("elisions", {}).items()}


def words(phrase: str) -> tuple[str, ...]:
    """A phrase as lower-case words; an elided word is written in full ("d'" as "de"), as its lemma
    is, so that "suppression d'emplois" also finds "suppression de 1 200 emplois"."""
    full = elided()
    return tuple(full.get(w, w) for w in lower(phrase).replace("'", "' ").split())


def spellings(phrase: str) -> list[tuple[str, ...]]:
    """A phrase as words, and with its hyphens as words of their own (spaCy splits "sit-in" in
    French but not always in English)."""
    forms = [words(phrase)]
    if "-" in phrase:
        forms.append(words(phrase.replace("-", " - ")))
    return forms
