"""The result classes: frozen, slotted ``attrs`` records with offsets into the text.

Every mention carries ``start`` and ``end``, Python string indices into the text it was
found in, so ``text[m.start:m.end] == m.text`` always holds.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs

__all__ = ["DateFlag", "DateMention", "Facts", "Grain", "MentionType"]


class Grain(str, enum.Enum):
    """How much of the calendar a date value covers."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"


class MentionType(str, enum.Enum):
    """What kind of temporal expression a mention is; only ``DATE`` is a calendar date."""

    DATE = "date"
    TIME = "time"
    DURATION = "duration"
    SET = "set"


class DateFlag(str, enum.Enum):
    """Something a reader of the value should know about how it was resolved."""

    #: The year was not written; it was inferred from the reference date.
    INFERRED_YEAR = "inferred_year"
    #: Several years fit (a weekday with day/month and no reference); see ``alternatives``.
    AMBIGUOUS_YEAR = "ambiguous_year"
    #: The written weekday does not fall on the written date.
    WEEKDAY_MISMATCH = "weekday_mismatch"
    #: The written date disagreed with its weekday and was replaced by the nearby date
    #: that agrees (a typo in a dateline's year or month).
    CORRECTED = "corrected"
    #: A relative expression with nothing to resolve it against.
    UNRESOLVED = "unresolved"
    #: Resolved against the moment a quote was said rather than the publication date.
    SPEECH_TIME = "speech_time"


def _iso_bound(day: dt.date, grain: Grain) -> str:
    if grain is Grain.YEAR:
        return f"{day.year:04d}"
    if grain is Grain.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    if grain is Grain.WEEK:
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return day.isoformat()


@attrs.frozen
class DateMention:
    """A date expression found in a text, with its resolved calendar value.

    Attributes:
        start: Offset of the first character of the expression.
        end: Offset just past its last character.
        text: The expression as written, ``source[start:end]``.
        first: First calendar day the value covers, or ``None`` when unresolved.
        last: Last calendar day the value covers (inclusive), or ``None``.
        grain: The unit of the value; ``RANGE`` for spans such as ``15-16 November``.
        unit: For a range, the unit of its two ends (``DAY`` for ``15-16 November``);
            otherwise the same as ``grain``.
        rule: Name of the rule that found the expression.
        type: ``DATE`` for calendar dates; times and durations are other types.
        flags: Notes on how the value was resolved.
        alternatives: Other ISO values that fit equally well, most likely first.
        reference: The date relative parts were resolved against, if any.
    """

    start: int
    end: int
    text: str
    first: dt.date | None
    last: dt.date | None
    grain: Grain | None
    unit: Grain | None
    rule: str
    type: MentionType = MentionType.DATE
    flags: tuple[DateFlag, ...] = ()
    alternatives: tuple[str, ...] = ()
    reference: dt.date | None = None

    @property
    def value(self) -> str | None:
        """The ISO 8601 form: ``2022-04-13``, ``2022-02``, ``2022``, ``2022-W14``, ``a/b``."""
        if self.first is None or self.last is None or self.unit is None:
            return None
        if self.grain is Grain.RANGE:
            return f"{_iso_bound(self.first, self.unit)}/{_iso_bound(self.last, self.unit)}"
        return _iso_bound(self.first, self.unit)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: plain types only, and ``value`` in ISO 8601."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "type": self.type.value,
            "grain": None if self.grain is None else self.grain.value,
            "unit": None if self.unit is None else self.unit.value,
            "first": None if self.first is None else self.first.isoformat(),
            "last": None if self.last is None else self.last.isoformat(),
            "rule": self.rule,
            "flags": [f.value for f in self.flags],
            "alternatives": list(self.alternatives),
            "reference": None if self.reference is None else self.reference.isoformat(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DateMention:
        """Rebuild a mention from :meth:`to_dict` output."""

        def day(key: str) -> dt.date | None:
            raw = data.get(key)
            return None if raw is None else dt.date.fromisoformat(raw)

        return cls(
            start=data["start"],
            end=data["end"],
            text=data["text"],
            first=day("first"),
            last=day("last"),
            grain=None if data.get("grain") is None else Grain(data["grain"]),
            unit=None if data.get("unit") is None else Grain(data["unit"]),
            rule=data["rule"],
            type=MentionType(data.get("type", "date")),
            flags=tuple(DateFlag(f) for f in data.get("flags", ())),
            alternatives=tuple(data.get("alternatives", ())),
            reference=day("reference"),
        )


@attrs.frozen
class Facts:
    """Everything newsfacts found in one article.

    Attributes:
        text: The article text the offsets index.
        published: The publication date used, if any.
        dates: Date mentions sorted by position.
    """

    text: str
    published: dt.date | None
    dates: tuple[DateMention, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON form used by the command line (one object per article)."""
        return {
            "published": None if self.published is None else self.published.isoformat(),
            "dates": [d.to_dict() for d in self.dates],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], text: str) -> Facts:
        """Rebuild from :meth:`to_dict` output and the article text it describes."""
        published = data.get("published")
        return cls(
            text=text,
            published=None if published is None else dt.date.fromisoformat(published),
            dates=tuple(DateMention.from_dict(d) for d in data.get("dates", ())),
        )
