"""The workshop through the dock: a trainer who follows the training guide's *panel* steps gets the figures the
guide prints.

docs/training/{es,en}/*.md print the sample city's figures with a check comment (see
tests/qgis/test_training_numbers.py, whose parsing helpers are reused here); that test runs the *toolbox* steps.
This one presses the dock's buttons as the guide's "Con el panel del complemento" steps say — the dock's
defaults, except what the guide tells trainees to change (the AHP judgements, the road-network repeat of
exercise 3, the report's language) — and compares the figures the dock shows in its tables (or writes to the
files it loads) with those the guide prints, rounded as printed.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Dict, List, Tuple

import pytest
from osgeo import gdal
from qgis.core import QgsProject

from migrant_planning_plugin.core.text import fold
from tests.gui.test_dock_steps import Planner, wait_signal
from tests.qgis.test_training_numbers import EXERCISES, LANGUAGES, OTHER_PAGES, TRAINING, checks, mismatch
from tests.qgis.workshop_support import _slug, pdf_pages

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import i18n as i18n_script

CRITERIA = ("health", "education", "roads", "urban", "slope", "hazard", "land_use")


ROOT = Path(__file__).resolve().parents[2]
# the user guide's dock chapters print the workshop's figures too (their screenshots show them), checked the same way
CHAPTERS = (ROOT / "docs" / "user-guide" / "es" / "panel.md", ROOT / "docs" / "user-guide" / "en" / "dock.md")


def guide_pages() -> List[Path]:
    """The training guide's pages in both languages, then the dock chapters of the user guide."""
    pages = [
        TRAINING / language / name for language in LANGUAGES for name in OTHER_PAGES[language] + EXERCISES[language]
    ]
    return pages + list(CHAPTERS)


def printed_figures() -> Dict[str, List[Tuple[str, str]]]:
    """check key -> every (page:line, figure shown) of the guide and the chapters, in both languages."""
    figures: Dict[str, List[Tuple[str, str]]] = {}
    for page in guide_pages():
        for line, key, shown in checks(page):
            if shown is not None:
                figures.setdefault(key, []).append((f"{page.relative_to(ROOT)}:{line}", shown))
    return figures


def guide_value(figures: dict, key: str) -> str:
    """The figure the (Spanish) guide prints for ``key``."""
    assert key in figures, f"the guide prints no {key}"
    return figures[key][0][1]


def mapping(text: str) -> Dict[str, float]:
    """'salud=1500;educación=1000' -> {'salud': 1500.0, 'educacion': 1000.0}."""
    pairs = (part.split("=", 1) for part in text.split(";") if "=" in part)
    return {fold(name).strip(): float(value) for name, value in pairs}


@pytest.fixture(scope="module")
def planner(qgis_iface, module_provider, tmp_path_factory):
    """The dock as a trainee opens it: a new project, the sample city loaded (exercise 1)."""
    QgsProject.instance().clear()
    planner = Planner(qgis_iface, tmp_path_factory.mktemp("workshop_dock"))
    planner.dock.page("report").open_when_done = False
    planner.dock.load_sample_city()
    (ok,) = wait_signal(planner.dock.sample_loaded)
    assert ok
    yield planner
    planner.dock.shutdown()
    planner.window.close()
    planner.dock.deleteLater()
    QgsProject.instance().clear()


def test_the_dock_defaults_are_the_workshop_settings(planner):
    """What the guide says to leave as it is really is the dock's default."""
    figures = printed_figures()
    access = planner.page("access")
    assert access.method.currentIndex() == 0 and access.unit.currentIndex() == 0  # straight line, metres
    assert access.weighting.currentIndex() == 1  # 2SFCA
    assert mapping(access.thresholds_text()) == mapping(guide_value(figures, "settings.thresholds"))
    suitability = planner.page("suitability")
    assert mismatch(suitability.cell_size.value(), guide_value(figures, "settings.cell_size")) is None
    assert suitability.enabled_names() == guide_value(figures, "settings.criteria").split(",")
    assert suitability.ahp.names == suitability.enabled_names()
    exposure = planner.page("exposure")
    assert exposure.mode.currentIndex() == 0 and exposure.with_facilities.isChecked()
    assert [exposure.weights[level].value() for level in ("alta", "media", "baja")] == [1.0, 0.5, 0.2]
    scenarios = planner.page("scenarios")
    names = [_slug(s["name"]) for s in scenarios.scenarios]
    assert names == ["tendencial", "planificado_compacto", "planificado_llegadas_altas"]
    for scenario in scenarios.scenarios:
        key = f"scenarios.{_slug(scenario['name'])}"
        assert mismatch(scenario["arrivals_per_year"], guide_value(figures, f"{key}.arrivals_per_year")) is None
        assert mismatch(scenario["density_dwellings_ha"], guide_value(figures, f"{key}.density_dwellings_ha")) is None
        assert mismatch(100 * scenario["public_space_share"], guide_value(figures, f"{key}.public_space_pct")) is None
        years = f"{scenario['base_year']}-{scenario['horizon_year']}"
        assert years == guide_value(figures, f"{key}.years")


