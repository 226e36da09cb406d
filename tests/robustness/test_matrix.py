"""The bad-input matrix: every algorithm against every case of issue 9 (see matrix.py and docs/robustness.md).

Each run must end in a result (with the expected warnings in the feedback, and the expected numbers) or in a
QgsProcessingException whose message names the layer, the field or parameter and the fix; never another
exception, never "Unexpected error", never a traceback. The input files are byte-identical afterwards.
"""

from __future__ import annotations

from typing import Dict

import numpy as np
import pytest

from .matrix import ALGORITHMS, CASES, NotApplicable, Ok, Refused
from .runner import input_files, run, sha256

CELLS = [(alg, case) for alg in ALGORITHMS for case in CASES]
# A refusal says what to do: one of these words is in every message.
FIX_WORDS = (
    "Choose",
    "choose",
    "Give",
    "Write",
    "Check",
    "check",
    "convert",
    "Run",
    "Set ",
    "must be",
    "needs",
    "are positive",
    "Move",
    "Correct",
)
_CLEAN: Dict[tuple, np.ndarray] = {}


def _clean_totals(alg, case, case_data, tmp_path_factory) -> np.ndarray:
    """The key numbers of the algorithm's run on the clean inputs that ``case`` breaks (once per session)."""
    key = (alg.id, alg.clean_key(case))
    if key not in _CLEAN:
        folder = tmp_path_factory.mktemp(f"clean_{alg.id}")
        record = run(alg.id, alg.params("clean", case_data, folder, like=case))
        assert record.ok, record.message
        _CLEAN[key] = alg.totals(record.results)
    return _CLEAN[key]


@pytest.mark.parametrize("alg_id, case", CELLS, ids=[f"{a}-{c}" for a, c in CELLS])
def test_bad_input(alg_id, case, provider, case_data, tmp_path, tmp_path_factory):
    alg = ALGORITHMS[alg_id]
    expected = alg.expected(case)
    if isinstance(expected, NotApplicable):
        pytest.skip(f"not applicable: {expected.reason}")
    params = alg.params(case, case_data, tmp_path)
    files = input_files(params)
    before = {path: sha256(path) for path in files}

    record = run(alg_id, params)

    after = {path: sha256(path) for path in files}
    assert after == before, "an input file was modified"
    assert record.error_type in ("", "QgsProcessingException"), f"{record.error_type}: {record.message}"
    assert "Unexpected error" not in record.message, record.message
    assert not any("Traceback" in text for text in record.feedback.errors + record.feedback.warnings)
    if isinstance(expected, Refused):
        assert not record.ok, "the run should have been refused"
        for text in expected.says:
            assert text in record.message, f"{text!r} not in {record.message!r}"
        assert any(word in record.message for word in FIX_WORDS), f"what should the user do? {record.message!r}"
        return
    assert isinstance(expected, Ok)
    assert record.ok, record.message
    warnings = "\n".join(record.feedback.warnings)
    for text in expected.warns:
        assert text in warnings, f"{text!r} not among the warnings:\n{warnings}"
    if expected.same:
        clean = _clean_totals(alg, case, case_data, tmp_path_factory)
        got = alg.totals(record.results)
        assert got.shape == clean.shape
        assert np.allclose(got, clean, rtol=1e-6, atol=1e-6), np.max(np.abs(got - clean))
    if expected.check is not None:
        expected.check(record.results, alg, case_data)


# Every layer parameter of every algorithm (not only the one the matrix breaks) with each layer case: no crash,
# no "Unexpected error", no changed input. The outcome itself is not prescribed here.
SWEEP_CASES = (
    "empty",
    "null_geometries",
    "invalid_geometries",
    "curved",
    "no_overlap",
    "misnamed_field",
    "no_crs",
    "undefined_crs",
)


def _in_matrix(alg, parameter: str, case: str) -> bool:
    """Whether the matrix itself already gives ``case`` to ``parameter``."""
    changes = alg.cases[case][0] if case in alg.cases else {}
    return changes.get(parameter) == case


SWEEP = [
    (alg.id, parameter, case)
    for alg in ALGORITHMS.values()
    for parameter, role in alg.roles.items()
    if not role.startswith("raster:")
    for case in SWEEP_CASES
    if not _in_matrix(alg, parameter, case)
]


@pytest.mark.parametrize("alg_id, parameter, case", SWEEP, ids=[f"{a}-{p}-{c}" for a, p, c in SWEEP])
def test_sweep_every_layer(alg_id, parameter, case, provider, case_data, tmp_path):
    alg = ALGORITHMS[alg_id]
    try:
        broken = case_data.uri(alg.roles[parameter], case)
    except KeyError as reason:  # e.g. points have no curved form, a layer without a numeric field
        pytest.skip(f"not applicable: {reason}")
    params = alg.params("clean", case_data, tmp_path)
    params[parameter] = broken
    files = input_files(params)
    before = {path: sha256(path) for path in files}
    record = run(alg_id, params)
    assert {path: sha256(path) for path in files} == before, "an input file was modified"
    assert record.error_type in ("", "QgsProcessingException"), f"{record.error_type}: {record.message}"
    assert "Unexpected error" not in record.message, record.message
