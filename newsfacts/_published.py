"""Reading the publication date a caller passes in."""

from __future__ import annotations

import datetime as dt

import regex

from newsfacts._lexicon import lazy
from newsfacts.errors import InvalidInputError, InvalidPublishedDateError

__all__ = ["coerce_published", "require_text"]

_ISO = lazy(
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,]\d+)?)?"
    r"(?P<zone>Z|[+-]\d{2}:?\d{2})?)?"
)
# The day a timestamp falls on where the news is written: Western Indonesian Time, which
# keeps no daylight saving time, so a fixed offset is exact.
WIB = dt.timezone(dt.timedelta(hours=7), "WIB")
# Scraped metadata is a few dozen characters; anything much longer is not a date, and
# would only cost dateparser time (and fill the error message).
_LONGEST_PUBLISHED = 100


def coerce_published(value: object, name: str = "published") -> dt.date | None:
    """Turn a ``date``, ``datetime``, ISO string or ``None`` into a ``date`` or ``None``.

    A string that is not ISO 8601 is given to dateparser (Indonesian and English), so
    scraped metadata such as ``"Selasa, 12 Apr 2022 10:05 WIB"`` works too; it must name
    a day, a month and a year, written out: relative words (``kemarin``, ``now``, ``2 hari
    lalu``) would date the article by the clock of the machine that reads it, and are
    refused. A time with a zone (an aware ``datetime``, ``...T20:00:00Z``) is taken on the
    day it is in Western Indonesian Time; to use another zone, pass the ``date``.

    Raises:
        InvalidInputError: ``value`` is of another type.
        InvalidPublishedDateError: ``value`` is a string that is not a valid date.

    ``name`` is the argument's name, for the messages.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.astimezone(WIB).date() if value.utcoffset() is not None else value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        msg = f"{name} must be a date, a datetime, a date string or None, not {type(value).__name__}"
        raise InvalidInputError(msg)
    stripped = value.strip()
    if not stripped:
        return None
    if len(stripped) > _LONGEST_PUBLISHED:
        msg = (
            f"{name} {stripped[:40]!r}... is {len(stripped):,} characters long; "
            f"a publication date is at most {_LONGEST_PUBLISHED}"
        )
        raise InvalidPublishedDateError(msg)
    iso = _ISO.fullmatch(stripped)
    if iso:
        try:
            return _from_iso(iso)
        except ValueError as exc:
            msg = f"{name} {value!r} is not a valid date: {exc}"
            raise InvalidPublishedDateError(msg) from None
    if stripped[0] in "+-":
        msg = f"{name} {value!r} is not a date newsfacts can read; give an ISO date such as 2022-04-12"
        raise InvalidPublishedDateError(msg)
    return _parse_loose(value, name)


def _from_iso(iso: regex.Match[str]) -> dt.date:
    day = dt.date(int(iso["year"]), int(iso["month"]), int(iso["day"]))
    if iso["hour"] is None:
        return day
    at = dt.time(int(iso["hour"]), int(iso["minute"]), int(iso["second"] or 0))
    if iso["zone"] is None:
        return day  # a local time: the day as written
    zone = iso["zone"].replace(":", "")
    offset = (
        dt.timedelta(0)
        if zone == "Z"
        else int(zone[0] + "1") * dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5]))
    )
    moment = dt.datetime.combine(day, at, tzinfo=dt.timezone(offset))
    return moment.astimezone(WIB).date()


def _parse_loose(value: str, name: str) -> dt.date:
    # dateparser is slow to import; only non-ISO metadata pays for it.
    import dateparser  # noqa: PLC0415

    parsed = dateparser.parse(
        value,
        languages=["id", "en"],
        settings={
            "STRICT_PARSING": True,
            "DATE_ORDER": "DMY",
            "RETURN_AS_TIMEZONE_AWARE": False,
            # Written dates only: no relative words, no Unix timestamps.
            "PARSERS": ["absolute-time"],
        },
    )
    if parsed is None:
        msg = f"{name} {value!r} is not a date newsfacts can read; give an ISO date such as 2022-04-12"
        raise InvalidPublishedDateError(msg)
    day: dt.date = parsed.date()
    return day


def require_text(text: object) -> str:
    """Return ``text`` if it is a ``str``; raise :class:`InvalidInputError` otherwise."""
    if not isinstance(text, str):
        msg = f"text must be a str, not {type(text).__name__}"
        raise InvalidInputError(msg)
    return text
