"""Shared benchmark harness: time and peak memory of a step, results written for `make bench`.

Every benchmark runs our algorithm and the QGIS-native way on the same data in one process,
checks that both give the same answer, and records a row with :func:`record`.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable, Dict, Tuple, Union

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
QGIS_PLUGINS = "/usr/share/qgis/python/plugins"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if QGIS_PLUGINS not in sys.path:
    sys.path.append(QGIS_PLUGINS)

_PAGE = os.sysconf("SC_PAGE_SIZE")
_PROVIDER = None


def rss_bytes(pid: Union[int, str] = "self") -> int:
    """Resident memory of this process (or of process ``pid``) now."""
    with open(f"/proc/{pid}/statm") as handle:
        return int(handle.read().split()[1]) * _PAGE


def _release_free_memory() -> None:
    """Give freed heap back to the system (glibc), so an earlier step's high-water mark does not hide the next peak."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def measure(
    step: Callable[[], Any], interval: float = 0.005, rss: Callable[[], int] = rss_bytes
) -> Tuple[Any, float, float]:
    """Run ``step``; return its result, wall seconds and peak extra resident memory (MB) above the start.

    ``rss`` is what is sampled: this process's resident memory, or for example that of its process tree.
    """
    import gc

    gc.collect()
    _release_free_memory()
    start_rss = rss()
    peak = [start_rss]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], rss())
            done.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    t0 = time.perf_counter()
    try:
        result = step()
    finally:
        seconds = time.perf_counter() - t0
        done.set()
        sampler.join()
    peak[0] = max(peak[0], rss())
    return result, seconds, (peak[0] - start_rss) / 2**20


def start_qgis():
    """A headless QgsApplication with Processing (native algorithms) and our provider."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication.instance()
    if app is None:
        app = QgsApplication([], False)
        app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from migrant_planning_plugin.processing.provider import MigrantPlanningProvider

    global _PROVIDER
    registry = QgsApplication.processingRegistry()
    if registry.providerById("migrant_planning") is None:
        # keep a Python reference: without one the wrapper is collected and the provider loses its algorithms
        _PROVIDER = MigrantPlanningProvider()
        registry.addProvider(_PROVIDER)
    return app


def record(name: str, row: Dict[str, Any]) -> Path:
    """Write one benchmark's result (algorithm, size, ours_s, native_s, ratio, peak MB, same) as JSON.

    A row replaces an earlier one of the same algorithm and size.
    """
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    existing = json.loads(path.read_text()) if path.exists() else []
    key = (row.get("algorithm"), row.get("size"))
    existing = [r for r in existing if (r.get("algorithm"), r.get("size")) != key]
    existing.append(row)
    path.write_text(json.dumps(existing, indent=2, ensure_ascii=False))
    return path


def report(row: Dict[str, Any]) -> None:
    """Print a result row readably."""
    print(
        f"{row['algorithm']} [{row['size']}]: ours {row['ours_s']:.2f} s (peak +{row['ours_peak_mb']:.0f} MB), "
        f"native {row['native_s']:.2f} s (peak +{row['native_peak_mb']:.0f} MB), "
        f"ratio native/ours {row['native_s'] / max(row['ours_s'], 1e-9):.1f}x, same answer: {row['same']}"
    )
