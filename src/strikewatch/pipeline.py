"""The analysis of documents, stage after stage: parse → places → dates → events → merge.

Each stage is a module of its own (`places`, `dates`, `extraction`, `merge`); this module only
walks a document's sentences in order, carrying the narrative state (the last date mentioned, the
last place, the type of the movement) that the coding rules of DESIGN.md need."""
from __future__ import annotations

import logging
import sys
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import partial
from itertools import islice
from time import perf_counter
from typing import cast

from spacy.pipeline import Pipe
from spacy.tokens import Doc, Span, Token

from strikewatch import dates, lang, parallel, places, relevance, triage
from strikewatch.archive import Archive, Outcome
from strikewatch.clauses import clause_head, is_relative, own_coordinate
from strikewatch.extraction import Found, asserts_any, borrow_counts, sentence_events
from strikewatch.extraction.attach import Count, find_counts, find_demands, find_document_employer
from strikewatch.extraction.employer import note_places
from strikewatch.extraction.lexicon import Lexicon, load_lexicon
from strikewatch.extraction.nlp import BATCH_SIZE, load_pipeline
from strikewatch.errors import AnalysisError, printable
from strikewatch.ingest import build_document, unexpected
from strikewatch.ingest.readers import Record
from strikewatch.lang import available_languages
from strikewatch.merge import Draft, merge_document
from strikewatch.model import TYPES, Document, Event
from strikewatch.parsing import parse, parses_of
from strikewatch.places.gazetteer import place_key
from strikewatch.spans import span_text

# Seconds spent per stage in this process (read by the benchmark; the cost of keeping them is nil).
STAGE_SECONDS: defaultdict[str, float] = defaultdict(float)
DOMINANT_SHARE = 0.7  # a local story: this share of its places lie in one region
# Longer texts (a dump, a book) are stored and searchable whole, but only this much is analysed:
# parsing a million characters already takes minutes and gigabytes. Offsets stay valid (a prefix).
MAX_ANALYSED_CHARS = 1_000_000
NEXT_SENTENCES = 2  # how far an event's place carries to the next unplaced ones (beyond its paragraph)
TITLE_WITHIN = 4  # sentences before the title may be a date line, a site's name or a section
LEAD_DAYS = 7  # a lead told before any date sums up what the story dates within this many days of publication


@dataclass
class Narrative:
    """What the story has said so far: the last date (narrative time), the last place named, the places
    of its events, the movement."""

    anchor: date | None = None
    place: places.PlaceMention | None = None
    place_paragraph: int = -1
    event_place: places.PlaceMention | None = None  # where its last placed event was
    event_sentence: int = -99  # and in which sentence
    event_regions: set[str | int] = field(default_factory=set)  # the regions (or places) of all its placed events
    movement_type: str | None = None

    def local(self) -> bool:
        """Every event placed so far is in one region (a story of several is a country's)."""
        return len(self.event_regions) == 1


@contextmanager
def _timed(stage: str) -> Iterator[None]:
    started = perf_counter()
    try:
        yield
    finally:
        STAGE_SECONDS[stage] += perf_counter() - started


def can_analyse(language: str) -> bool:
    return language in available_languages()


def _located_mentions(sents: list[Span], doc: Document
                      ) -> tuple[list[list[places.PlaceMention]], str | None, places.PlaceMention | None]:
    """Per sentence, the places it names, each ambiguous name resolved for the document's main country;
    the country; and the first dateline's place ("PHNOM PENH Nov 12 -"), kept apart from events."""
    readings = [places.find_places(s, doc.language) for s in sents]
    demonyms = [code for s in sents for code in places.demonym_countries(s, doc.language)]
    first_line = doc.raw_text.split("\n", 1)[0]
    context = " ".join([doc.title or "", first_line if " > " in first_line else "", places.url_words(doc.url)])
    country = places.main_country([m for r in readings for m in r], demonyms, context, doc.language, doc.url)
    settled: dict[str, set[int]] = {}  # a name -> the readings a qualifier left it ("Srinagar, India": both Indian ones)
    for mention in (m for r in readings for m in r if m.qualified):
        settled.setdefault(place_key(mention.text), set()).add(mention.place.id)
    chosen = []
    dateline: places.PlaceMention | None = None
    for sent, sentence_readings in zip(sents, readings):
        picked = []
        for group in places.by_span(sentence_readings).values():
            best = places.choose(places.settle(group, settled), country)
            if best is None:
                continue
            if places.is_dateline(best, sent):
                # the first town filed from; a country line ("Sénégal: …" over "Richard-Toll —") says less
                if dateline is None or dateline.place.kind == "country" and best.place.kind != "country":
                    dateline = best
            elif not places.is_modifier(best, sent):
                picked.append(best)
        # "in the capital", where the sentence names no town ("à Téhéran, la capitale", "in the capital
        # and in Mombasa": the town named is what the sentence is precise about)
        if not any(m.place.kind != "country" for m in picked):
            if (capital := places.capital_mention(sent, doc.language, country)) is not None:
                picked.append(capital)
        chosen.append(picked)
    return _capital_as_named(chosen), country, dateline


