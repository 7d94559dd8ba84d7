"""Shared test settings, and child processes that cannot outlive a test."""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=60, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

Spawn = Callable[..., "subprocess.Popen[bytes]"]


@pytest.fixture
def spawn() -> Iterator[Spawn]:
    """Start a child in a session of its own; at the test's end it and its workers are killed.

    A child that hangs (a runaway pattern, a dead worker waited on) then fails its test
    instead of holding the suite, and no worker it forked keeps a pipe open.
    """
    started: list[subprocess.Popen[bytes]] = []

    def start(args: list[str], **options: Any) -> subprocess.Popen[bytes]:
        child = subprocess.Popen(args, start_new_session=True, **options)
        started.append(child)
        return child

    yield start
    for child in started:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
        child.wait()


@pytest.fixture
def run_limited(spawn: Spawn) -> Callable[..., tuple[int, bytes, bytes]]:
    """Run a child to its end within ``timeout`` seconds: (status, stdout, stderr)."""

    def run(args: list[str], timeout: float, stdin: bytes | None = None) -> tuple[int, bytes, bytes]:
        child = spawn(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            out, err = child.communicate(stdin, timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)
            pytest.fail(f"{args[:4]} ran past {timeout} s")
        return child.returncode, out, err

    return run
