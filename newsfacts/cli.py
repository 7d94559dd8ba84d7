"""The ``newsfacts`` command: JSON Lines (or plain text) in, JSON Lines out."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from newsfacts import __version__
from newsfacts._api import extract
from newsfacts.errors import NewsfactsError

__all__ = ["main"]


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
    for number, line in _lines(head, source):
        if not line.strip():
            continue
        try:
            record = _article(line)
            facts = extract(record["text"], published=record.get("published"))
        except (NewsfactsError, ValueError, KeyError) as exc:
            print(f"newsfacts: line {number}: {_reason(exc)}", file=sys.stderr)
            failed += 1
            continue
        _write(out, {"id": record.get("id"), **facts.to_dict()})
    return 1 if failed else 0


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
    _write(out, {"id": None if args.file == "-" else args.file, **facts.to_dict()})
    return 0


def _reason(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"not JSON: {exc.msg} (column {exc.colno})"
    if isinstance(exc, KeyError):
        return f"missing field {exc}"
    return str(exc)


def _write(out: IO[str], payload: dict[str, Any]) -> None:
    out.write(json.dumps(payload, ensure_ascii=False) + "\n")
