"""Remove what is not the article (breadcrumbs, markup and LaTeX debris, page furniture, hyphenation)
while keeping a map from every offset of the cleaned text back to the raw text.

Each cleaning step is a regular expression with a replacement; a step's output offsets are mapped to
its input through a list of segments, and the steps' maps are composed into one piecewise-linear map
`[[clean_start, raw_start], ...]`, small enough to store next to the document.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from strikewatch import lang

OffsetMap = list[list[int]]

# A replacement is a literal string, or "keep" to output the pattern's group `keep` (mapped to where it stood).
KEEP = "keep"


@dataclass(frozen=True)
class Step:
    name: str
    pattern: re.Pattern[str]
    replacement: str | Callable[[re.Match[str]], str]


def _r(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags | re.MULTILINE)


# Order matters: markup goes before whitespace normalisation, hyphenation before line joining.
STEPS: tuple[Step, ...] = (
    Step("line endings", _r(r"\r\n?"), "\n"),
    Step("control characters", _r(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]"), ""),
    Step("non-breaking spaces", _r(r"[\u00a0\u202f\u2009]"), " "),
    # "Europe Solidaire Sans Frontières > Français > Asie > … > Title": a path, not prose.
    Step("breadcrumbs", _r(r"^[^\n>]{1,80}(?: > [^\n>]{0,160}[^\n> ]){2,}[ \t]*\n?"), ""),
    # $\bullet \ \underline{https://…}$ and similar math-mode debris from PDF-to-Markdown converters.
    Step("latex math debris", _r(r"\$[^$\n]*\\[A-Za-z]+[^$\n]*\$"), ""),
    Step("latex commands", _r(r"\\(?:underline|textbf|textit|emph|url|href)\{(?P<keep>[^{}\n]*)\}"), KEEP),
    Step("inline html tags", _r(r"</?(?:u|b|i|em|strong|span|a|font|sup|sub|small|mark|abbr)\b[^<>\n]*>", re.I), ""),
    Step("html line breaks", _r(r"<br\s*/?>", re.I), "\n"),
    Step("markdown links", _r(r"\[(?P<keep>[^\]\n]+)\]\([^)\s]+\)"), KEEP),
    Step("markdown emphasis", _r(r"(\*\*|__)(?P<keep>\S[^\n]*?\S|\S)\1"), KEEP),
    Step("markdown headings", _r(r"^#{1,6}[ \t]+"), ""),
    # Page furniture: lone underscores or dashes, "P.-S."/"P.-5." and "PS." headings, page numbers.
    Step("page furniture", _r(r"^[ \t]*(?:[_\-–—=*•·]+|P\.?[ \t]*-?[ \t]*[S5]\.?|PS\.?|(?:Page|p\.)?[ \t]*\d{1,4}(?:[ \t]*/[ \t]*\d{1,4})?|-[ \t]*\d{1,4}[ \t]*-)[ \t]*$", re.I), ""),
    Step("hyphenation", _r(r"(?<=[a-zà-öø-ÿ])-[ \t]*\n[ \t]*(?=[a-zà-öø-ÿ])"), ""),
    # A line wrapped inside a sentence (PDF text): joined when it clearly continues.
    Step("wrapped lines", _r(r"(?<=[a-zà-öø-ÿ,;])[ \t]*\n(?=[ \t]*[a-zà-öø-ÿ0-9(«\"])"), " "),
    Step("trailing blanks", _r(r"[ \t]+$"), ""),
    Step("repeated spaces", _r(r"(?<=\S)[ \t]{2,}(?=\S)"), " "),
    Step("leading blanks", _r(r"^[ \t]+"), ""),
    Step("blank lines", _r(r"\n{3,}"), "\n\n"),
)


def _related_links() -> Step:
    """A line that links to another story ("READ ALSO: …", "• À lire aussi : …", "Te puede interesar"),
    by the `related_links` of every language (the text's language is not known yet): its headline tells
    another story, its dates and places are not this one's."""
    words = sorted({w for code in lang.available_languages() for w in lang.load(code, "pipeline")["related_links"]},
                   key=len, reverse=True)
    cues = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return Step("related links", _r(rf"^[^\w\n]{{0,4}}(?:{cues})[ \t]*(?:[:|>–—-][^\n]*)?$\n?", re.I), "")


@cache
def _steps() -> tuple[Step, ...]:
    """The steps in order, with the one built from language data before blank lines are joined."""
    *before, blank_lines = STEPS
    return (*before, _related_links(), blank_lines)


def _apply(text: str, step: Step) -> tuple[str, OffsetMap]:
    """Run one step; return the new text and its segments [[out_start, in_start], ...]."""
    parts: list[str] = []
    segments: OffsetMap = []
    pos = out_len = 0
    matched = False
    for m in step.pattern.finditer(text):
        matched = True
        start, end = m.span()
        if start > pos:
            segments.append([out_len, pos])
            parts.append(text[pos:start])
            out_len += start - pos
        if step.replacement == KEEP:
            kept, origin = m.group("keep") or "", m.start("keep")
        else:
            kept = step.replacement(m) if callable(step.replacement) else step.replacement
            origin = start
        if kept:
            segments.append([out_len, origin])
            parts.append(kept)
            out_len += len(kept)
        pos = end
    if not matched:
        return text, [[0, 0]]
    if pos < len(text):
        segments.append([out_len, pos])
        parts.append(text[pos:])
    return "".join(parts), segments


def map_offset(offset_map: OffsetMap, offset: int) -> int:
    """Offset in the raw text of a character of the cleaned text."""
    if not offset_map:
        return offset
    i = bisect_right(offset_map, offset, key=lambda seg: seg[0]) - 1
    out_start, in_start = offset_map[max(i, 0)]
    return in_start + (offset - out_start)


def _compose(outer: OffsetMap, inner: OffsetMap, outer_len: int) -> OffsetMap:
    """Map new→raw from `outer` (new→current) and `inner` (current→raw)."""
    inner_starts = [seg[0] for seg in inner]
    result: OffsetMap = []
    for k, (out_start, in_start) in enumerate(outer):
        out_end = outer[k + 1][0] if k + 1 < len(outer) else outer_len
        length = out_end - out_start
        result.append([out_start, map_offset(inner, in_start)])
        # inner breakpoints that fall strictly inside this copied stretch start pieces of their own
        j = bisect_right(inner_starts, in_start)
        while j < len(inner_starts) and inner_starts[j] < in_start + length:
            result.append([out_start + inner_starts[j] - in_start, inner[j][1]])
            j += 1
    return result


def clean_text(raw: str) -> tuple[str, OffsetMap]:
    """Cleaned text and its offset map back into `raw`."""
    text, offset_map = raw, [[0, 0]]
    for step in _steps():
        new_text, segments = _apply(text, step)
        if new_text is not text:
            offset_map = _compose(segments, offset_map, len(new_text))
            text = new_text
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    if lead:
        offset_map = _compose([[0, lead]], offset_map, len(stripped))
    return stripped, offset_map
