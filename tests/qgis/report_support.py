"""Helpers of the planning_report tests: the Spanish catalogue, PDF pages, HTML tables."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from typing import Dict, List, Optional

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "i18n" / "migrant_planning_es.ts"
PROPOSED = ROOT / "i18n" / "planning_report_es.json"


def build_spanish_qm(folder: Path) -> Optional[Path]:
    """migrant_planning_es.qm in ``folder``: the project's .ts plus the report's proposed translations
    (i18n/planning_report_es.json, not yet merged into the .ts). None without lrelease."""
    if shutil.which("lrelease") is None:
        return None
    tree = ET.parse(TS)
    context = next(c for c in tree.getroot().iter("context") if c.findtext("name") == "@default")
    known = {m.findtext("source") for m in context.iter("message")}
    proposed = json.loads(PROPOSED.read_text(encoding="utf-8")) if PROPOSED.exists() else {}
    for source, text in proposed.items():
        if source in known:
            continue
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = text
    ts = folder / "migrant_planning_es.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "migrant_planning_es.qm"
    subprocess.run(["lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def pdf_pages(path: str) -> int:
    """Number of pages (pdfinfo)."""
    out = subprocess.run(["pdfinfo", path], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def pdf_text(path: str) -> str:
    """The text of a PDF (pdftotext, layout kept)."""
    return subprocess.run(["pdftotext", "-layout", path, "-"], check=True, capture_output=True, text=True).stdout


def render_pages(path: str, prefix: Path, dpi: int = 50) -> List[Path]:
    """Render every page to PNG with pdftoppm; the paths in page order."""
    for old in prefix.parent.glob(prefix.name + "-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", path, str(prefix)], check=True)
    return sorted(prefix.parent.glob(prefix.name + "-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))


def ink(png: Path) -> Dict[str, float]:
    """How much is drawn on a page: share of non-white pixels, and pixel standard deviation."""
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(png)).convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = image.width(), image.height()
    pointer = image.constBits()
    pointer.setsize(image.bytesPerLine() * height)
    pixels = np.frombuffer(pointer, np.uint8).reshape(height, image.bytesPerLine())[:, :width].astype(float)
    return {"non_white": float((pixels < 245).mean()), "std": float(pixels.std())}


class _Tables(HTMLParser):
    """Collects the cells of every <table id=...> of an HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: Dict[str, List[List[str]]] = {}
        self.current: Optional[str] = None
        self.row: Optional[List[str]] = None
        self.cell: Optional[List[str]] = None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.current = dict(attrs).get("id", "")
            self.tables[self.current] = []
        elif tag == "tr" and self.current is not None:
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.row.append(re.sub(r"[ \t\r\n]+", " ", "".join(self.cell)).strip())  # header line breaks -> spaces
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.tables[self.current].append(self.row)
            self.row = None
        elif tag == "table":
            self.current = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


def html_tables(page: str) -> Dict[str, List[List[str]]]:
    """table id -> rows of cell texts (the header row first)."""
    parser = _Tables()
    parser.feed(page)
    return parser.tables


def number(text: str) -> float:
    """A number as the report writes it ('1 234,5', '11.3%', '—')."""
    cleaned = text.replace("\u00a0", "").replace(" ", "").replace("%", "").replace("+", "")
    if cleaned in ("", "\u2014"):
        return float("nan")
    return float(cleaned.replace(",", "."))
