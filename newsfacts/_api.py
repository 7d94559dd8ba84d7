"""The combined entry point: every layer of facts for one article."""

from __future__ import annotations

from newsfacts._text import Article
from newsfacts.dates import dates_in
from newsfacts.meetings import meetings_in
from newsfacts.model import Facts
from newsfacts.people import PeopleIndex
from newsfacts.people._refer import Resolver
from newsfacts.quotes import quotes_in

__all__ = ["extract"]


def extract(text: str, *, published: object = None, today: object = None) -> Facts:
    """Extract every layer newsfacts has from one article.

    Args:
        text: The article text.
        published: Its publication date (``date``, ``datetime``, ISO string or ``None``).
        today: The day the article is read on (``date`` or ISO string); only a date
            with no year, in an article with no publication date and no year written,
            depends on it. ``None``: the wall clock's. Pass it for results that do not
            change from one month to the next.

    Returns:
        A :class:`~newsfacts.Facts` holding the mentions of each layer.

    Raises:
        InvalidInputError: ``text`` is not a ``str`` or ``published`` (``today``) has a wrong type.
        InvalidPublishedDateError: ``published`` is a string that is not a date.

    Example:
        >>> import newsfacts
        >>> facts = newsfacts.extract("Rusia menyerang pada 24 Februari lalu.", published="2022-04-12")
        >>> [d.value for d in facts.dates]
        ['2022-02-24']
    """
    article = Article.of(text, published, today)
    dates = dates_in(article)
    people = PeopleIndex.of(article.text, article.promos)
    resolver = Resolver.of(article, people)
    # Quotes first: the speakers they find help meetings resolve pronouns.
    quotes = quotes_in(article, dates, resolver)
    return Facts(
        text=article.text,
        published=article.published,
        dates=dates,
        quotes=quotes,
        meetings=meetings_in(article, dates, resolver, quotes),
        people=people.people(),
    )
