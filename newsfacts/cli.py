"""The ``newsfacts`` command: JSON Lines (or plain text) in, JSON Lines out."""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from newsfacts import __version__
from newsfacts._api import extract
from newsfacts._batch import Failure, extract_many
from newsfacts.errors import NewsfactsError

__all__ = ["main"]

_PROGRESS_EVERY = 0.5  # seconds between progress lines
_BROKEN_PIPE = 128 + 13  # the status of a filter ended by SIGPIPE, as a shell reports it


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsfacts",
        description="Extract dates, quotes and meetings from Indonesian news articles.",
    )
    parser.add_argument("--version", action="version", version=f"newsfacts {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    ex = commands.add_parser(
        "extract",
        help="extract facts from articles",
        description=(
            "Read JSON Lines articles ({'id', 'text', 'published'}) and write one JSON line "
            "of facts per article. Input that does not start with '{' is read as one "
            "plain-text article."
        ),
    )
    ex.add_argument("file", nargs="?", default="-", help="input file, or - for standard input (default)")
    ex.add_argument("--published", help="publication date for plain-text input (ISO, e.g. 2022-04-12)")
    ex.add_argument("--text", action="store_true", help="read the input as one plain-text article")
    ex.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=1,
        metavar="N",
        help="worker processes for JSON Lines input (default 1)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 some article failed, 2 usage)."""
    args = _parser().parse_args(argv)
    source: IO[str]
    if args.file == "-":
        source = sys.stdin
    else:
        try:
            source = Path(args.file).open(encoding="utf-8")  # noqa: SIM115 - closed below
        except OSError as exc:
            print(f"newsfacts: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
            return 2
    try:
        return _run(source, args, sys.stdout)
    except BrokenPipeError:
        # The reader went away (``| head -1``): stop quietly, as other filters do. Output
        # still buffered is dropped, and the interpreter must not flush it at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return _BROKEN_PIPE
    finally:
        if source is not sys.stdin:
            source.close()


def _run(source: IO[str], args: argparse.Namespace, out: IO[str]) -> int:
    head = source.read(1)
    while head.isspace():
        head = source.read(1)
    if args.text or (head and head != "{"):
        return _run_text(head + source.read(), args, out)
    failed = 0
    line_numbers: collections.deque[int] = collections.deque()

    def records() -> Iterator[dict[str, Any]]:
        nonlocal failed
        for number, line in _lines(head, source):
            if not line.strip():
                continue
            try:
                record = _article(line)
            except ValueError as exc:
                print(f"newsfacts: line {number}: {_reason(exc)}", file=sys.stderr)
                failed += 1
                continue
            line_numbers.append(number)
            yield record

    progress = _Progress(enabled=sys.stderr.isatty())
    for result in extract_many(records(), processes=args.jobs):
        number = line_numbers.popleft()
        if isinstance(result, Failure):
            print(f"newsfacts: line {number}: {result.message}", file=sys.stderr)
            failed += 1
        else:
            _write(out, result.to_dict())
        progress.tick()
    progress.done()
    return 1 if failed else 0


class _Progress:
    """A one-line count on a terminal's stderr; silent when stderr is a file or pipe."""

    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled
        self.count = 0
        self.start = self.shown = time.monotonic()

    def tick(self) -> None:
        self.count += 1
        now = time.monotonic()
        if self.enabled and now - self.shown >= _PROGRESS_EVERY:
            self.shown = now
            rate = self.count / max(now - self.start, 1e-9)
            print(f"\rnewsfacts: {self.count} articles ({rate:.0f}/s)", end="", file=sys.stderr, flush=True)

    def done(self) -> None:
        if self.enabled and self.count:
            print(f"\rnewsfacts: {self.count} articles", file=sys.stderr)


def _lines(head: str, source: IO[str]) -> Iterator[tuple[int, str]]:
    first = head + source.readline()
    yield 1, first
    yield from enumerate(source, start=2)


def _article(line: str) -> dict[str, Any]:
    record = json.loads(line)
    if not isinstance(record, dict):
        msg = "expected a JSON object with a 'text' field"
        raise ValueError(msg)  # noqa: TRY004 - reported like any other bad line
    if "text" not in record:
        msg = "the object has no 'text' field"
        raise ValueError(msg)
    return record


def _run_text(text: str, args: argparse.Namespace, out: IO[str]) -> int:
    try:
        facts = extract(text, published=args.published)
    except NewsfactsError as exc:
        print(f"newsfacts: {exc}", file=sys.stderr)
        return 2
    _write(out, {**facts.to_dict(), "id": None if args.file == "-" else args.file})
    return 0


def _reason(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"not JSON: {exc.msg} (column {exc.colno})"
    if isinstance(exc, KeyError):
        return f"missing field {exc}"
    return str(exc)


def _write(out: IO[str], payload: dict[str, Any]) -> None:
    out.write(json.dumps(payload, ensure_ascii=False) + "\n")
