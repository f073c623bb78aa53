"""From per-sentence findings to coded events: one event per (type, place, date) in a document
(DESIGN.md coding rule 1), and the same event reported by several documents found again."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Span

from strikewatch.dates import DateMention, Publication
from strikewatch.extraction import CASUALTIES, Found
from strikewatch.extraction.employer import employer_at
from strikewatch.extraction.lexicon import load_lexicon
from strikewatch.extraction.modality import in_a_time_clause
from strikewatch.model import COUNT_FIELDS, TYPES, Document, Event
from strikewatch.places import PlaceMention
from strikewatch.places.gazetteer import load_gazetteer

GEO_PRECISION = {"site": "site", "city": "city", "admin1": "admin1", "country": "country"}


@dataclass
class Draft:
    found: Found
    sentence: Span
    place: PlaceMention | None
    own_date: DateMention | None
    until: DateMention | None
    anchor: date | None  # the last date mentioned before the sentence
    country: str | None
    headline: bool = False  # the document's title: it sums up events the body tells


def _interval(draft: Draft, period: Publication | None) -> tuple[date | None, date | None, str]:
    own, until = draft.own_date, draft.until
    kind = TYPES[draft.found.type]
    published = period.day if period else None
    if own is not None:
        first, last = own.first, own.last
        precision = "range" if own.open_start else own.precision
    elif kind.dated_at_publication and published:  # an announcement (DESIGN.md coding rule 5)
        first, last, precision = published, published, "day"
    elif draft.anchor is None and period and published is None:
        first, last, precision = period.first, period.last, "range"  # a month-dated page told nothing finer
    else:
        first, last = draft.anchor, published
        precision = "range" if first or last else "unknown"
    if until is not None:
        first, last, precision = first or draft.anchor or published, until.last, "range"
    elif kind.in_force_until_publication and own is not None and own.first == own.last \
            and published and first and first < published:
        last, precision = published, "range"  # DESIGN rule 8: no decreed period, in force up to publication
    if first and last and last < first:
        last = first
    return first, last, precision


def _located(event: Event, mention: PlaceMention | None, country: str | None) -> None:
    if mention is None:
        event.country = country
        event.geo_precision = "country" if country else None
        place = load_gazetteer().country(country) if country else None
        if place is not None:
            event.latitude, event.longitude = place.latitude, place.longitude
        return
    place = mention.place
    event.country = place.country
    event.admin1, event.admin1_name = place.admin1, place.admin1_name
    # a region is named as the text wrote it ("Mangistau"), not by its ISO name ("Mangghystaū oblysy")
    written = mention.start >= 0 and place.kind == "admin1" and mention.via != "company"
    event.location = (mention.text if written else place.name) if place.kind != "country" else None
    event.latitude, event.longitude = place.latitude, place.longitude
    event.geo_precision = GEO_PRECISION[place.kind]


def _employer(draft: Draft) -> str | None:
    """The employer of the sentence's event, or, where the sentence names one per place ("at Ford's plant
    in Wayne, Stellantis's plant in Toledo"), the one named before this event's place."""
    mention = draft.place
    if draft.found.employer is None or mention is None or mention.start < 0:
        return draft.found.employer
    return employer_at(draft.sentence, mention.start) or draft.found.employer


def _counts_per_place(drafts: list[Draft]) -> dict[int, dict[str, tuple[int, bool]]]:
    """"Some 25,000 marched in Athens and 10,000 in Thessaloniki", "11 were detained in A, while seven
    others were detained in B": where a sentence gives as many figures of a kind as it names places for
    one event, each place takes the figure told in the same order (by id of the draft)."""
    by_found: dict[int, list[Draft]] = {}
    for draft in drafts:
        if draft.place is not None and draft.place.start >= 0:
            by_found.setdefault(id(draft.found), []).append(draft)
    out: dict[int, dict[str, tuple[int, bool]]] = {}
    for group in by_found.values():
        group.sort(key=lambda d: d.place.start if d.place else 0)
        if len(group) < 2 or len({d.place.start for d in group if d.place}) < len(group):
            continue
        told = group[0].found.told
        for kind in {c.kind for c in told}:
            figures = sorted((c for c in told if c.kind == kind), key=lambda c: c.token)
            if len(figures) == len(group):
                for draft, count in zip(group, figures):
                    out.setdefault(id(draft), {})[kind] = (count.value, count.approx)
    return out


def to_event(draft: Draft, doc: Document, period: Publication | None, demands: list[str],
             own_counts: dict[str, tuple[int, bool]] | None = None) -> Event:
    found = draft.found
    sent = draft.sentence
    first, last, precision = _interval(draft, period)
    written = doc.text[sent.start_char:sent.end_char]  # as written (the models read plain apostrophes)
    lead = len(written) - len(written.lstrip())
    text = written.strip()
    event = Event(
        doc_id=doc.id, type=found.type, subtype=found.subtype,
        date_start=first.isoformat() if first else None, date_end=last.isoformat() if last else None,
        time_precision=precision, actor1=found.actor, employer=_employer(draft), sector=found.sector,
        demands=list(demands) if TYPES[found.type].demands else [],
        evidence=text, evidence_start=sent.start_char + lead, evidence_end=sent.start_char + lead + len(text),
        confidence=round(min(1.0, found.confidence + (0.1 if draft.place else 0) + (0.1 if draft.own_date else 0)), 2),
        language=doc.language)
    for kind, (value, approx) in {**found.counts, **(own_counts or {})}.items():
        setattr(event, kind, value)
        event.count_approx = event.count_approx or approx
    _located(event, draft.place, draft.country)
    return event


def _place_key(event: Event) -> str:
    """Where an event is, whatever name the text used for it ("Wales" as written, or by its ISO name)."""
    if event.geo_precision == "admin1":
        return event.admin1 or ""
    return event.location or event.admin1 or event.country or ""


def _intersects(a: Event, b: Event) -> bool:
    """Whether two intervals meet; a missing start is open (a headline: the event began at some time
    before publication); a missing end (no publication date) is not stretched to infinity."""
    a0, a1 = a.date_start or ("0000" if a.date_end else None), a.date_end or a.date_start
    b0, b1 = b.date_start or ("0000" if b.date_end else None), b.date_end or b.date_start
    if a0 is None or b0 is None or a1 is None or b1 is None:
        return True
    return not (a1 < b0 or b1 < a0)


def _within(inner: Event, outer: Event) -> bool:
    """Whether the dated interval of `inner` lies inside that of `outer`."""
    return bool(inner.date_start and outer.date_start and outer.date_end and inner.date_end
                and outer.date_start <= inner.date_start and inner.date_end <= outer.date_end)


def _unplaced(event: Event) -> bool:
    return event.location is None and event.admin1 is None


def _better_figure(value: int, kept: int | None, value_approx: bool, kept_approx: bool) -> bool:
    """Whether a second report's figure replaces the one kept (see `_absorb`)."""
    if kept is None or kept == 1 < value:
        return True
    if value == 1:
        return False
    if kept != 1 and value_approx != kept_approx:
        return not value_approx  # the figure told exactly
    return value < kept


