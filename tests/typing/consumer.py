"""A user's code, type-checked with mypy --strict in CI: the public API is fully typed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import newsfacts
from newsfacts import DateMention, Facts, Failure, Meeting, MeetingStatus, Quote


def planned_meetings(text: str, published: dt.date) -> list[tuple[str, ...]]:
    return [
        m.participants
        for m in newsfacts.extract_meetings(text, published=published)
        if m.status is MeetingStatus.PLANNED
    ]


def speakers(text: str) -> set[str]:
    quotes: tuple[Quote, ...] = newsfacts.extract_quotes(text)
    return {q.speaker for q in quotes if q.speaker is not None}


def days(text: str) -> list[dt.date]:
    mentions: tuple[DateMention, ...] = newsfacts.extract_dates(text, published="2022-04-12")
    return [m.first for m in mentions if m.first is not None and m.grain is newsfacts.Grain.DAY]


def stream(lines: Iterator[dict[str, object]]) -> Iterator[Facts]:
    for result in newsfacts.extract_many(lines, processes=2):
        if isinstance(result, Failure):
            continue
        yield result


def first_meeting(facts: Facts) -> Meeting | None:
    return facts.meetings[0] if facts.meetings else None


def version() -> str:
    return newsfacts.__version__
