"""The README's Python examples run, and print what their comments say."""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCKS = (
    re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)
    if README.exists()
    else []
)
ARTICLES = [
    {"id": "a1", "published": "2022-04-12", "text": "Sidang ditunda hingga besok, kata hakim."},
    {"id": "a2", "published": "2022-04-12", "text": 42},
]


@pytest.mark.skipif(not BLOCKS, reason="README.md not shipped with this copy of the tests")
@pytest.mark.parametrize("block", BLOCKS)
def test_readme_example(block: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Examples that read "articles.jsonl" find one in the working directory.
    (tmp_path / "articles.jsonl").write_text(
        "".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    expected = [line[2:] for line in block.splitlines() if line.startswith("# ")]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(block, str(README), "exec"), {"__name__": "__main__"})  # noqa: S102 - our own documentation
    if expected:
        assert out.getvalue().splitlines() == expected
