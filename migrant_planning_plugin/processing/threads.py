"""Algorithms that must run on the main thread: QGIS's "no threading" flag, in the API of each QGIS version.

Print layouts, and anything that touches the project's layers or widgets, are not thread-safe: an algorithm that
does such work (``planning_report``) or runs it (the ``migrant_planning_workflow`` model) carries QGIS's
NoThreading flag, so the toolbox, the Graphical Modeler and the plugin's dock run it on the main thread. QGIS 3.36
moved the flag to ``Qgis.ProcessingAlgorithmFlag.NoThreading`` (``flags()`` must return that type there); QGIS
3.22 knows only ``QgsProcessingAlgorithm.Flag.FlagNoThreading``.
"""

from __future__ import annotations

from qgis.core import Qgis, QgsProcessingAlgorithm


def no_threading_flag():
    """QGIS's "run on the main thread" algorithm flag, as this QGIS version names it."""
    flags = getattr(Qgis, "ProcessingAlgorithmFlag", None)  # QGIS 3.36 and newer
    if flags is not None:
        return flags.NoThreading
    return QgsProcessingAlgorithm.Flag.FlagNoThreading


def main_thread_only(flags):
    """``flags`` (an algorithm's ``flags()``) with the NoThreading flag added."""
    return flags | no_threading_flag()


def runs_on_main_thread(algorithm) -> bool:
    """Whether an algorithm carries the NoThreading flag (it must not run in a background task)."""
    return bool(algorithm.flags() & no_threading_flag())
