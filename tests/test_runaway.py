"""Inputs that once made a pattern rescan a run from each of its positions finish in time.

Each case runs in a subprocess with a time limit, so a pattern that goes back to
backtracking fails the test instead of hanging the suite. The limit is loose (ten times
what a megabyte takes here): it catches time that grows with the square or cube of a
run's length, not ordinary slowness; ``benchmarks/bench.py`` measures speed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest

_MB = 1_000_000
_LIMIT_SECONDS = 20

# What a scraped page can hold: each expression builds about a megabyte of text.
CASES = {
    "spaces": "' ' * MB",
    "tabs": "'\\t' * MB",
    "random-debris": "''.join(rng.choice('aAbB Cc.,\"\u201c\u201d\\n12/-:()') for _ in range(MB))",
    "random-debris-one-line": "''.join(rng.choice('aAbB Cc.,\"\u201c\u201d12/-:()') for _ in range(MB))",
    "initials-and-spaces": "'A.  ' * (MB // 4)",
    "terminators-and-marks": "''.join(rng.choice('.!?,;\"\\'\u201c\u201d\u2019() ') for _ in range(MB))",
    "dots": "'.' * MB + 'a'",
    "exclamations": "'!?' * (MB // 2) + 'x\\n'",
    "spaces-in-a-party": "'Pertemuan Joko' + ' ' * MB + 'Budi.\\n'",
    "spaces-before-a-capital": "'Harga naik' + ' ' * MB + 'Budi datang.'",
    "cues-in-one-paragraph": "'\"kata Budi\" ' * (MB // 12)",
    "names-with-ages": "'Aa (41) ' * (MB // 8)",
    "names-and-lone-letters": "'Aa x ' * (MB // 5)",
    "capitalised-words": "'Aa ' * (MB // 3)",
    "marks-and-words": "'\"Aa ' * (MB // 4)",
    "slashes": "'1/' * (MB // 2)",
    "dates": "'13/4/' * (MB // 5)",
    "dashes": "'2022-' * (MB // 5)",
    "weekdays": "'Rabu ' * (MB // 5)",
    "no-sentence-end": "'a' * MB",
    "prepositions": "'pada ' * (MB // 5) + '2019'",
    "ranges": "'15-16-' * (MB // 6) + ' November'",
    "many-sentences": "'Rapat Budi Santoso digelar. ' * (MB // 28)",
    "many-quotes": "'\"Kami siap,\" kata Budi. ' * (MB // 24)",
    "summary-words": "'hal itu hal ini ' * (MB // 16)",
    "summaries": "'Harga naik tajam pekan ini. Hal itu disampaikan Budi Santoso. ' * (MB // 62)",
    "cues-first": "'Namun, kata Budi, harga beras naik lagi. ' * (MB // 41)",
}

RunLimited = Callable[..., tuple[int, bytes, bytes]]

_PROGRAM = """
import random, sys
import newsfacts
MB = {mb}
rng = random.Random(0)
text = {expression}
newsfacts.extract(text, published="2022-04-12")
"""


@pytest.mark.parametrize("expression", CASES.values(), ids=CASES.keys())
def test_a_megabyte_of_debris_finishes(
    expression: str, run_limited: Callable[..., tuple[int, bytes, bytes]]
) -> None:
    program = _PROGRAM.format(mb=_MB, expression=expression)
    status, _, err = run_limited([sys.executable, "-c", program], timeout=_LIMIT_SECONDS)
    assert status == 0, err.decode()
