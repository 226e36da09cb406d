#!/usr/bin/env python3
"""Translations: ``update`` refreshes i18n/*.ts from the code with pylupdate5; ``check`` fails on
any unfinished or missing translation; ``sources`` prints the strings found in the code;
``pending [lang]`` prints the untranslated strings as JSON; ``apply FILE.json [lang]`` writes
translations (JSON object source -> translation) into the .ts.

Every user-visible string is written ``tr("literal")`` (context ``@default``).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Dict, List, Set, Tuple

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "migrant_planning_plugin"
I18N = ROOT / "i18n"
LANGUAGES = ("es",)


def python_files() -> List[Path]:
    """Every Python file of the plugin package."""
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(language: str) -> Path:
    """The .ts file of a language."""
    return I18N / f"migrant_planning_{language}.ts"


def run_pylupdate(target: Path) -> None:
    """Run pylupdate5 over the package into ``target`` (keeps existing translations, drops obsolete)."""
    files = [str(p.relative_to(ROOT)) for p in python_files()]
    subprocess.run(
        ["pylupdate5", "-noobsolete", *files, "-ts", str(target.relative_to(ROOT))],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def messages(path: Path) -> Dict[Tuple[str, str], Tuple[str, str]]:
    """(context, source) -> (translation text, type attribute) of a .ts file."""
    out: Dict[Tuple[str, str], Tuple[str, str]] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = "" if translation is None else (translation.text or "")
            kind = "" if translation is None else translation.get("type", "")
            out[(name, source)] = (text, kind)
    return out


def code_sources() -> Set[Tuple[str, str]]:
    """(context, source) of every translatable string in the code, as pylupdate5 extracts them."""
    with tempfile.TemporaryDirectory(dir=ROOT) as tmp:
        target = Path(tmp) / "extract.ts"
        run_pylupdate(target)
        return set(messages(target))


def problems(language: str) -> List[str]:
    """Strings without a finished translation, and strings of the code missing from the .ts."""
    path = ts_path(language)
    if not path.exists():
        return [f"{path.name} does not exist: run make i18n"]
    found = messages(path)
    out = []
    for (context, source), (text, kind) in sorted(found.items()):
        if kind in ("unfinished", "vanished", "obsolete") or not text.strip():
            if kind not in ("vanished", "obsolete"):
                out.append(f"{path.name}: no translation for [{context}] {source!r}")
    for key in sorted(code_sources() - set(found)):
        out.append(f"{path.name}: out of date, missing [{key[0]}] {key[1]!r} (run make i18n)")
    return out


def pending(language: str) -> Dict[str, str]:
    """Source strings of a .ts that have no finished translation (source -> current text)."""
    return {
        source: text
        for (_c, source), (text, kind) in messages(ts_path(language)).items()
        if kind == "unfinished" or not text.strip()
    }


def apply(language: str, translations: Dict[str, str]) -> int:
    """Write translations (source -> text) into the .ts, marking them finished; returns how many."""
    path = ts_path(language)
    tree = ET.parse(path)
    count = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        if source in translations and translations[source].strip():
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.text = translations[source]
            translation.attrib.pop("type", None)
            count += 1
    with open(path, "wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
    return count


def main(argv: List[str]) -> int:
    """Command line."""
    command = argv[1] if len(argv) > 1 else "check"
    I18N.mkdir(exist_ok=True)
    if command == "update":
        for language in LANGUAGES:
            run_pylupdate(ts_path(language))
            print(f"updated {ts_path(language)}")
        return 0
    if command == "check":
        issues = [p for language in LANGUAGES for p in problems(language)]
        for issue in issues[:200]:
            print(issue)
        if issues:
            print(f"{len(issues)} translation problems")
            return 1
        print("translations complete")
        return 0
    if command == "pending":
        import json

        language = argv[2] if len(argv) > 2 else LANGUAGES[0]
        print(json.dumps(pending(language), ensure_ascii=False, indent=1))
        return 0
    if command == "apply":
        import json

        language = argv[3] if len(argv) > 3 else LANGUAGES[0]
        with open(argv[2], encoding="utf-8") as handle:
            print(f"applied {apply(language, json.load(handle))} translations to {ts_path(language).name}")
        return 0
    if command == "sources":
        for context, source in sorted(code_sources()):
            print(f"[{context}] {source}")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
