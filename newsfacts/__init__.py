"""newsfacts: dates, quotes and meetings from Indonesian news text, with offsets.

Example:
    >>> import newsfacts
    >>> facts = newsfacts.extract("Putin akan bertemu Lukashenko pada Rabu (13/4).", published="2022-04-12")
    >>> facts.dates[0].value
    '2022-04-13'
"""

from __future__ import annotations

from newsfacts._api import extract
from newsfacts._batch import Failure, extract_many, extract_record
from newsfacts.dates import extract_dates
from newsfacts.errors import InvalidInputError, InvalidPublishedDateError, NewsfactsError
from newsfacts.meetings import extract_meetings
from newsfacts.model import (
    DateFlag,
    DateMention,
    EntityKind,
    Facts,
    Grain,
    Meeting,
    MeetingMode,
    MeetingStatus,
    MentionType,
    Person,
    Quote,
    Span,
)
from newsfacts.people import extract_people
from newsfacts.quotes import extract_quotes

__version__ = "0.1.0"

__all__ = [
    "DateFlag",
    "DateMention",
    "EntityKind",
    "Facts",
    "Failure",
    "Grain",
    "InvalidInputError",
    "InvalidPublishedDateError",
    "Meeting",
    "MeetingMode",
    "MeetingStatus",
    "MentionType",
    "NewsfactsError",
    "Person",
    "Quote",
    "Span",
    "__version__",
    "extract",
    "extract_dates",
    "extract_many",
    "extract_meetings",
    "extract_people",
    "extract_quotes",
    "extract_record",
]
