"""Dates stage: find date expressions in a text and resolve them against the publication date."""
from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

from strikewatch.clauses import clause_path
from strikewatch.dates.grammar import load_grammar
from strikewatch.dates.resolve import DateMention, Resolver, with_open_end
from strikewatch.extraction.lexicon import fold, fold_chars

__all__ = ["DateMention", "duration_days", "ends_then", "find_dates", "is_flashback", "starts_open",
           "with_open_end", "year_hint"]


def find_dates(text: str, language: str, published: date | None, anchor: date | None = None,
               offset: int = 0, year_hint: date | None = None) -> list[DateMention]:
    """Date expressions of `text` in order, resolved; `anchor` is the last date mentioned before the
    text (narrative time) and is moved along as dates are found. Offsets are shifted by `offset`."""
    grammar = load_grammar(language)
    resolver = Resolver(grammar, published, year_hint)
    folded = fold_chars(text)
    mentions = []
    for match in grammar.pattern.finditer(folded):
        try:
            mention = resolver.resolve(match, text, anchor)
        except (OverflowError, ValueError):  # "last week" in year 1, "next year" in 9999: no such day
            continue
        if mention is None or mention.first is None:
            continue
        if mention.open_start:
            try:
                mention = with_open_end(mention, published)
            except (OverflowError, ValueError):
                continue
        mention = DateMention(**{**mention.__dict__, "start": mention.start + offset, "end": mention.end + offset,
                                 "text": text[match.start():match.end()]})
        mentions.append(mention)
        anchor = mention.first if mention.open_start else mention.last
    return mentions


def is_flashback(sent: Span, language: str) -> bool:
    """A pluperfect sentence ("avaient été licenciés") recalls an earlier time without moving the story on."""
    grammar = load_grammar(language)
    return any(t.lemma_ in grammar.flashback_aux and t.dep_.startswith("aux") and grammar.flashback_tense in str(t.morph)
               and "VerbForm=Part" in str(t.head.morph) for t in sent)


YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")


def year_hint(text: str) -> date | None:
    """For a text of unknown date: the last day of the latest year it names, if any."""
    years = [int(y) for y in YEAR.findall(text)]
    return date(max(years), 12, 31) if years else None


def _governed_by(trigger: Token, verbs: frozenset[str]) -> bool:
    """One of these verbs is the trigger or governs it, two heads up at most (into governing clauses)."""
    return any(fold(node.lemma_) in verbs for node in clause_path(trigger, 2, through_complements=True))


def starts_open(trigger: Token, language: str) -> bool:
    """"Les tueries ont commencé dans la nuit du 5 au 6": the event began then and runs on."""
    return _governed_by(trigger, load_grammar(language).open_start_verbs)


def ends_then(trigger: Token, language: str) -> bool:
    """"La grève s'est terminée le 24", "the strike ended on Thursday": the date is its last day."""
    return _governed_by(trigger, load_grammar(language).close_verbs)


def duration_days(text: str, language: str, number_words: dict[tuple[str, ...], tuple[int, bool]]) -> int | None:
    """"une grève de trois jours", "a three-day strike", "48 heures" do not count: days only."""
    units = load_grammar(language).duration_units
    if not units:
        return None
    folded = fold(text)
    unit = "|".join(map(re.escape, sorted(units, key=len, reverse=True)))
    match = re.search(rf"(?<!\w)(\d{{1,2}}|[a-z]+)[\s-]+(?:{unit})(?!\w)", folded)
    if not match:
        return None
    word = match.group(1)
    if word.isdigit():
        return int(word)
    value = number_words.get((word,))
    return value[0] if value and not value[1] else None
