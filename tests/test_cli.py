"""The command line: JSON Lines in and out, plain text, bad lines."""

from __future__ import annotations

import io
import json
import select
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO

import pytest

from newsfacts.cli import main

ARTICLES = [
    {"id": "a", "published": "2022-04-12", "text": "Putin akan bertemu Lukashenko pada Rabu (13/4)."},
    {"id": "b", "published": None, "text": "Sidang ditunda hingga besok."},
]


def _run(monkeypatch: pytest.MonkeyPatch, stdin: str, *args: str) -> tuple[int, list[dict], str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    code = main(["extract", *args])
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    return code, rows, err.getvalue()


def test_json_lines_in_one_line_out_per_article(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = "".join(json.dumps(a) + "\n" for a in ARTICLES)
    code, rows, _ = _run(monkeypatch, stdin)
    assert code == 0
    assert [r["id"] for r in rows] == ["a", "b"]
    assert rows[0]["dates"][0]["value"] == "2022-04-13"
    assert rows[1]["dates"][0]["value"] is None


def test_bad_line_is_reported_and_the_rest_still_processed(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [
        json.dumps(ARTICLES[0]),
        "{not json",
        json.dumps({"id": "c", "published": "kemarin sore", "text": "besok"}),
        json.dumps({"id": "d"}),
        json.dumps(ARTICLES[1]),
    ]
    code, rows, err = _run(monkeypatch, "\n".join(lines) + "\n")
    assert code == 1
    assert [r["id"] for r in rows] == ["a", "b"]
    assert "line 2: not JSON" in err
    assert "line 3:" in err
    assert "line 4:" in err


def test_plain_text_with_published(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Sidang ditunda hingga besok."
    code, rows, _ = _run(monkeypatch, text, "--format", "text", "--published", "2022-04-12")
    assert code == 0
    assert rows[0]["dates"][0]["value"] == "2022-04-13"


def test_reads_a_file_argument(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(ARTICLES[0]) + "\n", encoding="utf-8")
    code, rows, _ = _run(monkeypatch, "", str(path))
    assert code == 0
    assert rows[0]["id"] == "a"


def test_missing_file_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, rows, err = _run(monkeypatch, "", str(tmp_path / "absent.jsonl"))
    assert (code, rows) == (2, [])
    assert "cannot read" in err


def test_module_entry_point_runs() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsfacts", "extract", "--text", "--published", "2022-04-12"],
        input="Rapat digelar besok.",
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(done.stdout)["dates"][0]["value"] == "2022-04-13"


def test_jobs_run_worker_processes_and_keep_order(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = [
        {"id": f"a{i}", "published": "2022-04-12", "text": "Sidang ditunda besok."} for i in range(30)
    ]
    stdin = "".join(json.dumps(a) + "\n" for a in articles)
    code, rows, _ = _run(monkeypatch, stdin, "--jobs", "2")
    assert code == 0
    assert [r["id"] for r in rows] == [a["id"] for a in articles]


def test_progress_line_appears_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsfacts import cli  # noqa: PLC0415

    clock = iter(range(100))
    monkeypatch.setattr(cli.time, "monotonic", lambda: float(next(clock)))
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    progress = cli._Progress(enabled=True)  # noqa: SLF001 - the display itself is under test
    for _ in range(3):
        progress.tick()
    progress.done()
    assert "newsfacts: 3 articles" in err.getvalue()
    quiet = io.StringIO()
    monkeypatch.setattr(sys, "stderr", quiet)
    silent = cli._Progress(enabled=False)  # noqa: SLF001
    silent.tick()
    silent.done()
    assert quiet.getvalue() == ""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_reader_that_stops_early_ends_the_run_quietly(tmp_path: Path, jobs: str, spawn: Spawn) -> None:
    path = tmp_path / "many.jsonl"
    text = "Presiden Budi Santoso bertemu Menteri Joko pada Rabu (13/4). " * 20
    path.write_text("".join(json.dumps({"id": i, "text": text}) + "\n" for i in range(400)), encoding="utf-8")
    run = spawn(_command("--jobs", jobs, str(path)), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert run.stdout is not None
    assert run.stderr is not None
    assert json.loads(_read_line(run.stdout, 60))["id"] == 0
    run.stdout.close()  # as `| head -1` does
    assert run.wait(timeout=60) == 128 + 13
    assert run.stderr.read() == b""


_PIPES = {"stdin": subprocess.PIPE, "stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
Spawn = Callable[..., "subprocess.Popen[bytes]"]
RunLimited = Callable[..., tuple[int, bytes, bytes]]


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "newsfacts", "extract", *args]


def test_a_lone_surrogate_is_escaped_and_the_output_stays_utf8(
    tmp_path: Path, run_limited: RunLimited
) -> None:
    path = tmp_path / "in.jsonl"
    lines = [
        '{"id": 1, "text": "\\"Saya datang\\ud800 besok,\\" kata Budi."}',
        '{"id": 2, "text": "\\"Saya datang\\udcff besok,\\" kata Budi."}',
        '{"id": 3, "text": "Rapat digelar besok."}',
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, out, err = run_limited(_command(str(path)), timeout=60)
    assert status == 0, err
    rows = [json.loads(line) for line in out.decode("utf-8").splitlines()]
    assert [r["id"] for r in rows] == [1, 2, 3]
    assert rows[0]["quotes"][0]["text"].startswith("Saya datang\ud800")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_undecodable_and_too_deep_lines_fail_alone(
    tmp_path: Path, jobs: str, run_limited: RunLimited
) -> None:
    good = [json.dumps({"id": i, "text": "Rapat digelar besok."}).encode() for i in range(10)]
    lines = [*good[:3], b"[" * 100_000, *good[3:6], b'{"id": "x", "text": "caf\xff"}', *good[6:]]
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    status, out, err = run_limited(_command("--jobs", jobs, str(path)), timeout=60)
    assert status == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == list(range(10))
    assert b"line 4: " in err
    assert b"line 8: not UTF-8" in err
    assert b"Traceback" not in err


def test_a_byte_order_mark_before_json_lines_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    code, rows, _ = _run(monkeypatch, "\ufeff" + json.dumps(ARTICLES[0]) + "\n")
    assert code == 0
    assert rows[0]["id"] == "a"


def test_published_is_the_default_of_records_without_one(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = "".join(json.dumps(a) + "\n" for a in ARTICLES)
    code, rows, _ = _run(monkeypatch, stdin, "--published", "2022-04-12")
    assert code == 0
    assert rows[1]["published"] == "2022-04-12"
    assert rows[1]["dates"][0]["value"] == "2022-04-13"


def test_jobs_zero_is_one_per_core_and_a_count_below_it_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = "".join(json.dumps(a) + "\n" for a in ARTICLES)
    code, rows, _ = _run(monkeypatch, stdin, "--jobs", "0")
    assert (code, len(rows)) == (0, 2)
    with pytest.raises(SystemExit) as exited:
        _run(monkeypatch, stdin, "--jobs", "-2")
    assert exited.value.code == 2


def test_plain_text_at_the_end_of_the_calendar(monkeypatch: pytest.MonkeyPatch) -> None:
    code, rows, _ = _run(monkeypatch, "Sidang ditunda hingga besok.", "--text", "--published", "9999-12-31")
    assert code == 0
    assert rows[0]["dates"][0]["value"] is None


def _read_line(stream: IO[bytes], seconds: float) -> bytes:
    """One line from a pipe, or b"" if none comes within ``seconds``."""
    ready, _, _ = select.select([stream], [], [], seconds)
    return stream.readline() if ready else b""


def _feed(run: subprocess.Popen[bytes], article_id: int) -> int:
    """Write one article to a running command and read its line back (an open pipe)."""
    assert run.stdin is not None
    assert run.stdout is not None
    run.stdin.write((json.dumps({"id": article_id, "text": "Rapat digelar besok."}) + "\n").encode())
    run.stdin.flush()
    return int(json.loads(_read_line(run.stdout, 60))["id"])


@pytest.mark.skipif(sys.platform == "win32", reason="select on pipes")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_each_line_comes_out_as_soon_as_it_is_done(jobs: str, spawn: Spawn) -> None:
    run = spawn(_command("--jobs", jobs), **_PIPES)
    # The input stays open: each line must come out before more input or its end.
    assert [_feed(run, i) for i in range(3)] == [0, 1, 2]
    assert run.stdin is not None
    run.stdin.close()
    assert run.wait(timeout=60) == 0


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_ends_quietly_with_the_lines_done_written(jobs: str, spawn: Spawn) -> None:
    run = spawn(_command("--jobs", jobs), **_PIPES)
    assert _feed(run, 0) == 0
    run.send_signal(signal.SIGINT)
    assert run.wait(timeout=60) == 130
    assert run.stderr is not None
    assert run.stderr.read() == b""


# A worker that dies on one article mid-run, every time it is tried.
_KILLED_WORKER = """
import os, signal, sys
from newsfacts import _batch
from newsfacts.cli import main
real = _batch.extract
def deadly(text, **options):
    if text == "boom":
        os.kill(os.getpid(), signal.SIGKILL)
    return real(text, **options)
_batch.extract = deadly
raise SystemExit(main(["extract", "--jobs", "2", sys.argv[1]]))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="the workers see the patch only when forked")
def test_a_killed_worker_costs_one_line_and_the_run_goes_on(tmp_path: Path, run_limited: RunLimited) -> None:
    path = tmp_path / "in.jsonl"
    texts = ["boom" if i == 300 else "Rapat digelar besok." for i in range(600)]
    path.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts)), "utf-8")
    status, out, err = run_limited(
        [sys.executable, "-W", "ignore", "-c", _KILLED_WORKER, str(path)], timeout=120
    )
    assert status == 1
    written = [json.loads(line)["id"] for line in out.splitlines()]
    assert written == [i for i in range(600) if i != 300]
    assert b"line 301: " in err
    assert b"died" in err


def test_a_corrupt_first_line_is_one_bad_line_not_a_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = '{"id": "a", "text": "besok"\n' + json.dumps(ARTICLES[1]) + "\n"
    code, rows, err = _run(monkeypatch, stdin)
    assert code == 1
    assert [r["id"] for r in rows] == ["b"]
    assert "line 1: not JSON" in err


def test_plain_text_on_standard_input_is_told_how_to_read_it(monkeypatch: pytest.MonkeyPatch) -> None:
    code, rows, err = _run(monkeypatch, "Sidang ditunda hingga besok.\n")
    assert (code, rows) == (1, [])
    assert "--format text" in err


def test_a_txt_file_is_plain_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "berita.txt"
    path.write_text('{"bukan": "JSON Lines"} Sidang ditunda hingga besok.', encoding="utf-8")
    code, rows, _ = _run(monkeypatch, "", str(path), "--published", "2022-04-12")
    assert code == 0
    assert (rows[0]["id"], rows[0]["dates"][0]["value"]) == (str(path), "2022-04-13")
