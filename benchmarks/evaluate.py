"""Score newsfacts on the annotated development corpus beside the repository.

Usage: python benchmarks/evaluate.py [--show-errors N]

Looks for ../shared/corpus/dev.jsonl and ../shared/eval/score.py relative to the
repository; when they are absent it says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import newsfacts

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show-errors", type=int, default=0, metavar="N")
    args = parser.parse_args()
    gold = SHARED / "corpus" / "dev.jsonl"
    scorer = SHARED / "eval" / "score.py"
    if not gold.exists() or not scorer.exists():
        print(f"skipped: no development corpus at {gold}")
        return 0
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        for line in gold.read_text(encoding="utf-8").splitlines():
            article = json.loads(line)
            out.write(json.dumps(newsfacts.extract_record(article), ensure_ascii=False) + "\n")
    command = [sys.executable, str(scorer), "--gold", str(gold), "--pred", out.name]
    if args.show_errors:
        command += ["--show-errors", str(args.show_errors)]
    return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    raise SystemExit(main())
