"""Shared views of an article's text: sentence bounds and direct-quote regions.

Everything here returns offsets into the caller's string; nothing rewrites the text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import sys
from collections.abc import Callable, Sequence
from typing import TypeVar

import attrs

from newsfacts._lexicon import alternation, find_words, first_words, lazy, load
from newsfacts._published import coerce_published, require_text

__all__ = [
    "AUXILIARIES",
    "DATELINE",
    "DATELINE_REACH",
    "PREDICATE_WORD",
    "SPEECH_DATE_REACH",
    "Article",
    "Inside",
    "QuoteRegion",
    "Sentences",
    "any_between",
    "first_at_or_after",
    "past_connectives",
    "quote_regions",
    "trim",
    "within",
]

T = TypeVar("T")

# A sentence ends at ., ! or ? followed by a space, a newline, a closing mark or an
# uppercase letter (some outlets glue sentences: "...2018).Dia"), or at a line break.
# A lone capital before the dot is an initial or title (``H.``, ``Dr``-like), not an end.
# Each alternative opens with a plain character class, so the engine rejects most positions
# at once; the look-behinds are only tried where a terminator already matched.
_TERMINATED = (
    r"(?<![.!?])[.!?]++(?<![^\p{L}]\p{Lu}[.!?]++)(?=[\"'\u201d\u2019)]*+(?:\s|\p{Lu}|$))[\"'\u201d\u2019]*+"
    r"|(?<!\n)\n++"
)
_SENTENCE_END = lazy(_TERMINATED)
# Scraped text that lost its line breaks often keeps them as a run of spaces, after a
# title-case heading ("Harga Beras Naik  Sementara itu, ..."); after a lower-case word
# ("korban banjir  Kampung Melayu") or where the text has line breaks, two spaces are only a typo.
_SENTENCE_END_UNBROKEN = lazy(
    rf"{_TERMINATED}"
    r"|(?<=\S)[ \t]{2,}+"
    r"(?<!(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}'-]*,?[ \t]{2,}+)(?=[\p{Lu}\"\u201c\u201d])"
)


@attrs.frozen
class Sentences:
    """Sentence boundaries of a text, found once and looked up by offset."""

    ends: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> Sentences:
        """Split ``text`` into sentences."""
        pattern = _SENTENCE_END if "\n" in text else _SENTENCE_END_UNBROKEN
        ends = [m.end() for m in pattern.finditer(text)]
        if not ends or ends[-1] != len(text):
            ends.append(len(text))
        return cls(tuple(ends))

    def index(self, pos: int) -> int:
        """The number of the sentence that holds offset ``pos``."""
        return bisect.bisect_right(self.ends, pos)

    def span(self, index: int) -> tuple[int, int]:
        """The ``(start, end)`` of sentence number ``index``."""
        return (self.ends[index - 1] if index > 0 else 0), self.ends[min(index, len(self.ends) - 1)]

    def bounds(self, pos: int) -> tuple[int, int]:
        """The ``(start, end)`` of the sentence that holds offset ``pos``."""
        i = bisect.bisect_right(self.ends, pos)
        start = self.ends[i - 1] if i > 0 else 0
        end = self.ends[i] if i < len(self.ends) else self.ends[-1]
        return start, end


@attrs.frozen
class QuoteRegion:
    """The inside of one pair of quotation marks (marks excluded).

    ``closed`` is false where the mark never closes within the paragraph: the region
    then runs to the paragraph's end, as it does for quotes spanning paragraphs.
    """

    start: int
    end: int
    closed: bool
    #: Offset just past the closing mark (``end`` itself where the region is open).
    after: int
    #: Offset of the opening mark.
    opening: int


# An article's opening place and outlet: "JAKARTA, KOMPAS.com - ", "Bisnis.com, JAKARTA -".
DATELINE = lazy(r"(?:\p{Lu}[\p{Lu} .]+,\s*\S+|\S+,\s*\p{Lu}[\p{Lu} .]*\p{Lu})\s*[-\u2013\u2014]\s+")
# No dateline is longer: looking no further keeps the look at a long sentence's start short.
DATELINE_REACH = 100
# The day a quote was said stands this close after it ('"...," kata X, Senin (11/4).').
SPEECH_DATE_REACH = 200
# The quotation marks, straight, curly and angled, and the HTML entity some feeds keep.
_MARKS = ("&quot;", '"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb")
_OPENERS = "\u201c\u201e\u00ab"

# (start, end) of one quotation mark in the text.
_Mark = tuple[int, int]


def _marks(text: str) -> list[_Mark]:
    """Every quotation mark, in text order.

    One ``str.find`` pass per kind of mark is several times faster than a regex: an
    article holds a few dozen marks in thousands of characters.
    """
    found = []
    for mark in _MARKS:
        start = text.find(mark)
        while start >= 0:
            found.append((start, start + len(mark)))
            start = text.find(mark, start + len(mark))
    found.sort()
    return found


def _direction(text: str, mark: _Mark) -> int:
    """+1 opens, -1 closes, 0 cannot tell; from the mark itself or the spaces around it.

    Curly marks say it themselves, except where one mark serves both ways (``”…”``);
    then, as for straight marks, a mark after a space and before a word opens, and a
    mark after a word and before a space or punctuation closes.
    """
    start, end = mark
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    space_before = before.isspace() or before in "([-\u2013\u2014"
    space_after = after.isspace() or after in ".,;:!?)-\u2013\u2014"
    if text[start] in _OPENERS:
        return 1
    if space_before and not space_after:
        return 1
    if space_after and not space_before:
        return -1
    # Glued on both sides ("baru.”Produk"): the open/closed state decides.
    return 0


def quote_regions(text: str) -> list[QuoteRegion]:
    """Pair quotation marks within each paragraph into quote regions.

    Straight, curly and the same curly mark on both sides (``”…”``) are all read by
    the spaces around them. A mark that opens while a quote is still open leaves the
    first one open (as at a paragraph break lost in scraping); an open quote runs to
    its paragraph's end or to the next opening mark. Unbalanced marks never raise.
    """
    regions: list[QuoteRegion] = []
    opening: _Mark | None = None
    paragraph_end = -1
    # One pass over the marks; a mark past the current paragraph's end opens a new one.
    for mark in _marks(text):
        if mark[0] > paragraph_end:
            if opening is not None:
                regions.append(_open_region(opening, paragraph_end))
                opening = None
            paragraph_end = text.find("\n", mark[1])
            if paragraph_end < 0:
                paragraph_end = len(text)
        direction = _direction(text, mark)
        if opening is None:
            if direction >= 0:
                opening = mark
            continue
        if direction > 0:
            regions.append(_open_region(opening, mark[0]))
            opening = mark
            continue
        regions.append(QuoteRegion(opening[1], mark[0], closed=True, after=mark[1], opening=opening[0]))
        opening = None
    if opening is not None:
        regions.append(_open_region(opening, paragraph_end))
    return regions


def _open_region(opening: _Mark, end: int) -> QuoteRegion:
    return QuoteRegion(opening[1], end, closed=False, after=end, opening=opening[0])


class Inside:
    """Which quote region, if any, holds or touches a span; lookups by bisection."""

    def __init__(self, regions: list[QuoteRegion]) -> None:
        self.regions = sorted(regions, key=lambda r: r.opening)
        self._afters = [r.after for r in self.regions]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` touches a region or its marks."""
        i = bisect.bisect_right(self._afters, start)
        return i < len(self.regions) and self.regions[i].opening < end

    def holding(self, start: int, end: int) -> QuoteRegion | None:
        """The region whose content holds ``[start, end)``."""
        i = bisect.bisect_right(self._afters, start)
        if i < len(self.regions) and self.regions[i].start <= start and end <= self.regions[i].end:
            return self.regions[i]
        return None


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the white space at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def within(spans: Sequence[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies in one of the sorted, disjoint ``(start, end)`` spans."""
    i = bisect.bisect_right(spans, (pos, sys.maxsize)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def any_between(positions: Sequence[int], start: int, end: int) -> bool:
    """Whether one of the sorted ``positions`` lies in ``[start, end)``."""
    i = bisect.bisect_left(positions, start)
    return i < len(positions) and positions[i] < end


def first_at_or_after(items: Sequence[T], pos: int, key: Callable[[T], int]) -> int:
    """Index of the first of ``items`` (sorted by ``key``) whose key is at least ``pos``."""
    return bisect.bisect_left(items, pos, key=key)


@attrs.define(slots=False)  # slots=False: cached_property keeps its values in __dict__
class Article:
    """One article's text and publication date, with the views every layer shares."""

    text: str
    published: dt.date | None
    #: The day the article is read on, for a date with no year and no reference at all
    #: (``None``: the wall clock's).
    today: dt.date | None = None

    @classmethod
    def of(cls, text: object, published: object, today: object = None) -> Article:
        """An article from a caller's arguments, checked (typed errors for bad input)."""
        return cls(require_text(text), coerce_published(published), coerce_published(today, name="today"))

    @functools.cached_property
    def sentences(self) -> Sentences:
        """Sentence boundaries."""
        return Sentences.of(self.text)

    @functools.cached_property
    def regions(self) -> list[QuoteRegion]:
        """Non-empty direct-quote regions."""
        return [r for r in quote_regions(self.text) if r.end > r.start]

    @functools.cached_property
    def promos(self) -> list[tuple[int, int]]:
        """Lines that point to other articles or videos ("Baca juga: ...", "Simak juga Video: ...").

        They are the outlet's, not the story's: their dates, quotes and meetings are none
        of the article's.
        """
        found = []
        text = self.text
        for start, _, _ in find_words(text, _PROMO_WORDS):
            # Only white space may stand between the line's start and the opener; looking
            # back over that alone keeps a text without line breaks from being rescanned.
            before = start
            while before > 0 and text[before - 1] != "\n" and text[before - 1].isspace():
                before -= 1
            if before == 0 or text[before - 1] == "\n":
                line = _PROMO.match(text, start)
                if line:
                    found.append(line.span())
        return sorted(found)

    def in_promo(self, pos: int) -> bool:
        """Whether ``pos`` lies in one of the :attr:`promos` lines."""
        return within(self.promos, pos)


_DISCOURSE = load("discourse")
_CONNECTIVES = lazy(rf"(?:(?:{alternation(_DISCOURSE['connectives'])}),?\s+)*")
# A leading phrase or clause closed by a comma: "Di Kantor Camat, ...", "Setelah
# rapat selesai, ...", "Menurut Hadi, ...".
_LEADING_PHRASES = lazy(
    rf"(?:(?:{alternation(_DISCOURSE['connectives'])}),?\s+"
    rf"|(?:{alternation(_DISCOURSE['leading_phrase_heads'])})\s+[^,.;\n\"]{{1,60}},\s+)*"
)

# The first words of connectives and leading phrases; none is longer than this.
_CLAUSE_OPENERS = frozenset(
    phrase.split()[0] for phrase in _DISCOURSE["connectives"] + _DISCOURSE["leading_phrase_heads"]
)
_FIRST_WORD_CHARS = 1 + max(map(len, _CLAUSE_OPENERS))

_PROMO = lazy(rf"(?i)(?:{alternation(_DISCOURSE['promo_openers'])})(?![\p{{L}}])[^\n]*")
_PROMO_WORDS = first_words(_DISCOURSE["promo_openers"])


# "saat", "usai", "setelah": what opens a clause of time ("... usai bertemu ...").
TIME_CONJUNCTIONS = alternation(_DISCOURSE["time_conjunctions"])


# Words that stand before a predicate but are not its subject ("akan", "tidak", "perlu").
AUXILIARIES = frozenset(_DISCOURSE["auxiliaries"])
# The first word of a predicate: a verb with its prefix (not one that only describes,
# "berinisial", "bernama"), a few unprefixed verbs, or an auxiliary.
PREDICATE_WORD = (
    rf"(?<![\p{{L}}])(?!(?:{alternation(_DISCOURSE['modifiers'])})(?![\p{{L}}]))"
    rf"(?:(?:me|ber|di|ter)\p{{Ll}}{{3,}}|{alternation(_DISCOURSE['auxiliaries'])})(?![\p{{L}}\p{{N}}])"
)


def past_connectives(text: str, start: int, end: int, *, phrases: bool = False) -> int:
    """Where a clause's subject may begin, past its connectives.

    "Sementara itu,", "Namun"; with ``phrases``, also a leading phrase closed by a comma
    ("Di Jakarta, ...", "Menurut Hadi, ...").
    """
    # Most clauses open with no connective: a look at the first word spares the regex.
    first = text[start : start + _FIRST_WORD_CHARS].split(maxsplit=1)
    if not first or first[0].rstrip(",") not in _CLAUSE_OPENERS:
        return start
    pattern = _LEADING_PHRASES if phrases else _CONNECTIVES
    m = pattern.match(text, start, end)
    return m.end() if m else start
