"""Date expressions in Indonesian news text, resolved to calendar values."""

from __future__ import annotations

import bisect
import calendar
import collections
import datetime as dt
import itertools

from newsfacts._lexicon import alternation, find_words, first_words, lazy, lazy_at_end
from newsfacts._text import SPEECH_DATE_REACH, Article, Inside, Sentences, first_at_or_after
from newsfacts.dates._resolve import Value, resolve
from newsfacts.dates._rules import FUTURE_MARKERS, Parsed, scan
from newsfacts.model import DateFlag, DateMention, Grain

__all__ = ["dates_in", "extract_dates"]

_FUTURE_WORDS = first_words(FUTURE_MARKERS)
_FUTURE = lazy(rf"(?i)(?<![\p{{L}}])(?:{alternation(FUTURE_MARKERS)})(?![\p{{L}}])")
# A dateline closes its sentence after a comma: "..., kata X, Senin (11/4/2022)."
_DATELINE_AFTER = lazy(r"\s*(?:[.\n]|$)")
_DATELINE_BEFORE = lazy_at_end(r",\s*(?:pada\s+)?$")
# "besok, Rabu (15/10)", "hari ini (20/10)": what stands between a day word and the
# written date set beside it.
# Possessive, so a long run of white space that leads nowhere is tried once.
_BESIDE = lazy(r"\s*+,?\s*+(?:pada\s++)?")
_LIST_NEXT = lazy(r"\s*(?:,|dan|hingga|sampai|s\.?d\.?|-)\s*(?:dan\s+)?")


def extract_dates(text: str, *, published: object = None, today: object = None) -> tuple[DateMention, ...]:
    """Find the date expressions in ``text`` and resolve them to calendar values.

    Args:
        text: The article text. Offsets in the result index this string.
        published: The publication date (``date``, ``datetime``, ISO string or
            ``None``). Relative expressions resolve against it; without it they
            resolve against the article's own datelines, or stay unresolved.
        today: The day the article is read on (``date`` or ISO string); only a date
            with no year, in an article with no publication date and no year written,
            depends on it. ``None``: the wall clock's. Pass it for results that do not
            change from one month to the next.

    Returns:
        The mentions, sorted by position.

    Raises:
        InvalidInputError: ``text`` is not a ``str`` or ``published`` (``today``) has a wrong type.
        InvalidPublishedDateError: ``published`` is a string that is not a date.

    Example:
        >>> import newsfacts
        >>> [(m.text, m.value) for m in newsfacts.extract_dates(
        ...     "Putin akan bertemu Lukashenko pada Rabu (13/4).", published="2022-04-12")]
        [('Rabu (13/4)', '2022-04-13')]
    """
    return dates_in(Article.of(text, published, today))


def dates_in(article: Article) -> tuple[DateMention, ...]:
    """Date mentions of an article (the layer :func:`newsfacts.extract` builds on)."""
    text, published = article.text, article.published
    parsed = scan(text)
    if article.promos:
        parsed = [p for p in parsed if not article.in_promo(p.start)]
    if not parsed:
        return ()
    sentences = article.sentences
    written = {} if published is not None else _written_years(parsed)
    beside = _written_beside(text, parsed)
    # In the writer's own words, not in a quote ("Pada hari ini, 21 April, saya ..." may
    # recall another day), such a pair says which day the article calls today.
    inside = Inside(article.regions)
    told = {start: q for start, q in beside.items() if not inside.overlaps(start, q.end)}
    today = article.today
    ref, guessed = _article_reference(article, parsed, written, told)
    future = _future_markers(text)

    def reading(p: Parsed) -> Value | None:
        # A reference read off a yearless date is a guess: such dates keep their own
        # reading, with the years they could be in.
        own = guessed and p.year is None and p.weekday is not None and p.day is not None
        return resolve(p, None if own else ref, _direction(p, sentences, future), written, today=today)

    mentions: list[DateMention] = []
    pinned: set[int] = set()  # day words that took the date written beside them
    # The latest dated mention of at least each grain, for "hari itu", "bulan itu", "tahun itu".
    latest: dict[str, DateMention] = {}
    for p in parsed:
        reference: dt.date | None = ref
        as_written = _as_written(p, reading(beside[p.start])) if p.start in beside else None
        if p.anaphora is not None:
            value: Value | None = _antecedent(p.anaphora, latest.get(p.anaphora))
        elif as_written is not None:
            value, reference = as_written
            pinned.add(p.start)
        else:
            value = reading(p)
        if value is not None:
            kept = reference if p.needs_reference and value.first is not None else None
            mentions.append(_build(text, p, value, kept))
            _note_latest(latest, mentions[-1])
    return tuple(_at_speech_time(article, mentions, parsed, future, pinned))


