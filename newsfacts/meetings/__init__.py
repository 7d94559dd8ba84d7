"""Meetings: who meets whom, when, where, about what, and whether it happened."""

from __future__ import annotations

from newsfacts._text import Article
from newsfacts.dates import dates_in
from newsfacts.meetings._rules import find_meetings
from newsfacts.model import DateMention, Meeting, Quote
from newsfacts.people._refer import Resolver
from newsfacts.quotes import quotes_in

__all__ = ["extract_meetings", "meetings_in"]


def extract_meetings(text: str, *, published: object = None, today: object = None) -> tuple[Meeting, ...]:
    """Find the meetings ``text`` reports, one record per real meeting.

    Args:
        text: The article text.
        published: The publication date, for the meeting's date and for telling a
            planned meeting from one that happened.
        today: The day the article is read on (``date`` or ISO string); only a date
            with no year, in an article with no publication date and no year written,
            depends on it. ``None``: the wall clock's. Pass it for results that do not
            change from one month to the next.

    Returns:
        The meetings in order of first report. Phone calls are not meetings.

    Raises:
        InvalidInputError: ``text`` is not a ``str`` or ``published`` (``today``) has a wrong type.
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
    article = Article.of(text, published, today)
    dates, resolver = dates_in(article), Resolver.of(article)
    # The quotes' speakers are who "kami" and "ia" inside and after them mean.
    quotes = quotes_in(article, dates, resolver)
    return meetings_in(article, dates, resolver, quotes)


def meetings_in(
    article: Article, dates: tuple[DateMention, ...], resolver: Resolver, quotes: tuple[Quote, ...]
) -> tuple[Meeting, ...]:
    """Meetings of an article whose dates, people and quotes are already known."""
    return tuple(find_meetings(article, resolver, dates, quotes))
