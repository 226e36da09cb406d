"""The dialog that installs the missing Python packages into the QGIS profile (see installer.py).

It says what will be installed and where, asks for consent, runs pip in a QProcess (QGIS stays responsive) with a
progress bar and pip's own output, and ends by asking to restart QGIS, or by showing pip's exact log. It imports
nothing of the analysis (geopandas may be missing).
"""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

from qgis.PyQt.QtCore import QProcess, QProcessEnvironment
from qgis.PyQt.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from .. import installer
from ..core.i18n import tr
from ..deps import minimum_version


def _breakable(text: str) -> str:
    """``text`` with break opportunities after path separators, so that a long folder wraps in a label."""
    return text.replace("/", "/\u200b").replace("\\", "\\\u200b")


class InstallDialog(QDialog):
    """Consent, progress and outcome of one installation."""

    def __init__(
        self,
        folder: Path,
        requirements: List[str],
        python: Optional[str] = None,
        wheels: Optional[str] = None,
        index_url: Optional[str] = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MigrantPlanningInstallDialog")
        self.setWindowTitle(tr("Install the Python packages of Migrant Integration Planner"))
        self.folder = Path(folder)
        self.requirements = list(requirements)
        self.python = python
        self.wheels = wheels
        self.index_url = index_url
        self.process: Optional[QProcess] = None
        self.log_text = ""
        self.succeeded: Optional[bool] = None

        layout = QVBoxLayout(self)
        self.intro = QLabel(
            tr(
                "Migrant Integration Planner needs these Python packages: {packages}. They will be downloaded from "
                "the Python package index (pypi.org) and installed with QGIS's own Python into your QGIS profile:\n"
                "{folder}\nNothing else in QGIS or on the computer is changed (numpy stays the one QGIS ships). To "
                "undo, close QGIS and delete that folder."
            ).format(packages=", ".join(self.requirements), folder=_breakable(str(self.folder)))
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        layout.addWidget(self.progress)
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setMinimumHeight(180)
        self.log.setVisible(False)
        layout.addWidget(self.log, 1)
        self.buttons = QDialogButtonBox()
        self.install_button = QPushButton(tr("Install"))
        self.install_button.setObjectName("install")
        self.copy_button = QPushButton(tr("Copy the log"))
        self.close_button = QPushButton(tr("Cancel"))
        self.buttons.addButton(self.install_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.copy_button.setVisible(False)  # (adding it to the box shows it)
        self.install_button.clicked.connect(self.start)
        self.copy_button.clicked.connect(lambda: QApplication.clipboard().setText(self.log_text))
        self.close_button.clicked.connect(self.stop_and_close)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(720)
        self.resize(760, 520)

    # ---------------------------------------------------------------- running
    def start(self) -> bool:
        """Check the Python and pip, then start pip (False, with the reason shown, when it cannot start)."""
        self.install_button.setEnabled(False)
        self.python = self.python or installer.python_executable()
        if not self.python:
            return self._refuse(installer.no_python_message())
        if not installer.has_pip(self.python):
            return self._refuse(installer.no_pip_message(self.python))
        constraints = installer.write_constraints(self.folder)
        command = installer.install_command(
            self.python, self.folder, self.requirements, constraints, self.wheels, self.index_url
        )
        self.process = QProcess(self)
        environment = QProcessEnvironment()
        for name, value in installer.pip_environment().items():
            environment.insert(name, value)
        self.process.setProcessEnvironment(environment)
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.finished.connect(self._finished)
        self.progress.setRange(0, 0)  # busy: pip gives no overall percentage
        self._show_status(tr("Installing… (this can take a few minutes)"))
        self.log.setVisible(True)
        self._append(" ".join(command) + "\n")
        self.process.start(command[0], command[1:])
        return True

    def _show_status(self, text: str) -> None:
        """Show ``text`` under the introduction, as many lines as it needs."""
        self.status.setText(_breakable(text))
        self.status.setMinimumHeight(self.status.heightForWidth(max(self.status.width(), 600)))

    def _refuse(self, message: str) -> bool:
        self._show_status(message)
        self.succeeded = False
        self.close_button.setText(tr("Close"))
        return False

    def _append(self, text: str) -> None:
        self.log_text += text
        self.log.appendPlainText(text.rstrip("\n"))

    def _read(self) -> None:
        data = bytes(self.process.readAllStandardOutput())
        self._append(data.decode("utf-8", errors="replace"))

    def _finished(self, code: int, _status=None) -> None:
        self.progress.setVisible(False)
        self.close_button.setText(tr("Close"))
        if code == 0:
            installer.prune(self.folder, minimum_version)
            self.succeeded = True
            self._show_status(installer.restart_message(self.folder))
        else:
            self.succeeded = False
            self._show_status(installer.failure_message(self.log_text, self.folder, self.wheels))
            self.copy_button.setVisible(True)

    def stop_and_close(self) -> None:
        """Stop pip if it still runs (pip moves the packages into the folder only at its end)."""
        if self.process is not None and self.process.state() != QProcess.ProcessState.NotRunning:
            self.process.kill()
            self.process.waitForFinished(5000)
        self.reject()