def test_following_the_guide_through_the_dock_gives_the_printed_figures(planner, artifacts):
    figures = printed_figures()
    dock = planner.dock
    got: Dict[str, object] = {}

    # Exercise 1: the layers the sample city fills the roles with
    for role, name in (("settlements", "asentamientos"), ("hazards", "zonas_amenaza"), ("facilities", "equipamientos")):
        got[f"data.{name}.count"] = dock.data.layer(role).featureCount()

    # Exercise 2: step 2 with its defaults, facilities ticked
    assert planner.run("exposure"), planner.page("exposure").last_message
    exposure = planner.page("exposure")
    for measure in ("population", "migrants", "households"):
        whole = exposure.table_frame("any", measure).iloc[-1]
        for level in ("alta", "media", "baja"):
            got[f"exposure.any.{level}.{measure}"] = whole[level]
        got[f"exposure.any.exposed.{measure}"] = whole["exposed"]
    population = exposure.table_frame("any", "population")
    got["exposure.any.exposed.population_pct"] = 100 * population.iloc[-1]["share"]
    for kind in exposure.summary["hazard_type"].unique():
        if kind != "any":
            alta = exposure.table_frame(kind, "population").iloc[-1]["alta"]
            got[f"exposure.{_slug(kind).split('_')[0]}.alta.population"] = alta
    areas = population.iloc[:-1].sort_values("alta", ascending=False)
    got["exposure.top_area.name"] = areas.iloc[0]["area_name"]
    got["exposure.top_area.alta.population"] = areas.iloc[0]["alta"]
    got["exposure.second_area.name"] = areas.iloc[1]["area_name"]
    facilities = exposure.facility_summary
    rows = facilities[(facilities["facility_type"] == "ALL") & (facilities["hazard_type"] == "any")]
    for _, row in rows.iterrows():
        got[f"facility_exposure.any.{row['hazard_level']}.facilities"] = row["facilities"]

    # Exercise 3: step 3 in a straight line, then over the road network on foot
    access = planner.page("access")
    for prefix, method in (("access.straight", 0), ("access.road", 1)):
        access.method.setCurrentIndex(method)
        access.travel.setCurrentIndex(0)
        assert planner.run("access"), access.last_message
        access.area.setCurrentIndex(0)  # the whole city
        for _, row in access.table.frame().iterrows():
            kind = _slug(row["facility_type"])
            got[f"{prefix}.{kind}.covered_pct"] = 100 * row["share_covered"]
            got[f"{prefix}.{kind}.migrants_covered_pct"] = 100 * row["migrants_share"]
            got[f"{prefix}.{kind}.uncovered"] = row["uncovered"]
    access.method.setCurrentIndex(0)

    # Exercise 4: step 4, weights from the pairwise comparisons typed cell by cell above the diagonal
    suitability = planner.page("suitability")
    suitability.weight_mode.setCurrentIndex(1)
    editor = suitability.ahp
    matrix = [row.split(",") for row in guide_value(figures, "settings.ahp_matrix").split(";")]
    for i, row in enumerate(matrix):
        for j in range(i + 1, len(row)):
            value = row[j]
            editor.set_judgement(i, j, 1 / float(value[2:]) if value.startswith("1/") else float(value))
    weights = editor.weights()
    for name in CRITERIA:
        got[f"ahp.weight.{name}"] = weights[name]
        got[f"ahp.weight_pct.{name}"] = 100 * weights[name]
    got["ahp.cr"] = editor.result().cr
    got["ahp.lambda_max"] = editor.result().lambda_max
    # the deliberate mistake: health against urban 1/4 instead of 4, then back
    health, urban = CRITERIA.index("health"), CRITERIA.index("urban")
    editor.set_judgement(health, urban, 1 / 4)
    got["ahp_inconsistent.cr"] = editor.result().cr
    assert editor.result().inconsistent_pair == (health, urban)
    editor.set_judgement(health, urban, 4)
    assert editor.result().cr == pytest.approx(got["ahp.cr"])
    # exercise 5 on the same run: the parcels and the sensitivity test (ticked by default)
    assert suitability.with_sensitivity.isChecked()
    assert planner.run("suitability", timeout=240_000), suitability.last_message
    outputs = dock.outputs["suitability"]
    metadata = gdal.Open(outputs["OUTPUT"]).GetMetadata()
    for item in metadata["class_area_ha"].split(";"):
        name, area = item.split("=")
        got[f"suitability.area_ha.{_slug(name)}"] = float(area)
    got["suitability.cr"] = float(outputs["CR"])
    top = suitability.top_table.frame()
    for position, (_, row) in enumerate(top.head(5).iterrows(), start=1):
        got[f"ranking.top{position}.id"] = row["parcel"]
        got[f"ranking.top{position}.suit_mean"] = row["suit_mean"]
        got[f"ranking.top{position}.area_ha"] = row["area_ha"]
    got["ranking.top10_total.area_ha"] = float(top.head(10)["area_ha"].sum())
    sensitivity = suitability.sensitivity_table.frame()
    got["sensitivity.runs"] = len(sensitivity)
    got["sensitivity.spearman_min"] = sensitivity["spearman"].min()
    got["sensitivity.top_kept_min"] = int(sensitivity["top_kept"].min())

    # Exercise 6: step 5 with the example scenarios, step 6 in Spanish
    scenarios = planner.page("scenarios")
    assert scenarios.suitability.currentLayer() is not None
    for scenario in scenarios.scenarios:  # the example scenarios, as the table shows them
        got[f"scenarios.{_slug(scenario['name'])}.arrivals_per_year"] = scenario["arrivals_per_year"]
    assert planner.run("scenarios"), scenarios.last_message
    shown = scenarios.results_table.frame()
    summary = scenarios.summary
    for _, row in shown.iterrows():
        key = f"scenarios.{_slug(row['scenario'])}"
        rows = summary[summary["scenario"] == row["scenario"]]
        got[f"{key}.land_demand_ha"] = row["land_allocated_ha"]  # the dock shows the land allocated
        got[f"{key}.in_hazard"] = row["in_hazard"]
        got[f"{key}.school_seats"] = row["school_seats_needed"]
        got[f"{key}.population_added"] = float(rows["population_added"].sum())
        got[f"{key}.alta"] = float(rows["pop_in_hazard_alta"].sum())
        assert float(rows["unmet_demand_ha"].sum()) == 0.0  # no scenario runs out of land
    report = planner.page("report")
    report.language.setCurrentIndex(1)
    assert planner.run("report", timeout=240_000), report.last_message
    got["report.pages"] = pdf_pages(report.pdf_path)

    problems = []
    for key, value in got.items():
        if key not in figures:
            continue
        for where, shown_text in figures[key]:
            why = mismatch(value, shown_text)
            if why:
                problems.append(f"{where}: {key} {why} (through the dock)")
    compared = [key for key in got if key in figures]
    assert len(compared) >= 60, sorted(set(got) - set(figures))
    for chapter in CHAPTERS:  # every figure of the dock chapters is one the dock run gives
        unchecked = [f"{chapter.name}:{line} {key}" for line, key, _shown in checks(chapter) if key not in got]
        assert not unchecked and len(checks(chapter)) >= 20, unchecked
    assert not problems, "\n".join(problems)


