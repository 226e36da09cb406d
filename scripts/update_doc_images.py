#!/usr/bin/env python3
"""Refresh the user guide's screenshots of the dock from the last GUI test run.

The GUI tests (tests/gui/test_dock_screenshots.py) save ``tests/artifacts/dock_<language>_*.png`` at 1366 × 768,
with the sample city and the workshop's settings, in Spanish and in English. This script copies into
``docs/user-guide/images/`` every ``dock_*.png`` the dock chapters (docs/user-guide/es/panel.md and
docs/user-guide/en/dock.md) show, reduced to 256 colours (about a fifth of the size; the screenshots are flat
colours and text), and removes the ``dock_*.png`` there that no chapter shows any more.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/gui/test_dock_screenshots.py
    .venv/bin/python scripts/update_doc_images.py          # copy; --check: only say what is missing or stale

Exit status 1 when a screenshot a chapter shows is not in tests/artifacts/ (run the GUI tests first).
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from pathlib import Path
from typing import List

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
IMAGES = ROOT / "docs" / "user-guide" / "images"
CHAPTERS = (ROOT / "docs" / "user-guide" / "es" / "panel.md", ROOT / "docs" / "user-guide" / "en" / "dock.md")
SHOWN = re.compile(r"images/(dock_[\w\-]+\.png)")
COLOURS = 256


def shown_images() -> List[str]:
    """File names of the dock screenshots the chapters show, in order of first appearance."""
    names: List[str] = []
    for chapter in CHAPTERS:
        for name in SHOWN.findall(chapter.read_text(encoding="utf-8")):
            if name not in names:
                names.append(name)
    return names


def optimise(source: Path, target: Path) -> None:
    """Write ``source`` to ``target`` as an optimised PNG of at most 256 colours (a plain copy without Pillow)."""
    try:
        from PIL import Image
    except ImportError:  # Pillow comes with matplotlib; without it, copy as it is
        shutil.copyfile(source, target)
        return
    with Image.open(source) as image:
        reduced = image.convert("RGB").quantize(COLOURS, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
        reduced.save(target, "PNG", optimize=True)


def main(argv: List[str]) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report missing and stale images")
    args = parser.parse_args(argv)
    names = shown_images()
    missing = [name for name in names if not (ARTIFACTS / name).exists()]
    stale = sorted(p.name for p in IMAGES.glob("dock_*.png") if p.name not in names) if IMAGES.exists() else []
    for name in missing:
        print(f"missing: tests/artifacts/{name} (run the GUI tests: pytest tests/gui/test_dock_screenshots.py)")
    if args.check:
        for name in stale:
            print(f"not shown by any chapter: docs/user-guide/images/{name}")
        return 1 if missing else 0
    if missing:
        return 1
    IMAGES.mkdir(parents=True, exist_ok=True)
    total = 0
    for name in names:
        target = IMAGES / name
        optimise(ARTIFACTS / name, target)
        total += target.stat().st_size
        print(f"{target.relative_to(ROOT)}  {target.stat().st_size // 1024} KB")
    for name in stale:
        (IMAGES / name).unlink()
        print(f"removed docs/user-guide/images/{name} (no chapter shows it)")
    print(f"{len(names)} screenshots, {total / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
