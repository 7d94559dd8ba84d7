"""People (and organisations) named in an article, with short references linked to them.

A person is found as a run of capitalised words: the title part (``Presiden Rusia``,
``Kasat Reskrim Polres X AKP``) and the name part (``Vladimir Putin``). Later short
references — a surname, a first name, a title alone, a pronoun — resolve to the fullest
name the article gives.
"""

from __future__ import annotations

from newsfacts._text import Article
from newsfacts.model import Person
from newsfacts.people._index import PeopleIndex

__all__ = ["PeopleIndex", "extract_people"]


def extract_people(text: str) -> tuple[Person, ...]:
    """Find the people and organisations named in ``text``.

    Each person appears once, under the fullest name the article gives, with the spans
    of every mention that was linked to it (full name, surname, first name).

    Raises:
        InvalidInputError: ``text`` is not a ``str``.

    Example:
        >>> import newsfacts
        >>> text = "Kanselir Austria Karl Nehammer tiba di Moskow. Nehammer lalu bertemu Putin."
        >>> [(p.name, p.title, len(p.mentions)) for p in newsfacts.extract_people(text)]
        [('Karl Nehammer', 'Kanselir Austria', 2), ('Vladimir Putin', None, 1)]
    """
    article = Article.of(text, None)
    return PeopleIndex.of(article.text, article.promos).people()
