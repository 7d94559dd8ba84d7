"""The combined entry point: every layer of facts for one article."""

from __future__ import annotations

from newsfacts._published import coerce_published, require_text
from newsfacts.dates import _extract as _extract_dates
from newsfacts.meetings import meetings_in
from newsfacts.model import Facts
from newsfacts.people import PeopleIndex
from newsfacts.quotes import quotes_in

__all__ = ["extract"]


def extract(text: str, *, published: object = None) -> Facts:
    """Extract every layer newsfacts has from one article.

    Args:
        text: The article text.
        published: Its publication date (``date``, ``datetime``, ISO string or ``None``).

    Returns:
        A :class:`~newsfacts.Facts` holding the mentions of each layer.

    Raises:
        InvalidInputError: ``text`` is not a ``str`` or ``published`` has a wrong type.
        InvalidPublishedDateError: ``published`` is a string that is not a date.

    Example:
        >>> import newsfacts
        >>> facts = newsfacts.extract("Rusia menyerang pada 24 Februari lalu.", published="2022-04-12")
        >>> [d.value for d in facts.dates]
        ['2022-02-24']
    """
    text = require_text(text)
    day = coerce_published(published)
    dates = _extract_dates(text, day)
    people = PeopleIndex.of(text)
    return Facts(
        text=text,
        published=day,
        dates=dates,
        quotes=quotes_in(text, people, dates),
        meetings=meetings_in(text, people, dates, day),
        people=people.people(),
    )
