"""The training guide never drifts from the software: every figure it prints is what the current code gives.

In docs/training/{es,en}/*.md each checked figure is written in bold or as code and followed by an HTML comment
naming it, e.g. ``**32 940**<!-- check: exposure.any.alta.population -->`` (invisible when the Markdown is
rendered). The test runs the exercises' steps with the guide's settings (tests/qgis/workshop_support.py), and
compares each figure, rounded as printed, with the value computed now. A comparison matrix the trainees type
is checked cell by cell: ``<!-- check-matrix: settings.ahp_matrix -->`` before a Markdown table.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import List, Optional, Tuple

import pytest

from tests.qgis import workshop_support as ws

ROOT = Path(__file__).resolve().parents[2]
TRAINING = ROOT / "docs" / "training"
LANGUAGES = ("es", "en")
EXERCISES = {
    "es": [
        "ejercicio_1_datos.md",
        "ejercicio_2_exposicion.md",
        "ejercicio_3_acceso.md",
        "ejercicio_4_aptitud.md",
        "ejercicio_5_predios.md",
        "ejercicio_6_escenarios.md",
        "ejercicio_7_datos_municipio.md",
    ],
    "en": [
        "exercise_1_data.md",
        "exercise_2_exposure.md",
        "exercise_3_access.md",
        "exercise_4_suitability.md",
        "exercise_5_parcels.md",
        "exercise_6_scenarios.md",
        "exercise_7_own_data.md",
    ],
}
OTHER_PAGES = {"es": ["README.md", "notas_facilitador.md"], "en": ["README.md", "facilitator_notes.md"]}

CHECK = re.compile(r"<!--\s*check:\s*(?P<key>[\w.\-]+)\s*-->")
MATRIX = re.compile(r"<!--\s*check-matrix:\s*(?P<key>[\w.\-]+)\s*-->")
SHOWN = re.compile(r"(?:`(?P<code>[^`]+)`|\*\*(?P<bold>[^*]+)\*\*)\s*$")
NUMBER = re.compile(
    r"^(?P<sign>[-−]?)(?P<int>\d{1,3}(?:[ \u00a0\u202f]\d{3})*|\d+)(?:[.,](?P<dec>\d+))?"
    r"\s*(?:%|ha|m|min|km|personas|people|persons)?$"
)


def checks(path: Path) -> List[Tuple[int, str, Optional[str]]]:
    """(line number, key, figure shown just before the comment, or None) of every check in a page."""
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        for match in CHECK.finditer(line):
            before = CHECK.sub("", line[: match.start()]).rstrip()
            shown = SHOWN.search(before)
            found.append((number, match.group("key"), (shown.group("code") or shown.group("bold")) if shown else None))
    return found


def parse_number(text: str) -> Optional[Tuple[float, int]]:
    """'32 940' -> (32940, 0); '11,3 %' -> (11.3, 1); '0.207' -> (0.207, 3); None when not a number."""
    match = NUMBER.match(text.strip())
    if not match:
        return None
    digits = re.sub(r"[ \u00a0\u202f]", "", match.group("int"))
    decimals = match.group("dec") or ""
    value = float(f"{digits}.{decimals}" if decimals else digits)
    return (-value if match.group("sign") else value), len(decimals)


def mismatch(expected, shown: Optional[str]) -> Optional[str]:
    """Why a shown figure does not match the expected value (None when it does)."""
    if shown is None:
        return "no figure in bold or `code` just before the check comment"
    if isinstance(expected, str):
        return None if shown.strip() == expected else f"shows {shown!r}, the software gives {expected!r}"
    parsed = parse_number(shown)
    if parsed is None:
        return f"shows {shown!r}, which is not a number; the software gives {expected}"
    value, decimals = parsed
    tolerance = 0.5 * 10.0**-decimals + 1e-9 * max(1.0, abs(float(expected)))
    if abs(value - float(expected)) > tolerance:
        return f"shows {shown!r}, the software gives {float(expected):.{max(decimals, 1) + 2}f}"
    return None


def matrix_checks(path: Path) -> List[Tuple[int, str, str]]:
    """(line, key, matrix as 'a,b;c,d') of every Markdown table announced by a check-matrix comment."""
    lines = path.read_text(encoding="utf-8").splitlines()
    found = []
    for number, line in enumerate(lines):
        match = MATRIX.search(line)
        if not match:
            continue
        rows = []
        for row in lines[number + 1 :]:
            if not row.strip():
                if rows:
                    break
                continue
            if not row.lstrip().startswith("|"):
                break
            rows.append([cell.strip().strip("*`") for cell in row.strip().strip("|").split("|")])
        body = [r for r in rows[2:]]  # header and separator first
        text = ";".join(",".join(cells[1:]) for cells in body)
        found.append((number + 1, match.group("key"), text))
    return found


@pytest.fixture(scope="module")
def facts(module_provider):
    """The figures of the current code at the guide's settings."""
    return dict(ws.facts())


