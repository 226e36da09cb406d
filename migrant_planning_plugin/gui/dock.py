"""The planner's dock: six steps (Data, Exposure, Access, Suitability, Scenarios, Report) over the algorithms.

A page never computes: it fills an algorithm's parameters and runs it as a background task
(:class:`.runner.RunChain` over :class:`.tasks.AlgorithmRun`), then loads and styles the outputs.
The dock keeps the choices in the project (``QgsProject.writeEntry("migrant_planning", ...)``) and
restores them when a project is read.
"""

from __future__ import annotations

import json
import logging
import os
from typing import Dict, List, Optional

from qgis.core import Qgis, QgsCoordinateTransform, QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QSize, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import sample_city
from ..core.i18n import tr
from ..qgis_io.styles import apply_style
from .context import DockContext
from .outputs import ResultsManager
from .pages.access import AccessPage
from .pages.base import Page
from .pages.data import DataPage
from .pages.exposure import ExposurePage
from .pages.report import ReportPage
from .pages.scenarios import ScenariosPage
from .pages.suitability import SuitabilityPage
from .runner import keep_until_finished
from .tasks import AlgorithmRun
from .widgets import fit_fields

LOG = logging.getLogger("migrant_planning")
SAMPLE_GROUP = "Villa Esperanza"
SCOPE = "migrant_planning"
STATE_VERSION = 1
# The dock's width when QGIS first shows it (px); everything also fits at its minimum width, MIN_WIDTH.
DEFAULT_WIDTH = 420
MIN_WIDTH = 340


