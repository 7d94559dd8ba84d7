"""Word lists shipped as data files under ``newsfacts/lang/id``.

Rules are patterns over these lists, so a new spelling is a data change, not a code change.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import Any

import regex

__all__ = ["LazyPattern", "alternation", "lazy", "load"]


@functools.cache
def load(name: str) -> dict[str, Any]:
    """Return the parsed JSON lexicon ``lang/id/<name>.json``."""
    path = resources.files("newsfacts") / "lang" / "id" / f"{name}.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
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
    extractor first runs keeps ``import newsfacts`` fast.
    """

    __slots__ = ("_compiled", "_flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: regex.Pattern[str] | None = None

    @property
    def compiled(self) -> regex.Pattern[str]:
        """The compiled pattern."""
        if self._compiled is None:
            self._compiled = regex.compile(self.pattern, self._flags)
        return self._compiled

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """As :meth:`regex.Pattern.search`."""
        return self.compiled.search(string, pos, len(string) if endpos is None else endpos)

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """As :meth:`regex.Pattern.match`."""
        return self.compiled.match(string, pos, len(string) if endpos is None else endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """As :meth:`regex.Pattern.fullmatch`."""
        return self.compiled.fullmatch(string, pos, len(string) if endpos is None else endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[regex.Match[str]]:
        """As :meth:`regex.Pattern.finditer`."""
        return self.compiled.finditer(string, pos, len(string) if endpos is None else endpos)


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """A :class:`LazyPattern`: compiled when first used."""
    return LazyPattern(pattern, flags)
