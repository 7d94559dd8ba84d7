"""Errors raised by newsfacts.

Every error subclasses :class:`NewsfactsError` and also the standard exception a
caller would expect (``TypeError`` for a wrong type, ``ValueError`` for a bad value),
so ``except ValueError`` keeps working for code that does not know this package.
"""

from __future__ import annotations

__all__ = ["InvalidInputError", "InvalidPublishedDateError", "NewsfactsError"]


class NewsfactsError(Exception):
    """Base class of every error newsfacts raises on purpose."""


class InvalidInputError(NewsfactsError, TypeError):
    """An argument is not of a type newsfacts reads (text that is not a ``str``, say)."""


class InvalidPublishedDateError(NewsfactsError, ValueError):
    """The publication date is neither a date, a datetime nor a readable date string."""
