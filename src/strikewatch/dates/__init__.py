"""Dates stage: find date expressions in a text and resolve them against the publication date."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import NamedTuple

from spacy.tokens import Span, Token

from strikewatch import lang
from strikewatch.clauses import CLAUSE_DEPS, clause_path
from strikewatch.dates.grammar import load_grammar
from strikewatch.dates.resolve import DateMention, Resolver, with_open_end
from strikewatch.extraction.lexicon import fold, fold_chars
from strikewatch.spans import document_text, every_word_capitalised

__all__ = ["DateMention", "Publication", "counted_back", "duration_days", "elapsed_days", "ends_then",
           "find_dates", "is_flashback", "names_a_time", "publication_period", "read_ahead", "starts_open",
           "tells_ahead", "tells_the_story", "with_open_end", "year_hint"]


def find_dates(text: str, language: str, published: date | None, anchor: date | None = None,
               offset: int = 0, year_hint: date | None = None) -> list[DateMention]:
    """Date expressions of `text` in order, resolved; `anchor` is the last date mentioned before the
    text (narrative time) and is moved along as dates are found. Offsets are shifted by `offset`."""
    grammar = load_grammar(language)
    resolver = Resolver(grammar, published, year_hint, capitals_tell=not every_word_capitalised(text))
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
    return _weekday_pairs(mentions, folded, offset, grammar.weekday_links)


def _weekday_pairs(mentions: list[DateMention], folded: str, offset: int, links: frozenset[str]) -> list[DateMention]:
    """Two days running joined by "and" ("on Saturday and Sunday", "samedi et dimanche") are one range, not
    two days of which the event would take one ("Thursday and Saturday" stay two days: not the Friday)."""
    out: list[DateMention] = []
    for mention in mentions:
        previous = out[-1] if out else None
        if previous is not None and previous.weekday and mention.weekday and previous.last and mention.first \
                and (mention.first - previous.last).days == 1 \
                and folded[previous.end - offset:mention.start - offset].strip() in links:
            out[-1] = DateMention(**{**previous.__dict__, "end": mention.end, "last": mention.last,
                                     "precision": "range", "text": f"{previous.text} … {mention.text}"})
            continue
        out.append(mention)
    return out


def is_flashback(sent: Span, language: str) -> bool:
    """A pluperfect sentence ("avaient été licenciés") recalls an earlier time without moving the story on."""
    return any(_pluperfect(t.head, language) for t in sent if t.dep_.startswith("aux"))


def tells_the_story(token: Token, language: str) -> bool:
    """Whether a date of a flashback sentence stands in its main clause, which is not in the pluperfect
    ("a affirmé mardi que le gouvernement avait évité le pire" moves the story to Tuesday; "après un défilé,
    le week-end dernier, les autorités avaient déployé des renforts" does not)."""
    verb = next((t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    while verb is not None and verb.dep_ == "conj" and not _pluperfect(verb, language):
        verb = verb.head  # "calmed down this week, but the crews went back on Tuesday": joined to the main verb
    return verb is not None and verb.dep_ == "ROOT" and not _pluperfect(verb, language)


def _pluperfect(verb: Token, language: str) -> bool:
    grammar = load_grammar(language)
    return "VerbForm=Part" in str(verb.morph) and any(
        c.lemma_ in grammar.flashback_aux and c.dep_.startswith("aux") and grammar.flashback_tense in str(c.morph)
        for c in verb.children)


def tells_ahead(token: Token, language: str) -> bool:
    """Whether the clause of `token` tells of the coming days: a verb in the future ("feront grève jeudi",
    "harán huelga el jueves") or one with the language's future auxiliary ("will close on Thursday")."""
    grammar = load_grammar(language)
    for node in clause_path(token):
        if grammar.ahead_tense and node.pos_ in ("VERB", "AUX") and grammar.ahead_tense in str(node.morph):
            return True
        # its auxiliaries (which the small parsers sometimes attach as a bare `dep`), not the verbs of other clauses
        helpers = [c for c in node.children if c.pos_ in ("AUX", "VERB") and c.dep_ not in CLAUSE_DEPS | {"conj"}]
        if any(c.lemma_.lower() in grammar.ahead_aux or grammar.ahead_tense and grammar.ahead_tense in str(c.morph)
               for c in helpers):
            return True
    return False


def read_ahead(mention: DateMention, published: date) -> DateMention:
    """A lone weekday of the coming days: that day on or after publication, not the one before it."""
    last = mention.last or mention.first
    if not mention.weekday or mention.first is None or last is None or mention.first >= published \
            or last > date.max - timedelta(days=7):
        return mention
    return DateMention(**{**mention.__dict__, "first": mention.first + timedelta(days=7),
                          "last": last + timedelta(days=7)})


YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")


class Publication(NamedTuple):
    """The days a publication date spans: one day, or a whole month for a page dated by month only."""
    first: date
    last: date

    @property
    def day(self) -> date | None:
        return self.first if self.first == self.last else None


def publication_period(published: str | None) -> Publication | None:
    """A document's publication date ("2022-10-05", or a month, "2022-10") as the days it spans."""
    if not published:
        return None
    if len(published) == 7:
        first = date.fromisoformat(published + "-01")
        return Publication(first, (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1))
    day = date.fromisoformat(published)
    return Publication(day, day)


def names_a_time(text: str, language: str) -> bool:
    """Whether the text names any time at all, resolved or not ("jeudi 9", "cette semaine", "2019"): a
    report tells when; a guide or an essay on strikes need not."""
    return load_grammar(language).pattern.search(fold_chars(text)) is not None


def year_hint(text: str) -> date | None:
    """For a text of unknown date: the last day of the latest year it names, if any."""
    years = [int(y) for y in YEAR.findall(text)]
    return date(max(years), 12, 31) if years else None


def _governed_by(trigger: Token, verbs: frozenset[str]) -> bool:
    """One of these verbs is the trigger or governs it, two heads up at most (into governing clauses)."""
    return any(fold(node.lemma_) in verbs for node in clause_path(trigger, 2, through_complements=True))


OPEN_ENDED_REACH = 2  # words before or after a trigger an open-ended qualifier may stand


def starts_open(trigger: Token, language: str) -> bool:
    """"Les blocages ont commencé dans la nuit du 8 au 9": the event began then and runs on; so does
    an open-ended event on its date ("une grève illimitée le 3", "an indefinite strike from Monday")."""
    grammar = load_grammar(language)
    doc = trigger.doc
    # its modifiers, and the words beside it up to one between (the small parsers often hang "illimitée" on
    # the verb: "une grève générale illimitée", "an indefinite general strike")
    window = range(max(0, trigger.i - OPEN_ENDED_REACH), min(len(doc), trigger.i + OPEN_ENDED_REACH + 1))
    qualifiers = [*trigger.children, *(doc[i] for i in window if i != trigger.i)]
    return (_governed_by(trigger, grammar.open_start_verbs)
            or any(fold(word.text) in grammar.open_ended for word in qualifiers))


def ends_then(trigger: Token, language: str) -> bool:
    """"La grève s'est terminée le 24", "the strike ended on Thursday": the date is its last day."""
    return _governed_by(trigger, load_grammar(language).close_verbs)


def duration_days(text: str, language: str, number_words: dict[tuple[str, ...], tuple[int, bool]]) -> int | None:
    """"une grève de trois jours", "a three-day strike", "un paro de 48 horas" (whole days of 24 hours only:
    a 36-hour strike may span two days or three)."""
    grammar = load_grammar(language)
    folded = fold(text)
    elapsed = _elapsed_words(language)

    def lengths(units: tuple[str, ...], number: str, space: str) -> Iterator[tuple[int, re.Match[str]]]:
        if not units:
            return
        unit = "|".join(map(re.escape, sorted(units, key=len, reverse=True)))
        for match in re.finditer(rf"(?<!\w)({number}){space}(?:{unit})(?!\w)", folded):
            count = _exact_number(match.group(1), number_words)
            if count and (elapsed is None or _cue(folded[:match.start()], elapsed) is None
                          and not _ago(folded, match, elapsed)):  # "after two days of", "two days ago"
                yield count, match

    found = list(lengths(grammar.duration_units, r"\d{1,2}|[a-z]+", r"[\s-]+"))
    found += [(hours // 24, m) for hours, m in lengths(grammar.duration_hours, r"\d{2,3}", r"[\s-]*") if hours % 24 == 0]
    return min(found, key=lambda pair: pair[1].start())[0] if found else None


def _ago(folded: str, match: re.Match[str], words: ElapsedWords) -> bool:
    """The length is counted back from publication to a day ("three days ago", "il y a trois jours")."""
    before, after = folded[:match.start()].rstrip(), folded[match.end():].lstrip()
    return any(re.search(rf"(?<!\w){re.escape(cue)}$", before) for cue in words.ago_before) \
        or any(re.match(rf"{re.escape(cue)}(?!\w)", after) for cue in words.ago_after)


def _exact_number(word: str, number_words: dict[tuple[str, ...], tuple[int, bool]]) -> int | None:
    """Digits, or a number word that is not vague ("three", not "dozens")."""
    if word.isdigit():
        return int(word)
    value = number_words.get((word,))
    return value[0] if value and not value[1] else None


@dataclass(frozen=True)
class ElapsedWords:
    """The words of `[elapsed]` in lang/<code>/dates.toml, folded."""

    since: tuple[str, ...]
    after: tuple[str, ...]
    approx: tuple[str, ...]
    one: frozenset[str]
    units: dict[str, int]  # unit word -> days
    suffixes: tuple[str, ...]
    ordinals: dict[str, int]
    ago_before: tuple[str, ...] = ()  # "il y a deux jours", "two days ago": a day, not a length
    ago_after: tuple[str, ...] = ()


@cache
def _elapsed_words(language: str) -> ElapsedWords | None:
    table = lang.load(language, "dates").get("elapsed")
    if not table:
        return None
    return ElapsedWords(
        since=tuple(fold(w) for w in table["since"]), after=tuple(fold(w) for w in table["after"]),
        approx=tuple(sorted((fold(w) for w in table.get("approx", [])), key=len, reverse=True)),
        one=frozenset(fold(w) for w in table.get("one", [])),
        units={fold(k): int(v) for k, v in table["units"].items()},
        suffixes=tuple(fold(w) for w in table.get("ordinal_suffixes", [])),
        ordinals={fold(k): int(v) for k, v in table.get("ordinals", {}).items()},
        ago_before=tuple(fold(w) for w in table.get("ago_before", [])),
        ago_after=tuple(fold(w) for w in table.get("ago_after", [])))


def _ordinal(token: Token, words: ElapsedWords) -> int | None:
    """"eighth", "8th", "huitième", "8e"."""
    text = fold(token.text)
    if text in words.ordinals:
        return words.ordinals[text]
    match = re.fullmatch(r"(\d{1,3})(\w+)", text)
    return int(match.group(1)) if match and match.group(2) in words.suffixes else None


def _cardinal(token: Token, words: ElapsedWords, number_words: dict[tuple[str, ...], tuple[int, bool]]
              ) -> int | None:
    if fold(token.text) in words.one:
        return 1
    return None if len(token.text) > 3 and token.text.isdigit() else _exact_number(token.lower_, number_words)


def _cue(before: str, words: ElapsedWords) -> str | None:
    """"since" or "after": what the words before a number say of the duration that follows."""
    before = before.rstrip()
    for approx in words.approx:
        if re.search(rf"(?<!\w){re.escape(approx)}$", before):
            before = before[:-len(approx)].rstrip()
            break
    for kind, cues in (("since", words.since), ("after", words.after)):
        if any(re.search(rf"(?<!\w){re.escape(cue)}$", before) for cue in cues):
            return kind
    return None


def elapsed_days(trigger: Token, sent: Span, language: str, number_words: dict[tuple[str, ...], tuple[int, bool]],
                 ongoing: bool) -> int | None:
    """How many days before its date the event of `trigger` began, when the sentence says how long it
    had run: "after six days of protests", "a month of protests" date the protests they govern; "for two weeks", "entered its
    eighth day" date an `ongoing` event of the sentence (a strike, a protest movement), since the small
    parsers attach such phrases anywhere. Days count inclusively ("six days" end on the sixth), weeks
    and months by their length."""
    words = _elapsed_words(language)
    if words is None:
        return None
    for unit in sent:
        size = words.units.get(fold(unit.text))
        if size is None or unit.i == sent.start:
            continue
        number = unit.nbor(-1)
        within = unit.left_edge.i <= trigger.i <= unit.right_edge.i and trigger.i != unit.i
        ordinal = _ordinal(number, words)
        if ordinal is not None:
            if within or ongoing:
                return (ordinal - 1) * size
            continue
        count = _cardinal(number, words, number_words)
        if not count:
            continue
        cue = _cue(fold(document_text(sent.doc)[sent.start_char:number.idx]), words)  # (`doc.text` joins every token)
        # "nearly a month of protests", "trois semaines de grève": the span names the event's own length
        named_length = within and unit in (trigger.head, trigger.head.head)
        if within and (cue is not None or named_length) or cue == "since" and ongoing:
            return count * size - 1 if size == 1 else count * size
    return None


def counted_back(days: int, end: date) -> DateMention | None:
    """The interval of an event that had run `days` days by `end` (None before the calendar's start)."""
    if end.toordinal() <= days:
        return None
    return DateMention(start=0, end=0, text="", first=end - timedelta(days=days), last=end, precision="range",
                       elapsed=True)