def _absorb(keep: Event, other: Event) -> None:
    """Fold a repeated report of an event into the first one: keep its evidence, add what it lacks; of two
    figures for the same count, the lower (DESIGN rule 5: the lowest credible one), but a figure told
    exactly over a vague one ("4,000" over "thousands", which counts as 2,000 by convention). One person is
    no estimate of a crowd: "the union's leader was among those detained" is one of the 13 told elsewhere."""
    for name in COUNT_FIELDS:
        value, kept = getattr(other, name), getattr(keep, name)
        if value is None or not _better_figure(value, kept, other.count_approx, keep.count_approx):
            continue
        setattr(keep, name, value)
        keep.count_approx = keep.count_approx or other.count_approx
    for name in ("actor1", "actor2", "employer", "sector", "subtype"):
        if getattr(keep, name) is None:
            setattr(keep, name, getattr(other, name))
    keep.confidence = max(keep.confidence, other.confidence)


def _casualties_to_force(events: list[Event]) -> None:
    """DESIGN rule 6 across sentences: the dead and injured of clashes ("the clashes left 30 dead") go on
    the force used on them at the same place and time, told in another sentence ("police opened fire")."""
    for event in events:
        target = TYPES[event.type].casualties_to
        force = next((e for e in events if e.type == target and _place_key(e) == _place_key(event)
                      and _intersects(e, event)), None)
        if force is None:
            continue
        for name in CASUALTIES:  # moved, or dropped when the force has borrowed the same toll already
            if getattr(force, name) in (None, getattr(event, name)):
                setattr(force, name, getattr(event, name))
                setattr(event, name, None)


