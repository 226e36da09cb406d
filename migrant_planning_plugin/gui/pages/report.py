"""Step 6, Report: planning_report with the outputs of the other steps; then the PDF opens."""

from __future__ import annotations

import os
from typing import Dict, List

from qgis.core import QgsApplication
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton

from ...core.i18n import tr
from ...core.text import slug
from ..context import DockContext
from ..runner import RunStep
from ..widgets import COLOURS, escape, form_layout, label, path_tooltip, title
from .base import Page

ALGORITHM = "migrant_planning:planning_report"


def growth_layers(folder) -> List[str]:
    """The growth layers (<scenario>_growth.gpkg) that Growth scenarios wrote in ``folder``."""
    if not folder or not os.path.isdir(folder):
        return []
    return sorted(os.path.join(folder, name) for name in os.listdir(folder) if name.endswith("_growth.gpkg"))


def access_setting(outputs: dict, key: str, codes: dict):
    """planning_report's ACCESS_METHOD / ACCESS_UNIT code for the access step's setting (None: not run)."""
    value = (outputs.get("access") or {}).get(key)
    return codes.get(value)


class ReportPage(Page):
    """The council report: PDF (print layout) and HTML, in Spanish or English."""

    key = "report"

    def __init__(self, context: DockContext) -> None:
        super().__init__(context)
        self.open_when_done = True
        self.pdf_path = ""
        self.html_path = ""
        self.add_intro(
            tr(
                "A report for the council: cover, maps of exposure and suitability with the best parcels, tables "
                "by comuna and facility type, the scenario comparison, the charts, and a page on the method "
                "(CRS, rules, weights and CR, thresholds, standards). It uses the results of the steps you ran."
            )
        )
        self.box.addWidget(title(tr("Results available"), self))
        self.available = label("", self, "reportInputs")
        self.box.addWidget(self.available)
        self.box.addWidget(title(tr("Report"), self))
        form = form_layout()
        self.city = QLineEdit(self)
        self.city.setObjectName("cityName")
        self.city.setPlaceholderText(tr("e.g. Villa del Rosario"))
        form.addRow(label(tr("City"), self), self.city)
        self.author = QLineEdit(self)
        self.author.setObjectName("author")
        self.author.setPlaceholderText(tr("e.g. Secretaría de Planeación"))
        form.addRow(label(tr("Author"), self), self.author)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItems([tr("Language of QGIS"), "Español", "English"])
        form.addRow(label(tr("Language"), self), self.language)
        self.output_file = QgsFileWidget(self)
        self.output_file.setObjectName("reportFile")
        self.output_file.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output_file.setFilter(tr("PDF files (*.pdf)"))
        self.output_file.lineEdit().setPlaceholderText(tr("In the output folder"))
        path_tooltip(self.output_file, tr("The report's PDF; the HTML is written beside it."))
        form.addRow(label(tr("PDF file"), self), self.output_file)
        self.box.addLayout(form)
        self.add_run_bar(tr("Build the report"))
        self.run_bar.run_button.setObjectName("buildReport")
        row = QHBoxLayout()
        self.open_pdf = QPushButton(tr("Open PDF"), self)
        self.open_pdf.setObjectName("openPdf")
        self.open_html = QPushButton(tr("Open HTML"), self)
        self.open_html.setObjectName("openHtml")
        row.addWidget(self.open_pdf)
        row.addWidget(self.open_html)
        row.addStretch(1)
        self.box.addLayout(row)
        self.open_pdf.clicked.connect(lambda: self.open(self.pdf_path))
        self.open_html.clicked.connect(lambda: self.open(self.html_path))
        self.box.addStretch(1)
        self._update_open_buttons()
        self.refresh()

    def title(self) -> str:
        return tr("Report")

    @staticmethod
    def available_algorithm() -> bool:
        """Whether planning_report is installed."""
        return QgsApplication.processingRegistry().algorithmById(ALGORITHM) is not None

    # ------------------------------------------------------------------ inputs
    def report_inputs(self) -> Dict[str, object]:
        """The parameters filled from the other steps' outputs (only files that exist)."""
        outputs = self.context.outputs

        def existing(step: str, key: str):
            value = (outputs.get(step) or {}).get(key)
            return value if value and os.path.exists(str(value).split("|", 1)[0]) else None

        data = self.context.data
        return {
            "EXPOSURE": existing("exposure", "OUTPUT"),
            "EXPOSURE_SUMMARY": existing("exposure", "SUMMARY"),
            "ACCESS": existing("access", "OUTPUT"),
            "ACCESS_SUMMARY": existing("access", "SUMMARY"),
            "SUITABILITY": existing("suitability", "OUTPUT"),
            "RANKED_PARCELS": existing("suitability", "RANKED"),
            "SENSITIVITY": existing("suitability", "SENSITIVITY"),
            "SCENARIO_SUMMARY": existing("scenarios", "SUMMARY"),
            "AREAS": data.layer_id("areas"),
            "AREA_NAME_FIELD": data.field("areas", "area_name") or None,
            "BOUNDARY": data.layer_id("boundary"),
            "HAZARDS": data.layer_id("hazards"),
            "HAZARD_TYPE_FIELD": data.field("hazards", "hazard_type") or None,
            "HAZARD_LEVEL_FIELD": data.field("hazards", "hazard_level") or None,
            "LEVEL_MAP": data.level_map() or None,
            "FACILITIES": data.layer_id("facilities"),
            "FACILITY_TYPE_FIELD": data.field("facilities", "facility_type") or None,
            "GROWTH_LAYERS": growth_layers(existing("scenarios", "FOLDER")) or None,
            "ACCESS_METHOD": access_setting(outputs, "METHOD", {0: 1, 1: 2}),
            "ACCESS_UNIT": access_setting(outputs, "UNIT", {"m": 1, "min": 2}),
            "ACCESS_SPEEDS": (outputs.get("access") or {}).get("SPEEDS") or None,
            "ACCESS_THRESHOLDS": (outputs.get("access") or {}).get("THRESHOLDS") or None,
            "SERVICE_STANDARDS": (outputs.get("scenarios") or {}).get("SERVICE_STANDARDS") or None,
        }

    def refresh(self) -> None:
        """The list of results the report will use."""
        values = self.report_inputs()
        items = (
            (tr("Exposure (step 2)"), values["EXPOSURE_SUMMARY"]),
            (tr("Access (step 3)"), values["ACCESS_SUMMARY"]),
            (tr("Suitability and ranked parcels (step 4)"), values["SUITABILITY"]),
            (tr("Scenarios (step 5)"), values["SCENARIO_SUMMARY"]),
        )
        lines = []
        for text, value in items:
            if value:
                lines.append(f'<span style="color:{COLOURS["ok"]}">✓</span> {escape(text)}')
            else:
                missing = tr("not run yet; its part is left out")
                lines.append(
                    f'<span style="color:{COLOURS["info"]}">–</span> {escape(text)}: '
                    f'<span style="color:{COLOURS["info"]}">{escape(missing)}</span>'
                )
        if not self.available_algorithm():
            lines.append(
                f'<span style="color:{COLOURS["warning"]}">⚠ '
                + escape(tr("The report algorithm is not installed in this version of the plugin."))
                + "</span>"
            )
        self.available.setText("<br>".join(lines))

    def outputs_changed(self, step: str) -> None:
        """Another step produced results."""
        self.refresh()

    def roles_changed(self) -> None:
        self.refresh()

    # ------------------------------------------------------------------ run
    def pdf_target(self) -> str:
        """The PDF chosen, else report_<city>.pdf in the output folder."""
        chosen = self.output_file.filePath().strip()
        if chosen:
            return chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf"
        stem = "report_" + (slug(self.city.text()) or "city")
        from ..outputs import fresh_path

        return fresh_path(self.context.output_folder(), stem, "pdf")

    def steps(self) -> List[RunStep]:
        values = self.report_inputs()
        if not any(values[k] for k in ("EXPOSURE_SUMMARY", "ACCESS_SUMMARY", "SUITABILITY", "SCENARIO_SUMMARY")):
            raise ValueError(tr("Run at least one step (2 to 5) first: the report presents their results."))
        pdf = self.pdf_target()
        folder = os.path.dirname(pdf)
        if folder:
            os.makedirs(folder, exist_ok=True)
        html = os.path.splitext(pdf)[0] + ".html"
        self.planned = {"pdf": pdf, "html": html}
        parameters = self.clean(
            {
                **values,
                "CITY_NAME": self.city.text().strip() or tr("City"),
                "AUTHOR": self.author.text().strip(),
                "LANGUAGE": self.language.currentIndex(),
                "ADD_LAYOUT": True,  # the office edits it in the Layout Manager (emblem, texts)
                "OUTPUT_PDF": pdf,
                "OUTPUT_HTML": html,
                "OUTPUT_XLSX": os.path.splitext(pdf)[0] + ".xlsx",
            }
        )
        return [RunStep("report", ALGORITHM, lambda _r: parameters, tr("Building the report…"))]

    def show_results(self, results: Dict[str, dict]) -> None:
        result = results["report"]
        self.pdf_path = str(result.get("OUTPUT_PDF") or self.planned.get("pdf", ""))
        self.html_path = str(result.get("OUTPUT_HTML") or self.planned.get("html", ""))
        self.context.set_outputs(self.key, {"PDF": self.pdf_path, "HTML": self.html_path})
        self._update_open_buttons()
        self.done_message = tr("Report written: {path}").format(path=self.pdf_path)
        if self.open_when_done and self.pdf_path:
            self.open(self.pdf_path)

    def open(self, path: str) -> None:
        """Open a file with the system's viewer."""
        if path and os.path.exists(path):
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def _update_open_buttons(self) -> None:
        self.open_pdf.setEnabled(bool(self.pdf_path) and os.path.exists(self.pdf_path))
        self.open_html.setEnabled(bool(self.html_path) and os.path.exists(self.html_path))

    # ------------------------------------------------------------------ state
    def state(self) -> dict:
        return {
            "city": self.city.text(),
            "author": self.author.text(),
            "language": self.language.currentIndex(),
            "file": self.output_file.filePath(),
        }

    def restore(self, state: dict) -> None:
        self.city.setText(state.get("city", ""))
        self.author.setText(state.get("author", ""))
        self.language.setCurrentIndex(int(state.get("language", 0)))
        self.output_file.setFilePath(state.get("file", ""))
        outputs = self.context.outputs.get(self.key) or {}
        self.pdf_path = outputs.get("PDF", "")
        self.html_path = outputs.get("HTML", "")
        self._update_open_buttons()
        self.refresh()
