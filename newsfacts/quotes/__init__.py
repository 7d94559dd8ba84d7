"""Quotes: who said what, direct (in quotation marks) and reported, speaker resolved."""

from __future__ import annotations

from newsfacts._published import coerce_published, require_text
from newsfacts._text import Sentences
from newsfacts.dates import _extract as _extract_dates
from newsfacts.model import DateMention, Quote
from newsfacts.people import PeopleIndex
from newsfacts.quotes._rules import find_quotes

__all__ = ["extract_quotes"]


def extract_quotes(text: str, *, published: object = None) -> tuple[Quote, ...]:
    r"""Find the quotes in ``text`` and the person (or organisation) each is attributed to.

    Args:
        text: The article text.
        published: The publication date, used for the dates a quote was said.

    Returns:
        The quotes, sorted by position. A speaker is the fullest name the article
        gives (``Karl Nehammer`` even where the cue says ``kata Nehammer`` or
        ``lanjutnya``).

    Raises:
        InvalidInputError: ``text`` is not a ``str`` or ``published`` has a wrong type.
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
    text = require_text(text)
    day = coerce_published(published)
    return quotes_in(text, PeopleIndex.of(text), _extract_dates(text, day))


def quotes_in(text: str, people: PeopleIndex, dates: tuple[DateMention, ...]) -> tuple[Quote, ...]:
    """Quotes of an article whose people and dates are already known."""
    return tuple(find_quotes(text, people, dates, Sentences.of(text)))