def _capital_as_named(chosen: list[list[places.PlaceMention]]) -> list[list[places.PlaceMention]]:
    """"The capital" is the town the document names elsewhere ("Alger" and "la capitale" are one place,
    one event), in whichever record of the gazetteer the text's name found."""
    named = [m for sentence in chosen for m in sentence if m.via != "capital" and m.place.kind in ("city", "admin1")]
    return [[next((replace(m, place=n.place, text=n.text) for n in named if places.same_town(n.place, m.place)), m)
             if m.via == "capital" else m for m in sentence] for sentence in chosen]


def _dominant_region(located: list[list[places.PlaceMention]], country: str | None
                     ) -> places.PlaceMention | None:
    """The region a local story is about: most of its towns and regions lie in it, or the one place it
    names, if only in its title. Its events that name no place of their own are placed there (a
    country-wide story names several regions, or none)."""
    mentions = [m for sentence in located for m in sentence
                if m.place.kind != "country" and m.place.admin1 and m.place.country == country]
    regions = Counter(m.place.admin1 for m in mentions)
    if not mentions:
        return None
    code, count = regions.most_common(1)[0]
    if count / len(mentions) < DOMINANT_SHARE:
        return None
    # the region's most named place stands for it ("Paris" rather than "Île-de-France")
    names = Counter(m.place.id for m in mentions if m.place.admin1 == code)
    top = names.most_common(1)[0][0]
    best = next(m for m in mentions if m.place.id == top)
    return places.PlaceMention(-1, -1, best.place.name, best.place, "document")


def _own_date(found: Found, mentions: list[dates.DateMention], parsed: Doc, sent: Span, published: date | None
              ) -> tuple[dates.DateMention | None, dates.DateMention | None]:
    """(the date of the trigger: one in its own clause first, then the nearest in its sentence;
    an "until" date that ends it). A day after publication in another clause dates what that clause
    announces, not the trigger ("teachers begin a 48-hour strike, while on Wednesday the unions will meet
    the minister")."""
    trigger = found.trigger.head(sent)
    clause = clause_head(trigger)

    def same_clause(mention: dates.DateMention) -> bool:
        span = _tokens_of(parsed, mention.start, mention.end)
        return span is not None and clause_head(span.root).i == clause.i

    def rank(mention: dates.DateMention) -> tuple[bool, bool, int]:
        span = _tokens_of(parsed, mention.start, mention.end)
        elsewhere = span is not None and _another_clause(span.root, trigger)
        return (elsewhere, not same_clause(mention), abs(mention.start - trigger.idx))

    def ahead_elsewhere(mention: dates.DateMention) -> bool:
        return published is not None and mention.first is not None and mention.first > published \
            and not same_clause(mention)

    def describes_a_noun(mention: dates.DateMention) -> bool:
        """"the square, which was built in 1948": a relative clause the trigger is not in dates its noun only;
        so does a date set before a noun inside what describes another ("Besigye, his rival in the February
        elections": "during the February elections" would date the clause)."""
        heads = _heads_over(mention, parsed)
        relatives = [t for t in heads if t.dep_ in ("relcl", "acl:relcl") or t.dep_ == "acl" and is_relative(t)]
        if any(not r.left_edge.i <= trigger.i <= r.right_edge.i for r in relatives):
            return True
        if len(heads) < 2 or heads[0].dep_ != "compound" or trigger.i in (h.i for h in heads[1:3]):
            return False
        owner = next((h for h in heads[2:] if h.pos_ != "ADP"), None)  # what the noun the date qualifies hangs on
        return heads[1].pos_ == "NOUN" and owner is not None and owner.pos_ in ("NOUN", "PROPN") \
            and owner.i != trigger.i

    starts = [m for m in mentions if not m.until and not describes_a_noun(m) and not ahead_elsewhere(m)]
    ends = [m for m in mentions if m.until]
    return min(starts, key=rank, default=None), (ends[0] if ends else None)