class StepButton(QToolButton):
    """A step of the step bar: its text is elided when the dock is narrow (the full name is the tooltip)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.full_text = ""

    def set_full_text(self, text: str) -> None:
        """The text shown when there is room."""
        self.full_text = text
        self.setToolTip(text)
        self._elide()

    def minimumSizeHint(self) -> QSize:
        """Narrow: the text gives way."""
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 60), hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), 120), hint.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(10, self.width() - 6)
        metrics = self.fontMetrics()
        text = self.full_text
        if metrics.horizontalAdvance(text) > width:
            # the name gives way, the ✓ of a step that ran stays visible
            mark = text[-2:] if text.endswith(" ✓") else ""
            name = text[: len(text) - len(mark)]
            room = max(10, width - metrics.horizontalAdvance(mark))
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, room) + mark
        self.setText(text)


class PlannerDock(QgsDockWidget):
    """Dock "Migrant Integration Planner"."""

    sample_loaded = pyqtSignal(bool)
    restored = pyqtSignal()

    def __init__(self, iface, parent=None) -> None:
        # a short title: the plugin's full name does not fit the title bar of a narrow dock
        super().__init__(tr("Migrant integration"), parent)
        self.setObjectName("MigrantPlanningDock")
        self.iface = iface
        self.run: Optional[AlgorithmRun] = None
        # what the pages see of the dock (they never import it)
        self.context = DockContext(iface, self)
        self.context.outputs_changed.connect(self._outputs_changed)
        self.context.step_finished.connect(lambda _key: self._label_steps())
        self.pages: List[Page] = []
        self._connected = False
        # connected before the layer choosers exist, so that a removed layer empties its role before the
        # choosers' models move on to another layer
        self._connect_project()

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)

        self.step_buttons: List[QToolButton] = []
        self.step_group = QButtonGroup(self)
        self.step_group.setExclusive(True)
        self.steps_grid = QGridLayout()
        self.steps_grid.setSpacing(3)
        self._step_columns = 0
        layout.addLayout(self.steps_grid)

        self.stack = QStackedWidget(body)
        layout.addWidget(self.stack, 1)
        self.data = DataPage(self.context)
        self.context.data = self.data
        self.pages: List[Page] = [
            self.data,
            ExposurePage(self.context),
            AccessPage(self.context),
            SuitabilityPage(self.context),
            ScenariosPage(self.context),
            ReportPage(self.context),
        ]
        for number, page in enumerate(self.pages):
            page.setObjectName(f"page_{page.key}")
            fit_fields(page)
            scroll = QScrollArea(self.stack)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            scroll.setWidget(page)
            self.stack.addWidget(scroll)
            button = StepButton(body)
            button.setObjectName(f"step_{page.key}")
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumHeight(28)
            self.step_group.addButton(button, number)
            self.step_buttons.append(button)
        self.step_group.idClicked.connect(self.go_to)

        self.sample_progress = QProgressBar(body)
        self.sample_progress.setRange(0, 100)
        self.sample_progress.setVisible(False)
        layout.addWidget(self.sample_progress)

        footer = QHBoxLayout()
        self.back_button = QPushButton("‹ " + tr("Back"), body)
        self.back_button.setObjectName("backButton")
        self.next_button = QPushButton(tr("Next") + " ›", body)
        self.next_button.setObjectName("nextButton")
        self.position = QLabel("", body)
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        footer.addWidget(self.back_button)
        footer.addWidget(self.position, 1)
        footer.addWidget(self.next_button)
        layout.addLayout(footer)
        self.back_button.clicked.connect(lambda: self.go_to(self.stack.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.stack.currentIndex() + 1))

        self.setWidget(body)
        self.setMinimumWidth(MIN_WIDTH)
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)

        self.sample_button = self.data.sample_button
        self.sample_button.clicked.connect(self.load_sample_city)
        self.data.roles_changed_signal.connect(self._roles_changed)
        self.go_to(0)
        self.read_state()

    def sizeHint(self) -> QSize:
        """QGIS gives a new dock its size hint: DEFAULT_WIDTH wide."""
        return QSize(DEFAULT_WIDTH, super().sizeHint().height())

    # ------------------------------------------------------------------ the context's state, for readers of the dock
    @property
    def outputs(self) -> Dict[str, dict]:
        """Step key -> the files the step wrote."""
        return self.context.outputs

    @property
    def done(self) -> Dict[str, bool]:
        """Step key -> whether the step ran successfully."""
        return self.context.done

    @property
    def results(self) -> ResultsManager:
        """The dock's result layers in the project."""
        return self.context.results

    def project(self) -> QgsProject:
        """The project the dock works on."""
        return self.context.project()

    # ------------------------------------------------------------------ navigation

    def go_to(self, index: int) -> None:
        """Show step ``index`` (0 = Data)."""
        index = max(0, min(len(self.pages) - 1, int(index)))
        self.stack.setCurrentIndex(index)
        self.step_buttons[index].setChecked(True)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.pages) - 1)
        self.position.setText(tr("Step {n} of {total}").format(n=index + 1, total=len(self.pages)))
        self._label_steps()

    def page(self, key: str) -> Page:
        """A page by its key ('data', 'exposure', ...)."""
        return next(p for p in self.pages if p.key == key)

    def _label_steps(self) -> None:
        for number, (page, button) in enumerate(zip(self.pages, self.step_buttons)):
            mark = " ✓" if self.done.get(page.key) else ""
            button.set_full_text(f"{number + 1} {page.title()}{mark}")
        self._arrange_steps()

    def _arrange_steps(self) -> None:
        """The step bar in three columns when every step's name fits, else in two."""
        if not self.step_buttons:
            return
        need = max(b.fontMetrics().horizontalAdvance(b.full_text) for b in self.step_buttons) + 8
        room = self.widget().width() - 8 if self.widget() is not None else self.width()
        columns = 3 if 3 * need + 2 * self.steps_grid.spacing() <= room else 2
        if columns == self._step_columns:
            return
        self._step_columns = columns
        for button in self.step_buttons:
            self.steps_grid.removeWidget(button)
        for number, button in enumerate(self.step_buttons):
            self.steps_grid.addWidget(button, number // columns, number % columns)

    def resizeEvent(self, event) -> None:
        """Lay the step bar out for the new width."""
        super().resizeEvent(event)
        self._arrange_steps()

    def _outputs_changed(self, step: str) -> None:
        for page in self.pages:
            hook = getattr(page, "outputs_changed", None)
            if hook is not None:
                hook(step)

    def _roles_changed(self) -> None:
        for page in self.pages[1:]:
            page.roles_changed()

    # ------------------------------------------------------------------ sample city
    def load_sample_city(self) -> None:
        """Write the sample city and load it styled, in a group, zoomed to; fill every role."""
        if self.run is not None:
            self.context.notify(tr("The sample city is being written already."), Qgis.MessageLevel.Info, 5)
            return
        self.context.tell_output_folder()
        folder = os.path.join(self.context.output_folder(), "villa_esperanza")
        self.run = AlgorithmRun("migrant_planning:load_sample_city", {"OUTPUT": folder, "LOAD": False}, parent=self)
        self.run.progressChanged.connect(lambda value: self.sample_progress.setValue(int(value)))
        self.run.finished.connect(self._sample_loaded)
        self.sample_progress.setVisible(True)
        self.data.sample_button.setEnabled(False)
        self._sample_status(tr("Writing the sample city..."), "info")
        self.run.start()

    def _sample_status(self, text: str, level: str) -> None:
        from .widgets import message_html

        self.data.sample_status.setText(message_html(level, text))
        self.data.sample_status.setVisible(bool(text))

    def _sample_loaded(self, ok: bool, results: dict, message: str) -> None:
        """Add the written layers to the project and fill the roles."""
        self.run = None
        self.sample_progress.setVisible(False)
        self.data.sample_button.setEnabled(True)
        if not ok:
            self._sample_status(message, "error")
            self.context.notify(message, Qgis.MessageLevel.Critical)
            self.sample_loaded.emit(False)
            return
        from ..processing.algorithms.load_sample_city import LOAD_ORDER, layer_titles

        project = self.project()
        root = project.layerTreeRoot()
        group = root.findGroup(SAMPLE_GROUP) or root.insertGroup(0, SAMPLE_GROUP)
        titles = layer_titles()
        gpkg = results.get("GEOPACKAGE")
        layers = {}
        for role in LOAD_ORDER:
            layer = QgsVectorLayer(f"{gpkg}|layername={sample_city.LAYERS[role]}", titles[role], "ogr")
            if self._add(layer, group, f"sample_{role}.qml"):
                layers[role] = layer
        dem = QgsRasterLayer(results.get("DEM"), titles["dem"])
        if self._add(dem, group, "sample_dem.qml"):
            layers["dem"] = dem
        self.data.set_layers({role: layers[role] for role in self.data.pickers if role in layers})
        report = self.page("report")
        if not report.city.text().strip():
            report.city.setText("Villa Esperanza")
        scenarios = self.page("scenarios")
        scenarios.load_example()
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        boundary = layers.get("boundary")
        if canvas is not None and boundary is not None:
            extent = boundary.extent()
            if not canvas.mapSettings().destinationCrs().isValid():
                canvas.setDestinationCrs(boundary.crs())
            transform = QgsCoordinateTransform(boundary.crs(), canvas.mapSettings().destinationCrs(), project)
            if transform.isValid() and not transform.isShortCircuited():
                extent = transform.transformBoundingBox(extent)
            extent.scale(1.05)
            canvas.setExtent(extent)
            canvas.refresh()
        self._sample_status(tr("Sample city loaded: {folder}").format(folder=results.get("OUTPUT")), "ok")
        self.sample_loaded.emit(True)

    def _add(self, layer, group, qml: str) -> bool:
        """Add a layer to a group, styled when a style exists."""
        if not layer.isValid():
            return False
        apply_style(layer, qml)
        self.project().addMapLayer(layer, False)
        group.addLayer(layer)
        return True

    # ------------------------------------------------------------------ project file
    def _connect_project(self) -> None:
        project = self.project()
        project.readProject.connect(self._project_read)
        project.writeProject.connect(self._project_writing)
        project.cleared.connect(self._project_cleared)
        project.layersWillBeRemoved.connect(self._layers_removed)
        self._connected = True

    def _disconnect_project(self) -> None:
        if not self._connected:
            return
        project = self.project()
        for signal, slot in (
            (project.readProject, self._project_read),
            (project.writeProject, self._project_writing),
            (project.cleared, self._project_cleared),
            (project.layersWillBeRemoved, self._layers_removed),
        ):
            try:
                signal.disconnect(slot)
            except TypeError:
                pass
        self._connected = False

    def state(self) -> dict:
        """Everything the dock saves in the project."""
        return {
            "version": STATE_VERSION,
            "pages": {page.key: page.state() for page in self.pages},
            "outputs": self.outputs,
            "layers": self.results.state(),
            "done": self.done,
        }

    def write_state(self) -> None:
        """Store the dock's state in the project's custom properties."""
        project = self.project()
        state = self.state()
        for key, value in state["pages"].items():
            project.writeEntry(SCOPE, f"pages/{key}", json.dumps(value, ensure_ascii=False))
        for key in ("outputs", "layers", "done"):
            project.writeEntry(SCOPE, key, json.dumps(state[key], ensure_ascii=False))
        project.writeEntry(SCOPE, "version", STATE_VERSION)

    def read_state(self) -> None:
        """Restore the dock from the project's custom properties (defaults when there are none)."""
        project = self.project()

        def entry(key: str) -> dict:
            text, ok = project.readEntry(SCOPE, key, "")
            if not ok or not text:
                return {}
            try:
                value = json.loads(text)
            except ValueError:
                LOG.warning(
                    tr("The planner's saved setting '{key}' is not readable; defaults are used.").format(key=key)
                )
                return {}
            return value if isinstance(value, dict) else {}

        self.context.outputs = entry("outputs")
        self.context.done = {k: bool(v) for k, v in entry("done").items()}
        self.results.restore(entry("layers"))
        for page in self.pages:
            try:
                page.restore(entry(f"pages/{page.key}"))
            except Exception:  # a damaged entry must not break the dock: defaults for that page
                LOG.exception("restoring the %s page", page.key)
                page.restore({})
        self._roles_changed()
        self._label_steps()
        self.restored.emit()

    def _project_writing(self, *_args) -> None:
        self.write_state()

    def _project_read(self, *_args) -> None:
        self.read_state()

    def _project_cleared(self) -> None:
        for page in self.pages:
            page.shutdown()
        self.context.outputs = {}
        self.context.done = {}
        self.results.restore({})
        for page in self.pages:
            page.reset()
        self._roles_changed()
        self._label_steps()

    def _layers_removed(self, layer_ids) -> None:
        ids = list(layer_ids)
        self.results.forget(ids)
        for page in self.pages:
            page.layers_removed(ids)

    # ------------------------------------------------------------------ unload
    def shutdown(self) -> None:
        """Cancel running tasks and disconnect from QGIS before the plugin unloads."""
        self._disconnect_project()
        for page in self.pages:
            page.shutdown()
        if self.run is not None:
            run = self.run
            self.run = None
            try:
                run.finished.disconnect(self._sample_loaded)
            except TypeError:
                pass
            keep_until_finished(run)
            run.cancel()
