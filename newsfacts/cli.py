"""The ``newsfacts`` command: JSON Lines (or plain text) in, JSON Lines out."""

from __future__ import annotations

import argparse
import collections
import io
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
_INTERRUPTED = 128 + 2  # ... and by SIGINT
_BOM = b"\xef\xbb\xbf"
_TEXT_SUFFIXES = frozenset({".txt", ".text"})


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
            "of facts per article. A .txt file, or --format text, is one plain-text article."
        ),
    )
    ex.add_argument("file", nargs="?", default="-", help="input file, or - for standard input (default)")
    ex.add_argument(
        "--published",
        help="publication date (ISO, e.g. 2022-04-12) of plain-text input and of records that give none",
    )
    ex.add_argument(
        "--format",
        choices=("jsonl", "text"),
        help="how to read the input: JSON Lines, or one plain-text article "
        "(default: text for a .txt file, JSON Lines otherwise, standard input included)",
    )
    ex.add_argument("--text", action="store_true", help="the same as --format text")
    ex.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes for JSON Lines input (default 1; 0 or -1 for one per core)",
    )
    return parser


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = -2  # not a number: refused below
    if jobs < -1:
        msg = f"expected a number of processes, 1 or more (0 or -1 for one per core), not {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return jobs if jobs > 0 else os.cpu_count() or 1


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    0 when every article was read, 1 when some line failed, 2 for a usage error, 130 when
    interrupted (Ctrl-C) and 141 when the reader of the output went away.
    """
    args = _parser().parse_args(argv)
    source: IO[bytes]
    if args.file == "-":
        source = _bytes_of(sys.stdin)
    else:
        try:
            source = Path(args.file).open("rb")  # noqa: SIM115 - closed below
        except OSError as exc:
            print(f"newsfacts: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
            return 2
    out = sys.stdout
    if isinstance(out, io.TextIOWrapper):
        out.reconfigure(encoding="utf-8", errors="strict")  # JSON Lines are UTF-8, whatever the locale
    try:
        return _run(source, args, out)
    except BrokenPipeError:
        # The reader went away (``| head -1``): stop quietly, as other filters do. Output
        # still buffered is dropped, and the interpreter must not flush it at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return _BROKEN_PIPE
    except KeyboardInterrupt:
        # Ctrl-C: the lines written so far stay written, with no traceback.
        out.flush()
        return _INTERRUPTED
    finally:
        # Standard input is left open: the reading thread may still wait on it, holding
        # its reader, which close would then wait for.
        if args.file != "-":
            source.close()


def _bytes_of(stream: IO[str]) -> IO[bytes]:
    """The bytes of a text stream, read through a reader of our own.

    Each line is decoded on its own, so one bad byte costs one line. The reader is not
    ``sys.stdin.buffer``: a worker process started while a thread waits on a line would
    inherit that object's lock held, and wait forever closing it.
    """
    try:
        return open(stream.fileno(), "rb", closefd=False)
    except (AttributeError, OSError, ValueError):  # not a file (a test's StringIO)
        return io.BytesIO(stream.read().encode("utf-8", "surrogateescape"))


def _first_byte(source: IO[bytes]) -> bytes:
    """The first byte that is neither white space nor a byte-order mark (some editors write one)."""
    head = source.read(1)
    while head.isspace() or head == _BOM[:1]:
        if head == _BOM[:1]:
            rest = source.read(2)
            if head + rest != _BOM:
                return head + rest
        head = source.read(1)
    return head


def _input_format(args: argparse.Namespace) -> str:
    """The format asked for, else the file name's: never guessed from the content.

    A JSON Lines file whose first line is corrupt is still JSON Lines, with one bad line.
    """
    if args.text:
        return "text"
    if args.format:
        return str(args.format)
    return "text" if Path(args.file).suffix.lower() in _TEXT_SUFFIXES else "jsonl"


def _run(source: IO[bytes], args: argparse.Namespace, out: IO[str]) -> int:
    if _input_format(args) == "text":
        raw = source.read()
        return _run_text(raw.decode("utf-8", "replace").removeprefix("\ufeff"), args, out)
    head = _first_byte(source)
    bad_lines: list[int] = []  # appended from the reading thread when there are workers
    line_numbers: collections.deque[int] = collections.deque()

    def records() -> Iterator[dict[str, Any]]:
        for number, line in _lines(head, source):
            if not line.strip():
                continue
            try:
                record = _article(line)
            except (ValueError, RecursionError) as exc:
                hint = (
                    " (plain text? use --format text)"
                    if number == 1 and not line.lstrip().startswith(b"{")
                    else ""
                )
                print(f"newsfacts: line {number}: {_reason(exc)}{hint}", file=sys.stderr)
                bad_lines.append(number)
                continue
            if args.published is not None and record.get("published") is None:
                record["published"] = args.published  # the date of records that give none
            line_numbers.append(number)
            yield record

    progress = _Progress(enabled=sys.stderr.isatty())
    # A pipe or a terminal gets each line as soon as it is done; a file, whole buffers.
    flush = not out.seekable()
    failed = 0
    for result in extract_many(records(), processes=args.jobs):
        number = line_numbers.popleft()
        if isinstance(result, Failure):
            print(f"newsfacts: line {number}: {result.message}", file=sys.stderr)
            failed += 1
        else:
            _write(out, result.to_dict(), flush=flush)
        progress.tick()
    progress.done()
    return 1 if failed or bad_lines else 0


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


def _lines(head: bytes, source: IO[bytes]) -> Iterator[tuple[int, bytes]]:
    yield 1, head + source.readline()
    yield from enumerate(source, start=2)


def _article(line: bytes) -> dict[str, Any]:
    record = json.loads(line.decode("utf-8"))
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
    if isinstance(exc, UnicodeDecodeError):
        return f"not UTF-8: byte {exc.object[exc.start]:#04x} at column {exc.start + 1}"
    if isinstance(exc, RecursionError):
        return "not JSON newsfacts reads: nested too deeply"
    if isinstance(exc, KeyError):
        return f"missing field {exc}"
    return str(exc)


def _write(out: IO[str], payload: dict[str, Any], *, flush: bool = False) -> None:
    line = json.dumps(payload, ensure_ascii=False) + "\n"
    try:
        out.write(line)
    except UnicodeEncodeError:
        # A lone surrogate (from a "\\ud800" escape in the input) has no UTF-8 form: the
        # line is written with every non-ASCII character escaped, still valid JSON.
        out.write(json.dumps(payload) + "\n")
    if flush:
        out.flush()