def _crowd_to_its_action(events: list[Event]) -> None:
    """"Riot police used tear gas on a crowd of thousands": the size of the crowd that force was used on
    (kept on the force, as ACLED's crowd size of excessive force) is that of the strike, protest or riot
    at the same place and time, when that gives none of its own."""
    for event in events:
        if not TYPES[event.type].acled.intervenes or event.participants is None:
            continue
        actions = [e for e in events if TYPES[e.type].movement and e.participants is None
                   and _place_key(e) == _place_key(event) and _intersects(e, event)]
        # a crowd is a protest's or a riot's before a strike's
        action = min(actions, key=lambda e: TYPES[e.type].labour, default=None)
        if action is not None:
            action.participants = event.participants
            action.count_approx = action.count_approx or event.count_approx


RECALLED_AFTER = timedelta(days=365)  # an episode that began this long before publication is recalled, not news
LONGEST_RUN = timedelta(days=3 * 365)  # no strike or protest said to run on to publication began longer ago


def _told_in_passing(events: list[Event], own_dated: set[int], published: date | None) -> list[Event]:
    """DESIGN.md rule 9 codes an earlier episode recalled in passing by a story of what is happening now.
    A story made only of episodes that began a year or more before it was published (an anniversary, a
    trial, a column on an old movement, a history of strikes) tells nothing that is happening: no events.
    An episode runs on to now only by a date of its own ("en huelga desde marzo de 2022"; a mention without
    one spans the time since the last date told) and only from the last few years ("le 3 mars 1974, ils
    entamaient une grève" is history, though a strike begun is read as running to publication)."""
    if published is None:
        return events
    cutoff, longest = (published - min(span, published - date.min) for span in (RECALLED_AFTER, LONGEST_RUN))

    def recent(event: Event) -> bool:
        if event.date_start is None:
            return True
        start = date.fromisoformat(event.date_start)
        return start >= cutoff or (id(event) in own_dated and start >= longest
                                   and event.date_end is not None and date.fromisoformat(event.date_end) >= cutoff)

    return events if any(recent(e) for e in events) else []


def _told_of_someone(events: list[Event], timeless: bool) -> list[Event]:
    """A text that names no time and places nothing it tells (a guide to strike notices, a law, an essay
    on strikes) reports only what someone it names or counts did: its strikes of no one are strikes in
    general. Read before the document's employer is lent to its events."""
    if not timeless or any(e.location or e.admin1 for e in events):
        return events
    return [e for e in events if e.actor1 or e.employer or any(getattr(e, kind) for kind in COUNT_FIELDS)]


