#!/usr/bin/env python3
"""Stage the plugin into build/migrant_planning_plugin/ (with the documentation as local web pages in help/),
zip it, and check the zip against the official QGIS plugin repository's upload rules.

Usage: package.py [stage|zip|check ZIP]   (no argument: all three)
"""

from __future__ import annotations

import configparser
import re
import shutil
import sys
import zipfile
from pathlib import Path
from typing import List

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = "migrant_planning_plugin"
BUILD = ROOT / "build"
STAGE = BUILD / PLUGIN
MAX_BYTES = 25 * 1024 * 1024
REQUIRED_METADATA = ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email", "repository")
EXPECTED_METADATA = REQUIRED_METADATA + (
    "tracker",
    "homepage",
    "tags",
    "category",
    "icon",
    "experimental",
    "hasProcessingProvider",
    "changelog",
)
_IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", "*.pyo", "*.ts", ".*", "*.aux.xml")


def version() -> str:
    """The version in metadata.txt."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]["version"]


def zip_path() -> Path:
    """Where the zip is written."""
    return BUILD / f"{PLUGIN}-{version()}.zip"


def stage() -> Path:
    """Copy package, metadata, LICENSE, resources and compiled translations into build/."""
    if STAGE.exists():
        shutil.rmtree(STAGE)
    shutil.copytree(ROOT / PLUGIN, STAGE, ignore=_IGNORED)
    shutil.copy2(ROOT / "metadata.txt", STAGE / "metadata.txt")
    shutil.copy2(ROOT / "LICENSE", STAGE / "LICENSE")
    shutil.copytree(ROOT / "resources", STAGE / "resources", ignore=_IGNORED)
    (STAGE / "i18n").mkdir(exist_ok=True)
    for qm in sorted((ROOT / "i18n").glob("*.qm")):
        shutil.copy2(qm, STAGE / "i18n" / qm.name)
    build_help(STAGE / "help")
    return STAGE


def build_help(target: Path) -> List[Path]:
    """The user guide, the workshop, the algorithm reference and the data dictionary as local web pages."""
    sys.path.insert(0, str(ROOT))
    from migrant_planning_plugin.help import build

    return build(ROOT / "docs", target)


def make_zip() -> Path:
    """Zip the staged folder (one top folder)."""
    target = zip_path()
    if target.exists():
        target.unlink()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(STAGE.rglob("*")):
            archive.write(path, path.relative_to(BUILD).as_posix())
    return target


def check(path: Path) -> List[str]:
    """Problems that the plugin repository would reject the zip for (empty list: fine)."""
    problems: List[str] = []
    path = Path(path)
    if path.stat().st_size >= MAX_BYTES:
        problems.append(f"zip is {path.stat().st_size} bytes, the limit is 25 MB")
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        tops = {name.split("/", 1)[0] for name in names}
        if len(tops) != 1:
            problems.append(f"zip must hold exactly one top folder, found {sorted(tops)}")
            return problems
        top = tops.pop()
        if not re.fullmatch(r"[a-z_][a-z0-9_]*", top):
            problems.append(f"top folder '{top}' is not a valid lower-case Python identifier")
        for required in ("__init__.py", "metadata.txt", "LICENSE"):
            if f"{top}/{required}" not in names:
                problems.append(f"{required} is missing from {top}/")
        for name in names:
            parts = name.split("/")
            if (
                name.endswith((".pyc", ".pyo"))
                or "__pycache__" in parts
                or ".git" in parts
                or any(part.startswith(".") and part not in ("", ".") for part in parts)
            ):
                problems.append(f"forbidden file in zip: {name}")
        if f"{top}/metadata.txt" in names:
            parser = configparser.ConfigParser(interpolation=None)
            parser.optionxform = str
            parser.read_string(archive.read(f"{top}/metadata.txt").decode("utf-8"))
            if "general" not in parser:
                problems.append("metadata.txt has no [general] section")
            else:
                general = parser["general"]
                for key in EXPECTED_METADATA:
                    if not general.get(key, "").strip():
                        problems.append(f"metadata.txt: '{key}' is missing or empty")
                icon = general.get("icon", "").strip()
                if icon and f"{top}/{icon}" not in names:
                    problems.append(f"metadata.txt: icon '{icon}' is not in the zip")
                if not re.fullmatch(r"\d+\.\d+(\.\d+)?", general.get("qgisMinimumVersion", "")):
                    problems.append("metadata.txt: qgisMinimumVersion is not a version number")
    return problems


def main(argv: List[str]) -> int:
    """Command line."""
    command = argv[1] if len(argv) > 1 else "all"
    if command in ("stage", "all"):
        print(f"staged {stage()}")
    if command in ("zip", "all"):
        print(f"wrote {make_zip()}")
    if command in ("check", "all"):
        target = Path(argv[2]) if command == "check" and len(argv) > 2 else zip_path()
        problems = check(target)
        for problem in problems:
            print(f"PACKAGE CHECK FAILED: {problem}")
        if problems:
            return 1
        print(f"{target}: passes the plugin repository checks ({target.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
