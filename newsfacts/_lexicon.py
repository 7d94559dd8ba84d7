"""Word lists shipped as data files under ``newsfacts/lang/id``.

Rules are patterns over these lists, so a new spelling is a data change, not a code change.
"""

from __future__ import annotations

import functools
import json
import pkgutil
import re
from collections.abc import Iterable, Iterator
from typing import Any

import regex

__all__ = [
    "LazyPattern",
    "PhrasePattern",
    "alternation",
    "find_words",
    "first_words",
    "has_word",
    "lazy",
    "lazy_at_end",
    "load",
    "normalize",
]


@functools.cache
def load(name: str) -> dict[str, Any]:
    """Return the parsed JSON lexicon ``lang/id/<name>.json``."""
    # pkgutil reads package data as importlib.resources does (from a zip too), and
    # imports in a tenth of the time.
    raw = pkgutil.get_data("newsfacts", f"lang/id/{name}.json")
    if raw is None:  # only for a loader that cannot read data, which no install uses
        msg = f"lexicon {name!r} is not readable"
        raise FileNotFoundError(msg)
    data: dict[str, Any] = json.loads(raw.decode("utf-8"))
    return data


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so that no word shadows a longer one.

    Spaces inside a word match any run of whitespace.
    """
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(regex.escape(part) for part in w.split()) for w in unique)


class LazyPattern:
    """A regular expression compiled on first use.

    The ``regex`` module compiles large alternations slowly; compiling them when an
    extractor first runs keeps ``import newsfacts`` fast. After the first use the
    compiled pattern's own bound methods replace these, so later calls cost nothing extra.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def _compile(self) -> regex.Pattern[str]:
        compiled = regex.compile(self.pattern, self._flags)
        self.search = compiled.search  # type: ignore[method-assign]
        self.match = compiled.match  # type: ignore[method-assign]
        self.fullmatch = compiled.fullmatch  # type: ignore[method-assign]
        self.finditer = compiled.finditer  # type: ignore[method-assign]
        return compiled

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """As :meth:`regex.Pattern.search`."""
        return self._compile().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """As :meth:`regex.Pattern.match`."""
        return self._compile().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """As :meth:`regex.Pattern.fullmatch`."""
        return self._compile().fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[regex.Match[str]]:
        """As :meth:`regex.Pattern.finditer`."""
        return self._compile().finditer(string, pos, endpos)


class PhrasePattern:
    """A pattern every match of which holds one of a lexicon's phrases, searched with a test first.

    A case-blind alternation of phrases is tried at every position of the window; most
    windows hold none of the phrases' first words, which plain substring tests rule out
    many times faster. ``pattern`` must match only where one of ``phrases`` stands.
    """

    def __init__(self, pattern: str, phrases: Iterable[str]) -> None:
        self.pattern = pattern
        self._compiled = lazy(pattern)
        self._needs = tuple(sorted(first_words(phrases)))

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """As :meth:`regex.Pattern.search`."""
        window = string[pos:endpos].casefold()
        if not any(word in window for word in self._needs):
            return None
        return self._compiled.search(string, pos, endpos)


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """A :class:`LazyPattern`: compiled when first used."""
    return LazyPattern(pattern, flags)


def lazy_at_end(pattern: str, flags: int = 0) -> LazyPattern:
    """A :class:`LazyPattern` for a context that must end where the searched window ends.

    ``pattern`` ends with ``$``. It is compiled right to left (``regex.REVERSE``): the
    engine starts at the window's end, where every match ends, instead of trying each
    position from the window's start, which is several times faster. Use ``search``.
    """
    return LazyPattern(pattern, flags | regex.REVERSE)


def find_words(text: str, words: frozenset[str]) -> Iterator[tuple[int, int, str]]:
    """Whole-word, case-blind occurrences of ``words`` (lower case) in ``text``, unordered.

    ``str.find`` over the lowered text is several times faster than a regex alternation
    of the same words. Where lowering changes the text's length (a few letters lower to
    two characters) the offsets would drift, so a regex does the work instead.
    """
    lower, vocabulary = _lowered(text)
    if len(lower) != len(text):
        pattern = _word_pattern(tuple(sorted(words)))
        for m in pattern.finditer(text):
            yield m.start(), m.end(), normalize(m.group())
        return
    plain, other = _partition(words)
    # Most words of a lexicon are absent from any one article: intersecting with the
    # article's vocabulary spares a scan of the whole text for each of them.
    for word in (*(plain & vocabulary), *other):
        for start in _whole_word_starts(lower, word):
            yield start, start + len(word), word


_PLAIN_WORD = re.compile(r"\w+")


@functools.cache
def _partition(words: frozenset[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """A lexicon's single words (looked up in the vocabulary) and its other entries."""
    plain = frozenset(w for w in words if _PLAIN_WORD.fullmatch(w))
    return plain, tuple(sorted(words - plain))


@functools.lru_cache(maxsize=4)
def _lowered(text: str) -> tuple[str, frozenset[str]]:
    """A text in lower case and its word tokens; kept for the few layers that ask in turn.

    Keyed by the caller's own string, whose hash Python keeps: each later layer's lookup
    costs nothing, where lowering the text again and hashing the copy would not.
    """
    lower = text.lower()
    # The standard library's engine splits words about a quarter faster than regex's.
    return lower, frozenset(_PLAIN_WORD.findall(lower))


def first_words(phrases: Iterable[str], *, nya: bool = False) -> frozenset[str]:
    """The first word of each phrase, lower case, for :func:`find_words` to look for.

    With ``nya`` each word also with the suffix it takes in running text ("katanya",
    "menemuinya").
    """
    words = {phrase.split()[0].casefold() for phrase in phrases}
    return frozenset(words | {w + "nya" for w in words} if nya else words)


def has_word(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as a whole word (case as given)."""
    return next(_whole_word_starts(text, word), None) is not None


def _whole_word_starts(text: str, word: str) -> Iterator[int]:
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or not text[start - 1].isalpha()) and (end == len(text) or not text[end].isalpha()):
            yield start
        start = text.find(word, start + 1)


def normalize(phrase: str) -> str:
    """A phrase as a lexicon key: case folded, white space single.

    The patterns match case-blind letter for letter, so a letter whose folded form is
    longer (dotted ``İ`` folds to ``i`` and a combining dot) is folded to its first
    letter, as the pattern matched it: ``SENİN`` is the key ``senin``.
    """
    folded = phrase.casefold()
    if len(folded) != len(phrase):
        folded = "".join(c.casefold() if len(c.casefold()) == 1 else c.lower()[:1] for c in phrase)
    return " ".join(folded.split())


@functools.cache
def _word_pattern(words: tuple[str, ...]) -> regex.Pattern[str]:
    return regex.compile(rf"(?<![\p{{L}}])(?i:{alternation(words)})(?![\p{{L}}])")
