"""Many articles: order, failures that do not lose the others, processes, Dask."""

from __future__ import annotations

import json
import pickle
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import newsfacts
from newsfacts import Facts, Failure, _batch

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


def extract_part(records: Iterator[dict[str, object]]) -> list[dict[str, object]]:
    """The recipe's function, as the documentation gives it."""
    return [result.to_dict() for result in newsfacts.extract_many(records)]


def test_dask_bag_recipe(tmp_path: Path) -> None:
    dask_bag = pytest.importorskip("dask.bag")
    source = tmp_path / "articles.jsonl"
    articles = [*ARTICLES[:20], {"id": "bad", "text": "besok", "published": "kemarin sore"}, *ARTICLES[20:]]
    source.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    # The recipe from the documentation, on dask's local scheduler.
    bag = dask_bag.read_text(str(source), blocksize=1_000).map(json.loads).map_partitions(extract_part)
    bag.map(json.dumps).to_textfiles(str(tmp_path / "facts-*.jsonl"), last_endline=True, scheduler="sync")
    parts = sorted(tmp_path.glob("facts-*.jsonl"))
    assert len(parts) > 1
    joined = "".join(path.read_text(encoding="utf-8") for path in parts)  # as `cat facts-*.jsonl`
    rows = [json.loads(line) for line in joined.splitlines()]
    assert [r["id"] for r in rows] == [a["id"] for a in articles]
    (failed,) = [r for r in rows if "error" in r]
    assert (failed["id"], failed["error"]) == ("bad", "InvalidPublishedDateError")
    assert all(r["dates"][0]["value"] == "2022-04-13" for r in rows if "error" not in r)


def test_one_string_is_refused_not_read_as_characters() -> None:
    with pytest.raises(newsfacts.InvalidInputError, match="not one string"):
        newsfacts.extract_many("Sidang ditunda besok.")


@pytest.mark.parametrize("processes", [0, -2, 2.5])
def test_a_process_count_that_means_nothing_is_refused(processes: object) -> None:
    with pytest.raises(ValueError, match="processes"):
        newsfacts.extract_many(ARTICLES, processes=processes)  # type: ignore[arg-type]


@pytest.mark.parametrize("processes", [1, 2])
def test_input_that_raises_yields_what_was_read_before_it(processes: int) -> None:
    def stream() -> Iterator[str]:
        for i in range(30):
            if i == 25:
                raise OSError("the feed broke")
            yield "Sidang ditunda besok."

    results = []
    with pytest.raises(OSError, match="the feed broke"):
        results.extend(newsfacts.extract_many(stream(), processes=processes))
    assert len(results) == 25


def test_fields_a_worker_need_not_see_are_kept_whatever_they_are() -> None:
    articles = [{"id": lambda: None, "text": "Sidang ditunda besok."}, {"id": "plain", "text": "besok"}]
    here = list(newsfacts.extract_many(articles))
    there = list(newsfacts.extract_many(articles, processes=2))
    assert [type(r) for r in there] == [type(r) for r in here] == [Facts, Facts]
    assert there[0].id is articles[0]["id"]


@pytest.mark.skipif(sys.platform != "linux", reason="the workers see the patch only when forked")
@pytest.mark.parametrize("processes", [1, 2])
def test_an_unexpected_error_fails_its_article_alone(monkeypatch: pytest.MonkeyPatch, processes: int) -> None:
    real = _batch.extract

    def flaky(text: str, **options: object) -> Facts:
        if text == "boom":
            raise RuntimeError("a bug")
        return real(text, **options)

    monkeypatch.setattr(_batch, "extract", flaky)
    articles = [ARTICLES[0], {"id": "x", "text": "boom"}, ARTICLES[1]]
    results = list(newsfacts.extract_many(articles, processes=processes))
    assert [type(r) for r in results] == [Facts, Failure, Facts]
    assert (results[1].id, results[1].error, results[1].message) == ("x", "RuntimeError", "a bug")


def test_a_result_is_yielded_before_more_input_comes() -> None:
    first_seen = threading.Event()

    def stream() -> Iterator[str]:
        yield "Sidang ditunda besok."
        # A pipe fed one line at a time: the next article comes only after the first result.
        assert first_seen.wait(60), "the first result was held back waiting for more input"
        yield "Rapat digelar lusa."

    results = newsfacts.extract_many(stream(), processes=2)
    next(results)
    first_seen.set()
    assert len(list(results)) == 1


# A worker killed in the middle of a run: by the article itself (it dies each time it is
# tried), or once, as the out-of-memory killer would. Run in a subprocess with a time
# limit: a run that waited forever for a dead worker must fail the test, not hang it.
_KILLED_WORKER = """
import os, signal, sys, warnings
import newsfacts
from newsfacts import _batch
real = _batch.extract
flag = sys.argv[2]
def deadly(text, **options):
    if text == "boom" and (sys.argv[1] == "always" or not os.path.exists(flag)):
        open(flag, "w").close()
        os.kill(os.getpid(), signal.SIGKILL)
    return real(text, **options)
_batch.extract = deadly
articles = [{"id": i, "text": "boom" if i == 7 else "Sidang ditunda besok."} for i in range(40)]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    results = list(newsfacts.extract_many(articles, processes=2))
print([r.id for r in results])
print([r.error for r in results if isinstance(r, newsfacts.Failure)])
print(len(caught))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="the workers see the patch only when forked")
@pytest.mark.parametrize(("deaths", "errors"), [("always", "['WorkerDied']"), ("once", "[]")])
def test_a_worker_that_dies_is_replaced_and_no_other_article_is_lost(
    tmp_path: Path, deaths: str, errors: str, run_limited: Callable[..., tuple[int, bytes, bytes]]
) -> None:
    status, out, err = run_limited(
        [sys.executable, "-c", _KILLED_WORKER, deaths, str(tmp_path / "died")], timeout=120
    )
    assert status == 0, err.decode()
    ids, failures, warned = out.decode().splitlines()
    assert ids == str(list(range(40)))
    assert failures == errors
    assert int(warned) >= 1


def test_minus_one_process_is_one_per_core() -> None:
    every_core = list(newsfacts.extract_many(ARTICLES[:3], processes=-1))
    assert every_core == list(newsfacts.extract_many(ARTICLES[:3]))