def _written_beside(text: str, parsed: list[Parsed]) -> dict[int, Parsed]:
    """Day words set beside a written day ("besok, Rabu (15/10)"), by the day word's start.

    The two name one day: the written date says which, whatever the publication date
    says ("hari ini, Senin (20/10/2025)" in an article dated the 21st).
    """
    beside: dict[int, Parsed] = {}
    for p, q, after in itertools.zip_longest(parsed, parsed[1:], parsed[2:]):
        if (
            q is not None
            and p.rule == "day_word"
            and q.day is not None
            and q.month is not None
            and q.day2 is None
            and q.count is None
            and _BESIDE.fullmatch(text, p.end, q.start)
            # "hari ini, Jumat (6/11), Sabtu (7/11)": a list of days, not one day named twice.
            and not (after is not None and _LIST_NEXT.fullmatch(text, q.end, after.start))
        ):
            beside[p.start] = q
    return beside


def _as_written(p: Parsed, written: Value | None) -> tuple[Value, dt.date] | None:
    """A day word's value taken from the date beside it, and the day it counts from.

    A date whose weekday disagrees with it holds a typo: the day word keeps its own
    reading then (``None``).
    """
    if written is None or written.first is None or DateFlag.WEEKDAY_MISMATCH in written.flags:
        return None
    # A day word never writes a year: that one was inferred says nothing new of it.
    flags = tuple(f for f in written.flags if f is not DateFlag.INFERRED_YEAR)
    value = Value(written.first, written.last, Grain.DAY, Grain.DAY, flags, written.alternatives)
    try:
        return value, written.first - dt.timedelta(days=p.count or 0)
    except OverflowError:  # "besok (1/1/0001)": no today before the calendar's first day
        return None


def _future_markers(text: str) -> list[tuple[int, int]]:
    """The future markers of a text (``akan``, ``mendatang``), as sorted spans.

    Each is matched once where its first word stands, so that a long sentence with many
    dates is not searched again for each of them.
    """
    found = (_FUTURE.match(text, start) for start, _, _ in find_words(text, _FUTURE_WORDS))
    return sorted(m.span() for m in found if m)


def _direction(p: Parsed, sentences: Sentences, future: list[tuple[int, int]]) -> int:
    """+1 where a future marker stands before the date in its sentence (``akan``), else 0."""
    start, _ = sentences.bounds(p.start)
    i = bisect.bisect_left(future, (start, start))
    while i < len(future) and future[i][0] < p.start:
        if future[i][1] <= p.start:
            return 1
        i += 1
    return 0


def _build(text: str, p: Parsed, value: Value, reference: dt.date | None, *extra: DateFlag) -> DateMention:
    return DateMention(
        start=p.start,
        end=p.end,
        text=text[p.start : p.end],
        first=value.first,
        last=value.last,
        grain=value.grain,
        unit=value.unit,
        rule=p.rule,
        flags=(*value.flags, *extra),
        alternatives=value.alternatives,
        reference=reference,
    )


def _note_latest(latest: dict[str, DateMention], mention: DateMention) -> None:
    """Keep ``mention`` as the latest date of each grain it has at least."""
    if mention.first is None or mention.grain is Grain.RANGE:
        return
    latest["year"] = mention
    if mention.grain in {Grain.DAY, Grain.MONTH}:
        latest["month"] = mention
    if mention.grain is Grain.DAY:
        latest["day"] = mention


def _antecedent(grain: str, m: DateMention | None) -> Value:
    """``hari itu``/``tahun tersebut``: ``m``, the latest earlier date of that grain or finer."""
    if m is None or m.first is None:
        return Value(None, None, None, None, (DateFlag.UNRESOLVED,))
    if grain == "day":
        return Value(m.first, m.last, Grain.DAY, Grain.DAY)
    if grain == "month":
        first = m.first.replace(day=1)
        return Value(first, _month_last(first), Grain.MONTH, Grain.MONTH)
    year = m.first.year
    return Value(dt.date(year, 1, 1), dt.date(year, 12, 31), Grain.YEAR, Grain.YEAR)


def _month_last(first: dt.date) -> dt.date:
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


def _is_dateline(text: str, p: Parsed) -> bool:
    before = _DATELINE_BEFORE.search(text, max(0, p.start - 12), p.start)
    return before is not None and _DATELINE_AFTER.match(text, p.end, p.end + 20) is not None


def _written_years(parsed: list[Parsed]) -> dict[int, int]:
    """The years the article writes out, each with how often, for dates given without one.

    A date whose weekday disagrees with its year (``Selasa (5/9/2031)``) holds a typo,
    and does not count.
    """
    years: collections.Counter[int] = collections.Counter()
    for p in parsed:
        value = resolve(p, None, 0) if p.year is not None else None
        if value is not None and value.first is not None and value.last is not None and not value.flags:
            years.update({value.first.year, value.last.year})
    return dict(years)


