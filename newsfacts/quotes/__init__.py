"""Quotes: who said what, direct (in quotation marks) and reported, speaker resolved."""

from __future__ import annotations

from newsfacts._text import Article
from newsfacts.dates import dates_in
from newsfacts.model import DateMention, Quote
from newsfacts.people._refer import Resolver
from newsfacts.quotes._rules import find_quotes

__all__ = ["extract_quotes", "quotes_in"]


def extract_quotes(text: str, *, published: object = None, today: object = None) -> tuple[Quote, ...]:
    r"""Find the quotes in ``text`` and the person (or organisation) each is attributed to.

    Args:
        text: The article text.
        published: The publication date, used for the dates a quote was said.
        today: The day the article is read on (``date`` or ISO string); only a date
            with no year, in an article with no publication date and no year written,
            depends on it. ``None``: the wall clock's. Pass it for results that do not
            change from one month to the next.

    Returns:
        The quotes, sorted by position. A speaker is the fullest name the article
        gives (``Karl Nehammer`` even where the cue says ``kata Nehammer`` or
        ``lanjutnya``).

    Raises:
        InvalidInputError: ``text`` is not a ``str`` or ``published`` (``today``) has a wrong type.
        InvalidPublishedDateError: ``published`` is a string that is not a date.

    Example:
        >>> import newsfacts
        >>> text = (
        ...     "Kanselir Austria Karl Nehammer tiba di Moskow.\n\n"
        ...     '"Perang harus dihentikan," kata Nehammer.'
        ... )
        >>> [(q.text, q.speaker, q.cue.text) for q in newsfacts.extract_quotes(text)]
        [('Perang harus dihentikan,', 'Karl Nehammer', 'kata')]
    """
    article = Article.of(text, published, today)
    return quotes_in(article, dates_in(article), Resolver.of(article))


def quotes_in(article: Article, dates: tuple[DateMention, ...], resolver: Resolver) -> tuple[Quote, ...]:
    """Quotes of an article whose dates and people are already known.

    Each speaker found is noted in ``resolver``, so later layers can resolve pronouns
    to him.
    """
    return tuple(find_quotes(article, dates, resolver))
