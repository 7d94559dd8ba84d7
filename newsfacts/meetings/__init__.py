"""Meetings: who meets whom, when, where, about what, and whether it happened."""

from __future__ import annotations

from newsfacts._published import coerce_published, require_text
from newsfacts._text import Sentences, quote_regions
from newsfacts.dates import _extract as _extract_dates
from newsfacts.meetings._rules import find_meetings
from newsfacts.model import DateMention, Meeting
from newsfacts.people import PeopleIndex
from newsfacts.people._refer import Resolver

__all__ = ["extract_meetings", "meetings_in"]


def extract_meetings(text: str, *, published: object = None) -> tuple[Meeting, ...]:
    """Find the meetings ``text`` reports, one record per real meeting.

    Args:
        text: The article text.
        published: The publication date, for the meeting's date and for telling a
            planned meeting from one that happened.

    Returns:
        The meetings in order of first report. Phone calls are not meetings.

    Raises:
        InvalidInputError: ``text`` is not a ``str`` or ``published`` has a wrong type.
        InvalidPublishedDateError: ``published`` is a string that is not a date.

    Example:
        >>> import newsfacts
        >>> text = (
        ...     "Presiden Rusia Vladimir Putin akan bertemu Presiden Belarus "
        ...     "Alexander Lukashenko pada Rabu (13/4)."
        ... )
        >>> (m,) = newsfacts.extract_meetings(text, published="2022-04-12")
        >>> m.participants, m.date, m.status.value
        (('Vladimir Putin', 'Alexander Lukashenko'), '2022-04-13', 'planned')
    """
    text = require_text(text)
    day = coerce_published(published)
    return meetings_in(text, PeopleIndex.of(text), _extract_dates(text, day), day)


def meetings_in(
    text: str, people: PeopleIndex, dates: tuple[DateMention, ...], published: object = None
) -> tuple[Meeting, ...]:
    """Meetings of an article whose people and dates are already known."""
    sentences = Sentences.of(text)
    resolver = Resolver(text, people, quote_regions(text), sentences)
    return tuple(find_meetings(text, resolver, dates, sentences, coerce_published(published)))