def pages(language: str) -> List[Path]:
    """Every page of the guide in one language."""
    return [TRAINING / language / name for name in OTHER_PAGES[language] + EXERCISES[language]]


def test_the_guide_has_every_page_in_both_languages():
    for language in LANGUAGES:
        for page in pages(language):
            assert page.exists(), page
    assert (TRAINING / "README.md").exists()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_figure_of_the_guide_is_what_the_software_gives(facts, language):
    problems = []
    count = 0
    for page in pages(language):
        for line, key, shown in checks(page):
            count += 1
            if key not in facts:
                problems.append(f"{page.name}:{line}: unknown check key {key}")
                continue
            why = mismatch(facts[key], shown)
            if why:
                problems.append(f"{page.name}:{line}: {key} {why}")
        for line, key, text in matrix_checks(page):
            count += 1
            if text.replace(" ", "") != str(facts[key]).replace(" ", ""):
                problems.append(f"{page.name}:{line}: the matrix table reads {text}, the settings are {facts[key]}")
    assert count > 100
    assert not problems, "\n".join(problems)


def test_both_languages_check_the_same_figures_and_every_exercise_has_some():
    keys = {}
    for language in LANGUAGES:
        keys[language] = set()
        for page in pages(language):
            page_keys = {key for _line, key, _shown in checks(page)}
            if page.name in EXERCISES[language]:
                assert len(page_keys) >= 8, f"{page}: only {len(page_keys)} checked figures"
            keys[language] |= page_keys
    assert keys["es"] == keys["en"], (
        f"only in Spanish: {sorted(keys['es'] - keys['en'])}; only in English: {sorted(keys['en'] - keys['es'])}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_changed_figure_is_caught(facts, language):
    """Change the last digit of every checked number (or any text) of the guide: each change must fail."""
    missed = []
    for page in pages(language):
        for line, key, shown in checks(page):
            if key not in facts or shown is None:
                continue
            if isinstance(facts[key], str):
                changed = shown + "x"
            else:
                position = max(i for i, c in enumerate(shown) if c.isdigit())
                digit = int(shown[position])
                changed = shown[:position] + str((digit + 1) % 10) + shown[position + 1 :]
            if mismatch(facts[key], changed) is None:
                missed.append(f"{page.name}:{line}: {key} {shown!r} -> {changed!r} passes")
    assert not missed, "\n".join(missed)


def test_parsing_of_figures():
    assert parse_number("32 940") == (32940.0, 0)
    assert parse_number("11,3 %") == (11.3, 1)
    assert parse_number("0.207") == (0.207, 3)
    assert parse_number("1 469 ha") == (1469.0, 0)
    assert parse_number("P-0143") is None
    assert mismatch(32939.76, "32 940") is None
    assert mismatch(32939.76, "32 941") is not None
    assert mismatch(11.319, "11,3 %") is None and mismatch(11.319, "11,4 %") is not None
    assert mismatch("P-0143", "P-0143") is None and mismatch("P-0143", "P-0144") is not None
