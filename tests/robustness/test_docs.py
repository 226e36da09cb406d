"""docs/robustness.md shows the matrix the tests run."""

from __future__ import annotations

from pathlib import Path

from .matrix import markdown_table

DOC = Path(__file__).resolve().parents[2] / "docs" / "robustness.md"


def test_the_page_shows_the_current_matrix():
    text = DOC.read_text(encoding="utf-8")
    start = text.index("-->", text.index("<!-- matrix:start")) + 3
    end = text.index("<!-- matrix:end -->")
    assert text[start:end].strip() == markdown_table().strip(), "run: python -m tests.robustness.matrix"
