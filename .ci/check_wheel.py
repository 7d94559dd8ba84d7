"""Check a built wheel: the typing marker and language data are in, nothing stray is."""

from __future__ import annotations

import sys
import zipfile

REQUIRED = {
    "newsfacts/py.typed",
    "newsfacts/lang/id/dates.json",
    "newsfacts/lang/id/people.json",
    "newsfacts/lang/id/quotes.json",
    "newsfacts/lang/id/meetings.json",
    "newsfacts/lang/id/discourse.json",
}


def main(path: str) -> int:
    """Report what the wheel at ``path`` lacks or should not hold; 1 if anything."""
    names = set(zipfile.ZipFile(path).namelist())
    missing = REQUIRED - names
    stray = {n for n in names if not n.startswith(("newsfacts/", "newsfacts-")) or n.endswith((".pyc", "/"))}
    for name in sorted(missing):
        print(f"missing from the wheel: {name}")
    for name in sorted(stray):
        print(f"stray file in the wheel: {name}")
    print(f"{path}: {len(names)} files")
    return 1 if missing or stray else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
