"""The public surface: types, errors, result classes."""

from __future__ import annotations

import datetime as dt
import pickle

import attrs
import pytest

import newsfacts
from newsfacts import DateMention, Facts, InvalidInputError, InvalidPublishedDateError, NewsfactsError


@pytest.mark.parametrize(
    "published",
    [
        dt.date(2022, 4, 12),
        dt.datetime(2022, 4, 12, 10, 5, tzinfo=dt.timezone.utc),
        "2022-04-12",
        "2022-04-12T10:05:00+07:00",
    ],
)
def test_published_accepts_dates_datetimes_and_iso_strings(published: object) -> None:
    assert newsfacts.extract("besok", published=published).dates[0].value == "2022-04-13"


def test_published_reads_scraped_metadata_strings() -> None:
    assert newsfacts.extract("besok", published="Selasa, 12 Apr 2022 10:05").published == dt.date(2022, 4, 12)


@pytest.mark.parametrize(
    ("published", "day"),
    [
        ("2022-04-11T20:00:00Z", dt.date(2022, 4, 12)),  # 03:00 the next morning in Jakarta
        ("2022-04-12T23:30-12:00", dt.date(2022, 4, 13)),
        ("2022-04-12T06:59:59+00:00", dt.date(2022, 4, 12)),
        ("2022-04-12T23:30", dt.date(2022, 4, 12)),  # no zone: the day as written
        (dt.datetime(2022, 4, 11, 20, 0, tzinfo=dt.timezone.utc), dt.date(2022, 4, 12)),
        (dt.datetime(2022, 4, 11, 20, 0), dt.date(2022, 4, 11)),  # noqa: DTZ001 - naive on purpose
    ],
)
def test_a_time_with_a_zone_is_dated_in_western_indonesian_time(published: object, day: dt.date) -> None:
    assert newsfacts.extract("besok", published=published).published == day


@pytest.mark.parametrize(
    "published",
    [
        "2022-13-45",
        "bukan tanggal",
        "2022-02-30",
        "2022-04-12T99:99:99",
        "-2022-04-12",
        "kemarin",
        "now",
        "2 hari lalu",
        "besok",
        "1649750400",
    ],
)
def test_invalid_published_string_is_a_typed_value_error(published: str) -> None:
    with pytest.raises(InvalidPublishedDateError) as info:
        newsfacts.extract("besok", published=published)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, NewsfactsError)


@pytest.mark.parametrize("published", [20220412, 3.5, ["2022-04-12"]])
def test_published_of_wrong_type_is_a_typed_type_error(published: object) -> None:
    with pytest.raises(InvalidInputError, match="published") as info:
        newsfacts.extract("besok", published=published)
    assert isinstance(info.value, TypeError)


@pytest.mark.parametrize("text", [None, b"besok", 42, ["besok"]])
def test_text_of_wrong_type_is_a_typed_type_error(text: object) -> None:
    with pytest.raises(InvalidInputError, match="text must be a str"):
        newsfacts.extract(text)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        newsfacts.extract_dates(text)  # type: ignore[arg-type]


def test_empty_and_blank_published_mean_unknown() -> None:
    assert newsfacts.extract("besok", published="").published is None


def test_results_are_frozen_slotted_and_pickle() -> None:
    facts = newsfacts.extract("Ia datang Rabu (13/4).", published="2022-04-12")
    mention = facts.dates[0]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        mention.start = 0  # type: ignore[misc]
    assert not hasattr(mention, "__dict__")
    assert pickle.loads(pickle.dumps(facts)) == facts  # noqa: S301 - our own data


def test_to_dict_carries_the_prediction_fields() -> None:
    facts = newsfacts.extract("Ia datang Rabu (13/4).", published="2022-04-12")
    row = facts.to_dict()["dates"][0]
    assert {k: row[k] for k in ("start", "end", "text", "value", "type")} == {
        "start": 10,
        "end": 21,
        "text": "Rabu (13/4)",
        "value": "2022-04-13",
        "type": "date",
    }
    assert DateMention.from_dict(row) == facts.dates[0]
    assert Facts.from_dict(facts.to_dict(), facts.text) == facts


def test_all_is_sorted_and_complete() -> None:
    assert list(newsfacts.__all__) == sorted(newsfacts.__all__)
    for name in newsfacts.__all__:
        assert hasattr(newsfacts, name)


def test_version_matches_metadata() -> None:
    from importlib.metadata import version  # noqa: PLC0415

    assert newsfacts.__version__ == version("newsfacts")


def test_lines_pointing_to_other_stories_are_not_the_article() -> None:
    text = (
        "Menteri Ratna Kusuma meninjau sawah pada Senin (11/4).\n\n"
        "Baca juga: Panen Raya Dimulai Bulan Mei Tahun Ini\n\n"
        'Simak juga Video: "Kami siap panen raya," kata Ratna pada 2 Mei 2022'
    )
    facts = newsfacts.extract(text, published="2022-04-12")
    assert [d.text for d in facts.dates] == ["Senin (11/4)"]
    assert facts.quotes == ()


def test_an_overlong_published_is_refused_at_once_with_a_short_message() -> None:
    with pytest.raises(InvalidPublishedDateError) as info:
        newsfacts.extract("besok", published="12 April 2022 " * 20_000)
    assert len(str(info.value)) < 200
