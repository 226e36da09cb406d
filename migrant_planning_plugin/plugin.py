"""Plugin lifecycle: initProcessing, initGui, unload (house rule 1)."""

from __future__ import annotations

from typing import List, Optional

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.PyQt.QtWidgets import QMenu, QPushButton, QToolBar

from . import installer
from .core.i18n import tr
from .deps import dependency_message, requirements_to_install
from .log import LOG, install_message_log, remove_message_log
from .paths import icon_path
from .qt_compat import QAction
from .translations import install_translator, remove_translator

MENU_OBJECT = "mMigrantPlanningMenu"
TOOLBAR_OBJECT = "mMigrantPlanningToolbar"
DOCK_OBJECT = "MigrantPlanningDock"
DOCS_URL = "https://github.com/migrant-planning/migrant_planning_plugin/blob/main/docs/user-guide/README.md"


class MigrantPlanningPlugin:
    """The plugin: a Processing provider, a menu, a toolbar button and the planner's dock."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.provider = None
        self.menu: Optional[QMenu] = None
        self.toolbar: Optional[QToolBar] = None
        self.actions: List[QAction] = []
        self.dock = None
        self.missing_dependencies = ""
        self.install_dialog = None

    # ------------------------------------------------------------------ processing
    def initProcessing(self) -> None:
        """Register the provider (also called by qgis_process, without a GUI: never touches iface)."""
        if self.provider is not None:
            return
        install_message_log()
        install_translator()
        # packages installed by the plugin into the profile (installer.py) are found before the check
        folder = self.dependencies_folder()
        installer.activate(folder)
        self.missing_dependencies = dependency_message(str(folder))
        if self.missing_dependencies:
            LOG.warning(self.missing_dependencies)
        from .processing.provider import MigrantPlanningProvider

        self.provider = MigrantPlanningProvider(self.missing_dependencies)
        QgsApplication.processingRegistry().addProvider(self.provider)

    # ------------------------------------------------------------------ GUI
    def initGui(self) -> None:
        """Register the provider, then build the menu, the toolbar and the dock."""
        self.initProcessing()
        window = self.iface.mainWindow()
        title = tr("Migrant Integration Planner")

        open_dock = QAction(QIcon(icon_path()), title, window)
        open_dock.setObjectName("mActionMigrantPlanningDock")
        open_dock.setToolTip(tr("Open the Migrant Integration Planner panel"))
        open_dock.setCheckable(True)
        open_dock.triggered.connect(self.toggle_dock)
        sample = QAction(QIcon(icon_path("sample_city.svg")), tr("Load sample city (Villa Esperanza)"), window)
        sample.setObjectName("mActionMigrantPlanningSample")
        sample.triggered.connect(self.load_sample_city)
        help_action = QAction(QIcon(icon_path("help.svg")), tr("User guide"), window)
        help_action.setObjectName("mActionMigrantPlanningHelp")
        help_action.triggered.connect(self.open_help)
        self.actions = [open_dock, sample, help_action]

        self.menu = QMenu(title, window)
        self.menu.setObjectName(MENU_OBJECT)
        for action in self.actions:
            self.menu.addAction(action)
        menu_bar = window.menuBar()
        help_menu = next((a for a in menu_bar.actions() if a.menu() and a.menu().objectName() == "mHelpMenu"), None)
        if help_menu is not None:
            menu_bar.insertMenu(help_menu, self.menu)
        else:
            menu_bar.addMenu(self.menu)

        self.toolbar = QToolBar(title, window)
        self.toolbar.setObjectName(TOOLBAR_OBJECT)
        self.toolbar.addAction(open_dock)
        window.addToolBar(self.toolbar)
        if self.missing_dependencies:
            self.offer_install()

    # ------------------------------------------------------------------ dependencies
    @staticmethod
    def dependencies_folder():
        """Where the plugin installs missing packages: python/dependencies in the active QGIS profile."""
        return installer.dependencies_folder(QgsApplication.qgisSettingsDirPath())

    def offer_install(self) -> None:
        """Say what is missing in the message bar, with an Install button on Windows and macOS."""
        bar = self.iface.messageBar()
        item = bar.createMessage(tr("Migrant Integration Planner"), self.missing_dependencies)
        if installer.supported():
            button = QPushButton(tr("Install…"))
            button.setObjectName("mMigrantPlanningInstall")
            button.clicked.connect(self.open_installer)
            item.layout().addWidget(button)
        bar.pushWidget(item, Qgis.MessageLevel.Warning)

    def open_installer(self) -> None:
        """The dialog that installs the missing packages into the profile, with the user's consent."""
        from .gui.install import InstallDialog

        self.install_dialog = InstallDialog(
            self.dependencies_folder(), requirements_to_install(), parent=self.iface.mainWindow()
        )
        self.install_dialog.show()

    def _ensure_dock(self):
        """Create the dock on first use."""
        if self.dock is None and not self.missing_dependencies:
            from qgis.PyQt.QtCore import Qt

            from .gui.dock import PlannerDock

            self.dock = PlannerDock(self.iface, self.iface.mainWindow())
            self.dock.setObjectName(DOCK_OBJECT)
            self.dock.visibilityChanged.connect(self._dock_visibility_changed)
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        return self.dock

    def toggle_dock(self, checked: bool = True) -> None:
        """Show or hide the planner's dock (or explain the missing dependencies)."""
        if self.missing_dependencies:
            self.iface.messageBar().pushWarning(tr("Migrant Integration Planner"), self.missing_dependencies)
            if self.actions:
                self.actions[0].setChecked(False)
            return
        dock = self._ensure_dock()
        dock.setVisible(bool(checked))
        if checked:
            dock.raise_()

    def _dock_visibility_changed(self, visible: bool) -> None:
        """Keep the toolbar button's checked state in step with the dock."""
        if self.actions:
            self.actions[0].setChecked(visible)

    def load_sample_city(self) -> None:
        """Open the dock and load the sample city there (one click for trainers)."""
        self.toggle_dock(True)
        if self.dock is not None:
            self.dock.load_sample_city()

    def open_help(self) -> None:
        """Open the user guide in the browser."""
        QDesktopServices.openUrl(QUrl(DOCS_URL))

    # ------------------------------------------------------------------ unload
    def unload(self) -> None:
        """Undo everything initProcessing and initGui did."""
        if self.install_dialog is not None:
            self.install_dialog.close()
            self.install_dialog.deleteLater()
            self.install_dialog = None
        if self.dock is not None:
            self.dock.visibilityChanged.disconnect(self._dock_visibility_changed)
            self.dock.shutdown()
            self.iface.removeDockWidget(self.dock)
            self.dock.setParent(None)
            self.dock.deleteLater()
            self.dock = None
        for action in self.actions:
            action.triggered.disconnect()
            if self.menu is not None:
                self.menu.removeAction(action)
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.setParent(None)
            action.deleteLater()
        self.actions = []
        if self.menu is not None:
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.setParent(None)
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.setParent(None)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator()
        remove_message_log()