def test_the_guide_names_the_dock_labels_of_the_criteria():
    """The Spanish guide's AHP table names each criterion as the Spanish dock shows it (its key in code after it)."""
    text = (TRAINING / "es" / "ejercicio_4_aptitud.md").read_text(encoding="utf-8")
    shown = {key: label for label, key in re.findall(r"\|\s*\*\*([^*|]+)\*\*\s*\(`(\w+)`\)", text)}
    assert set(shown) == set(CRITERIA), shown
    path = Path(__file__).resolve().parents[2] / "i18n" / "migrant_planning_es.ts"
    ts = path.read_text(encoding="utf-8")
    english = {
        "health": "Health",
        "education": "Education",
        "roads": "Roads",
        "urban": "Existing city",
        "slope": "Slope",
        "hazard": "Hazard",
        "land_use": "Land use",
    }
    for name, label in english.items():
        match = re.search(rf"<source>{re.escape(label)}</source>\s*<translation>([^<]*)</translation>", ts)
        assert match, label
        assert fold(match.group(1)) == fold(shown[name]), (name, match.group(1), shown[name])


PANEL_STEPS = {"es": "### Con el panel del complemento", "en": "### With the plugin's dock"}
# emphasis in the panel steps that is not a label of the dock: concepts, values the trainee picks, list items
NOT_LABELS = {
    "verificaciones",
    "checks",
    "el error a propósito:",
    "the deliberate mistake:",
    "1/4",
    "español",
    "english",
}


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_panel_steps_name_buttons_and_options_as_the_dock_shows_them(language):
    """Every **bold** name in the guide's dock steps is a label of the dock in that language (e.g. the button is
    *Calcular exposición*, not *Ejecutar*)."""
    ts = i18n_script.messages(i18n_script.ts_path("es"))
    labels = {_plain(text if language == "es" else source) for (_c, source), (text, _k) in ts.items()}
    labels.discard("")
    problems = []
    for name in EXERCISES[language]:
        text = (TRAINING / language / name).read_text(encoding="utf-8")
        assert PANEL_STEPS[language] in text, name
        section = text.split(PANEL_STEPS[language], 1)[1].split("\n### ", 1)[0]
        for match in re.finditer(r"\*\*([^*]+)\*\*", section):
            if section[match.end() :].startswith("<!--"):
                continue  # a figure the guide checks, not a label
            for part in match.group(1).split("▸"):
                shown = _plain(part)
                step = re.match(r"^\d (.+)$", shown)
                if shown in NOT_LABELS or shown in labels or (step and step.group(1) in labels):
                    continue
                if any(label.startswith(shown + " (") for label in labels):  # '2SFCA' of '2SFCA (…)'
                    continue
                problems.append(f"{language}/{name}: **{part.strip()}** is not a label of the dock")
    assert not problems, "\n".join(problems)
