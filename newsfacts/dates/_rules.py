"""The date rules: named patterns over the lexicon, and what each match means.

A rule only reads what is written (day, month, year, weekday, shift words, counts);
turning that into calendar days against a reference date is ``_resolve``'s job.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import attrs
import regex

from newsfacts._lexicon import (
    LazyPattern,
    alternation,
    find_words,
    first_words,
    lazy,
    lazy_at_end,
    load,
    normalize,
)

__all__ = ["RULES", "Parsed", "Rule", "scan"]

_LEX = load("dates")
MONTHS: dict[str, int] = _LEX["months"]
WEEKDAYS: dict[str, int] = _LEX["weekdays"]
NUMBERS: dict[str, int | None] = _LEX["numbers"]
UNITS: dict[str, str] = _LEX["units"]
DAY_WORDS: dict[str, int] = _LEX["day_words"]
SHIFTS: dict[str, int] = _LEX["shift_words"]
ANAPHORA: dict[str, str] = _LEX["anaphora"]
FUTURE_MARKERS: list[str] = _LEX["future_markers"]
YEAR_CONTEXT: list[str] = _LEX["year_prepositions"]

_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in {"mei", "juni", "juli"}]

# Boundaries: no letter or digit may touch a match, and a number must not continue a
# decimal, a price or another number (``3,5``, ``10.291``, ``1/2``).
_B = r"(?<![\p{L}\p{N}])"
_BN = r"(?<![\p{L}\p{N}.,/:-])"
_E = r"(?![\p{L}\p{N}])"
_EN = r"(?![\p{N}]|[.,/:-]\p{N})"

_WD = alternation(WEEKDAYS)
# Abbreviations may carry a dot ("Okt."); a full name's dot ends the sentence.
_MON = (
    rf"(?:(?:{alternation(_FULL_MONTHS)})(?![\p{{L}}])"
    rf"|(?:{alternation(m for m in MONTHS if m not in _FULL_MONTHS)})(?![\p{{L}}])\.?)"
)
_FMON = rf"(?:{alternation(_FULL_MONTHS)}){_E}"
_D = r"(?:0?[1-9]|[12]\d|3[01])"
_M = r"(?:0?[1-9]|1[0-2])"
_Y = r"(?:1[89]|20)\d\d"
_POD_WORDS = alternation(_LEX["parts_of_day"])
_POD = rf"(?:\s+(?P<pod>{_POD_WORDS}))"
_SHIFT = r"(?:\s+(?P<shift>yang\s+lalu|lalu|silam|kemarin|mendatang|yang\s+akan\s+datang|depan))"
# A weekday in a named week: "Kamis pekan depan", "Senin minggu lalu".
_WEEK = r"(?:\s+(?:pekan|minggu)\s+(?P<week>depan|mendatang|lalu|yang\s+lalu|kemarin|ini)(?![\p{L}]))"
_PHASE = rf"(?:(?P<phase>{alternation(_LEX['phase_words'])})\s+)"
_NUMBER_WORDS = alternation(w for w, n in NUMBERS.items() if n and w != "se")
_TO = r"\s*(?:[-\u2013\u2014]|s\.?/?d\.?|hingga|sampai(?:\s+dengan)?|dan)\s*"
_TO_STRICT = r"\s*(?:[-\u2013\u2014]|hingga|sampai(?:\s+dengan)?|s\.?/?d\.?)\s*"


@attrs.frozen
class Parsed:
    """What a match says, before resolution. ``None`` means not written."""

    rule: str
    start: int
    end: int
    day: int | None = None
    month: int | None = None
    year: int | None = None
    day2: int | None = None
    month2: int | None = None
    year2: int | None = None
    weekday: int | None = None
    shift: int | None = None
    #: Weeks from the reference week ("Kamis pekan depan": +1); None where not written.
    week: int | None = None
    unit: str | None = None
    count: int | None = None
    anaphora: str | None = None

    @property
    def needs_reference(self) -> bool:
        """Whether the value depends on a reference date (relative, or year not written)."""
        if self.anaphora is not None:
            return False
        return self.count is not None or self.year is None


Check = Callable[[str, "regex.Match[str]"], bool]


@attrs.frozen
class Rule:
    """A named pattern; ``check`` may veto a match by its context."""

    name: str
    pattern: LazyPattern
    check: Check | None = None
    #: What every match holds (see ``_anchor_spans``): the rule runs only near one.
    anchor: str = "numeric"
    #: How far a match may start before its anchor and end after it, in characters.
    reach: tuple[int, int] = (60, 60)


_DASH = lazy(r"\s*[-\u2013\u2014/]\s*")
_WORD_BEFORE = lazy_at_end(r"([\p{L}.]+)\s*$")
_SENTENCE_START = lazy_at_end(r"(?:^|[.!?\n\"\u201c\u201d:]\s*|\(\s*)$")
_YEAR_CONTEXT = lazy(rf"(?i:{alternation(YEAR_CONTEXT)})")
_NOT_WEEKDAY_BEFORE = lazy_at_end(
    r"(?i:setiap|tiap|salat|sholat|shalat|solat|ibadah|hari-hari|saban)\s+(?:hari\s+)?$"
)
_WEEKDAY_SPAN = lazy_at_end(rf"(?i:{_WD})\s*(?:[-\u2013/]|hingga|sampai|s\.?d\.?)\s*$")
_WEEKDAY_SPAN_AFTER = lazy(rf"\s*(?:[-\u2013/]|hingga|sampai|s\.?d\.?)\s*(?i:{_WD})")
_NAME_BEFORE = lazy_at_end(r"(\p{Lu}[\p{L}]*)[ \t]+$")
_COORDINATED_YEAR = lazy_at_end(rf"(?<!\p{{N}}){_Y}\s*(?:,\s*)?(?:dan|atau|serta|,)\s+$", regex.IGNORECASE)
_IDENTIFIER_BEFORE = lazy_at_end(r"(?i:nomor|no\.?|nomer)\s*[\d/.-]+\s*$")


def _word_before(text: str, pos: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    return m[1] if m else ""


def _at_sentence_start(text: str, pos: int) -> bool:
    return _SENTENCE_START.search(text, max(0, pos - 4), pos) is not None


def _year_context(text: str, m: regex.Match[str]) -> bool:
    """A bare year is a date only where the words around it make it one.

    ``pada 2019``, ``sejak 2008``, ``tahun 2021`` and ``2024 lalu`` are dates; ``Piala
    Dunia 2022``, ``APBN 2025`` and ``UU Nomor 11 Tahun 2020`` name things.
    """
    start = m.start()
    if _IDENTIFIER_BEFORE.search(text, max(0, start - 30), start):
        return False
    if m.groupdict().get("y2") and not _DASH.fullmatch(m["to"]):
        return True  # "2020 sampai 2021": a worded range is temporal wherever it stands
    lead = m["phase"] or m.groupdict().get("tahun")
    if lead:
        # "Tahun 2020" mid-sentence is part of a title or a law's name.
        return not (lead[0].isupper() and not _at_sentence_start(text, start))
    if m.groupdict().get("shift"):
        return True
    before = _word_before(text, start)
    if before and _YEAR_CONTEXT.fullmatch(before):
        return True
    if _COORDINATED_YEAR.search(text, max(0, start - 20), start):
        return True  # "pada 2015, 2016 dan 2017": the list shares its first year's context
    return _at_sentence_start(text, start) and not before


_QUANTITY_BEFORE = lazy_at_end(rf"(?i:\d+|beberapa|sekian|{_NUMBER_WORDS})\s+$")


def _not_counted(text: str, m: regex.Match[str]) -> bool:
    """``dua hari tersebut``, ``beberapa bulan mendatang``: a count makes it a duration."""
    return _QUANTITY_BEFORE.search(text, max(0, m.start() - 20), m.start()) is None


def _week_word(text: str, m: regex.Match[str]) -> bool:
    """``minggu`` in lower case (or opening a sentence) is a week; mid-sentence ``Minggu`` is Sunday."""
    if not _not_counted(text, m):
        return False
    if m["unit"].casefold() != "minggu" or m["unit"][0].islower():
        return True
    return _at_sentence_start(text, m.start("unit"))


def _capital_month(text: str, m: regex.Match[str]) -> bool:
    """A bare month name counts only when capitalised (``Mei`` the month, not ``mei``)."""
    return text[m.start("m1")].isupper()


def _capital_weekday(text: str, m: regex.Match[str]) -> bool:
    """Weekdays are capitalised; ``setiap Senin`` is a recurrence, not a date."""
    start = m.start("wd")
    if not text[start].isupper():
        return False
    if _NOT_WEEKDAY_BEFORE.search(text, max(0, start - 30), start):
        return False
    # "Pasar Minggu", "Jumat Agung": a weekday glued to a name is part of the name.
    name = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if name and not _YEAR_CONTEXT.fullmatch(name[1]) and not _at_sentence_start(text, start):
        return False
    # "Senin-Jumat", "Sabtu hingga Minggu": opening days, a recurrence.
    if _WEEKDAY_SPAN.search(text, max(0, start - 20), start) or _WEEKDAY_SPAN_AFTER.match(
        text, m.end(), m.end() + 40
    ):
        return False
    # "Minggu lalu/depan/ini" opening a sentence is the week, not Sunday.
    is_week = m["wd"].casefold() == "minggu" and m.groupdict().get("shift")
    return not (is_week and _at_sentence_start(text, start))


def _compile(pattern: str) -> LazyPattern:
    return lazy(pattern, regex.IGNORECASE | regex.VERSION0)


_NUMDATE = rf"(?P<d1>{_D})(?:\s*[-\u2013]\s*(?P<d2>{_D}))?\s*/\s*(?P<m1>{_M})(?:\s*/\s*(?P<y1>{_Y}|\d\d))?"

_RULES: tuple[Rule, ...] = (
    Rule(
        "weekday_numeric",
        _compile(
            rf"{_B}(?P<wd>{_WD})(?:\s*[-\u2013]\s*(?:{_WD}))?(?:\s+(?P<pod0>{_POD_WORDS}))?,?\s*"
            rf"\(\s*{_NUMDATE}\s*\){_POD}?{_SHIFT}?{_E}"
        ),
    ),
    Rule("numeric_parenthesised", _compile(rf"\(\s*(?P<d1>{_D})/(?P<m1>{_M})/(?P<y1>{_Y}|\d\d)\s*\)")),
    Rule(
        "numeric",
        _compile(
            rf"(?:{_B}(?P<wd>{_WD}),?\s+)?{_BN}(?P<d1>{_D})(?P<sep>[/.-])(?P<m1>{_M})(?P=sep)(?P<y1>{_Y}){_EN}"
        ),
    ),
    Rule("iso", _compile(rf"{_BN}(?P<y1>{_Y})-(?P<m1>0[1-9]|1[0-2])-(?P<d1>0[1-9]|[12]\d|3[01]){_EN}")),
    Rule(
        "day_month",
        _compile(
            rf"{_B}(?:(?P<wd>{_WD}),?\s+(?:tanggal\s+|tgl\.?\s+)?)?{_BN}(?P<d1>{_D})(?:{_TO}(?P<d2>{_D}))?"
            rf"\s+(?P<m1>{_MON})(?:\s+(?P<y1>{_Y}))?{_EN}{_POD}?{_SHIFT}?{_E}"
        ),
    ),
    Rule(
        "day_month_range",
        _compile(
            rf"{_BN}(?P<d1>{_D})\s+(?P<m1>{_MON})(?:\s+(?P<y0>{_Y}))?{_TO_STRICT}"
            rf"(?P<d2>{_D})\s+(?P<m2>{_MON})(?:\s+(?P<y1>{_Y}))?{_EN}"
        ),
    ),
    Rule(
        "month_range",
        _compile(rf"{_B}(?:bulan\s+)?(?P<m1>{_FMON}){_TO_STRICT}(?P<m2>{_FMON})(?:\s+(?P<y1>{_Y}))?{_EN}"),
        _capital_month,
    ),
    Rule(
        "month_year",
        _compile(rf"{_B}{_PHASE}?(?:bulan\s+)?(?P<m1>{_MON})\s+(?:tahun\s+)?(?P<y1>{_Y}){_EN}{_SHIFT}?{_E}"),
        _capital_month,
    ),
    Rule(
        "month_relative",
        _compile(
            rf"{_B}{_PHASE}?(?:bulan\s+)?(?P<m1>{_FMON})\s+(?P<shift>yang\s+lalu|lalu|silam|kemarin|mendatang|depan|ini){_E}"
        ),
        _capital_month,
    ),
    Rule(
        "month_bare",
        _compile(
            rf"(?:{_B}{_PHASE}(?:bulan\s+)?|{_B}bulan\s+|(?<=(?:pada|sejak|hingga|sampai|mulai|per|dari|jelang|menjelang)\s+))"
            rf"(?P<m1>{_FMON})(?!\s*(?:\d|[-\u2013]))"
        ),
        _capital_month,
    ),
    Rule(
        "year_range",
        _compile(
            rf"{_BN}{_PHASE}?(?:(?P<tahun>tahun)\s+)?(?P<y1>{_Y})(?P<to>{_TO_STRICT})(?:tahun\s+)?(?P<y2>{_Y}){_EN}"
        ),
        _year_context,
    ),
    Rule(
        "year",
        _compile(
            rf"{_BN}{_PHASE}?(?:(?P<tahun>tahun)\s+)?(?P<y1>{_Y})(?!-an|[-\u2013]\d){_EN}"
            r"(?:\s+(?P<shift>lalu|silam|yang\s+lalu|mendatang|yang\s+akan\s+datang))?"
        ),
        _year_context,
    ),
    Rule(
        "relative_unit",
        _compile(
            rf"{_B}{_PHASE}?(?P<unit>pekan|minggu|bulan|tahun)\s+"
            rf"(?P<shift>ini|lalu|depan|mendatang|kemarin|yang\s+lalu|berikutnya){_E}"
        ),
        _week_word,
    ),
    Rule(
        "relative_count",
        _compile(
            rf"{_B}(?:(?:(?P<n>\d{{1,3}})|(?P<nw>{_NUMBER_WORDS}))\s+|(?P<se>se))"
            rf"(?P<unit>hari|pekan|minggu|bulan|tahun)\s+(?P<shift>yang\s+lalu|lalu|silam){_E}"
        ),
    ),
    Rule("day_word", _compile(rf"{_B}(?P<dw>{alternation(DAY_WORDS)}){_E}"), _not_counted),
    Rule(
        "weekday",
        _compile(rf"{_B}(?P<wd>{_WD}){_POD}?(?:{_WEEK}|{_SHIFT}|\s+(?P<this>ini))?{_E}"),
        _capital_weekday,
    ),
    Rule("anaphora", _compile(rf"{_B}(?P<ana>{alternation(ANAPHORA)}){_E}"), _not_counted),
)


def _int(value: str | None) -> int | None:
    return None if value is None else int(value)


def _month(value: str | None) -> int | None:
    if value is None:
        return None
    if value.isdigit():
        return int(value)
    return MONTHS[normalize(value.rstrip("."))]


def _year(value: str | None) -> int | None:
    if value is None:
        return None
    # Two-digit years in datelines ("3/1/25") are this century's.
    return int(value) + 2000 if len(value) == 2 else int(value)


def _parse(rule: Rule, m: regex.Match[str]) -> Parsed:
    g = m.groupdict()
    start, end = m.span()
    shift = SHIFTS[normalize(g["shift"])] if g.get("shift") else None
    if g.get("this"):
        shift = 0
    weekday = WEEKDAYS[normalize(g["wd"])] if g.get("wd") else None
    if g.get("dw"):
        return Parsed(rule.name, start, end, unit="day", count=DAY_WORDS[normalize(g["dw"])])
    if g.get("ana"):
        return Parsed(rule.name, start, end, anaphora=ANAPHORA[normalize(g["ana"])])
    if g.get("unit"):
        unit = UNITS[normalize(g["unit"])]
        if rule.name == "relative_count":
            n = int(g["n"]) if g.get("n") else NUMBERS[normalize(g["nw"])] if g.get("nw") else 1
            return Parsed(rule.name, start, end, unit=unit, count=-(n or 0))
        return Parsed(rule.name, start, end, unit=unit, count=shift)
    year = _year(g.get("y1"))
    year2 = None
    if rule.name == "year_range":
        year, year2 = _year(g["y1"]), _year(g["y2"])
    elif g.get("y0"):
        year2, year = year, _year(g["y0"])
    return Parsed(
        rule.name,
        start,
        end,
        day=_int(g.get("d1")),
        month=_month(g.get("m1")),
        year=year,
        day2=_int(g.get("d2")),
        month2=_month(g.get("m2")),
        year2=year2,
        weekday=weekday,
        shift=shift,
        week=SHIFTS[normalize(g["week"])] if g.get("week") else None,
    )


_ANCHOR_OF = {
    "weekday_numeric": "numeric",
    "numeric_parenthesised": "numeric",
    "numeric": "numeric",
    "iso": "year",
    "day_month": "month",
    "day_month_range": "month_pair",
    "month_range": "month_pair",
    "month_year": "month",
    "month_relative": "month",
    "month_bare": "month",
    "year_range": "year_pair",
    "year": "year",
    "relative_unit": "unit_shifted",
    "relative_count": "unit_shifted",
    "day_word": "day",
    "weekday": "weekday",
    "anaphora": "unit",
}
# How far each rule's match reaches before and after its anchor, with room to spare:
# "Minggu-Senin dini hari, (6-7/7/2025) malam yang lalu" for weekday_numeric, a phase
# word ("pertengahan") and "bulan"/"tahun" before months and years, and so on. Searching
# only that far keeps the windows short; the tests hold the result to a whole-text scan.
_REACH_OF = {
    "weekday_numeric": (45, 50),
    "numeric_parenthesised": (8, 16),
    "numeric": (16, 12),
    "iso": (2, 10),
    "day_month": (45, 50),
    "day_month_range": (45, 15),
    "month_range": (20, 10),
    "month_year": (30, 45),
    "month_relative": (30, 25),
    "month_bare": (30, 5),
    "year_range": (45, 10),
    "year": (30, 25),
    "relative_unit": (25, 25),
    "relative_count": (20, 25),
    "day_word": (2, 20),
    "weekday": (2, 45),
    "anaphora": (2, 20),
}
RULES: tuple[Rule, ...] = tuple(
    attrs.evolve(r, anchor=_ANCHOR_OF[r.name], reach=_REACH_OF[r.name]) for r in _RULES
)

# Every rule's match holds one of these anchors, so each rule runs only in windows
# around its own kind: most of an article is prose the rules would scan for nothing.
_WORD_CLASS: dict[str, set[str]] = {}
for _kind, _lexicon in (
    ("month", MONTHS),
    ("weekday", WEEKDAYS),
    ("unit", {**UNITS, **ANAPHORA}),
    ("day", DAY_WORDS),
):
    for _phrase in _lexicon:
        _WORD_CLASS.setdefault(_phrase.split()[0], set()).add(_kind)
_WORD_CLASS.update({f"se{unit}": {"unit"} for unit in UNITS})  # "sepekan lalu"
_ANCHOR_WORDS = frozenset(_WORD_CLASS)
# Two passes, not one alternation: a position can anchor both kinds ("2022-04-13").
_NUMERIC_ANCHOR = lazy(r"\d\s*/\s*\d|\d[.-]\d\d?[.-]\d")
_YEAR_ANCHOR = lazy(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _anchor_spans(text: str) -> dict[str, list[tuple[int, int]]]:
    """The anchors of each kind, in text order."""
    spans: dict[str, list[tuple[int, int]]] = {
        "numeric": [m.span() for m in _NUMERIC_ANCHOR.finditer(text)],
        "year": [m.span() for m in _YEAR_ANCHOR.finditer(text)],
    }
    for start, end, word in find_words(text, _ANCHOR_WORDS):
        for kind in _WORD_CLASS[word]:
            spans.setdefault(kind, []).append((start, end))
    for found in spans.values():
        found.sort()
    # A range needs two anchors of its kind close together ("2020 hingga 2021"): a pair
    # anchor spans both, so range rules skip the many lone years and months.
    for kind, gap in _PAIR_GAPS.items():
        found = spans.get(kind, [])
        spans[f"{kind}_pair"] = [(a[0], b[1]) for a, b in itertools.pairwise(found) if b[0] - a[1] <= gap]
    # "tahun lalu", "dua pekan yang lalu": a unit counts as relative only with its shift
    # word next, which most units ("20 tahun", "setiap bulan") lack.
    spans["unit_shifted"] = [
        (start, end)
        for start, end in spans.get("unit", [])
        if text[end : end + 1].isspace() and _next_word(text, end) in _SHIFT_NEXT
    ]
    return spans


# The first word of each shift a unit may take ("yang" opens "yang lalu").
_SHIFT_NEXT = first_words(SHIFTS)


def _next_word(text: str, pos: int) -> str:
    """The letters of the word after ``pos``, lower case ("lalu" in " lalu.")."""
    words = text[pos : pos + 20].split(maxsplit=1)
    word = words[0] if words else ""
    end = next((i for i, c in enumerate(word) if not c.isalpha()), len(word))
    return word[:end].lower()


# The most characters between the two anchors of a range: the words joining them
# ("sampai dengan tahun"), a year after the first month, a day before the second.
_PAIR_GAPS = {"year": 40, "month": 45}


def _windows(anchors: list[tuple[int, int]], reach: tuple[int, int], length: int) -> list[tuple[int, int]]:
    """The anchors widened by a rule's reach, overlapping windows merged."""
    before, after = reach
    merged: list[tuple[int, int]] = []
    for anchor_start, anchor_end in anchors:
        start, end = max(0, anchor_start - before), min(length, anchor_end + after)
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def scan(text: str, *, everywhere: bool = False) -> list[Parsed]:
    """Every rule's matches, overlaps settled: earliest first, then longest, then rule order.

    ``everywhere`` runs each rule over the whole text instead of near its anchors; the
    result is the same, only slower (the tests hold the two together).
    """
    found: list[tuple[int, int, int, regex.Match[str]]] = []
    anchors = _anchor_spans(text)
    whole = [(0, len(text))]
    for order, rule in enumerate(RULES):
        if everywhere:
            windows = whole
        elif rule.anchor in anchors:
            windows = _windows(anchors[rule.anchor], rule.reach, len(text))
        else:
            continue  # no anchor of its kind: the rule cannot match
        check = rule.check
        for start, end in windows:
            for m in rule.pattern.finditer(text, start, end):
                m_start, m_end = m.span()
                if m_end > m_start and (check is None or check(text, m)):
                    found.append((m_start, m_start - m_end, order, m))
    found.sort(key=lambda f: f[:3])
    # Only the matches that survive the overlaps are parsed: about half of them.
    kept: list[Parsed] = []
    last_end = -1
    for start, _, order, m in found:
        if start >= last_end:
            kept.append(_parse(RULES[order], m))
            last_end = m.end()
    return kept