def _ran_until(own: dates.DateMention | None, head: Token, event_type: str, sent: Span, lexicon: Lexicon,
               published: date | None) -> dates.DateMention | None:
    """"On strike for two weeks" on a day (or, undated, at publication): the range that ends then."""
    if own is None:
        end = published
    elif own.precision == "day":
        end = own.last
    else:
        return None
    if end is None:
        return None
    days = dates.elapsed_days(head, sent, lexicon.language, lexicon.count_words, ongoing=TYPES[event_type].movement)
    return dates.counted_back(days, end) if days else None


def _tokens_of(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens a mention's characters cover (none for a mention of no characters, such as a
    document's own place, or one whose characters fall between tokens)."""
    return doc.char_span(start, end, alignment_mode="expand") if start >= 0 else None


def _heads_over(mention: dates.DateMention, parsed: Doc) -> list[Token]:
    """The date's root and every head above it."""
    span = _tokens_of(parsed, mention.start, mention.end)
    return [] if span is None else [span.root, *span.root.ancestors]


def _tells_ahead(mention: dates.DateMention, parsed: Doc, language: str) -> bool:
    """Whether the date stands in a clause about the coming days ("lines will close on Thursday")."""
    span = _tokens_of(parsed, mention.start, mention.end)
    return span is not None and dates.tells_ahead(span.root, language)


def _tells_the_story(mention: dates.DateMention, parsed: Doc, language: str) -> bool:
    """Whether a date of a flashback sentence stands in its main clause, out of the pluperfect."""
    span = _tokens_of(parsed, mention.start, mention.end)
    return span is not None and dates.tells_the_story(span.root, language)


def _described_noun(mention: dates.DateMention, parsed: Doc) -> Token | None:
    """The noun a participle or relative clause holding the date describes, if the date stands in one
    ("Nahel, killed early in the week"; "residents angered by Saturday's price hike"; "the yard where
    the union was born in 1980")."""
    clause = next((t for t in _heads_over(mention, parsed)
                   if t.dep_ == "acl" and ("Part" in t.morph.get("VerbForm", []) or is_relative(t))
                   or t.dep_ in ("relcl", "acl:relcl")), None)
    return clause.head if clause is not None else None


def _aside(mention: places.PlaceMention, trigger: Token, sent: Span, lexicon: Lexicon) -> bool:
    """Whether a place tells where something else than the trigger's event is: inside a clause of time
    ("riots in Marseille, days after Nahel's death in Nanterre"; the language's `background` cues; also
    after such a cue that follows the trigger, where the parse may hang it on the main verb) or a
    participle describing another noun ("gendarmes based in Réunion were sent to Mayotte", "the NGO,
    based in Norway") or a coordinated clause with its own subject that does not hold the trigger, or a
    reference point ("150 km south of Baghdad")."""
    span = _tokens_of(sent.doc, mention.start, mention.end)
    if span is None:
        return False
    if places.is_reference_point(mention, sent) or places.is_origin(mention, sent):
        return True
    place = span.root
    if _outside_coordinate(place, trigger):
        return True  # "workers struck in Leeds, and nurses marched in York": the march is not in Leeds
    if trigger.i < place.i and lexicon.background.find_all(sent.doc[trigger.i + 1:place.i]):
        return True
    before = next((t for t in reversed(sent.doc[sent.start:span.start]) if t.pos_ not in ("ADP", "DET")), None)
    if before is not None and _describes_another(before, trigger):
        return True  # "basée en Norvège", the parse hanging the place on the noun described
    for holder in [place, *place.ancestors]:
        if holder.i == trigger.i:
            return False
        if _in_other_coordinate(holder, trigger):
            return True  # "strikes in Fremantle, and a strike is planned for Brisbane": the other clause's place
        cues = [holder, *(c for c in holder.children if c.dep_ in ("case", "mark", "prep"))]
        if _describes_another(holder, trigger) or any(lexicon.background.find_all(sent.doc[c.i:c.i + 1]) for c in cues if c.i < place.i):
            return not holder.left_edge.i <= trigger.i <= holder.right_edge.i
    return False


def _outside_coordinate(word: Token, trigger: Token) -> bool:
    """The trigger stands in a coordinated clause with a subject of its own, and the word outside it."""
    coordinate = next((t for t in [trigger, *trigger.ancestors] if own_coordinate(t)), None)
    return coordinate is not None and not coordinate.left_edge.i <= word.i <= coordinate.right_edge.i


def _in_other_coordinate(holder: Token, trigger: Token) -> bool:
    """The holder heads a coordinated clause with a subject of its own that does not hold the trigger."""
    return own_coordinate(holder) and not holder.left_edge.i <= trigger.i <= holder.right_edge.i


def _another_clause(word: Token, trigger: Token) -> bool:
    """"Workers marched in Leeds on Monday and clashes broke out in Bradford on Tuesday": what one of two
    coordinated clauses with subjects of their own says is not of the other's event."""
    return _outside_coordinate(word, trigger) or any(_in_other_coordinate(h, trigger) for h in [word, *word.ancestors])


def _describes_another(token: Token, trigger: Token) -> bool:
    """A participle describing a noun that is not the trigger ("gendarmes based in…", "l'ONG, basée en…")."""
    return token.dep_ == "acl" and "Part" in token.morph.get("VerbForm", []) and token.head.i != trigger.i \
        and not token.left_edge.i <= trigger.i <= token.right_edge.i


def _refers_back(trigger: Token) -> bool:
    """A trigger with a demonstrative ("cette arrestation", "this strike", "esta huelga") names an event
    the text has told, perhaps by another word ("they struck… this protest") or as only announced ("a
    general strike was called… this new protest"): never a new one."""
    return any(c.dep_ == "det" and "Dem" in c.morph.get("PronType", []) for c in trigger.children)


def _decreed_end(drafts: list[Draft], sent: Span, mentions: list[dates.DateMention]) -> None:
    """"The curfew will remain in force until Sunday": a later sentence that only tells how long a
    measure in force lasts, naming it by the word that told it ("curfew", or "ban" after "banning
    gatherings"), ends the measures the last sentence that told them decreed (DESIGN rule 8: a
    decreed period). Words as written: the sentence may not have been parsed."""
    end = next((m for m in mentions if m.until and m.last), None)
    if end is None or end.last is None:  # (the second test says to mypy what the filter said)
        return
    words = {t.lower_ for t in sent}
    in_force = [d for d in drafts if TYPES[d.found.type].in_force_until_publication]
    named = {d.found.type for d in in_force
             if {d.found.trigger.head(d.sentence).lemma_.lower(), d.sentence.doc[d.found.trigger.start].lower_} & words}
    for event_type in named:
        told = [d for d in in_force if d.found.type == event_type]
        for draft in told:
            start = draft.own_date.first if draft.own_date else draft.anchor
            if draft.sentence.start == told[-1].sentence.start and draft.until is None \
                    and (start is None or start <= end.last):
                draft.until = end


def _borrow_neighbour_counts(drafts: list[Draft], sents: list[Span], paragraphs: list[int],
                             lexicon: Lexicon) -> None:
    """Counts of the next, then the previous sentence of the same paragraph for events whose own
    sentence gives none of that kind; a paragraph of one sentence (a wire story's lead) also takes
    those of the sentence that opens the next."""
    index_of = {sent.start: i for i, sent in enumerate(sents)}
    types_of: dict[int, list[str]] = {}
    for draft in drafts:
        types_of.setdefault(index_of[draft.sentence.start], []).extend(
            [draft.found.type, draft.found.absorbed] if draft.found.absorbed else [draft.found.type])
    counts_of: dict[int, list[Count]] = {}  # each neighbour's counts found once
    done: set[int] = set()
    for draft in drafts:
        if id(draft.found) in done:
            continue
        done.add(id(draft.found))
        i = index_of[draft.sentence.start]
        alone = paragraphs.count(paragraphs[i]) == 1  # a paragraph of one sentence: its figures may follow
        near = [j for j in (i + 1, i - 1) if 0 <= j < len(sents)
                and (paragraphs[j] == paragraphs[i] or alone and j == i + 1)]
        for j in near:
            if j not in counts_of:
                counts_of[j] = find_counts(sents[j], lexicon)
        borrow_counts(draft.found, [(counts_of[j], types_of.get(j, [])) for j in near])


STORY_SENTENCES = 3  # a text this long tells its own context; a shorter one is a snippet whose context the caller holds


def _answering_action(drafts: list[Draft], sents: list[Span], parsed_ranges: list[tuple[int, int]] | None,
                      lexicon: Lexicon) -> list[Draft]:
    """Drops the events of a type `told_with` others (a concession) from a story that tells none of those
    happening, not even in passing ("the firm granted the rise after the strike"): a deal signed in calm, a
    reshuffle, a strike called off by an agreement are no events of ours (DESIGN.md coding rule 10)."""
    told = {draft.found.type for draft in drafts}
    kinds = {t for draft in drafts for t in TYPES[draft.found.type].told_with}
    if not kinds or told & kinds or len(sents) < STORY_SENTENCES \
            or any(asserts_any(sent, lexicon, kinds) for sent in sents if _was_parsed(sent, parsed_ranges)):
        return drafts
    return [draft for draft in drafts if not TYPES[draft.found.type].told_with]


def _story_start(mentions: list[dates.DateMention], published: date | None) -> date | None:
    """The first day the story tells of, if recent: a news lead with no date of its own ("police clashed
    with strikers at the depot") sums up what the next sentences date ("it began on Thursday")."""
    for mention in mentions:
        if mention.first and published and timedelta(0) <= published - mention.first <= timedelta(days=LEAD_DAYS):
            return mention.first
    return None


def _date_the_lead(drafts: list[Draft], lead_from: date | None) -> None:
    """Events told before any date run from the story's first day to publication (DESIGN.md rule 3 reads
    "the last date mentioned before it"; before the first one, the lead speaks of the story's days)."""
    for draft in drafts:
        if draft.own_date is None and draft.until is None and draft.anchor is None:
            draft.anchor = lead_from


def _was_parsed(sent: Span, ranges: list[tuple[int, int]] | None) -> bool:
    """Whether the sentence lies in one of the (sorted) character ranges that were parsed (all, without)."""
    if ranges is None:
        return True
    i = bisect_right(ranges, (sent.start_char, sys.maxsize)) - 1  # (not `Doc.text`: it joins every token again)
    return i >= 0 and sent.start_char < ranges[i][1]


def analyse_parsed(doc: Document, parsed: Doc, parsed_ranges: list[tuple[int, int]] | None = None) -> list[Event]:
    """Events of one parsed document, dated and located, merged per (type, place, date). With
    `parsed_ranges` (character ranges), only the sentences inside them were parsed and may hold events;
    the others still move the story's time and place."""
    language = doc.language
    lexicon = load_lexicon(language)
    period = dates.publication_period(doc.published)
    published = period.day if period else None
    latest = period.last if period else None  # events after it are announced ones
    hint = latest or dates.year_hint(doc.text)
    sents = list(parsed.sents)
    worded = triage.token_words(parsed)[1]
    with _timed("places"):
        located, country, dateline = _located_mentions(sents, doc)
        home = _dominant_region(located, country)
        if home is None and not any(m.place.kind != "country" for sentence in located for m in sentence):
            home = places.url_place(doc.url, country)  # "/strasbourg/": the site's local section
        # a wire story with no region of its own mostly happened where it was filed
        filed = dateline if home is None and dateline and dateline.place.country == country \
            and dateline.place.kind != "country" else None
    demands = find_demands(parsed, lexicon)
    note_places(parsed, [m.text for sentence in located for m in sentence if m.place.kind != "country"])
    employer = find_document_employer(parsed, lexicon)
    story = Narrative()
    drafts: list[Draft] = []
    title = (doc.title or "").strip()
    # the title as a line of the text, after a date or a site's name at most ("Tuesday, April 05, 2011")
    title_at = next((i for i, s in enumerate(sents[:TITLE_WITHIN]) if title and span_text(s).strip() == title), None)
    paragraph, counted_to = 0, 0
    paragraphs: list[int] = []
    lead_from: date | None = None
    for index, sent in enumerate(sents):
        paragraph += doc.text.count("\n", counted_to, sent.start_char)  # line breaks so far, counted once
        counted_to = sent.start_char
        paragraphs.append(paragraph)
        sentence_text = span_text(sent)  # (`sent.text` joins its tokens again on each access)
        with _timed("dates"):
            mentions = dates.find_dates(sentence_text, language, published, story.anchor, offset=sent.start_char,
                                        year_hint=hint)
            if published is not None:
                mentions = [dates.read_ahead(m, published) if m.weekday and _tells_ahead(m, parsed, language) else m
                            for m in mentions]
        sent_places = located[index]
        finer = [m for m in sent_places if m.place.kind != "country"]
        country_mentions = sorted(
            (m for m in sent_places if m.place.kind == "country" and not places.is_owner(m, sent)),
            key=lambda m: not places.is_locative(m, sent))
        nationwide = places.is_nationwide(sentence_text, language)
        region_places = any(m.region_phrase for m in finer)
        findings = []
        if _was_parsed(sent, parsed_ranges) and sum(worded[sent.start:sent.end]) >= triage.MIN_EVENT_WORDS:
            # (short lines and unparsed sentences still move narrative time)
            with _timed("extraction"):
                findings = sentence_events(sent, lexicon, story.movement_type, region_places)
        for found in findings:
            own, until = _own_date(found, mentions, parsed, sent, published)
            head = found.trigger.head(sent)
            if own is not None and not own.open_start and dates.starts_open(head, language):
                own = dates.with_open_end(own, published)
            elif own is not None and own.first and dates.ends_then(head, language):
                # the event ran from what the story told before up to that day
                own = replace(own, first=min(story.anchor or own.first, own.first), precision="range")
            elif (ran := _ran_until(own, head, found.type, sent, lexicon, published)) is not None:
                own = ran
            elif own is not None and own.precision == "day" and own.first:
                days = dates.duration_days(sentence_text, language, lexicon.count_words)
                if days and 1 < days <= 60 and own.first <= date.max - timedelta(days=days - 1):
                    own = replace(own, last=own.first + timedelta(days=days - 1), precision="range")
            if own is not None and latest and own.first and own.first > latest and not until:
                continue  # a date after publication: announced, not happened
            if own is None and until is None and latest and story.anchor and story.anchor > latest:
                continue  # the story has moved to a day after publication ("tomorrow… the strike")
            if _refers_back(head):
                continue  # "cette arrestation", "this protest", "esta nueva protesta": told already, as happened or not
            if TYPES[found.type].movement:
                story.movement_type = found.type
            countries = [m.place.country for m in country_mentions if not _aside(m, head, sent, lexicon)]
            targets: list[places.PlaceMention | None] = list(places.where_clause(
                [m for m in finer if not _aside(m, head, sent, lexicon)] or finer, head, language))
            if not targets and not nationwide and set(countries) <= {country}:
                if story.place is not None and story.place_paragraph == paragraph:
                    targets = [story.place]
                elif home is not None:
                    targets = [home]
                elif story.event_place is not None and story.local() and story.event_place.place.country == country \
                        and index - story.event_sentence <= NEXT_SENTENCES:
                    targets = [story.event_place]  # a story so far in one region goes on there (just after)
            if not targets and not nationwide and filed is not None and set(countries) <= {filed.place.country}:
                targets = [filed]
            if placed := [t for t in targets if t is not None]:
                story.event_place, story.event_sentence = placed[-1], index
                story.event_regions.update(m.place.admin1 or m.place.id for m in placed)
            for target in targets or [None]:
                drafts.append(Draft(found=found, sentence=sent, place=target, own_date=own, until=until,
                                    anchor=story.anchor, country=(target.place.country if target else
                                                                  (countries[0] if countries else country)),
                                    headline=index == title_at))
        if not findings:
            _decreed_end(drafts, sent, mentions)
        if finer:
            story.place, story.place_paragraph = finer[-1], paragraph
        # a date told in a clause describing another noun than the sentence's events ("Nahel, killed early
        # in the week", "angered by Saturday's price hike", not "a deal signed on 25 July") is background:
        # it does not take the story's time back
        told = {f.trigger.head(sent).i for f in findings}
        reached = story.anchor
        flashback = dates.is_flashback(sent, language)
        for mention in mentions:
            if flashback and not _tells_the_story(mention, parsed, language):
                continue
            if mention.precision == "year" and reached is not None:
                continue  # "since Modi swept to power in 2014": a year is a period, no day the story moves to
            noun = _described_noun(mention, parsed)
            if noun is None or noun.i in told or reached is None or mention.first and mention.first >= reached:
                reached = mention.first if mention.open_start else mention.last
        story.anchor = reached
        if lead_from is None:
            lead_from = _story_start(mentions, published)
    if all(draft.found.trigger.weak and draft.found.actor is None and draft.found.sector is None for draft in drafts):
        drafts = []  # "une caravane", "des incidents", "the unrest", by no one named: a story that tells no event
    drafts = _answering_action(drafts, sents, parsed_ranges, lexicon)
    _date_the_lead(drafts, lead_from)
    with _timed("extraction"):
        _borrow_neighbour_counts(drafts, sents, paragraphs, lexicon)
    with _timed("merge"):
        timeless = period is None and not dates.names_a_time(doc.text, language)
        return merge_document(drafts, doc, period, demands, employer, timeless)


ErrorHandler = Callable[[Document, str], None]

TYPOGRAPHIC = str.maketrans({"\u2019": "'"})


def model_text(text: str, language: str) -> str:
    """The text as spaCy's models read it best: in a language that elides words (`elisions` in
    lang/<code>/pipeline.toml), typographic apostrophes as plain ones ("l’usine" as "l'usine", which the
    French model splits and lemmatises; it leaves "l’" as it is). One character for one, so every offset
    into the document stays valid."""
    return text.translate(TYPOGRAPHIC) if lang.load(language, "pipeline").get("elisions") else text


def analyse_batch(docs: list[Document], batch_size: int = BATCH_SIZE, triage: bool = True
                  ) -> list[tuple[list[Event], str | None]]:
    """(events, None) or ([], the reason it failed) for each document of one language, parsed in
    batches here. Each document is analysed behind its own boundary: whatever one text does to a
    rule (a date at the end of the calendar, a pathological sentence) costs that document only.
    With `triage`, only the sentences that may hold an event, and their neighbours, are parsed."""
    if triage:
        return _analyse_triaged(docs, batch_size)
    nlp = load_pipeline(docs[0].language)
    results: list[tuple[list[Event], str | None]] = []
    parses = parses_of(nlp, [model_text(d.text[:MAX_ANALYSED_CHARS], d.language) for d in docs], batch_size)
    for doc in docs:
        with _timed("parse"):
            parsed = next(parses)
        if isinstance(parsed, Exception):
            results.append(([], unexpected(parsed)))
            continue
        try:
            results.append((analyse_parsed(doc, parsed), None))
        except Exception as exc:  # noqa: BLE001 (one document's boundary)
            results.append(([], unexpected(exc)))
    return results


def _analyse_triaged(docs: list[Document], batch_size: int) -> list[tuple[list[Event], str | None]]:
    """`analyse_batch` parsing only what triage keeps: the kept runs of sentences of every document
    of the batch go through the parser together; each document is then joined back into one Doc
    (same characters, same offsets) whose other sentences are tokenized only."""
    nlp = load_pipeline(docs[0].language)
    with _timed("triage"):
        plans = [triage.plan(nlp, model_text(d.text[:MAX_ANALYSED_CHARS], d.language), d.language) for d in docs]
    pieces = [run.piece() for plan in plans for run in plan if run.parsed]
    parses = parses_of(nlp, pieces, batch_size)
    # the recognizer has a tok2vec of its own: unparsed sentences that may hold a name get entities only
    with _timed("parse"):
        recognizer = cast(Pipe, nlp.get_pipe("ner"))
        named = iter(recognizer.pipe((run.tokens() for plan in plans for run in plan if run.named and not run.parsed),
                                     batch_size=batch_size))
    results: list[tuple[list[Event], str | None]] = []
    for doc, plan in zip(docs, plans):
        if not plan:
            results.append(([], None))  # no sentence can hold an event: stored and searchable, never parsed
            continue
        parts: list[Doc | Exception] = []
        with _timed("parse"):
            for run in plan:
                parts.append(next(parses) if run.parsed else next(named) if run.named else run.tokens())
        failed = next((p for p in parts if isinstance(p, Exception)), None)
        if failed is not None:
            results.append(([], unexpected(failed)))
            continue
        try:
            joined = triage.join([p for p in parts if isinstance(p, Doc)], plan[0].span.doc)
            parsed_ranges = [(run.start_char, run.end_char) for run in plan if run.parsed]
            results.append((analyse_parsed(doc, joined, parsed_ranges), None))
        except Exception as exc:  # noqa: BLE001 (one document's boundary)
            results.append(([], unexpected(exc)))
    return results


def warm_up(doc: Document) -> None:
    """Load the parser, triage tables, lexicons, grammar and gazetteer of `doc`'s language in this
    process (by analysing its first sentence), so that forked workers share them instead of each
    loading its own."""
    try:
        head = doc.text[:200]
        nlp = load_pipeline(doc.language)
        triage.plan(nlp, head, doc.language)
        analyse_parsed(replace(doc, text=head), nlp(head))
    except Exception:  # noqa: BLE001 (only a warm-up: the real analysis reports its own errors)
        pass


def _lost_batch(docs: list[Document]) -> list[tuple[list[Event], str | None]]:
    return [([], "its worker process died (out of memory?)") for _ in docs]


def analyse_documents(docs: Iterable[Document], batch_size: int = BATCH_SIZE, workers: int = 1,
                      on_error: ErrorHandler | None = None, screen: bool = True, triage: bool = True
                      ) -> Iterator[tuple[Document, list[Event]]]:
    """(document, events) for each document, parsing documents of one language in batches (in
    `workers` processes: parsing is most of the time). A document whose analysis fails is yielded
    without events and passed to `on_error` with the reason (by default, logged as a warning). With
    `screen`, a document its language's relevance model judges off-topic gets no events and no parse;
    with `triage`, only the sentences that may hold an event (and their neighbours) are parsed."""
    report = on_error or _log_error
    pending: dict[str, list[Document]] = {}

    def flush(language: str) -> Iterator[tuple[Document, list[Event]]]:
        batch = pending.pop(language, [])
        if not batch:
            return
        groups = [batch[i:i + batch_size] for i in range(0, len(batch), batch_size)]
        if workers > 1 and len(groups) > 1:
            warm_up(batch[0])
            outcomes = parallel.map_ordered(partial(analyse_batch, batch_size=batch_size, triage=triage), groups,
                                            workers, on_broken=_lost_batch)
        else:
            outcomes = (analyse_batch(group, batch_size, triage) for group in groups)
        for group, results in zip(groups, outcomes):
            for doc, (events, error) in zip(group, results):
                if error is not None:
                    report(doc, error)
                yield doc, events

    chunk = batch_size * max(1, workers) * 4  # enough documents per call to keep every worker busy
    languages = set(available_languages())  # (found by listing a folder: once, not per document)
    for doc in docs:
        if doc.language not in languages:
            yield doc, []
            continue
        with _timed("relevance"):
            relevant = not screen or relevance.is_relevant(doc.language, doc.title, doc.text[:MAX_ANALYSED_CHARS])
        if not relevant:  # about something else: stored and searchable, never parsed
            yield doc, []
            continue
        pending.setdefault(doc.language, []).append(doc)
        if len(pending[doc.language]) >= chunk:
            yield from flush(doc.language)
    for language in list(pending):
        yield from flush(language)


def _log_error(doc: Document, reason: str) -> None:
    logging.getLogger("strikewatch").warning("%s: %s; stored without events", printable(doc.where), reason)


def locate(text: str, language: str, title: str | None = None) -> list[places.PlaceMention]:
    """The places a text names, each read for the text's main country (for tests and tools)."""
    doc = build_document(Record(text, "<text>", None, {"language": language, **({"title": title} if title else {})}))
    parsed = parse(load_pipeline(language), doc.text)
    located, _, _ = _located_mentions(list(parsed.sents), doc)
    return [m for sentence in located for m in sentence]


def ingest(archive: Archive, documents: Iterable[Document], analyse: bool = True,
           batch_size: int = BATCH_SIZE, workers: int = 1, on_error: ErrorHandler | None = None,
           screen: bool = True, triage: bool = True) -> Iterator[tuple[Document, Outcome, int]]:
    """Store documents with their events: (document, outcome, number of events stored) for each.
    Content already stored is neither analysed nor written again; a document whose analysis failed
    is stored without events (and reported to `on_error`)."""
    iterator = iter(documents)
    while chunk := list(islice(iterator, batch_size * max(1, workers) * 4)):
        fresh = []
        for doc in chunk:
            if archive.is_stored(doc):
                yield doc, "unchanged", 0
            else:
                fresh.append(doc)
        # each document is written as soon as its events are known: an interrupted run keeps every
        # document finished before the interrupt, and the next run resumes after them
        analysed = (analyse_documents(fresh, batch_size, workers, on_error, screen, triage) if analyse
                    else ((d, []) for d in fresh))
        for doc, events in analysed:
            with _timed("store"):
                outcome, stored = archive.add_document(doc, events)
            yield doc, outcome, stored


def extract(text: str, published: str | None = None, language: str | None = None) -> list[Event]:
    """Events of one text (the Python API): cleaned, dated against `published`, located, merged."""
    meta = {k: v for k, v in (("published", published), ("language", language)) if v}
    doc = build_document(Record(text, "<text>", None, meta))
    failures: list[str] = []
    events = next(analyse_documents([doc], on_error=lambda _, reason: failures.append(reason)))[1]
    if failures:  # one text, nothing else to save: say why rather than return nothing
        raise AnalysisError(failures[0])
    return events