def _told_of_nothing_in_particular(events: list[Event], drafts: list[Draft], language: str) -> list[Event]:
    """A text whose one event is a strike, protest or riot only ever named by a noun ("the right to
    strike", "strikes are inevitable", "la tenue de la grève") and has no one, no count, no trade, no town
    and no date of its own speaks of them in general (a law, an essay, a warning), not of one that
    happened: a report of one says who, where or when ("les boulangers en grève" says who), or tells it
    as past ("blessés après les manifestations")."""
    if len(events) != 1 or not TYPES[events[0].type].movement:
        return events
    event = events[0]
    if event.actor1 or event.employer or event.sector or event.location \
            or any(getattr(event, kind) is not None for kind in COUNT_FIELDS):
        return events
    for draft in (d for d in drafts if d.found.type == event.type):
        head = draft.found.trigger.head(draft.sentence)
        if draft.own_date is not None or head.pos_ not in ("NOUN", "PROPN") \
                or head.head.pos_ in ("NOUN", "PROPN") and "Plur" in head.head.morph.get("Number", []) \
                or in_a_time_clause(draft.found.trigger, draft.sentence, load_lexicon(language)):
            return events
    return []


def merge_document(drafts: list[Draft], doc: Document, period: Publication | None, demands: list[str],
                   employer: str | None = None, timeless: bool = False) -> list[Event]:
    """One event per (type, place, date). A report without a date of its own (a later mention of
    "the protests") joins a dated report of the same type and place that it overlaps: news repeats
    its events far more often than it tells new ones without a date. A headline's event joins the
    body's event of the same type wherever it is placed: the body tells it better. A day of a movement
    dated by how long it had run ("on strike for two weeks") joins that movement at the same place.
    `timeless`: the text has no publication date and names no time at all."""
    events: list[Event] = []
    dated: list[bool] = []
    headline: list[bool] = []
    whole: list[bool] = []  # dated by how long the movement had run: its days told elsewhere are part of it
    per_place = _counts_per_place(drafts)
    for draft in drafts:
        event = to_event(draft, doc, period, demands, per_place.get(id(draft)))
        from_headline = draft.headline and draft.own_date is None
        same = next((i for i, e in enumerate(events) if e.type == event.type and _place_key(e) == _place_key(event)
                     and (e.date_start, e.date_end) == (event.date_start, event.date_end)), None)
        if same is not None:
            _absorb(events[same], event)
            dated[same] = dated[same] or draft.own_date is not None
            headline[same] = headline[same] and from_headline
            continue
        events.append(event)
        dated.append(draft.own_date is not None)
        headline.append(from_headline)
        whole.append(draft.own_date is not None and draft.own_date.elapsed)
    kept: list[Event] = []
    for event, own, from_headline in zip(events, dated, headline):
        twin = next((e for e, w in zip(events, whole) if w and e is not event and e.type == event.type
                     and _place_key(e) == _place_key(event) and _within(event, e)), None)
        if twin is None and from_headline:
            twin = next((e for e, h in zip(events, headline) if e.type == event.type and not h), None)
        elif twin is None and not own:
            twin = next((e for e, e_own in zip(events, dated) if e_own and e.type == event.type
                         and _place_key(e) == _place_key(event) and _intersects(e, event)), None)
            if twin is None:  # a second undated mention of the same happening, later in the text
                twin = next((e for e in kept if e.type == event.type and _place_key(e) == _place_key(event)
                             and _intersects(e, event)), None)
            if twin is None and _unplaced(event):  # "the strike" of a country whose one strike the text placed
                placed = [e for e in events if e.type == event.type and not _unplaced(e)
                          and e.country == event.country and _intersects(e, event)]
                twin = placed[0] if len(placed) == 1 else None
        if twin is not None:
            _absorb(twin, event)
        else:
            kept.append(event)
    kept = _told_in_passing(kept, {id(e) for e, own in zip(events, dated) if own}, period.day if period else None)
    kept = _told_of_nothing_in_particular(_told_of_someone(kept, timeless), drafts, doc.language)
    _casualties_to_force(kept)
    _crowd_to_its_action(kept)
    if employer and any(TYPES[e.type].labour for e in kept):
        for event in kept:  # a labour story's events happen at its company, the repression of its strikers too
            if event.employer is None and TYPES[event.type].at_employer:
                event.employer = employer
    for event in kept:
        event.assign_id()
    return kept