def _written_dates(
    article: Article, parsed: list[Parsed], written: dict[int, int], apposed: set[int]
) -> tuple[list[dt.date], list[dt.date], list[tuple[dt.date, bool]]]:
    """Fully written dates, the datelines among them, and weekday dates without a year.

    The last, each with whether it is a dateline, are read only without a publication
    date, in the agreeing year nearest the ``written`` years (else the latest not after
    today). A date set beside a day word (``apposed``, by start: "besok, Rabu (15/10).")
    is no dateline of its own, though a comma stands before it.
    """
    text, published, today = article.text, article.published, article.today
    full: list[dt.date] = []
    datelines: list[dt.date] = []
    yearless: list[tuple[dt.date, bool]] = []
    for p in parsed:
        if p.month is None or p.day is None or p.day2 is not None:
            continue
        dateline = p.start not in apposed and _is_dateline(text, p)
        if p.year is None:
            if published is None and p.weekday is not None:
                value = resolve(p, None, 0, written, today=today)
                if value is not None and value.first is not None:
                    yearless.append((value.first, dateline))
            continue
        value = resolve(p, None, 0)
        if value is None or value.first is None or value.flags:
            continue
        full.append(value.first)
        if p.weekday is not None and dateline:
            datelines.append(value.first)
    return full, datelines, yearless


def _article_reference(
    article: Article, parsed: list[Parsed], written: dict[int, int], told: dict[int, Parsed]
) -> tuple[dt.date | None, bool]:
    """The date narration is told from.

    Where the writer sets a day word beside a written date (``hari ini, Selasa
    (29/1/2019)``, ``besok, Rabu (30/1/2019)``; ``told``, by the day word's start), the
    day it counts from: the article says so itself. Otherwise the publication date,
    unless the article's own datelines (``..., Selasa (29/1/2019).``, weekday and date
    agreeing) are later: then the metadata is stale and the latest dateline wins.
    Without a publication date: the most frequent dateline (a told day among them), else
    the latest fully written date, else the most frequent dateline without its year
    (``..., Kamis (9/3).``) in the agreeing year nearest the years the article writes,
    else the most frequent weekday date without its year. The flag says the reference was
    read off a date written without its year.
    """
    # The days the told pairs count from, each with whether the year was guessed (a
    # weekday date without its year, read without a publication date).
    published, today = article.published, article.today
    told_days = [
        (as_written[1], q.year is None and published is None)
        for p in parsed
        if (q := told.get(p.start)) is not None
        and (q.year is not None or q.weekday is not None or published is not None)
        and (as_written := _as_written(p, resolve(q, published, 0, written, today=today))) is not None
    ]
    full, datelines, yearless = _written_dates(article, parsed, written, {q.start for q in told.values()})
    if published is not None:
        counts = collections.Counter(day for day, _ in told_days)
        if counts:
            return max(counts, key=lambda d: (counts[d], d)), False
        if datelines and max(datelines) - published > dt.timedelta(days=1):
            return max(datelines), False
        return published, False
    datelines += [day for day, guessed in told_days if not guessed]
    yearless += [(day, True) for day, guessed in told_days if guessed]
    if datelines or not full:
        # A yearless dateline before any other yearless weekday date ("Rabu (13/4)").
        candidates = datelines or [d for d, dateline in yearless if dateline] or [d for d, _ in yearless]
        counts = collections.Counter(candidates)
        return max(counts, key=lambda d: (counts[d], d), default=None), not datelines
    return max(full), False


def _at_speech_time(
    article: Article,
    mentions: list[DateMention],
    parsed: list[Parsed],
    future: list[tuple[int, int]],
    pinned: set[int],
) -> list[DateMention]:
    """Re-resolve relative dates inside a direct quote against the quote's own dateline.

    ``"...besok," kata X, Senin (11/4).``: ``besok`` is the day after that Monday.
    """
    text, sentences, regions = article.text, article.sentences, article.regions
    if not regions:
        return mentions
    inside = Inside(regions)
    by_start = {p.start: p for p in parsed}
    out: list[DateMention] = []
    for m in mentions:
        p = by_start[m.start]
        region = inside.holding(m.start, m.end)
        if region is None or not p.needs_reference or not region.closed or m.start in pinned:
            out.append(m)
            continue
        _, sentence_end = sentences.bounds(region.end + 1)
        sentence_end = min(sentence_end, region.end + SPEECH_DATE_REACH)
        said = None
        for k in range(first_at_or_after(mentions, region.end + 1, key=lambda d: d.start), len(mentions)):
            d = mentions[k]
            if d.start >= sentence_end:
                break
            if d.grain is Grain.DAY and d.rule != "day_word":
                said = d
                break
        if said is None or said.first is None or said.first == m.reference:
            out.append(m)
            continue
        value = resolve(p, said.first, _direction(p, sentences, future))
        if value is None or value.first is None:
            out.append(m)
            continue
        out.append(_build(text, p, value, said.first, DateFlag.SPEECH_TIME))
    return out
