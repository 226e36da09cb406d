"""Analytic Hierarchy Process (Saaty): criterion weights from a pairwise comparison matrix.

Public API, used by the ``ahp_weights`` and ``site_suitability`` algorithms and by the dock's
AHP editor:

- :func:`parse_matrix` reads ``'1,3,5;1/3,1,3;1/5,1/3,1'`` (rows by ``;`` or new lines, values by
  ``,``, fractions allowed) into a float array.
- :func:`validate_matrix` refuses a matrix that is not square, not positive or not reciprocal
  (``a_ji = 1/a_ij`` within :data:`RECIPROCAL_TOLERANCE`), naming the offending cell.
- :func:`ahp_weights` returns an :class:`AhpResult`: weights (principal eigenvector normalised
  to sum 1), lambda max, CI, CR, whether CR < ``max_cr`` and the most inconsistent pair.
- :func:`weights_table` gives the ``criterion, weight, rank`` table.

Most inconsistent pair: Saaty's error ``eps_ij = a_ij * w_j / w_i`` is 1 for a judgement that agrees
exactly with the derived weights. The pair whose ``eps_ij`` is farthest from 1 in ratio terms (largest
``|ln eps_ij|``, so that 2 and 1/2 are equally far) is reported, with the judgement that would agree
with the weights (``w_i / w_j``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple, Union

import numpy as np
import pandas as pd

from .errors import InputError
from .i18n import tr
from .text import parse_number

# Saaty's random consistency index for n = 1 ... 10.
RANDOM_INDEX: Tuple[float, ...] = (0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49)
MAX_CRITERIA = len(RANDOM_INDEX)
RECIPROCAL_TOLERANCE = 1e-6
DEFAULT_MAX_CR = 0.10
# CI below this is rounding noise of the eigen solver: reported as exactly 0.
_CI_EPSILON = 1e-12

MatrixLike = Union[str, Sequence[Sequence[float]], np.ndarray]


@dataclass(frozen=True)
class AhpResult:
    """The outcome of an AHP comparison matrix."""

    criteria: Tuple[str, ...]
    matrix: np.ndarray
    weights: np.ndarray
    lambda_max: float
    ci: float
    cr: float
    max_cr: float
    inconsistent_pair: Optional[Tuple[int, int]]
    pair_error: float

    @property
    def n(self) -> int:
        """Number of criteria."""
        return len(self.weights)

    @property
    def consistent(self) -> bool:
        """Whether CR is below the accepted maximum."""
        return bool(self.cr < self.max_cr)

    def weights_text(self, digits: int = 6) -> str:
        """The weights as comma-separated text in the order of the matrix."""
        return ",".join(f"{w:.{digits}f}" for w in self.weights)

    def suggested_judgement(self) -> Optional[float]:
        """For the most inconsistent pair (i, j): the value of a_ij that would agree with the weights."""
        if self.inconsistent_pair is None:
            return None
        i, j = self.inconsistent_pair
        return float(self.weights[i] / self.weights[j])

    def inconsistency_message(self, decimal_mark: str = ".") -> str:
        """A translated sentence naming the most inconsistent judgement, or '' when there is none (numbers with
        ``decimal_mark``: the dock passes its locale's)."""
        if self.inconsistent_pair is None:
            return ""
        i, j = self.inconsistent_pair
        return tr(
            "The most inconsistent judgement is {a} versus {b} (row {row}, column {col}): you gave {given}, "
            "the weights imply about {implied}. Revise that comparison first."
        ).format(
            a=self.criteria[i],
            b=self.criteria[j],
            row=i + 1,
            col=j + 1,
            given=format_judgement(float(self.matrix[i, j])).replace(".", decimal_mark),
            implied=format_judgement(float(self.weights[i] / self.weights[j])).replace(".", decimal_mark),
        )


def format_judgement(value: float) -> str:
    """A judgement as people write it: '3', '1/5', '2.5', '1/2.5'."""
    if value >= 1:
        return f"{value:.3g}"
    return "1/" + f"{1.0 / value:.3g}"


def _parse_value(text: str, row: int, col: int, what: str) -> float:
    """One matrix cell: a number ('3', '0.5') or a fraction ('1/3')."""
    cleaned = text.strip()
    where = tr("{what}, row {row}, column {col}").format(what=what, row=row, col=col)
    try:
        if "/" in cleaned:
            numerator, denominator = cleaned.split("/", 1)
            return parse_number(numerator, where) / parse_number(denominator, where)
        return parse_number(cleaned, where)
    except (InputError, ZeroDivisionError):  # cells hold no comma (it separates them): never ambiguous
        raise InputError(
            tr(
                "{what}: the value '{value}' in row {row}, column {col} is not a number or a fraction. "
                "Write numbers such as 3, 0.5 or 1/3."
            ).format(what=what, value=text.strip(), row=row, col=col)
        ) from None


def parse_matrix(text: str, what: str = "MATRIX") -> np.ndarray:
    """Parse ``'1,3,5;1/3,1,3;1/5,1/3,1'`` (rows by ';' or new lines, values by ',') into a float array."""
    rows = [r for r in re.split(r"[;\n]", str(text or "")) if r.strip()]
    if not rows:
        raise InputError(
            tr("{what}: the matrix is empty. Write rows separated by ';' and values by ',', e.g. '1,3;1/3,1'.").format(
                what=what
            )
        )
    parsed: List[List[float]] = []
    for r, row in enumerate(rows, start=1):
        cells = [c for c in row.split(",")]
        parsed.append([_parse_value(c, r, k, what) for k, c in enumerate(cells, start=1)])
    widths = {len(r) for r in parsed}
    if len(widths) != 1 or widths.pop() != len(parsed):
        raise InputError(
            tr(
                "{what}: the matrix is not square ({rows} rows; values per row: {widths}). "
                "A comparison matrix of n criteria has n rows of n values."
            ).format(what=what, rows=len(parsed), widths=", ".join(str(len(r)) for r in parsed))
        )
    return np.asarray(parsed, dtype=float)


def criterion_names(names: Optional[Sequence[str]], n: int) -> Tuple[str, ...]:
    """The given names (stripped) or C1 ... Cn; refuses a list of the wrong length or with duplicates."""
    if names is None or len([x for x in names if str(x).strip()]) == 0:
        return tuple(f"C{i + 1}" for i in range(n))
    cleaned = tuple(str(x).strip() for x in names)
    if len(cleaned) != n:
        raise InputError(
            tr("CRITERIA_NAMES: {k} names for a {n} x {n} matrix. Give one name per row, separated by commas.").format(
                k=len(cleaned), n=n
            )
        )
    if len(set(cleaned)) != len(cleaned):
        twice = next(name for name in cleaned if cleaned.count(name) > 1)
        raise InputError(
            tr(
                "CRITERIA_NAMES: the name '{name}' is given more than once; each criterion needs a different name."
            ).format(name=twice)
        )
    return cleaned


def _cell_name(names: Tuple[str, ...], i: int, j: int) -> str:
    """'row 2 (slope), column 3 (roads)'."""
    return tr("row {row} ({a}), column {col} ({b})").format(row=i + 1, a=names[i], col=j + 1, b=names[j])


def validate_matrix(matrix: MatrixLike, names: Optional[Sequence[str]] = None, what: str = "MATRIX") -> np.ndarray:
    """The matrix as a float array, after checking it is square, positive, finite and reciprocal."""
    a = parse_matrix(matrix, what) if isinstance(matrix, str) else np.asarray(matrix, dtype=float)
    if a.ndim != 2 or a.shape[0] != a.shape[1] or a.shape[0] == 0:
        raise InputError(
            tr("{what}: the matrix is not square (shape {shape}). A comparison matrix of n criteria is n x n.").format(
                what=what, shape=" x ".join(str(s) for s in a.shape)
            )
        )
    n = a.shape[0]
    if n > MAX_CRITERIA:
        raise InputError(
            tr(
                "{what}: {n} criteria; AHP consistency is defined here for at most {max} (Saaty's random index). "
                "Group related criteria and compare the groups first."
            ).format(what=what, n=n, max=MAX_CRITERIA)
        )
    labels = criterion_names(names, n)
    bad = np.argwhere(~np.isfinite(a) | (a <= 0))
    if len(bad):
        i, j = (int(v) for v in bad[0])
        raise InputError(
            tr(
                "{what}: the value {value} at {cell} is not positive. Judgements are positive numbers "
                "(1 = equal importance, 3, 5, 7, 9 = more important; 1/3 ... 1/9 = less important)."
            ).format(what=what, value=a[i, j], cell=_cell_name(labels, i, j))
        )
    diagonal = np.flatnonzero(np.abs(np.diag(a) - 1.0) > RECIPROCAL_TOLERANCE)
    if len(diagonal):
        i = int(diagonal[0])
        raise InputError(
            tr("{what}: the diagonal value at {cell} is {value}; a criterion compared with itself is 1.").format(
                what=what, cell=_cell_name(labels, i, i), value=a[i, i]
            )
        )
    product = a * a.T
    wrong = np.argwhere(np.triu(np.abs(product - 1.0) > RECIPROCAL_TOLERANCE, k=1))
    if len(wrong):
        i, j = (int(v) for v in wrong[0])
        raise InputError(
            tr(
                "{what}: the matrix is not reciprocal at {cell}: {aij} there but {aji} at row {col}, column {row}. "
                "Write 1/{aij} at row {col}, column {row}."
            ).format(
                what=what,
                cell=_cell_name(labels, i, j),
                aij=format_judgement(float(a[i, j])),
                aji=format_judgement(float(a[j, i])),
                row=i + 1,
                col=j + 1,
            )
        )
    return a


def principal_eigenvector(a: np.ndarray) -> Tuple[np.ndarray, float]:
    """Weights (the principal eigenvector, positive, summing to 1) and the principal eigenvalue."""
    values, vectors = np.linalg.eig(a)
    k = int(np.argmax(values.real))
    vector = np.abs(vectors[:, k].real)
    return vector / vector.sum(), float(values[k].real)


def most_inconsistent_pair(a: np.ndarray, weights: np.ndarray) -> Tuple[Optional[Tuple[int, int]], float]:
    """The pair (i, j), i < j, whose Saaty error ``a_ij w_j / w_i`` is farthest from 1, and that error."""
    n = len(weights)
    if n < 3:
        return None, 1.0
    eps = a * weights[None, :] / weights[:, None]
    far = np.abs(np.log(eps))
    far[np.tril_indices(n)] = -1.0
    i, j = np.unravel_index(int(np.argmax(far)), far.shape)
    return (int(i), int(j)), float(eps[i, j])


def ahp_weights(
    matrix: MatrixLike, names: Optional[Sequence[str]] = None, max_cr: float = DEFAULT_MAX_CR, what: str = "MATRIX"
) -> AhpResult:
    """Weights, lambda max, CI and CR of a pairwise comparison matrix (text or array)."""
    a = validate_matrix(matrix, names, what)
    labels = criterion_names(names, a.shape[0])
    n = a.shape[0]
    if n == 1:
        weights, lambda_max = np.ones(1), 1.0
    else:
        weights, lambda_max = principal_eigenvector(a)
    ci = (lambda_max - n) / (n - 1) if n > 1 else 0.0
    if ci < _CI_EPSILON:
        ci = 0.0
    ri = RANDOM_INDEX[n - 1]
    cr = ci / ri if ri > 0 else 0.0
    pair, error = most_inconsistent_pair(a, weights) if ci > 0 else (None, 1.0)
    return AhpResult(labels, a, weights, float(lambda_max), float(ci), float(cr), float(max_cr), pair, error)


def weights_table(result: AhpResult) -> pd.DataFrame:
    """The table ``criterion, weight, rank`` (rank 1 = heaviest; ties share order of the matrix)."""
    order = np.lexsort((np.arange(result.n), -result.weights))
    rank = np.empty(result.n, dtype=np.int64)
    rank[order] = np.arange(1, result.n + 1)
    return pd.DataFrame({"criterion": list(result.criteria), "weight": result.weights.astype(float), "rank": rank})
