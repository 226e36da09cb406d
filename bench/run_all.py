#!/usr/bin/env python3
"""`make bench`: run every benchmark (bench/*/run.py, each in its own process) and rewrite the results
table in bench/README.md from bench/results/*.json.

Usage: run_all.py [--only NAME ...] [--table-only] [--size SIZE]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
RESULTS = BENCH / "results"
README = BENCH / "README.md"
BEGIN = "<!-- results:begin -->"
END = "<!-- results:end -->"


def benchmarks() -> list:
    """Folders of bench/ that hold a run.py, in name order."""
    return sorted(p.parent.name for p in BENCH.glob("*/run.py"))


def _number(value, digits: int) -> str:
    """A number with ``digits`` decimals, or a dash when missing."""
    return "–" if value is None else f"{value:.{digits}f}"


def _same(row: dict) -> str:
    """Whether both answers agreed, with the benchmark's explanation where they differ for a known reason."""
    same = row.get("same", "–")
    if same is False and row.get("differences_are_gdal_proximity_error"):
        share = row.get("share_within_tolerance")
        within = f"{100 * share:.2f} % of cells within 1e-5; " if share is not None else ""
        return f"no: {within}the rest is gdal:proximity's error (ours = exact)"
    return str(same)


def _cells(row: dict) -> list:
    """The table cells of one recorded result."""
    ours, native = row.get("ours_s"), row.get("native_s")
    ratio = f"{native / ours:.1f}×" if native and ours else "–"
    return [
        str(row["algorithm"]),
        str(row["size"]),
        _number(ours, 2),
        _number(native, 2),
        ratio,
        _number(row.get("ours_peak_mb"), 0),
        _number(row.get("native_peak_mb"), 0),
        _same(row),
        _number(row.get("exponent"), 2),
    ]


def table() -> str:
    """The Markdown results table from every recorded JSON row (``k``: the scale runs' fitted exponent)."""
    lines = [
        "| algorithm | data size | ours (s) | QGIS-native (s) | ratio native/ours | peak memory ours (MB) "
        "| peak memory native (MB) | same answer | time ~ size^k |",
        "|---|---|---:|---:|---:|---:|---:|---|---:|",
    ]
    for path in sorted(RESULTS.glob("*.json")):
        for row in json.loads(path.read_text()):
            lines.append("| " + " | ".join(_cells(row)) + " |")
    return "\n".join(lines)


def write_table() -> None:
    """Replace the results block of bench/README.md."""
    text = README.read_text() if README.exists() else f"# Benchmarks\n\n{BEGIN}\n{END}\n"
    if BEGIN not in text:
        text += f"\n{BEGIN}\n{END}\n"
    head, rest = text.split(BEGIN, 1)
    _old, tail = rest.split(END, 1)
    stamp = time.strftime("%Y-%m-%d")
    README.write_text(f"{head}{BEGIN}\n_Last run: {stamp}, {os.cpu_count()} cores._\n\n{table()}\n{END}{tail}")


def main() -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", nargs="*", help="benchmark folders to run (default: all)")
    parser.add_argument("--table-only", action="store_true", help="only rewrite the table")
    parser.add_argument("--size", help="size passed to every benchmark")
    args = parser.parse_args()
    failed = []
    if not args.table_only:
        for name in args.only or benchmarks():
            command = [sys.executable, str(BENCH / name / "run.py")] + (["--size", args.size] if args.size else [])
            print(f"== {name}: {' '.join(command[1:])}", flush=True)
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
            if subprocess.run(command, cwd=ROOT, env=env).returncode != 0:
                failed.append(name)
    write_table()
    print(f"table written to {README.relative_to(ROOT)}")
    if failed:
        print(f"FAILED: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
