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
    # One long sentence, or one long paragraph, holding what a rule looks back over or
    # ahead to from each of many places in it.
    "spaces-between-a-day-word-and-a-date": "'Warga datang besok' + ' ' * MB + 'x Rabu (15/10).'",
    "commas-before-a-trigger": "'x,' * (MB // 2) + ' bertemu Budi Santoso.'",
    "capitals-after-a-cue": "'Harga naik, kata' + ' A' * (MB // 2) + ' x'",
    "capitals-after-an-opening-cue": "'Kata' + ' A' * (MB // 2) + ','",
    "kinds-after-a-meeting-noun": "'Budi pertemuan' + ' awal' * (MB // 5) + ' 1.'",
    "dates-after-a-future-marker": "'Warga akan datang ' + 'pada Rabu (13/4) lalu warga ' * (MB // 28)",
    "day-anaphora-with-no-date": "'Pada hari itu warga datang. ' * (MB // 28)",
    "quotes-in-one-sentence": "'\"tahun lalu harga beras naik\" kata warga pada 2020 ' * (MB // 52)",
    "subjects-in-one-sentence": "'warga mengatakan, \"harga beras naik lagi\" ' * (MB // 44)",
    "open-quotes-paragraph-by-paragraph": "'\"harga beras naik lagi hari ini.\"\\n' * (MB // 34)",
    "quotes-naming-their-speaker": (
        "'Budi Santoso datang ke pasar. \"Budi Santoso senang sekali hari ini,\" katanya.\\n' * (MB // 320)"
    ),
    "many-meetings": (
        "''.join(f'Menteri {name()} {name()} bertemu Gubernur {name()} {name()} di Jakarta.\\n'"
        " for _ in range(MB // 200))"
    ),
    "people-sharing-a-word": "''.join(f'Budi {name()} datang ke pasar.\\n' for _ in range(MB // 100))",
    "function-words": "'Mei ' * (MB // 4)",
    "promo-openers-with-no-line-break": "'warga baca buku di rumah ' * (MB // 25)",
}

RunLimited = Callable[..., tuple[int, bytes, bytes]]

_PROGRAM = """
import random, sys
import newsfacts
MB = {mb}
rng = random.Random(0)
def name():
    return rng.choice("BCDFGHKLMNPRST") + "".join(rng.choice("aeiourn") for _ in range(6))
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
