"""GUI test helpers: screenshots of widgets at the size a planner's laptop shows them."""

from __future__ import annotations

from pathlib import Path

import pytest

SCREEN = (1366, 768)


@pytest.fixture
def screenshot(artifacts: Path):
    """Save a PNG of a widget under tests/artifacts/ and return its path."""

    def take(widget, name: str) -> Path:
        from qgis.PyQt.QtWidgets import QApplication

        QApplication.processEvents()
        path = artifacts / f"{name}.png"
        assert widget.grab().save(str(path)), path
        return path

    return take


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch):
    """A message box asking a question would wait forever for a click here: it fails the test instead (a test
    that expects one replaces QMessageBox.question with its answer)."""
    from qgis.PyQt.QtWidgets import QMessageBox

    def question(_parent, heading, text, *_args):
        raise AssertionError(f"a modal question was asked: {heading}: {text}")

    monkeypatch.setattr(QMessageBox, "question", question)
