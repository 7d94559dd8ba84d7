"""Many articles at once: streamed, in input order, optionally over worker processes."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from newsfacts._api import extract
from newsfacts.errors import InvalidInputError, NewsfactsError
from newsfacts.model import Facts

__all__ = ["Failure", "extract_many", "extract_record"]

Article = str | Mapping[str, Any]

# Articles handed to the workers at a time, per worker: enough to keep them busy,
# few enough that the input is never held whole in memory.
_BATCH_PER_PROCESS = 256
# On Linux, fork: workers start fast and a caller's script needs no __main__ guard. Where
# fork is unsafe or missing (macOS, Windows), spawn; there the calling script needs the
# usual ``if __name__ == "__main__":`` guard, as for any multiprocessing code.
_START_METHOD = "fork" if sys.platform.startswith("linux") else "spawn"


@attrs.frozen
class Failure:
    """An article :func:`extract_many` could not read; the others go on.

    Attributes:
        index: Position of the article in the input, from 0.
        id: The article's ``id``, if it was a mapping that had one.
        error: The error's type name (``InvalidInputError``, ``KeyError`` ...).
        message: What was wrong.
    """

    index: int
    id: Any
    error: str
    message: str


def extract_record(article: Mapping[str, Any]) -> dict[str, Any]:
    """Extract one article mapping (``text``, ``published``, ``id``) to its JSON form.

    The output is ``{"id": ..., **facts.to_dict()}``: plain types only, ready for
    ``json.dumps``, a data frame, or a distributed engine's ``map``.

    Raises:
        InvalidInputError: ``article`` is not a mapping with a ``text`` string.
        InvalidPublishedDateError: its ``published`` is not a date.

    Example:
        >>> import newsfacts
        >>> article = {"id": "a1", "text": "Sidang ditunda besok.", "published": "2022-04-12"}
        >>> row = newsfacts.extract_record(article)
        >>> row["id"], row["dates"][0]["value"]
        ('a1', '2022-04-13')
    """
    text, published = _text_and_published(article)
    return {**extract(text, published=published).to_dict(), "id": article.get("id")}


def _text_and_published(article: object) -> tuple[str, object]:
    if isinstance(article, str):
        return article, None
    if isinstance(article, Mapping):
        if "text" not in article:
            msg = "an article mapping needs a 'text' field"
            raise InvalidInputError(msg)
        return article["text"], article.get("published")
    msg = f"an article must be a str or a mapping with 'text', not {type(article).__name__}"
    raise InvalidInputError(msg)


def _one(indexed: tuple[int, object]) -> Facts | Failure:
    index, article = indexed
    try:
        text, published = _text_and_published(article)
        facts = extract(text, published=published)
    except (NewsfactsError, ValueError, TypeError) as exc:
        article_id = article.get("id") if isinstance(article, Mapping) else None
        return Failure(index, article_id, type(exc).__name__, str(exc))
    article_id = article.get("id") if isinstance(article, Mapping) else None
    return facts if article_id is None else attrs.evolve(facts, id=article_id)


def extract_many(articles: Iterable[Article], *, processes: int | None = None) -> Iterator[Facts | Failure]:
    """Extract every article of a stream, in input order.

    Args:
        articles: Texts, or mappings with ``text`` and optionally ``published`` and
            ``id`` (the JSON Lines records the command line reads). Any iterable: it is
            read as it goes, never held whole in memory.
        processes: Worker processes to use; ``None`` or ``1`` works in this process.

    Yields:
        One :class:`Facts` per article, or a :class:`Failure` for an article that could
        not be read (wrong type, bad publication date); the others are not lost.

    Example:
        >>> import newsfacts
        >>> rows = [{"text": "Sidang ditunda besok.", "published": "2022-04-12"}, {"text": 42}]
        >>> [type(r).__name__ for r in newsfacts.extract_many(rows)]
        ['Facts', 'Failure']
    """
    indexed = enumerate(articles)
    if processes is None or processes <= 1:
        yield from map(_one, indexed)
        return
    import multiprocessing  # noqa: PLC0415  (only here: it costs import time everyone else would pay)

    context = multiprocessing.get_context(_START_METHOD)
    batch_size = processes * _BATCH_PER_PROCESS
    with context.Pool(processes) as pool:
        while batch := list(itertools.islice(indexed, batch_size)):
            yield from pool.imap(_one, batch, chunksize=max(1, len(batch) // (processes * 4)))
