"""Properties every extractor keeps on arbitrary text: no exception, spans that match."""

from __future__ import annotations

import datetime as dt
import itertools
import operator

import regex
from hypothesis import given
from hypothesis import strategies as st

import newsfacts
from newsfacts._text import _CONNECTIVES, _LEADING_PHRASES, _marks, past_connectives
from newsfacts.dates._rules import scan
from newsfacts.meetings._rules import _HABITUAL, _NOUN, _PHONE, _VERB, _VIRTUAL
from newsfacts.people._index import (
    _CONTEXT_WORDS,
    _PLACE_BEFORE,
    _after_work_cue,
    _word_before,
    after_place_noun,
)

# Text built from the pieces that trigger rules, so the search reaches the rules' edges.
# fmt: off
PIECES = st.sampled_from([
    "Rabu", "Minggu", "(13/4)", "(29/2/2023)", "/", "-", "13", "31", "2022", "1999", "Mei",
    "Februari", "lalu", "depan", "hari ini", "besok", "pekan", "tahun", "pada", "akan", '"',
    "\u201d", "\u201c", "&quot;", ",", ".", "\n\n", " ", "kata", "Putin", "Nomor", "Tahun",
    "\u0130", "\U0001f600", "\u200b", "e\u0301", "mengatakan", "Menurutnya,", "ujarnya", "(BMKG)",
    "Presiden", "Karl Nehammer", "Kapolres", "AKBP", "ia", "bahwa", "Jalan",
    # Letters whose case maps change length: dotted I, long s, sharp s, a ligature.
    "Senİn", "malam İnİ", "MEİ", "KAMİS", "\u017fenin", "\u00df", "\ufb01", "Jum\u2019at",
])
# fmt: on
# What scraped pages leave behind: long runs of white space, dense punctuation and marks.
DEBRIS = st.lists(
    st.one_of(
        PIECES,
        st.text(alphabet='aAbB Cc.,"\u201c\u201d\n12/-:()', max_size=60),
        st.builds(
            operator.mul,
            st.sampled_from([" ", "\t", ".", "!?", '"', "\u201d", "\n", ", ", "A. "]),
            st.integers(1, 400),
        ),
    ),
    max_size=30,
).map("".join)
TEXTS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=80).map(" ".join), DEBRIS)
PUBLISHED = st.one_of(
    st.none(),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    # The calendar's ends: "besok" on the last day, "tahun lalu" in the first year.
    st.dates(max_value=dt.date(1, 12, 31)),
    st.dates(min_value=dt.date(9999, 1, 1)),
)


@given(TEXTS, PUBLISHED)
def test_dates_never_raise_and_spans_match(text: str, published: dt.date | None) -> None:
    mentions = newsfacts.extract_dates(text, published=published)
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))


@given(TEXTS)
def test_date_rules_near_anchors_find_what_they_find_everywhere(text: str) -> None:
    assert scan(text) == scan(text, everywhere=True)


@given(TEXTS, PUBLISHED)
def test_quotes_and_people_never_raise_and_spans_match(text: str, published: dt.date | None) -> None:
    facts = newsfacts.extract(text, published=published)
    for q in facts.quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        if q.cue is not None:
            assert text[q.cue.start : q.cue.end] == q.cue.text
    assert [q.start for q in facts.quotes] == sorted(q.start for q in facts.quotes)
    for person in facts.people:
        for m in person.mentions:
            assert text[m.start : m.end] == m.text


@given(TEXTS, PUBLISHED)
def test_extraction_is_deterministic(text: str, published: dt.date | None) -> None:
    assert newsfacts.extract(text, published=published) == newsfacts.extract(text, published=published)


@given(TEXTS, PUBLISHED)
def test_results_round_trip_through_dicts(text: str, published: dt.date | None) -> None:
    facts = newsfacts.extract(text, published=published)
    assert newsfacts.Facts.from_dict(facts.to_dict(), text) == facts


# Shortcuts that spare a regex must never change what it finds.
_MARK_PATTERN = regex.compile(r"&quot;|[\"\u201c\u201d\u201e\u00ab\u00bb]")
_PHRASE_PIECES = st.lists(
    st.sampled_from(
        [
            "Bertemu",
            "bertemu",
            "BERTEMU",
            "rapat",
            "Rapat",
            "pertemuan",
            "dengan",
            "antara",
            "Budi",
            "telepon",
            "laga",
            "zoom",
            "Daring",
            "rutin",
            "akan",
            "batal",
            "nya",
            "X",
            ",",
            ".",
            "\u0130",
            "\u017f",
            "Namun,",
            "Namun",
            "Di",
            "Menurut",
            "Sementara itu,",
            "itu",
            " ",
            "\n",
            '"',
        ]
    ),
    max_size=30,
).map("".join)


@given(st.one_of(TEXTS, _PHRASE_PIECES))
def test_quotation_marks_are_the_ones_the_pattern_finds(text: str) -> None:
    assert _marks(text) == [m.span() for m in _MARK_PATTERN.finditer(text)]


@given(_PHRASE_PIECES, st.integers(0, 10), st.integers(0, 40))
def test_phrase_patterns_find_what_their_regex_finds(text: str, start: int, length: int) -> None:
    end = min(len(text), start + length)
    for guarded in (_VERB, _NOUN, _PHONE, _VIRTUAL, _HABITUAL):
        plain = regex.compile(guarded.pattern)
        found, expected = guarded.search(text, start, end), plain.search(text, start, end)
        assert (found and found.span()) == (expected and expected.span())


_OPENED = st.tuples(
    st.sampled_from(["Namun", "Namun,", "Di", "Menurut", "Sementara itu,", "Adapun", "Budi", "di", ""]),
    st.sampled_from([" ", ", ", "\n", ",", ""]),
    _PHRASE_PIECES,
).map("".join)


@given(_OPENED, st.booleans())
def test_clause_openers_are_skipped_as_the_patterns_skip_them(text: str, phrases: bool) -> None:
    pattern = _LEADING_PHRASES if phrases else _CONNECTIVES
    m = pattern.match(text, 0, len(text))
    assert past_connectives(text, 0, len(text), phrases=phrases) == (m.end() if m else 0)


_BEFORE_RUN = st.tuples(
    st.sampled_from(["", "Budi ", "x", "(", "-", '"', "dengan "]),
    st.sampled_from(
        ["di", "Di", "ke", "dari", "asal", "di kawasan", "ke alun-alun", "judul", "Berjudul", "Budi"]
    ),
    st.sampled_from([" ", "  ", "\t", "\n", ": ", ' "', " \u201c", "", ","]),
).map("".join)


@given(_BEFORE_RUN)
def test_the_word_before_a_run_is_one_the_context_tests_need(before: str) -> None:
    text = before + "Muara Jaya"
    start = len(before)
    if _after_work_cue(text, start) or _PLACE_BEFORE.search(text, 0, start) or after_place_noun(text, start):
        assert _word_before(text, start) in _CONTEXT_WORDS
