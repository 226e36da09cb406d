"""Screenshots of the dock for the user guide, in Spanish and in English, with the workshop's results.

For each language the plugin's translation is installed (Spanish: the .ts compiled with ``lrelease`` into a
temporary folder, as tests/test_i18n.py does) *before* the dock is built; then the dock loads Villa Esperanza
and runs every step with the training guide's settings (the dock's defaults, the AHP judgements of exercise 4),
and saves ``tests/artifacts/dock_<language>_*.png`` at 1366 × 768. English is restored at the end, so the
other tests are unaffected. ``scripts/update_doc_images.py`` copies the screenshots the chapters use into
docs/user-guide/images/.

Beyond the pictures, the test checks what a reader of the screenshots relies on: every page fits the dock
(nothing forced wider than it), and in Spanish no label, button, table header or combo item of the dock shows
an English source string that has a Spanish translation missing.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Iterator, List

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QLocale
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QTableView,
    QTableWidget,
    QWidget,
)

from migrant_planning_plugin import translations
from migrant_planning_plugin.core.i18n import current_translator, set_translator, tr
from tests.gui.test_dock_steps import Planner, wait_signal

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import i18n as i18n_script  # noqa: E402

LANGUAGES = ("es", "en")


# The number locale of a QGIS in that language (a Spanish QGIS in Colombia writes 45,2 %).
LOCALES = {"es": "es_CO", "en": "en_US"}


@pytest.fixture
def language_installed(request, tmp_path, monkeypatch) -> Iterator[str]:
    """The plugin's strings in ``request.param`` (and QGIS's number locale of that language) until the test
    ends (then English again)."""
    language = request.param
    previous = current_translator()
    previous_locale = QLocale()
    QLocale.setDefault(QLocale(LOCALES[language]))
    if language != "en":
        if shutil.which("lrelease") is None:
            pytest.skip("lrelease not installed")
        qm = tmp_path / f"migrant_planning_{language}.qm"
        subprocess.run(["lrelease", "-silent", str(i18n_script.ts_path(language)), "-qm", str(qm)], check=True)
        monkeypatch.setattr(translations, "I18N_DIR", tmp_path)
    qgis_translators = []
    try:
        loaded = translations.install_translator(language)
        assert loaded or language == "en"
        if language == "es":
            assert tr("Hazard zones") == "Zonas de amenaza"
        qgis_translators = install_qgis_catalogues(language)
        yield language
    finally:
        for translator in qgis_translators:
            QCoreApplication.removeTranslator(translator)
        translations.remove_translator()
        set_translator(previous)
        QLocale.setDefault(previous_locale)
    assert tr("Hazard zones") == "Hazard zones"


def install_qgis_catalogues(language: str) -> list:
    """QGIS's and Qt's own catalogues of ``language`` (as a QGIS running in that language has them), if found."""
    if language == "en":
        return []
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QLibraryInfo, QTranslator

    installed = []
    for folder, name in (
        (QgsApplication.i18nPath(), f"qgis_{language}"),
        (QLibraryInfo.location(QLibraryInfo.LibraryLocation.TranslationsPath), f"qtbase_{language}"),
    ):
        translator = QTranslator()
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            installed.append(translator)
    return installed


def visible_texts(widget: QWidget) -> List[str]:
    """Texts a reader sees in a page: labels, buttons, group titles, combo items, table headers."""
    texts = []
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        if isinstance(child, QLabel):
            texts.append(child.text())
        elif isinstance(child, QAbstractButton):
            texts.append(child.text())
        elif isinstance(child, QGroupBox):
            texts.append(child.title())
        elif isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
        if isinstance(child, QTableWidget):
            for i in range(child.columnCount()):
                item = child.horizontalHeaderItem(i)
                texts.append(item.text() if item is not None else "")
            for i in range(child.rowCount()):
                item = child.verticalHeaderItem(i)
                texts.append(item.text() if item is not None else "")
        elif isinstance(child, QTableView) and child.model() is not None:
            model = child.model()
            from qgis.PyQt.QtCore import Qt

            for i in range(model.columnCount()):
                texts.append(str(model.headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or ""))
    return [t for t in texts if t and t.strip()]


def untranslated(texts: List[str]) -> List[str]:
    """Texts that are an English source string of the catalogue shown as it is (its translation differs)."""
    catalogue = {source: text for (_c, source), (text, _k) in i18n_script.messages(i18n_script.ts_path("es")).items()}
    english = {source for source, text in catalogue.items() if text and text != source and len(source) > 3}
    found = []
    for text in texts:
        for line in text.replace("<br>", "\n").split("\n"):
            plain = line.strip()
            if plain in english:
                found.append(plain)
    return found


# The output folder the screenshots show: the one the training guide suggests, at a path that is the same at every
# run (so refreshed screenshots differ only where the dock changed); runs on one machine take turns (a lock file).
OUTPUT_FOLDERS = {"es": ("Documentos", "taller_villa_esperanza"), "en": ("Documents", "villa_esperanza_workshop")}


@pytest.fixture
def output_folder(language_installed) -> Iterator[Path]:
    """An empty output folder at a fixed place, removed afterwards."""
    import fcntl
    import tempfile

    base = Path(tempfile.gettempdir())
    with open(base / "migrant_planning_dock_screenshots.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        folder = base.joinpath(*OUTPUT_FOLDERS[language_installed])
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)


def check_spanish_geopackage(outputs: dict) -> None:
    """Issue 16 item 10: the GeoPackages of a Spanish run, read back as another program or project would, have
    Spanish field aliases, and the style (with those aliases) as the default of their layer_styles table."""
    import sqlite3

    from qgis.core import QgsVectorLayer

    expected = {
        "OUTPUT": {"any_idx": "cualquier amenaza: índice de exposición (0-1)", "area_m2": "Área del elemento (m²)"},
        "SUMMARY": {"area_name": "Área", "hazard_type": "Tipo de amenaza"},
    }
    for key, aliases in expected.items():
        path = outputs[key].split("|", 1)[0]
        with sqlite3.connect(path) as connection:
            styles = connection.execute("SELECT f_table_name, styleQML, useAsDefault FROM layer_styles").fetchall()
        assert styles and all(default for _t, _q, default in styles), (key, styles)
        for field, alias in aliases.items():
            tags = [tag for _t, qml, _d in styles for tag in re.findall(r"<alias [^>]*>", qml)]
            assert any(f'field="{field}"' in tag and f'name="{alias}"' in tag for tag in tags), (key, field, alias)
        fresh = QgsVectorLayer(path, "again", "ogr")
        assert fresh.isValid()
        for field, alias in aliases.items():
            assert fresh.fields().field(field).alias() == alias, (key, field)


def check_plain_spanish_terms(dock) -> None:
    """Issue 16 item 12, as a Spanish planner reads the dock after the workshop's runs: exposure in hazard zones,
    never 'riesgo'; 'Medir en' instead of 'Unidad de costo'; how settlements are counted said in a sentence; the
    AHP grid and the criteria table name the criteria in Spanish, not by their code keys."""
    texts = [t for page in dock.pages for t in visible_texts(page)]
    everything = "\n".join(texts).lower()
    for wrong in ("en riesgo", "unidad de costo", "los elementos son"):
        assert wrong not in everything, wrong
    access = dock.page("access")
    assert "Medir en" in visible_texts(access)
    exposure = dock.page("exposure")
    assert "Un asentamiento en parte dentro de una zona de amenaza cuenta" in visible_texts(exposure)
    suitability = dock.page("suitability")
    grid = suitability.ahp.table
    headers = [grid.horizontalHeaderItem(i).text() for i in range(grid.columnCount())]
    rows = [grid.verticalHeaderItem(i).text().replace("\n", " ") for i in range(grid.rowCount())]
    keys = {"health", "education", "roads", "urban", "slope", "hazard", "land_use"}
    assert not keys & {h.replace("\n", " ") for h in headers + rows}, (headers, rows)
    assert any("Salud" in h for h in rows) and any("Ciudad" in h for h in rows), rows
    names = [suitability.table.item(i, 0).text() for i in range(suitability.table.rowCount())]
    assert "Salud" in names and "Usos del suelo" in names and not keys & set(names), names


@pytest.mark.parametrize("language_installed", LANGUAGES, indirect=True)
def test_screenshots_of_every_step_with_the_workshop_results(
    language_installed, output_folder, qgis_iface, module_provider, screenshot
):
    language = language_installed
    QgsProject.instance().clear()
    planner = Planner(qgis_iface, output_folder)
    dock = planner.dock
    shots = []

    def shot(key: str, name: str, widget=None) -> None:
        planner.show(key, widget)
        scroll = dock.stack.currentWidget()
        page = dock.page(key)
        assert page.minimumSizeHint().width() <= scroll.viewport().width(), (language, name)
        shots.append(screenshot(planner.window, f"dock_{language}_{name}"))

    try:
        dock.page("report").open_when_done = False
        dock.load_sample_city()
        (ok,) = wait_signal(dock.sample_loaded)
        assert ok
        planner.zoom_to_city()
        planner.render_map()
        data = dock.data
        shot("data", "1_data")
        hazards = data.pickers["hazards"]
        hazards.toggle.setChecked(True)
        shot("data", "1_data_fields", hazards)
        hazards.toggle.setChecked(False)

        exposure = dock.page("exposure")
        shot("exposure", "2_exposure")
        assert planner.run("exposure"), exposure.last_message
        if language == "es":
            check_spanish_geopackage(dock.outputs["exposure"])
        planner.render_map()
        shot("exposure", "2_exposure_results", exposure.results)

        access = dock.page("access")
        shot("access", "3_access", access.threshold_table)
        assert planner.run("access"), access.last_message
        planner.render_map()
        shot("access", "3_access_results", access.results)

        suitability = dock.page("suitability")
        shot("suitability", "4_suitability", suitability.table)
        suitability.weight_mode.setCurrentIndex(1)
        from migrant_planning_plugin.processing.workflow import DEFAULT_AHP_MATRIX

        suitability.ahp.set_matrix(DEFAULT_AHP_MATRIX)  # the workshop's judgements (exercise 4)
        shot("suitability", "4_suitability_ahp", suitability.ahp)
        suitability.ahp.set_judgement(0, 3, 1 / 4)  # exercise 4's deliberate mistake: health vs existing city
        shot("suitability", "4_suitability_ahp_error", suitability.ahp.table)
        suitability.ahp.set_judgement(0, 3, 4)
        assert planner.run("suitability", timeout=240_000), suitability.last_message
        planner.zoom_to_city()
        planner.render_map()
        shot("suitability", "4_suitability_results", suitability.weights_used)
        shot("suitability", "4_suitability_sensitivity", suitability.sensitivity_label)

        scenarios = dock.page("scenarios")
        shot("scenarios", "5_scenarios", scenarios.suitability)
        assert planner.run("scenarios"), scenarios.last_message
        planner.render_map()
        shot("scenarios", "5_scenarios_results", scenarios.headline)

        report = dock.page("report")
        report.language.setCurrentIndex(1 if language == "es" else 2)
        report.author.setText("Secretaría de Planeación")
        shot("report", "6_report")
        assert planner.run("report", timeout=240_000), report.last_message
        shot("report", "6_report_built")

        if language == "es":
            problems = []
            for page in dock.pages:
                problems += [f"{page.key}: {text}" for text in untranslated(visible_texts(page))]
            problems += [f"step bar: {t}" for t in untranslated([b.full_text for b in dock.step_buttons])]
            assert not problems, "\n".join(problems)
            assert dock.step_buttons[1].full_text.startswith("2 Exposición")
            check_plain_spanish_terms(dock)
        assert all(path.exists() for path in shots) and len(shots) == 15
    finally:
        dock.shutdown()
        planner.window.close()
        dock.deleteLater()
        QgsProject.instance().clear()
    QApplication.processEvents()
