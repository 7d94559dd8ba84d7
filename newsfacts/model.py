"""The result classes: frozen, slotted ``attrs`` records with offsets into the text.

Every mention carries ``start`` and ``end``, Python string indices into the text it was
found in, so ``text[m.start:m.end] == m.text`` always holds.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs

__all__ = [
    "DateFlag",
    "DateMention",
    "EntityKind",
    "Facts",
    "Grain",
    "Meeting",
    "MeetingMode",
    "MeetingStatus",
    "MentionType",
    "Person",
    "Quote",
    "Span",
]


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

    #: The year was not written; it was inferred from the reference date (or, with
    #: none, from a weekday and a year the article writes elsewhere).
    INFERRED_YEAR = "inferred_year"
    #: Several years fit (a weekday with day/month and no reference); see ``alternatives``.
    #: The value is the latest of them not after today, or ``None`` if all are later.
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


class EntityKind(str, enum.Enum):
    """Whether a source is a person or an organisation."""

    PERSON = "person"
    ORGANIZATION = "organization"


@attrs.frozen
class Span:
    """A stretch of the text: ``source[start:end] == text``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        """Rebuild from :meth:`to_dict` output."""
        return cls(start=data["start"], end=data["end"], text=data["text"])


@attrs.frozen
class Person:
    """A person or organisation the article names, under the fullest name it gives.

    Attributes:
        name: The fullest name, without title (``Vladimir Putin``).
        title: The title or role written before the name, if any (``Presiden Rusia``).
        kind: Person or organisation.
        mentions: Every span linked to this referent (full name, surname, first name).
    """

    name: str
    title: str | None
    kind: EntityKind
    mentions: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {
            "name": self.name,
            "title": self.title,
            "kind": self.kind.value,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Person:
        """Rebuild from :meth:`to_dict` output."""
        return cls(
            name=data["name"],
            title=data.get("title"),
            kind=EntityKind(data.get("kind", "person")),
            mentions=tuple(Span.from_dict(m) for m in data.get("mentions", ())),
        )


@attrs.frozen
class Quote:
    """Speech attributed to a source: direct (in quotation marks) or reported.

    Attributes:
        start: Offset of the quoted content (marks excluded for direct quotes).
        end: Offset just past it.
        text: The content, ``source[start:end]``.
        speaker: The fullest name of the source without title, or ``None`` if unnamed.
        speaker_title: The source's title as the article gives it, if any.
        cue: The attribution word(s) as written (``kata``, ``lanjutnya``, ``Menurutnya``).
        direct: ``True`` for quotation marks, ``False`` for reported speech.
        rule: Name of the rule that found the quote and decided its speaker.
        speech_date: The ISO date the sentence says it was said, if it gives one.
    """

    start: int
    end: int
    text: str
    speaker: str | None
    speaker_title: str | None
    cue: Span | None
    direct: bool
    rule: str
    speech_date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (``cue`` as its words; ``cue_start``/``cue_end`` for its span)."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "speaker": self.speaker,
            "speaker_title": self.speaker_title,
            "cue": None if self.cue is None else self.cue.text,
            "cue_start": None if self.cue is None else self.cue.start,
            "cue_end": None if self.cue is None else self.cue.end,
            "direct": self.direct,
            "rule": self.rule,
            "speech_date": self.speech_date,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        """Rebuild from :meth:`to_dict` output."""
        cue = None
        if data.get("cue") is not None:
            cue = Span(data["cue_start"], data["cue_end"], data["cue"])
        return cls(
            start=data["start"],
            end=data["end"],
            text=data["text"],
            speaker=data.get("speaker"),
            speaker_title=data.get("speaker_title"),
            cue=cue,
            direct=data["direct"],
            rule=data["rule"],
            speech_date=data.get("speech_date"),
        )


class MeetingStatus(str, enum.Enum):
    """Whether a meeting happened, is planned, is only asked for or offered, or was called off."""

    OCCURRED = "occurred"
    PLANNED = "planned"
    PROPOSED = "proposed"
    CANCELLED = "cancelled"


class MeetingMode(str, enum.Enum):
    """How the parties met. Phone calls are not meetings and are never returned."""

    IN_PERSON = "in_person"
    VIRTUAL = "virtual"


@attrs.frozen
class Meeting:
    """One real-world meeting between two or more parties, however often it is mentioned.

    Attributes:
        participants: The parties, each under the fullest name the article gives
            (a country, organisation or delegation as written where no person is named).
        date: ISO value of the meeting's date, or ``None``.
        location: The most specific place named, as written, or ``None``.
        topic: What it is about, as written, or ``None``.
        status: Occurred, planned, proposed or cancelled.
        mode: In person or virtual.
        start: Offset of the sentence that first reports it.
        end: Offset just past that sentence.
        text: That sentence.
        evidence: Every sentence that reports or enriches it.
        rule: Name of the rule that found it.
    """

    participants: tuple[str, ...]
    date: str | None
    location: str | None
    topic: str | None
    status: MeetingStatus
    mode: MeetingMode
    start: int
    end: int
    text: str
    evidence: tuple[Span, ...]
    rule: str

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {
            "participants": list(self.participants),
            "date": self.date,
            "location": self.location,
            "topic": self.topic,
            "status": self.status.value,
            "mode": self.mode.value,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "evidence": [e.to_dict() for e in self.evidence],
            "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Meeting:
        """Rebuild from :meth:`to_dict` output."""
        return cls(
            participants=tuple(data["participants"]),
            date=data.get("date"),
            location=data.get("location"),
            topic=data.get("topic"),
            status=MeetingStatus(data["status"]),
            mode=MeetingMode(data.get("mode", "in_person")),
            start=data["start"],
            end=data["end"],
            text=data["text"],
            evidence=tuple(Span.from_dict(e) for e in data.get("evidence", ())),
            rule=data["rule"],
        )


@attrs.frozen
class Facts:
    """Everything newsfacts found in one article.

    Attributes:
        text: The article text the offsets index.
        published: The publication date used, if any.
        dates: Date mentions sorted by position.
        quotes: Quotes sorted by position.
        meetings: Meetings in order of first report.
        people: People and organisations in order of first mention.
        id: The article's identifier, where it came with one (``extract_many``).
    """

    text: str
    published: dt.date | None
    dates: tuple[DateMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    people: tuple[Person, ...] = ()
    id: str | int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form used by the command line (one object per article)."""
        return {
            "id": self.id,
            "published": None if self.published is None else self.published.isoformat(),
            "dates": [d.to_dict() for d in self.dates],
            "quotes": [q.to_dict() for q in self.quotes],
            "meetings": [m.to_dict() for m in self.meetings],
            "people": [p.to_dict() for p in self.people],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], text: str) -> Facts:
        """Rebuild from :meth:`to_dict` output and the article text it describes."""
        published = data.get("published")
        return cls(
            text=text,
            published=None if published is None else dt.date.fromisoformat(published),
            dates=tuple(DateMention.from_dict(d) for d in data.get("dates", ())),
            quotes=tuple(Quote.from_dict(q) for q in data.get("quotes", ())),
            meetings=tuple(Meeting.from_dict(m) for m in data.get("meetings", ())),
            people=tuple(Person.from_dict(p) for p in data.get("people", ())),
            id=data.get("id"),
        )
