"""Time newsfacts against dateparser's search_dates on the same articles, in one run.

Usage: python benchmarks/bench.py [--limit N] [--baseline-limit N] [--corpus FILE]

The corpus is ../shared/corpus/unlabeled.jsonl beside the repository when present,
otherwise benchmarks/sample.jsonl. Prints throughput per layer and for the whole
extraction (articles/s and MB/s), the ratio to search_dates, the import time of
newsfacts, peak memory, the batch path's throughput over all cores, how time grows
with document length, and the time a megabyte of scraped debris takes.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus" / "unlabeled.jsonl"
SAMPLE = Path(__file__).resolve().parent / "sample.jsonl"


def load(path: Path, limit: int) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as lines:
        articles = [json.loads(line) for line in itertools.islice(lines, limit) if line.strip()]
    # A small corpus is repeated so that timings are not dominated by noise.
    while sum(len(str(a["text"])) for a in articles) < 200_000:
        articles = articles + articles
    return articles


def throughput(
    articles: list[dict[str, object]], run: Callable[[dict[str, object]], object]
) -> tuple[float, float]:
    """Articles/s and MB/s of ``run`` over ``articles`` (best of three passes)."""
    size = sum(len(str(a["text"]).encode()) for a in articles)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for article in articles:
            run(article)
        best = min(best, time.perf_counter() - start)
    return len(articles) / best, size / best / 1e6


def import_time() -> float:
    """Seconds to import newsfacts in a fresh interpreter (median of five).

    Every module's bytecode is compiled first, as ``pip install`` leaves it, in a private
    cache folder, so that the tree is untouched and a setting that stops Python writing
    bytecode does not make each run compile the package from source again.
    """
    code = "import time; t = time.perf_counter(); import newsfacts; print(time.perf_counter() - t)"
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "PYTHONPYCACHEPREFIX": cache}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run([sys.executable, "-c", "import newsfacts"], env=env, check=True)
        runs = [
            float(
                subprocess.run(
                    [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
                ).stdout
            )
            for _ in range(5)
        ]
    return statistics.median(runs)


def scaling(articles: list[dict[str, object]]) -> tuple[float, float]:
    """Seconds per 1 KB document (the mean over many) and for one 1 MB document.

    Both are cut from the same articles, so the ratio shows how time grows with length:
    about 1,000 where it is linear.
    """
    import newsfacts  # noqa: PLC0415

    large = "\n\n".join(str(a["text"]) for a in articles)
    while len(large) < 1_000_000:
        large += "\n\n" + large
    large = large[:1_000_000]
    small = [large[i : i + 1_000] for i in range(0, 500_000, 1_000)]
    start = time.perf_counter()
    for text in small:
        newsfacts.extract(text, published="2022-04-12")
    per_small = (time.perf_counter() - start) / len(small)
    start = time.perf_counter()
    newsfacts.extract(large, published="2022-04-12")
    return per_small, time.perf_counter() - start


def debris() -> list[tuple[str, float]]:
    """Seconds for one megabyte of each kind of debris scraped pages hold.

    Runs of white space, of terminators and dense marks are where a pattern that rescans a
    run from each of its positions would show.
    """
    import random  # noqa: PLC0415

    import newsfacts  # noqa: PLC0415

    rng = random.Random(0)  # noqa: S311 - debris, not secrets
    mb = 1_000_000
    kinds = {
        "spaces": " " * mb,
        "tabs": "\t" * mb,
        "random characters": "".join(rng.choice('aAbB Cc.,"\u201c\u201d\n12/-:()') for _ in range(mb)),
        "'A.  ' repeated": "A.  " * (mb // 4),
        "terminators and marks": "".join(rng.choice(".!?,;\"'\u201c\u201d\u2019() ") for _ in range(mb)),
    }
    timings = []
    for name, text in kinds.items():
        start = time.perf_counter()
        newsfacts.extract(text, published="2022-04-12")
        timings.append((name, time.perf_counter() - start))
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=SHARED_CORPUS if SHARED_CORPUS.exists() else SAMPLE)
    parser.add_argument("--limit", type=int, default=4000, help="articles for newsfacts (default 4000)")
    parser.add_argument(
        "--baseline-limit", type=int, default=300, help="articles for search_dates (default 300)"
    )
    args = parser.parse_args()

    seconds_to_import = import_time()
    import newsfacts  # noqa: PLC0415
    from newsfacts._text import Article  # noqa: PLC0415
    from newsfacts.dates import dates_in  # noqa: PLC0415
    from newsfacts.people import PeopleIndex  # noqa: PLC0415
    from newsfacts.people._refer import Resolver  # noqa: PLC0415
    from newsfacts.quotes import quotes_in  # noqa: PLC0415

    articles = load(args.corpus, args.limit)
    baseline_articles = articles[: args.baseline_limit]
    chars = sum(len(str(a["text"])) for a in articles)
    print(f"corpus: {args.corpus} ({len(articles)} articles, {chars:,} chars)")
    print(f"import newsfacts: {seconds_to_import * 1000:.0f} ms (bytecode compiled, as installed)")

    def article(a: dict[str, object]) -> Article:
        return Article(str(a["text"]), newsfacts._published.coerce_published(a.get("published")))  # noqa: SLF001

    def dates(a: dict[str, object]) -> object:
        return dates_in(article(a))

    def people(a: dict[str, object]) -> object:
        return PeopleIndex.of(str(a["text"]))

    def quotes(a: dict[str, object]) -> object:
        art = article(a)
        return quotes_in(art, dates_in(art), Resolver.of(art, PeopleIndex.of(art.text)))

    def meetings(a: dict[str, object]) -> object:
        return newsfacts.extract_meetings(str(a["text"]), published=a.get("published"))

    def full(a: dict[str, object]) -> object:
        return newsfacts.extract(str(a["text"]), published=a.get("published"))

    from dateparser.search import search_dates  # noqa: PLC0415

    def baseline(a: dict[str, object]) -> object:
        return search_dates(str(a["text"]), languages=["id"])

    baseline(baseline_articles[0])  # dateparser loads its language data on first use
    rows = [
        ("dates (extract_dates)", *throughput(articles, dates)),
        ("people (extract_people)", *throughput(articles, people)),
        ("quotes, with dates and people", *throughput(articles, quotes)),
        ("meetings, with dates, people, quotes", *throughput(articles, meetings)),
        ("full extract()", *throughput(articles, full)),
    ]
    base_rate, base_mb = throughput(baseline_articles, baseline)
    same_rate, same_mb = throughput(baseline_articles, full)
    # The baseline's articles are a subset, a little longer or shorter than the whole:
    # the layers' ratios compare bytes per second; the last row compares like with like.
    print(f"\n{'':38} {'articles/s':>11} {'MB/s':>7} {'x search_dates':>15}")
    for name, rate, mb in rows:
        print(f"{name:38} {rate:11.0f} {mb:7.2f} {mb / base_mb:15.1f}")
    n = len(baseline_articles)
    print(f"{'dateparser search_dates (baseline)':38} {base_rate:11.1f} {base_mb:7.3f} {1:15.1f}")
    same = f"full extract(), the same {n} articles"
    print(f"{same:38} {same_rate:11.0f} {same_mb:7.2f} {same_rate / base_rate:15.1f}")
    print(f"  (search_dates is timed on the first {n} of the articles)")
    workers = os.cpu_count() or 1
    if workers > 1:
        # The batch path on every core: one pass, as a user's run over an archive would go.
        start = time.perf_counter()
        done = sum(1 for _ in newsfacts.extract_many(articles, processes=workers))
        seconds = time.perf_counter() - start
        print(f"\nextract_many(processes={workers}): {done / seconds:.0f} articles/s on {workers} cores")
    small, large = scaling(articles)
    print(
        f"\n1 KB document (mean): {small * 1000:.2f} ms; 1 MB document: {large:.2f} s"
        f" (ratio {large / small:.0f}x)"
    )
    print("1 MB of debris: " + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in debris()))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS): {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
