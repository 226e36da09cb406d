"""Progress reporting and cancellation for long computations.

A progress function takes a fraction in [0, 1]; it may raise :class:`~.errors.Cancelled`
(the Processing adapter does so when the user presses Cancel). Core functions call it
between chunks of work, never inside a vectorised operation.
"""

from __future__ import annotations

from typing import Callable, Optional

ProgressFn = Callable[[float], None]


def _noop(_fraction: float) -> None:
    """Ignore progress."""


def ensure(progress: Optional[ProgressFn]) -> ProgressFn:
    """Return ``progress`` or a function that ignores progress."""
    return progress if progress is not None else _noop


def sub(progress: Optional[ProgressFn], start: float, end: float) -> ProgressFn:
    """Map the range [0, 1] of a sub-task onto [start, end] of ``progress``."""
    parent = ensure(progress)

    def report(fraction: float) -> None:
        parent(start + (end - start) * min(max(fraction, 0.0), 1.0))

    return report
