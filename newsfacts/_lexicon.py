"""Word lists shipped as data files under ``newsfacts/lang/id``.

Rules are patterns over these lists, so a new spelling is a data change, not a code change.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from importlib import resources
from typing import Any

import regex

__all__ = ["alternation", "load"]


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
