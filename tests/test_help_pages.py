"""The documentation as local web pages (migrant_planning_plugin.help): every step of the dock has its section in
the dock chapter of each language, every relative link and image of every page resolves to a built file and its
anchor, and the repository builds them on demand."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Set
from urllib.parse import unquote

import pytest

pytest.importorskip("markdown")

from migrant_planning_plugin import help as guide

ROOT = Path(__file__).resolve().parents[1]
STEPS = ("data", "exposure", "access", "suitability", "scenarios", "report")
LINK = re.compile(r'(?:href|src)="([^"]+)"')


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The pages built from docs/ as the package builds them."""
    target = tmp_path_factory.mktemp("help") / "help"
    pages = guide.build(ROOT / "docs", target)
    assert len(pages) == len(list((ROOT / "docs").rglob("*.md")))
    return target


def ids(page: Path) -> Set[str]:
    return set(re.findall(r'\bid="([^"]+)"', page.read_text(encoding="utf-8")))


@pytest.mark.parametrize("language", ["es", "en"])
def test_every_step_opens_its_section(built, language):
    for step in STEPS:
        page, anchor = guide.step_page(step, language)
        assert (built / page).is_file(), page
        assert anchor in ids(built / page), (step, anchor)
    headings = {"es": "2 Exposición", "en": "2 Exposure"}
    assert guide.step_page("exposure", language)[1] == headings[language].lower().replace(" ", "-")


def test_a_language_without_a_chapter_gets_the_english_one():
    assert guide.step_page("access", "fr") == ("user-guide/en/dock.html", "3-access")


def test_every_relative_link_and_image_of_every_page_resolves(built):
    problems = []
    for page in sorted(built.rglob("*.html")):
        for target in LINK.findall(page.read_text(encoding="utf-8")):
            if re.match(r"^[a-zA-Z][a-zA-Z0-9+.\-]*:", target) or target.startswith("/"):
                continue
            path, _, anchor = target.partition("#")
            resolved = (page.parent / unquote(path)).resolve() if path else page
            if not resolved.is_file():
                problems.append(f"{page.relative_to(built)}: {target} (no file)")
            elif anchor and resolved.suffix == ".html" and unquote(anchor) not in ids(resolved):
                problems.append(f"{page.relative_to(built)}: {target} (no such section)")
            elif path.endswith(".md"):
                problems.append(f"{page.relative_to(built)}: {target} (a Markdown link left)")
    assert not problems, "\n".join(problems)
    # the user guide shows the dock's screenshots from the built folder
    panel = (built / "user-guide" / "es" / "panel.html").read_text(encoding="utf-8")
    assert 'src="../images/dock_es_1_data.png"' in panel and (built / "user-guide/images/dock_es_1_data.png").is_file()


def test_the_algorithm_reference_folder_gets_an_index(built):
    index = built / "algorithms" / "index.html"
    assert index.is_file()
    assert 'href="service_access.html"' in index.read_text(encoding="utf-8")


def test_slugs_follow_github():
    assert guide.slug("2 Exposición") == "2-exposición"
    assert guide.slug("Importar OpenStreetMap (`import_osm`)") == "importar-openstreetmap-import_osm"
    assert guide.slug("Límites") == "límites"


def test_the_repository_builds_the_pages_on_demand_and_again_when_a_page_changes(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    (docs / "user-guide" / "en").mkdir(parents=True)
    chapter = docs / "user-guide" / "en" / "dock.md"
    chapter.write_text("# The dock\n\n## 1 Data\n\nFirst.\n", encoding="utf-8")
    monkeypatch.setattr(guide, "HELP_DIR", tmp_path / "no_plugin_help")
    monkeypatch.setattr(guide, "DOCS_DIR", docs)
    monkeypatch.setattr(guide, "BUILT_DIR", tmp_path / "build" / "help")
    folder = guide.help_folder()
    assert folder == tmp_path / "build" / "help"
    assert "First." in (folder / "user-guide/en/dock.html").read_text(encoding="utf-8")
    import os
    import time

    chapter.write_text("# The dock\n\n## 1 Data\n\nSecond.\n", encoding="utf-8")
    later = time.time() + 10
    os.utime(chapter, (later, later))
    assert "Second." in (guide.help_folder() / "user-guide/en/dock.html").read_text(encoding="utf-8")
    (tmp_path / "no_plugin_help" / "user-guide").mkdir(parents=True)  # an installed plugin: its own pages
    assert guide.help_folder() == tmp_path / "no_plugin_help"


def test_every_algorithm_reference_page_has_its_spanish_version():
    """docs/algorithms/<id>.md has docs/algorithms/es/<id>.md, listed in the Spanish index, and both link each other."""
    english = sorted(p for p in (ROOT / "docs" / "algorithms").glob("*.md"))
    index = (ROOT / "docs" / "algorithms" / "es" / "README.md").read_text(encoding="utf-8")
    missing = []
    for page in english:
        spanish = ROOT / "docs" / "algorithms" / "es" / page.name
        if not spanish.exists():
            missing.append(f"{page.name}: write docs/algorithms/es/{page.name} (the reference in Spanish)")
            continue
        if f"({page.name})" not in index:
            missing.append(f"{page.name}: list it in docs/algorithms/es/README.md")
        if f"(es/{page.name})" not in page.read_text(encoding="utf-8"):
            missing.append(f"{page.name}: link its Spanish version (*Versión en español: [es/{page.name}](…)*)")
        if f"(../{page.name})" not in spanish.read_text(encoding="utf-8"):
            missing.append(f"es/{page.name}: link the English version")
    assert len(english) >= 11 and not missing, "\n".join(missing)
