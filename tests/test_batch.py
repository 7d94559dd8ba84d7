"""Many articles: order, failures that do not lose the others, processes, Dask."""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsfacts
from newsfacts import Facts, Failure

ARTICLES = [
    {"id": f"a{i}", "published": "2022-04-12", "text": f"Rapat ke-{i} digelar besok, kata Budi Santoso."}
    for i in range(40)
]


def test_results_keep_input_order_and_ids() -> None:
    results = list(newsfacts.extract_many(ARTICLES))
    assert [r.id for r in results if isinstance(r, Facts)] == [a["id"] for a in ARTICLES]
    assert all(r.dates[0].value == "2022-04-13" for r in results if isinstance(r, Facts))


def test_plain_texts_are_articles_too() -> None:
    (facts,) = newsfacts.extract_many(["Sidang ditunda hingga Senin (11/4/2022)."])
    assert isinstance(facts, Facts)
    assert facts.dates[0].value == "2022-04-11"


def test_a_bad_article_fails_alone() -> None:
    articles = [
        ARTICLES[0],
        {"id": "bad", "text": 42},
        {"id": "nodate", "text": "x", "published": "?"},
        ARTICLES[1],
    ]
    results = list(newsfacts.extract_many(articles))
    assert [type(r) for r in results] == [Facts, Failure, Failure, Facts]
    bad = results[1]
    assert isinstance(bad, Failure)
    assert (bad.index, bad.id, bad.error) == (1, "bad", "InvalidInputError")


def test_input_is_read_lazily() -> None:
    consumed = []

    def stream() -> Iterator[str]:
        for i in range(10_000):
            consumed.append(i)
            yield "besok"

    first = next(iter(newsfacts.extract_many(stream())))
    assert isinstance(first, Facts)
    assert len(consumed) < 10


def test_worker_processes_give_the_same_results_in_order() -> None:
    assert list(newsfacts.extract_many(ARTICLES, processes=2)) == list(newsfacts.extract_many(ARTICLES))


def test_results_pickle_and_round_trip_through_json() -> None:
    facts = next(iter(newsfacts.extract_many(ARTICLES)))
    assert isinstance(facts, Facts)
    assert pickle.loads(pickle.dumps(facts)) == facts  # noqa: S301 - our own data
    assert Facts.from_dict(json.loads(json.dumps(facts.to_dict())), facts.text) == facts


def test_extract_record_is_plain_json() -> None:
    row = newsfacts.extract_record(ARTICLES[0])
    assert row["id"] == "a0"
    assert json.loads(json.dumps(row)) == row


def test_dask_bag_recipe(tmp_path: Path) -> None:
    dask_bag = pytest.importorskip("dask.bag")
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    # The recipe from the documentation, on dask's local scheduler.
    bag = dask_bag.read_text(str(source), blocksize=1_000).map(json.loads).map(newsfacts.extract_record)
    bag.map(json.dumps).to_textfiles(str(tmp_path / "facts-*.jsonl"), scheduler="sync")
    rows = [json.loads(line) for path in sorted(tmp_path.glob("facts-*.jsonl")) for line in path.open()]
    assert sorted(r["id"] for r in rows) == sorted(a["id"] for a in ARTICLES)
    assert all(r["dates"][0]["value"] == "2022-04-13" for r in rows)
