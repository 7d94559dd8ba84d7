"""newsfacts: dates, quotes and meetings from Indonesian news text, with offsets.

Example:
    >>> import newsfacts
    >>> facts = newsfacts.extract("Putin akan bertemu Lukashenko pada Rabu (13/4).", published="2022-04-12")
    >>> facts.dates[0].value
    '2022-04-13'
"""

from __future__ import annotations

from newsfacts._api import extract
from newsfacts.dates import extract_dates
from newsfacts.errors import InvalidInputError, InvalidPublishedDateError, NewsfactsError
from newsfacts.model import DateFlag, DateMention, Facts, Grain, MentionType

__version__ = "0.1.0"

__all__ = [
    "DateFlag",
    "DateMention",
    "Facts",
    "Grain",
    "InvalidInputError",
    "InvalidPublishedDateError",
    "MentionType",
    "NewsfactsError",
    "__version__",
    "extract",
    "extract_dates",
]
