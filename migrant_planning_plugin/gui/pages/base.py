"""What every step page has: an introduction, the inputs it uses, a run bar and the run's life cycle."""

from __future__ import annotations

import logging
import os
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import Qgis
from qgis.PyQt.QtCore import Qt, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from ...core.i18n import tr
from ..context import DockContext
from ..outputs import discard_outputs, release_post_processors, results_group_name
from ..runner import RunChain, RunStep
from ..widgets import COLOURS, RunBar, escape, label, title

LOG = logging.getLogger("migrant_planning")


class Page(QWidget):
    """A step of the dock. Subclasses set ``key``, build their widgets and implement the hooks below."""

    key = ""
    # emitted when a run ends: ok (False also when cancelled)
    run_finished = pyqtSignal(bool)

    def __init__(self, context: DockContext) -> None:
        super().__init__()
        self.context = context
        self.chain: Optional[RunChain] = None
        self.run_bar: Optional[RunBar] = None
        self.inputs_label = None
        self.last_message = ""
        self.last_cancelled = False
        self.done_message = ""
        self.planned: Dict[str, str] = {}
        self.existed: set = set()  # planned paths that existed before the run (not the run's to delete)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(4, 6, 4, 6)
        self.box.setSpacing(6)

    # ------------------------------------------------------------------ hooks
    def title(self) -> str:
        """The step's name in the step bar."""
        raise NotImplementedError

    def state(self) -> dict:
        """What is saved in the project for this page."""
        return {}

    def restore(self, state: dict) -> None:
        """Restore :meth:`state` (called when a project is read)."""

    def reset(self) -> None:
        """Back to the defaults (new project)."""
        self.restore({})

    def roles_changed(self) -> None:
        """The layers or fields chosen in step 1 changed."""
        self.update_inputs()

    def layers_removed(self, layer_ids: List[str]) -> None:
        """Layers are about to leave the project (a chooser must not jump to another layer)."""

    def steps(self) -> List[RunStep]:
        """The algorithms Run starts; raise ValueError with a message to refuse."""
        return []

    def confirm_run(self) -> bool:
        """Asked after :meth:`steps`, before the run starts: False when the user does not want it (a long run);
        raise ValueError with a message to refuse."""
        return True

    def show_results(self, results: Dict[str, dict]) -> None:
        """Load the outputs of a successful run (layers, tables, charts)."""

    def inputs(self) -> Sequence[Tuple[str, bool]]:
        """The roles this page uses: (role key, required)."""
        return ()

    # ------------------------------------------------------------------ building
    def add_intro(self, text: str) -> None:
        """The page's introduction, with the "?" that opens this step's page of the user guide."""
        row = QHBoxLayout()
        row.addWidget(label(text, self), 1)
        self.help_button = QToolButton(self)
        self.help_button.setObjectName("helpButton")
        self.help_button.setText("?")
        self.help_button.setToolTip(tr("This step in the user guide (opens in your browser, no internet needed)"))
        self.help_button.clicked.connect(self.open_help)
        row.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignTop)
        self.box.addLayout(row)

    def help_url(self) -> Optional[QUrl]:
        """The local page of this step's section of the user guide (None when the guide is not available)."""
        from ...help import help_folder, step_page
        from ...translations import locale_code

        folder = help_folder()
        if folder is None:
            return None
        page, anchor = step_page(self.key, locale_code())
        url = QUrl.fromLocalFile(str(folder / page))
        url.setFragment(anchor)
        return url

    def open_help(self) -> bool:
        """Open this step's section of the user guide in the browser."""
        url = self.help_url()
        if url is None:
            self.context.notify(tr("The user guide is not available in this installation of the plugin."))
            return False
        return bool(QDesktopServices.openUrl(url))

    def add_inputs(self) -> None:
        """The list of inputs from step 1, with what is missing."""
        self.box.addWidget(title(tr("Inputs (step 1)"), self))
        self.inputs_label = label("", self, "inputs")
        self.box.addWidget(self.inputs_label)

    def add_run_bar(self, text: str) -> RunBar:
        """The Run/Cancel/progress bar."""
        self.run_bar = RunBar(text, self)
        self.run_bar.run_clicked.connect(self.run)
        self.run_bar.cancel_clicked.connect(self.cancel)
        self.box.addWidget(self.run_bar)
        return self.run_bar

    def add_results_title(self) -> None:
        """The Results title, with a line saying where results will appear until there are some."""
        self.box.addWidget(title(tr("Results"), self))
        self.no_results = label(tr("Press Run: the tables and charts of the results appear here."), self, small=True)
        self.box.addWidget(self.no_results)

    def show_no_results(self, empty: bool) -> None:
        """Show or hide the 'results appear here' line."""
        if getattr(self, "no_results", None) is not None:
            self.no_results.setVisible(empty)

    def update_inputs(self) -> None:
        """Show which inputs are chosen."""
        if self.inputs_label is None:
            return
        lines = []
        data = self.context.data
        for role, required in self.inputs():
            spec = data.spec(role)
            layer = data.layer(role)
            if layer is not None:
                lines.append(
                    f'<span style="color:{COLOURS["ok"]}">✓</span> {escape(spec.label)}: <i>{escape(layer.name())}</i>'
                )
            elif required:
                missing = tr("not chosen (required)")
                lines.append(
                    f'<span style="color:{COLOURS["error"]}">✗</span> {escape(spec.label)}: '
                    f'<span style="color:{COLOURS["error"]}">{escape(missing)}</span>'
                )
            else:
                missing = tr("not chosen (optional)")
                lines.append(
                    f'<span style="color:{COLOURS["info"]}">–</span> {escape(spec.label)}: '
                    f'<span style="color:{COLOURS["info"]}">{escape(missing)}</span>'
                )
        self.inputs_label.setText("<br>".join(lines))

    def missing_inputs(self) -> List[str]:
        """What is missing before a run, each with where to set it (required roles: step 1, Data)."""
        data = self.context.data
        return [
            tr("{layer} (step 1, Data)").format(layer=data.spec(role).label)
            for role, required in self.inputs()
            if required and data.layer(role) is None
        ]

    # ------------------------------------------------------------------ running
    @property
    def running(self) -> bool:
        """Whether a run is going on."""
        return self.chain is not None

    def run(self) -> bool:
        """Start the page's algorithms as background tasks; False (with a message) when it cannot.

        One run per page at a time: a second one would write the same outputs and replace the same layers.
        """
        if self.run_bar is None:
            return False
        if self.chain is not None:
            self.context.notify(
                tr("{step} is running already: wait for it to end, or press Cancel first.").format(step=self.title()),
                Qgis.MessageLevel.Info,
                5,
            )
            return False
        missing = self.missing_inputs()
        if missing:
            self.run_bar.set_status(tr("Missing: {items}.").format(items="; ".join(missing)), "error")
            return False
        self.planned = {}
        try:
            steps = self.steps()
            if steps and not self.confirm_run():
                self.run_bar.set_status(tr("Not started."), "plain")
                return False
        except ValueError as error:
            self.run_bar.set_status(str(error), "error")
            return False
        if not steps:
            return False
        self.existed = {path for path in self.planned.values() if os.path.exists(path)}
        self.last_cancelled = False
        self.context.tell_output_folder()
        self.chain = RunChain(steps, self.context.project(), parent=self)
        self.chain.progressChanged.connect(self.run_bar.set_progress)
        self.chain.stepStarted.connect(lambda text: self.run_bar.set_status(text, "plain"))
        self.chain.finished.connect(self._finished)
        self.run_bar.set_running(True)
        self.run_bar.set_status(steps[0].label, "plain")
        self.chain.start()
        return True

    def cancel(self) -> None:
        """Stop the run (nothing is written)."""
        if self.chain is not None:
            self.run_bar.set_status(tr("Cancelling…"), "plain")
            self.chain.cancel()

    def _finished(self, ok: bool, cancelled: bool, results: dict, message: str) -> None:
        chain = self.chain
        self.chain = None
        processors = dict(chain.post_processors) if chain is not None else {}
        if chain is not None:
            chain.deleteLater()
        self.run_bar.set_running(False)
        self.last_cancelled = cancelled
        self.last_message = message
        if cancelled or not ok:
            discard_outputs(self.planned.values(), self.existed)
            release_post_processors(processors)
        if cancelled:
            self.run_bar.set_status(tr("Cancelled: nothing was written."), "warning")
            self.run_finished.emit(False)
            return
        if not ok:
            self.run_bar.set_status(message, "error")
            self.context.notify(message, Qgis.MessageLevel.Critical)
            self.run_finished.emit(False)
            return
        self.done_message = ""
        self.context.results.use_run(processors)
        try:
            self.show_results(results)
        except Exception as error:  # the results are written; never show a traceback for displaying them
            LOG.exception("showing the results of %s", self.key)
            text = tr("The results were written but could not be shown: {error}").format(error=error)
            self.run_bar.set_status(text, "error")
            self.context.notify(text, Qgis.MessageLevel.Warning)
            self.run_finished.emit(False)
            return
        finally:
            self.context.results.release_run()
        self.run_bar.set_status(
            self.done_message
            or tr("Done. The results are in the layer group '{group}'.").format(group=results_group_name()),
            "ok",
        )
        self.context.step_done(self.key)
        self.run_finished.emit(True)

    def shutdown(self) -> None:
        """Stop a running task (the plugin unloads)."""
        if self.chain is not None:
            chain = self.chain
            self.chain = None
            try:
                chain.finished.disconnect(self._finished)
            except TypeError:
                pass
            # the page goes away: what the chain wrote is discarded when its task has ended
            planned, existed = list(self.planned.values()), set(self.existed)
            chain.finished.connect(lambda *_args: discard_outputs(planned, existed))
            chain.detach()
            if self.run_bar is not None:
                self.run_bar.set_running(False)

    # ------------------------------------------------------------------ helpers
    def output(self, stem: str, extension: str = "gpkg") -> str:
        """A new file in the output folder for this run."""
        from ..outputs import fresh_path

        path = fresh_path(self.context.output_folder(), stem, extension)
        self.planned[stem] = path
        return path

    def field_param(self, role: str, field_role: str) -> Optional[str]:
        """A chosen field, or None (the algorithm then detects it by name)."""
        return self.context.data.field(role, field_role) or None

    @staticmethod
    def clean(parameters: dict) -> dict:
        """Parameters without the unset (None or '') values."""
        return {k: v for k, v in parameters.items() if v is not None and v != ""}
