"""Cancel every algorithm at about 10 %, 50 % and 90 % of its progress (house rule 3).

A feedback calls ``cancel()`` as soon as ``setProgress`` reaches the mark. The run must then stop with the
"Cancelled" message within 2 seconds of the cancel, and leave no file in its output folder: outputs are
written only after everything is computed (GeoTIFFs and scenario files are staged and discarded). The
algorithms run on the whole sample city, with the parameters of the matrix's clean runs.
"""

from __future__ import annotations

import time
from typing import List, Optional, Tuple

import pytest
from qgis.core import QgsProcessingFeedback

from .matrix import ALGORITHMS
from .runner import outputs_exist, run

MARKS = (10.0, 50.0, 90.0)
LIMIT_S = 2.0


class CancelAt(QgsProcessingFeedback):
    """Presses Cancel when the reported progress reaches ``mark`` percent; records when."""

    def __init__(self, mark: float) -> None:
        super().__init__()
        self.mark = mark
        self.cancelled_at: Optional[float] = None
        self.progress_at_cancel: Optional[float] = None
        self.steps: List[Tuple[float, float]] = []

    def setProgress(self, progress: float) -> None:
        self.steps.append((time.perf_counter(), progress))
        super().setProgress(progress)
        if self.cancelled_at is None and progress >= self.mark:
            self.progress_at_cancel = progress
            self.cancelled_at = time.perf_counter()
            self.cancel()


RUNS = [(alg, mark) for alg in ALGORITHMS for mark in MARKS]


@pytest.mark.parametrize("alg_id, mark", RUNS, ids=[f"{a}-{int(m)}pc" for a, m in RUNS])
def test_cancel_stops_soon_and_writes_nothing(alg_id, mark, provider, city_data, tmp_path):
    alg = ALGORITHMS[alg_id]
    out = tmp_path / "out"
    out.mkdir()
    params = alg.params("clean", city_data, out)
    feedback = CancelAt(mark)

    record = run(alg_id, params, feedback)
    ended = time.perf_counter()

    assert feedback.cancelled_at is not None, f"progress never reached {mark} %: {feedback.steps}"
    assert not record.ok, f"cancelled at {feedback.progress_at_cancel} % but the run finished"
    assert record.error_type == "QgsProcessingException" and "Cancelled" in record.message, record.message
    assert ended - feedback.cancelled_at < LIMIT_S
    assert outputs_exist(out) == [], "a cancelled run left files behind"
