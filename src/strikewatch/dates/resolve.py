"""Turn date expressions into intervals anchored on the publication date (DESIGN.md coding rule 3).

- a day and month without a year take the year that puts them nearest on or before publication;
- weekdays are the most recent such day on or before publication ("last Monday": strictly before;
  "next Monday", "lundi prochain": the first one after);
- a bare day ("le 5") takes the month of the narrative anchor, else of publication;
- months, seasons and years give their first and last day;
- "since", "à partir du" make the interval run to publication; "until" ends it.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TypedDict

from strikewatch.dates.grammar import Grammar
from strikewatch.extraction.lexicon import fold, fold_chars


YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
RANGE_GROUP = re.compile(r"^(?:d|m|y|wd|db|mb|yb|wo)(\d+)[ab]$")


@dataclass(frozen=True)
class DateMention:
    start: int  # character offsets in the text it was found in
    end: int
    text: str
    first: date | None
    last: date | None
    precision: str  # day, range, month, year
    open_start: bool = False  # "since …": runs to publication
    until: bool = False  # "until …": the date ends the event
    relative_to_anchor: int | None = None  # "le lendemain": days after the narrative anchor
    elapsed: bool = False  # counted back from a duration: "on strike for two weeks" (the whole movement)
    weekday: bool = False  # a lone weekday read back from publication: a clause of the coming days reads it ahead


class Matched(TypedDict):
    """Where a date expression was found: the fields every DateMention made from it shares."""

    start: int
    end: int
    text: str
    open_start: bool
    until: bool


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# A day and month without a year up to this many days after publication are that coming day: news
# announces strikes and marches for the weeks ahead ("paros los días 12 y 13 de junio" on 5 June),
# while it rarely tells of a day eleven months back without its year.
AHEAD_DAYS = 45


def _year_before(month: int, day: int, ref: date | None) -> int | None:
    """The year that puts day/month nearest on or before `ref`, unless it is a day of the coming weeks."""
    if ref is None:
        return None
    candidate = _safe(ref.year, month, day)
    if candidate is None:
        return ref.year - 1
    if candidate > ref:
        return ref.year if (candidate - ref).days <= AHEAD_DAYS else ref.year - 1
    following = _safe(ref.year + 1, month, day)  # "le 3 janvier" in a paper of 28 December
    if following is not None and (following - ref).days <= AHEAD_DAYS:
        return ref.year + 1
    return ref.year


def _weekday_after(weekday: int, ref: date) -> date:
    """"Next Monday", "lundi prochain": the first such day after publication."""
    return ref + timedelta(days=(weekday - ref.weekday()) % 7 or 7)


def _weekday_before(weekday: int, ref: date, strictly: bool) -> date:
    delta = (ref.weekday() - weekday) % 7
    if delta == 0 and strictly:
        delta = 7
    return ref - timedelta(days=delta)


class Resolver:
    """Resolves matches of one grammar against a publication date and a narrative anchor."""

    def __init__(self, grammar: Grammar, published: date | None, year_hint: date | None = None,
                 capitals_tell: bool = True) -> None:
        """`year_hint` stands in for an unknown publication date when only years must be guessed
        (a text of unknown date that says "2023" puts "le 23 septembre" in 2023); weekdays and
        "yesterday" still need the real publication date. Without `capitals_tell` (a headline in title
        case), a month that is also a word ("March", "May") is a month only with a day or a year."""
        self.g = grammar
        self.ref = published
        self.calendar = published or year_hint
        self.capitals_tell = capitals_tell

    def _number(self, value: str | None) -> int | None:
        if not value:
            return None
        value = fold(value)
        digits = re.match(r"\d+", value)
        if digits:
            return int(digits.group())
        bare = next((value[:-len(s)] for s in self.g.day_suffixes if value.endswith(s)), value)
        return self.g.ordinals.get(bare, self.g.ordinals.get(value))

    def _point(self, m: re.Match[str], tag: str, anchor: date | None, fallback_month: int | None = None,
               fallback_year: int | None = None) -> date | None:
        """One end of a range: day (+ month, + year) or a lone weekday."""
        get = m.groupdict()
        day = self._number(get.get(f"d{tag}") or get.get(f"db{tag}"))
        month_word = get.get(f"m{tag}") or get.get(f"mb{tag}")
        year = get.get(f"y{tag}") or get.get(f"yb{tag}")
        weekday = get.get(f"wo{tag}")
        if weekday and self.ref:
            return _weekday_before(self.g.weekdays[fold(weekday)], self.ref, strictly=False)
        if day is None:
            return None
        month = self.g.months.get(fold(month_word)) if month_word else fallback_month
        if month is None:
            base = anchor or self.calendar
            if base is None:
                return None
            month = base.month
            found = _safe(fallback_year or base.year, month, day)
            if found and self.calendar and found > self.calendar:  # "le 30" in an article of the 2nd: last month
                prev = (found.replace(day=1) - timedelta(days=1))
                found = _safe(prev.year, prev.month, day)
            return found
        year_value = int(year) if year else fallback_year or _year_before(month, day, self.calendar)
        if year_value is None and anchor is not None:
            year_value = anchor.year
        return _safe(year_value, month, day) if year_value else None

    def resolve(self, m: re.Match[str], text: str, anchor: date | None) -> DateMention | None:
        kind = m.lastgroup or ""
        folded = fold(m.group())
        written_before = text[max(0, m.start() - 40):m.start()].lower().rstrip()
        before = fold_chars(written_before)
        # "depuis le 5", and "depuis la fermeture de l'usine le 2 mars": the cue may stand a few words before
        open_start = kind != "range" and (
            any(folded.startswith(cue + " ") for cue in self.g.open_start)
            or any(re.search(rf"(?<!\w){re.escape(cue)}(?:\s+[\w'’-]+){{0,5}}$", written_before)
                   for cue in self.g.open_start_written))
        until = any(before.endswith(cue) for cue in self.g.until)
        base = Matched(start=m.start(), end=m.end(), text=m.group(), open_start=open_start, until=until)
        original = text[m.start():m.end()]
        resolver = {"range": self._range, "full": self._full, "wdday": self._wdday, "weekday": self._weekday,
                    "bareday": self._bareday, "iso": self._numeric, "numeric": self._numeric,
                    "holiday": self._holiday, "ago": self._ago, "partperiod": self._part_period}.get(kind)
        if resolver is not None:
            mention = resolver(m, original, folded, base, anchor)
        elif kind == "phrase":
            mention = self._phrase(folded, base, anchor)
        elif kind == "monthexpr":
            mention = self._month(original, folded, base)
        elif kind == "year" and (digits := re.search(r"\d{4}", folded)) is not None:
            year = int(digits.group())
            mention = DateMention(**base, first=date(year, 1, 1), last=date(year, 12, 31), precision="year")
        else:
            mention = None
        if mention is not None and mention.first and mention.precision == "day" and self.g.night_of and re.search(
                rf"(?<!\w)(?:{'|'.join(map(re.escape, self.g.night_of))})$", before):
            # "la nuit de mardi", "the night of the 4th": from that evening to the next morning
            mention = replace(mention, last=mention.first + timedelta(days=1), precision="range")
        return mention

    def _range(self, m: re.Match[str], original: str, folded: str, base: Matched, anchor: date | None
               ) -> DateMention | None:
        tags = {t.group(1) for k, v in m.groupdict().items() if v and (t := RANGE_GROUP.match(k))}
        if not tags:
            return None
        n = tags.pop()
        said_first = m.groupdict().get(f"m{n}a") or m.groupdict().get(f"mb{n}a")
        month_first = self.g.months.get(fold(said_first)) if said_first else None
        second = self._point(m, f"{n}b", anchor, fallback_month=month_first)  # "May 3-5": May 5
        first = self._point(m, f"{n}a", anchor, fallback_month=second.month if second else None,
                            fallback_year=second.year if second else None)
        if month_first and first and second and second < first:  # "du 28 janvier au 3": the 3rd is in February
            second = self._point(m, f"{n}b", anchor)
        if first and second and m.groupdict().get(f"wo{n}a") and m.groupdict().get(f"wo{n}b"):
            first, second = self._weekday_span(first, second)
        elif first and second and first > second:
            first = _safe(first.year - 1, first.month, first.day) or first
        if first is None and second is None:
            return None
        return DateMention(**base, first=first or second, last=second or first, precision="range")

    def _weekday_span(self, first: date, second: date) -> tuple[date, date]:
        """"La nuit de mercredi à jeudi", "from Monday to Wednesday": the second weekday follows the first,
        and the whole span lies on or before publication (a week earlier if it would end after it)."""
        second = first + timedelta(days=(second.weekday() - first.weekday()) % 7 or 7)
        if self.ref is not None and second > self.ref:
            first, second = first - timedelta(days=7), second - timedelta(days=7)
        return first, second

    def _month_word(self, folded: str) -> str | None:
        """The month name in an expression, the longest first ("sept." before "sept")."""
        return next((w for w in sorted(self.g.months, key=len, reverse=True)
                     if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", folded)), None)

    def _full(self, m: re.Match[str], original: str, folded: str, base: Matched, anchor: date | None
              ) -> DateMention | None:
        ref = self.calendar
        day_match = re.search(r"(?<!\d)([0-3]?\d)(?!\d)|(" + "|".join(map(re.escape, self.g.ordinals)) + ")", folded)
        month_word = self._month_word(folded)
        year_match = YEAR.search(folded)
        if not day_match or month_word is None:
            return None
        if not self._capitalised(original, month_word):
            return None
        day = self._number(day_match.group())
        month = self.g.months[month_word]
        if year_match:
            year: int | None = int(year_match.group(1))
        elif base["until"] and ref:  # a decreed end date lies ahead as often as behind
            year = min((ref.year - 1, ref.year, ref.year + 1),
                       key=lambda y: abs(((_safe(y, month, day or 1) or ref) - ref).days))
        else:
            year = _year_before(month, day or 1, ref)
        if year is None and anchor:
            year = anchor.year
        found = _safe(year, month, day) if year and day else None
        weekday = next((self.g.weekdays[w] for w in re.findall(r"\w+", folded) if w in self.g.weekdays), None)
        if found and not year_match and self.ref is None and weekday is not None:
            found = self._year_of_weekday(found, weekday)
        return _on_day(base, found)

    @staticmethod
    def _year_of_weekday(found: date, weekday: int) -> date:
        """A text of unknown date that says "lundi 4 octobre" without a year: its year is the latest, up to
        the one guessed and two before it, in which that day is a Monday (a text of 2021 may name 2022 as
        the year a plan is due); further back the guess itself is more likely wrong."""
        for back in range(3):
            earlier = _safe(found.year - back, found.month, found.day)
            if earlier and earlier.weekday() == weekday:
                return earlier
        return found

    def _wdday(self, m: re.Match[str], original: str, folded: str, base: Matched, anchor: date | None
               ) -> DateMention | None:
        words = folded.split()
        found = self._weekday_with_day(self.g.weekdays.get(words[0]), self._number(words[-1]), anchor)
        return _on_day(base, found)

    def _weekday(self, m: re.Match[str], original: str, folded: str, base: Matched, anchor: date | None
                 ) -> DateMention | None:
        if self.ref is None:
            return None  # weekdays need the real publication date
        parts = folded.split()
        weekday = next(self.g.weekdays[p] for p in parts if p in self.g.weekdays)
        last = any(p in self.g.last for p in parts)
        if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", folded) for w in self.g.coming):
            found = _weekday_after(weekday, self.ref)
            return DateMention(**base, first=found, last=found, precision="day")
        found = _weekday_before(weekday, self.ref, strictly=last)
        return DateMention(**base, first=found, last=found, precision="day", weekday=not last)

    def _bareday(self, m: re.Match[str], original: str, folded: str, base: Matched, anchor: date | None
                 ) -> DateMention | None:
        ref = self.calendar
        day = self._number(folded.split()[-1])
        base_date = anchor or ref
        if day is None or base_date is None or not 1 <= day <= 31:
            return None
        found = _safe(base_date.year, base_date.month, day)
        if found and ref and found > ref:
            prev = found.replace(day=1) - timedelta(days=1)
            found = _safe(prev.year, prev.month, day)
        return _on_day(base, found)

    def _weekday_with_day(self, weekday: int | None, day: int | None, anchor: date | None) -> date | None:
        """"jeudi 9": the latest day numbered 9 that is a Thursday, on or before publication."""
        start = self.calendar or anchor
        if weekday is None or day is None or start is None:
            return None
        year, month = start.year, start.month
        for _ in range(14):
            found = _safe(year, month, day)
            if found and found.weekday() == weekday and (self.calendar is None or found <= self.calendar):
                return found
            month -= 1
            if month == 0:
                year, month = year - 1, 12
        return None

    def _month(self, original: str, folded: str, base: Matched) -> DateMention | None:
        month_word = self._month_word(folded)
        if month_word is None:
            return None
        year_match = YEAR.search(folded)
        if not self._capitalised(original, month_word) \
                or not self.capitals_tell and month_word in self.g.capitalised_months and not year_match:
            return None
        month = self.g.months[month_word]
        said_year = _ending(folded, self.g.year_offsets)
        offset = self.g.year_offsets[said_year] if said_year else None
        if year_match:
            year = int(year_match.group(1))
        elif offset is not None and self.ref:  # "March last year"
            year = self.ref.year + offset
        elif self.calendar:
            year = self.calendar.year if month <= self.calendar.month else self.calendar.year - 1
        else:
            return None
        first, last = date(year, month, 1), _month_end(year, month)
        part = self._part(folded)
        if part in ("early", "mid", "late"):
            first, last = _part_of(part, first, last)
            return DateMention(**base, first=first, last=last, precision="range")
        return DateMention(**base, first=first, last=last, precision="month")

    def _capitalised(self, original: str, month_word: str) -> bool:
        """Months that are also words ("may", "march") count only when capitalised."""
        if month_word not in self.g.capitalised_months:
            return True
        index = fold(original).find(month_word)
        return index < 0 or original[index].isupper()

    def _part(self, folded: str) -> str | None:
        """"early", "mid" or "late" when the expression starts with a part word ("fin mars", "late last week")."""
        return next((self.g.month_parts[p] for p in sorted(self.g.month_parts, key=len, reverse=True)
                     if folded.startswith(p)), None)

    def _part_period(self, m: re.Match[str], original: str, folded: str, base: Matched, anchor: date | None
                     ) -> DateMention | None:
        """"late last month", "en début de semaine", "since the start of the month": part of a period."""
        if self.ref is None:
            return None
        key = _ending(" ".join(folded.split()), {**self.g.periods, **self.g.part_periods})
        part = self._part(folded)
        if key is None:
            return None
        first, last = _period_span(self.g.periods.get(key) or self.g.part_periods[key], self.ref)
        if part in ("early", "mid", "late"):
            first, last = _part_of(part, first, last)
        if first > self.ref:
            return None
        return DateMention(**base, first=first, last=min(last, self.ref), precision="range")

    def _numeric(self, m: re.Match[str], original: str, folded: str, base: Matched, anchor: date | None
                 ) -> DateMention | None:
        """"2024-05-03" anywhere; "03/05/2024" where the language writes the day first."""
        parts = [int(p) for p in re.split(r"[-/.]", folded)]
        year, month, day = parts if m.lastgroup == "iso" else parts[::-1]
        found = _safe(year, month, day)
        return _on_day(base, found)

    def _holiday(self, m: re.Match[str], original: str, folded: str, base: Matched, anchor: date | None
                 ) -> DateMention | None:
        """"May Day", "la fête du Travail": a fixed day of the year, the latest on or before publication."""
        month, day = self.g.holidays[" ".join(folded.split())]
        year = _year_before(month, day, self.calendar)
        found = _safe(year, month, day) if year else None
        return _on_day(base, found)

    def _ago(self, m: re.Match[str], original: str, folded: str, base: Matched, anchor: date | None
             ) -> DateMention | None:
        """"two days ago", "il y a une semaine": counted back from publication; months give their month."""
        if self.ref is None:
            return None
        words = folded.split()
        unit = next((self.g.ago_units[w] for w in words if w in self.g.ago_units), None)
        count = next((int(w) if w.isdigit() else self.g.numbers[w] for w in words
                      if w.isdigit() or w in self.g.numbers), None)
        if unit is None or count is None:
            return None
        found = self.ref - timedelta(days=unit * count)
        if unit >= 28:
            return DateMention(**base, first=found.replace(day=1), last=_month_end(found.year, found.month),
                               precision="month")
        return DateMention(**base, first=found, last=found, precision="day")

    def _phrase(self, folded: str, base: Matched, anchor: date | None) -> DateMention | None:
        key = " ".join(folded.split())
        ref = self.ref
        if key in self.g.anchor_relative:
            offset = self.g.anchor_relative[key]
            if anchor is None:
                return None
            found = anchor + timedelta(days=offset)
            return DateMention(**base, first=found, last=found, precision="day", relative_to_anchor=offset)
        if ref is None:
            return None
        if key in self.g.relative:
            found = ref + timedelta(days=self.g.relative[key])
            return DateMention(**base, first=found, last=found, precision="day")
        if key in self.g.periods:
            period = self.g.periods[key]
            first, last = _period_span(period, ref)
            return DateMention(**base, first=first, last=min(last, ref) if period != "last_year" else last,
                               precision="year" if "year" in period else "range")
        if key in self.g.seasons:
            start_month, end_month = self.g.seasons[key]
            year = ref.year if start_month <= ref.month else ref.year - 1
            end_year = year + 1 if end_month < start_month else year
            return DateMention(**base, first=date(year, start_month, 1), last=_month_end(end_year, end_month),
                               precision="range")
        return None


def _ending(folded: str, phrases: Mapping[str, object]) -> str | None:
    """The longest of the phrases the expression ends with ("March *last year*", "fin *du mois dernier*")."""
    return next((p for p in sorted(phrases, key=len, reverse=True) if re.search(rf"(?<!\w){re.escape(p)}$", folded)),
                None)


def _on_day(base: Matched, found: date | None) -> DateMention | None:
    """A mention of one day, if the day exists."""
    return DateMention(**base, first=found, last=found, precision="day") if found else None


def _period_span(period: str, ref: date) -> tuple[date, date]:
    """The whole of a period named relative to publication (the caller cuts what lies after it)."""
    monday = ref - timedelta(days=ref.weekday())
    saturday = _weekday_before(5, ref, False)
    previous_month = ref.replace(day=1) - timedelta(days=1)
    spans = {
        "last_week": (monday - timedelta(days=7), monday - timedelta(days=1)),
        "this_week": (monday, monday + timedelta(days=6)),
        "weekend": (saturday, saturday + timedelta(days=1)),
        "this_month": (ref.replace(day=1), _month_end(ref.year, ref.month)),
        "last_month": (previous_month.replace(day=1), previous_month),
        "this_year": (date(ref.year, 1, 1), date(ref.year, 12, 31)),
        "last_year": (date(ref.year - 1, 1, 1), date(ref.year - 1, 12, 31)),
    }
    return spans[period]


def _part_of(part: str, first: date, last: date) -> tuple[date, date]:
    """Early, mid or late part of a period: a month's 1-10, 11-20, 21-end; other periods by thirds."""
    if first.day == 1 and last == _month_end(first.year, first.month):
        bounds = {"early": (1, 10), "mid": (11, 20), "late": (21, last.day)}[part]
        return first.replace(day=bounds[0]), first.replace(day=bounds[1])
    length = (last - first).days + 1
    third = -(-length // 3)
    if part == "early":
        return first, first + timedelta(days=third - 1)
    if part == "late":
        return last - timedelta(days=third - 1), last
    return first + timedelta(days=third), last - timedelta(days=third)


def with_open_end(mention: DateMention, published: date | None) -> DateMention:
    """"since the 5th": from the date to publication (open when the publication date is unknown)."""
    if mention.first is None:
        return mention
    if published is None:
        last = None
    else:
        last = published if published >= mention.first else mention.last
    return replace(mention, last=last, precision="range", open_start=True)
