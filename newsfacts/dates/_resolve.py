"""Turning parsed date expressions into calendar days against a reference date."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping

import attrs

from newsfacts._published import WIB
from newsfacts.dates._rules import Parsed
from newsfacts.model import DateFlag, Grain

__all__ = ["Value", "resolve"]

# With no reference at all, a weekday with day/month fits one year in about seven; these
# are the years offered as alternatives.
_OPEN_YEARS = range(2000, 2041)
# How far from a year the article writes a weekday-agreeing year may be taken (a
# weekday and day-month recur every five to eleven years, so two is unambiguous).
_HINT_REACH = 2


@attrs.frozen
class Value:
    """A resolved value: calendar bounds, grain and how it came about."""

    first: dt.date | None
    last: dt.date | None
    grain: Grain | None
    unit: Grain | None
    flags: tuple[DateFlag, ...] = ()
    alternatives: tuple[str, ...] = ()


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _span(year: int, month: int | None, day: int | None) -> tuple[dt.date, dt.date, Grain]:
    if month is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31), Grain.YEAR
    if day is None:
        return dt.date(year, month, 1), _month_end(year, month), Grain.MONTH
    d = dt.date(year, month, day)
    return d, d, Grain.DAY


def _pick(candidates: list[dt.date], ref: dt.date, direction: int) -> dt.date:
    """The candidate the text points to: before (-1), after (+1) or nearest (0) to ``ref``."""
    if direction < 0:
        past = [c for c in candidates if c <= ref]
        if past:
            return max(past)
    elif direction > 0:
        future = [c for c in candidates if c >= ref]
        if future:
            return min(future)
    # Nearest; a tie goes to the past, where news mostly looks.
    return min(candidates, key=lambda c: (abs((c - ref).days), c > ref))


def _relative(p: Parsed, ref: dt.date) -> Value:
    count = p.count or 0
    if p.unit == "day":
        d = ref + dt.timedelta(days=count)
        return Value(d, d, Grain.DAY, Grain.DAY)
    if p.unit == "week":
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=count)
        return Value(monday, monday + dt.timedelta(days=6), Grain.WEEK, Grain.WEEK)
    if p.unit == "month":
        year, month = _add_months(ref, count)
        return Value(dt.date(year, month, 1), _month_end(year, month), Grain.MONTH, Grain.MONTH)
    year = ref.year + count
    return Value(dt.date(year, 1, 1), dt.date(year, 12, 31), Grain.YEAR, Grain.YEAR)


def _weekday_only(p: Parsed, ref: dt.date, direction: int) -> Value:
    assert p.weekday is not None
    delta = (p.weekday - ref.weekday()) % 7
    if p.week is not None:  # "Kamis pekan depan": that weekday in the week named
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=p.week)
        d = monday + dt.timedelta(days=p.weekday)
    elif p.shift == 0:  # "Senin ini": the one in the reference week
        d = ref - dt.timedelta(days=ref.weekday() - p.weekday)
    elif direction > 0:
        d = ref + dt.timedelta(days=delta or (7 if p.shift else 0))
    else:
        back = (ref.weekday() - p.weekday) % 7
        d = ref - dt.timedelta(days=back or (7 if p.shift else 0))
    return Value(d, d, Grain.DAY, Grain.DAY)


def _infer_year(
    p: Parsed, ref: dt.date | None, direction: int, written: Mapping[int, int], today: dt.date | None
) -> Value | None:
    """Day/month (or month) without a year: take the year the text and the weekday agree on.

    Without a reference date, a weekday picks among the years whose calendar agrees;
    The years the article writes (``written``, each with how often) then pick the one
    nearest to any of them; ties go to the year written more often, then the later.
    """
    assert p.month is not None
    if ref is None:
        return _open_year(p, written, today)
    years = [y for y in (ref.year - 1, ref.year, ref.year + 1) if _valid(y, p.month, p.day or 1)]
    if not years:
        return None
    flags = [DateFlag.INFERRED_YEAR]
    if p.day is None:
        starts = {dt.date(y, p.month, 1): y for y in years}
        # A month "lalu" may be the current one; compare month starts with the ref's month.
        month_ref = ref.replace(day=1)
        year = starts[_pick(list(starts), month_ref, direction)]
        first, last, _ = _span(year, p.month, None)
        return Value(first, last, Grain.MONTH, Grain.MONTH, tuple(flags))
    dates = [dt.date(y, p.month, p.day) for y in years]
    if p.weekday is not None:
        agreeing = [d for d in dates if d.weekday() == p.weekday]
        if agreeing:
            dates = agreeing
        else:
            flags.append(DateFlag.WEEKDAY_MISMATCH)
            fixed = _nearby_agreeing(p.day, p.weekday, ref)
            if fixed is not None:
                return Value(fixed, fixed, Grain.DAY, Grain.DAY, (*flags, DateFlag.CORRECTED))
    d = _pick(dates, ref, direction)
    return _with_range(p, d.year, tuple(flags))


def _open_year(p: Parsed, written: Mapping[int, int], today: dt.date | None) -> Value | None:
    """A weekday with day/month and no reference: the agreeing year nearest one written, else a recent one."""
    assert p.month is not None
    if p.weekday is None or p.day is None:
        return Value(None, None, None, None, (DateFlag.UNRESOLVED,))
    fits = [
        y
        for y in reversed(_OPEN_YEARS)
        if _valid(y, p.month, p.day) and dt.date(y, p.month, p.day).weekday() == p.weekday
    ]
    scored = [(min((abs(y - w) for w in written), default=_HINT_REACH + 1), y) for y in fits]
    near = [(distance, y) for distance, y in scored if distance <= _HINT_REACH]
    if near:
        _, year = min(near, key=lambda e: (e[0], -_nearest_count(e[1], written), -e[1]))
        return _with_range(p, year, (DateFlag.INFERRED_YEAR,))
    alternatives = tuple(dt.date(y, p.month, p.day).isoformat() for y in fits)
    # Nothing in the article narrows them down: read it as a recent one, as a reader
    # of an undated clipping would, keeping the others as alternatives.
    if today is None:
        today = dt.datetime.now(WIB).date()
    recent = next((y for y in fits if dt.date(y, p.month, p.day) <= today), None)
    if recent is None:
        return Value(None, None, None, None, (DateFlag.AMBIGUOUS_YEAR,), alternatives)
    value = _with_range(p, recent, (DateFlag.INFERRED_YEAR, DateFlag.AMBIGUOUS_YEAR))
    return attrs.evolve(value, alternatives=alternatives) if value is not None else None


def _nearest_count(year: int, written: Mapping[int, int]) -> int:
    """How often the article writes the written year nearest to ``year``."""
    nearest = min(written, key=lambda w: abs(w - year))
    return written[nearest]


def _nearby_agreeing(day: int, weekday: int, ref: dt.date) -> dt.date | None:
    """The date within a week of ``ref`` with the written day and weekday: a month typo."""
    for months in (0, -1, 1):
        year, month = _add_months(ref, months)
        if _valid(year, month, day):
            candidate = dt.date(year, month, day)
            if candidate.weekday() == weekday and abs((candidate - ref).days) <= 7:
                return candidate
    return None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _with_range(p: Parsed, year: int, flags: tuple[DateFlag, ...]) -> Value | None:
    """Build the value for ``p`` in ``year``, a range where a second end is written."""
    if p.month is None or not _valid(year, p.month, p.day or 1):
        return None
    first, last, unit = _span(year, p.month, p.day)
    if p.day2 is None and p.month2 is None:
        return Value(first, last, unit, unit, flags)
    year2 = p.year2 or year
    month2 = p.month2 or p.month
    if not _valid(year2, month2, p.day2 or 1):
        return None
    _, last, _ = _span(year2, month2, p.day2)
    if last <= first:
        return None
    return Value(first, last, Grain.RANGE, unit, flags)


def _explicit(p: Parsed, ref: dt.date | None) -> Value | None:
    """A written year; a weekday that disagrees is flagged, and fixed when the reference year agrees."""
    assert p.year is not None
    if p.month is None:
        if p.year2 is not None:
            if p.year2 <= p.year:
                return None
            return Value(dt.date(p.year, 1, 1), dt.date(p.year2, 12, 31), Grain.RANGE, Grain.YEAR)
        return Value(dt.date(p.year, 1, 1), dt.date(p.year, 12, 31), Grain.YEAR, Grain.YEAR)
    if p.month2 is not None and p.day is None:  # "Januari-Maret 2025"
        if p.month2 <= p.month:
            return None
        return Value(dt.date(p.year, p.month, 1), _month_end(p.year, p.month2), Grain.RANGE, Grain.MONTH)
    value = _with_range(p, p.year, ())
    if value is None or p.weekday is None or p.day is None or value.first is None:
        return value
    if value.first.weekday() == p.weekday:
        return value
    flags = (DateFlag.WEEKDAY_MISMATCH,)
    # A dateline typo in the year ("Sabtu (12/7/2024)" in a 2025 article whose 12/7 is a
    # Saturday): the weekday and the reference agree against the written year.
    if ref is not None and ref.year != p.year and _valid(ref.year, p.month, p.day):
        fixed = dt.date(ref.year, p.month, p.day)
        if fixed.weekday() == p.weekday:
            return _with_range(p, ref.year, (*flags, DateFlag.CORRECTED))
    return attrs.evolve(value, flags=flags)


def resolve(
    p: Parsed,
    ref: dt.date | None,
    direction: int,
    written: Mapping[int, int] | None = None,
    *,
    today: dt.date | None = None,
) -> Value | None:
    """Resolve ``p`` against ``ref`` (``None`` if unknown); ``None`` drops the match.

    ``direction`` is where the sentence points in time: -1 past, +1 future, 0 unknown.
    A shift word written in the expression (``lalu``, ``mendatang``) overrides it.
    ``written`` counts the years the article writes, used only where ``ref`` is unknown;
    so is ``today`` (the wall clock's, if not given), for a date with no year at all.
    A value past the calendar's ends (``besok`` on 31 December 9999) is unresolved.
    """
    try:
        return _resolve(p, ref, direction, written, today)
    except (OverflowError, ValueError):  # date arithmetic ran out of years 1 to 9999
        return Value(None, None, None, None, (DateFlag.UNRESOLVED,))


def _resolve(
    p: Parsed, ref: dt.date | None, direction: int, written: Mapping[int, int] | None, today: dt.date | None
) -> Value | None:
    if p.shift:
        direction = p.shift
    if p.year is not None:
        return _explicit(p, ref)
    if p.count is not None:
        if ref is None:
            return Value(None, None, None, None, (DateFlag.UNRESOLVED,))
        return _relative(p, ref)
    if p.month is not None:
        return _infer_year(p, ref, direction, written or {}, today)
    if p.weekday is not None:
        if ref is None:
            return Value(None, None, None, None, (DateFlag.UNRESOLVED,))
        return _weekday_only(p, ref, direction)
    return None
