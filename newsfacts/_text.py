"""Shared views of an article's text: sentence bounds and direct-quote regions.

Everything here returns offsets into the caller's string; nothing rewrites the text.
"""

from __future__ import annotations

import bisect

import attrs
import regex

__all__ = ["QuoteRegion", "Sentences", "quote_regions"]

# A sentence ends at ., ! or ? followed by a space, a newline, a closing mark or an
# uppercase letter (some outlets glue sentences: "...2018).Dia"), or at a line break.
# A lone capital before the dot is an initial or title (``H.``, ``Dr``-like), not an end.
_SENTENCE_END = regex.compile(
    r"(?<!\b\p{Lu})[.!?]+(?=[\"'\u201d\u2019)]*(?:\s|\p{Lu}|$))[\"'\u201d\u2019]*|\n+"
)


@attrs.frozen
class Sentences:
    """Sentence boundaries of a text, found once and looked up by offset."""

    ends: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> Sentences:
        """Split ``text`` into sentences."""
        ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        if not ends or ends[-1] != len(text):
            ends.append(len(text))
        return cls(tuple(ends))

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


_MARK = regex.compile(r"&quot;|[\"\u201c\u201d\u201e\u00ab\u00bb]")
_PARAGRAPH = regex.compile(r"[^\n]+")


def quote_regions(text: str) -> list[QuoteRegion]:
    """Pair double quotation marks within each paragraph, in order of appearance.

    Straight, curly and the same curly mark on both sides (``”…”``) all pair the same
    way: first with second, third with fourth. An odd mark left over opens a region
    that runs to the paragraph's end. Unbalanced marks never raise.
    """
    regions: list[QuoteRegion] = []
    for para in _PARAGRAPH.finditer(text):
        marks = list(_MARK.finditer(text, para.start(), para.end()))
        for opening, closing in zip(marks[::2], marks[1::2], strict=False):
            regions.append(
                QuoteRegion(
                    opening.end(), closing.start(), closed=True, after=closing.end(), opening=opening.start()
                )
            )
        if len(marks) % 2:
            last = marks[-1]
            regions.append(
                QuoteRegion(last.end(), para.end(), closed=False, after=para.end(), opening=last.start())
            )
    return regions
