"""Is a document about collective action at all? A first pass before the parser.

Most of a news stream is about other things (war, crime, sport, markets) that share words with our
triggers ("strike", "rally", "grève" of footballers). Rules over single sentences cannot tell them
apart; the vocabulary of the whole document can. Each language may ship `lang/<code>/relevance.json`:
a logistic regression over TF-IDF word features, trained by `make train` (training/train_relevance.py)
on the tune split of the gold data only. Documents scoring under its threshold are stored and
searchable but never parsed. Inference is plain Python so that the package needs no scikit-learn.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

from strikewatch.errors import LexiconError
from strikewatch.lang import LANG_DIR

MODEL_FILE = "relevance.json"
# The same tokens as scikit-learn's token_pattern r"(?u)\b\w+\b" over lower-cased text, so that
# the shipped weights mean here what they meant in training.
WORD = re.compile(r"(?u)\b\w+\b")


@dataclass(frozen=True)
class RelevanceModel:
    """Weights of one language: idf and coefficient per word, bias, and the decision threshold."""

    language: str
    idf: dict[str, float]
    coef: dict[str, float]
    bias: float
    threshold: float
    min_words: int  # shorter texts (a sentence, a caption) carry too little vocabulary to judge

    def score(self, text: str) -> float:
        """Probability that the text reports collective action (strikes, protests, their repression)."""
        counts = Counter(w for w in WORD.findall(text.lower()) if w in self.idf)
        weighted = {w: (1.0 + math.log(n)) * self.idf[w] for w, n in counts.items()}  # sublinear tf
        norm = math.sqrt(sum(v * v for v in weighted.values())) or 1.0
        z = self.bias + sum(v * self.coef.get(w, 0.0) for w, v in weighted.items()) / norm
        return 1.0 / (1.0 + math.exp(-z))

    def is_relevant(self, title: str | None, text: str) -> bool:
        """Texts shorter than `min_words` (the title aside) are left to the rules."""
        too_short = len(WORD.findall(text, 0, self.min_words * 40)) < self.min_words
        return too_short or self.score(document_text(title, text)) >= self.threshold


def _check(path: str, data: Any) -> dict[str, Any]:
    expected = {"idf": dict, "coef": dict, "bias": float, "threshold": float, "min_words": int}
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: expected a JSON object with keys {', '.join(expected)}")
    for key, kind in expected.items():
        if not isinstance(data.get(key), kind):
            raise LexiconError(f"{path}: key {key!r} must be a {kind.__name__} (run `make train` to rebuild it)")
    return data


@cache
def load_model(language: str) -> RelevanceModel | None:
    """The language's model, or None when it ships none (then every document is parsed)."""
    path = LANG_DIR / language / MODEL_FILE
    if not path.exists():
        return None
    try:
        data = _check(str(path), json.loads(path.read_text(encoding="utf-8")))
    except json.JSONDecodeError as exc:
        raise LexiconError(f"{path}: not valid JSON: {exc.msg} (line {exc.lineno})") from None
    return RelevanceModel(language, data["idf"], data["coef"], data["bias"], data["threshold"], data["min_words"])


def document_text(title: str | None, text: str) -> str:
    """What the model reads: the title, then the text (as in training)."""
    return f"{title or ''}\n{text}"


def is_relevant(language: str, title: str | None, text: str) -> bool:
    """False only when the language has a model, the text is long enough to judge, and it scores low."""
    model = load_model(language)
    return model is None or model.is_relevant(title, text)
