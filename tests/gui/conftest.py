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
