"""Reading the publication date a caller passes in."""

from __future__ import annotations

import datetime as dt

from newsfacts._lexicon import lazy
from newsfacts.errors import InvalidInputError, InvalidPublishedDateError

__all__ = ["coerce_published", "require_text"]

_ISO = lazy(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")


def coerce_published(value: object) -> dt.date | None:
    """Turn a ``date``, ``datetime``, ISO string or ``None`` into a ``date`` or ``None``.

    A string that is not ISO 8601 is given to dateparser (Indonesian and English), so
    scraped metadata such as ``"Selasa, 12 Apr 2022 10:05 WIB"`` works too; it must name
    a day, a month and a year.

    Raises:
        InvalidInputError: ``value`` is of another type.
        InvalidPublishedDateError: ``value`` is a string that is not a valid date.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        msg = f"published must be a date, a datetime, a date string or None, not {type(value).__name__}"
        raise InvalidInputError(msg)
    stripped = value.strip()
    if not stripped:
        return None
    iso = _ISO.fullmatch(stripped)
    if iso:
        try:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError as exc:
            msg = f"published {value!r} is not a valid date: {exc}"
            raise InvalidPublishedDateError(msg) from None
    return _parse_loose(value)


def _parse_loose(value: str) -> dt.date:
    # dateparser is slow to import; only non-ISO metadata pays for it.
    import dateparser  # noqa: PLC0415

    parsed = dateparser.parse(
        value,
        languages=["id", "en"],
        settings={"STRICT_PARSING": True, "DATE_ORDER": "DMY", "RETURN_AS_TIMEZONE_AWARE": False},
    )
    if parsed is None:
        msg = f"published {value!r} is not a date newsfacts can read; give an ISO date such as 2022-04-12"
        raise InvalidPublishedDateError(msg)
    day: dt.date = parsed.date()
    return day


def require_text(text: object) -> str:
    """Return ``text`` if it is a ``str``; raise :class:`InvalidInputError` otherwise."""
    if not isinstance(text, str):
        msg = f"text must be a str, not {type(text).__name__}"
        raise InvalidInputError(msg)
    return text
