"""A cache for functions of one string that repeats across texts (a word, a name run)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

__all__ = ["cache_short"]

T = TypeVar("T")


def cache_short(longest: int, maxsize: int = 65536) -> Callable[[Callable[[str], T]], Callable[[str], T]]:
    """Cache a function of one string, for strings of at most ``longest`` characters.

    Words and names recur within and across articles, so caching them pays; a long key
    (a run of capitalised debris) is seldom seen twice, and caching it could hold memory
    without bound. Such keys are computed each time.
    """

    def decorate(func: Callable[[str], T]) -> Callable[[str], T]:
        cached = functools.lru_cache(maxsize=maxsize)(func)

        @functools.wraps(func)
        def call(key: str) -> T:
            return cached(key) if len(key) <= longest else func(key)

        return call

    return decorate
