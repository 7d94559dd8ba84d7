"""The README's Python examples run, and print what their comments say."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCKS = (
    re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)
    if README.exists()
    else []
)


@pytest.mark.skipif(not BLOCKS, reason="README.md not shipped with this copy of the tests")
@pytest.mark.parametrize("block", BLOCKS)
def test_readme_example(block: str) -> None:
    expected = [line[2:] for line in block.splitlines() if line.startswith("# ")]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(block, str(README), "exec"), {})  # noqa: S102 - our own documentation
    assert out.getvalue().splitlines() == expected
