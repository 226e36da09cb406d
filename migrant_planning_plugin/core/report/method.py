"""Report section 'Method and data': the CRS, each section's notes and tables, the sources of the data (the SOURCES
parameter, and which data have none), the input files and their dates, and the software."""

from __future__ import annotations

import datetime
import re
from typing import Dict, List, Sequence, Tuple

from ..i18n import tr
from ..text import fold
from .common import make_table
from .model import Block, Column, MethodNote, Numbers, PageBreak, ReportInputs, Section, Table
from .section import ReportSection

# The data a report may rest on, and the words a SOURCES entry may name each by (compared folded).
TOPIC_WORDS: Dict[str, Tuple[str, ...]] = {
    "population": ("poblacion", "population", "asentamientos", "settlements", "manzanas", "blocks", "censo", "census"),
    "migrants": ("migrantes", "migrants", "migracion", "migration"),
    "hazards": ("amenazas", "amenaza", "zonas de amenaza", "hazards", "hazard zones", "hazard", "riesgo"),
    "facilities": ("equipamientos", "equipamiento", "facilities", "servicios", "services"),
    "roads": ("vias", "malla vial", "red vial", "roads", "road network", "calles"),
    "land_use": ("usos del suelo", "uso del suelo", "pot", "land use", "zonificacion", "clasificacion del suelo"),
    "elevation": ("dem", "mde", "elevacion", "elevation", "relieve", "topografia"),
    "water": ("cuerpos de agua", "agua", "hidrografia", "water", "water bodies", "rios"),
    "parcels": ("predios", "parcels", "catastro", "cadastre"),
    "areas": ("comunas", "barrios", "areas", "upz", "areas de reporte", "reporting areas", "limite", "boundary"),
    "scenarios": ("escenarios", "scenarios", "proyecciones", "projections", "llegadas", "arrivals"),
}


def topic_names() -> Dict[str, str]:
    """The data topics as the method page names them."""
    return {
        "population": tr("population"),
        "migrants": tr("migrants"),
        "hazards": tr("hazard zones"),
        "facilities": tr("facilities"),
        "roads": tr("roads"),
        "land_use": tr("land use (POT)"),
        "elevation": tr("elevation (DEM)"),
        "water": tr("water bodies"),
        "parcels": tr("candidate parcels"),
        "areas": tr("reporting areas"),
        "scenarios": tr("scenario assumptions (arrivals, household size, density)"),
    }


def parse_sources(text: str) -> List[Tuple[str, str]]:
    """SOURCES ('Población: DANE CNPV 2018; Amenazas: POT 2019') as (topic key or '', entry as written); an entry
    whose name matches no topic keeps '' and is printed as written."""
    entries = []
    for entry in re.split(r"[;\n]", str(text or "")):
        entry = entry.strip()
        if not entry:
            continue
        match = re.match(r"^([^:=]+)[:=](.*)$", entry)
        topic = ""
        if match:
            name = fold(match.group(1))
            topic = next((key for key, words in TOPIC_WORDS.items() if name in words), "")
        entries.append((topic, entry))
    return entries


def sources_note(inputs: ReportInputs, sections: Sequence[ReportSection]) -> MethodNote:
    """Where the data come from (SOURCES, as written), and which data the report rests on have no source."""
    used = list(dict.fromkeys(topic for section in sections for topic in section.data_topics(inputs)))
    entries = parse_sources(inputs.data_sources)
    named = {topic for topic, _entry in entries if topic}
    names = topic_names()
    parts = []
    if entries:
        parts.append("; ".join(entry for _topic, entry in entries) + ".")
    missing = [names[topic] for topic in used if topic not in named]
    if missing and entries:
        parts.append(tr("No source was given for: {topics}.").format(topics=", ".join(missing)))
    elif missing:
        parts.append(
            tr("No source was given for any of the data ({topics}): name them with the SOURCES parameter.").format(
                topics=", ".join(missing)
            )
        )
    return MethodNote(tr("Sources of the data"), " ".join(parts))


def method_notes(inputs: ReportInputs, numbers: Numbers, sections: Sequence[ReportSection]) -> List[MethodNote]:
    """The notes of the method page, for the inputs given: the CRS, then each section's, then the sources, the
    input files with their dates, and the software."""
    notes = []
    crs_values = list(dict.fromkeys(text for _name, text in inputs.crs if text))
    if len(crs_values) == 1:
        notes.append(
            MethodNote(
                tr("Coordinate reference system"),
                tr("All areas and distances were computed in {crs}.").format(crs=crs_values[0]),
            )
        )
    elif crs_values:
        notes.append(
            MethodNote(
                tr("Coordinate reference system"),
                "; ".join(f"{name}: {text}" for name, text in inputs.crs if text) + ".",
            )
        )
    for section in sections:
        notes += section.method_notes(inputs, numbers)
    notes.append(sources_note(inputs, sections))
    if inputs.sources:
        by_date: Dict[object, List[str]] = {}
        for name, text, day in inputs.sources:
            by_date.setdefault(day, []).append(tr("{input}: {layer}").format(input=name, layer=text))
        groups = [
            (numbers.date(day) if day else tr("date unknown")) + ": " + ", ".join(items)
            for day, items in sorted(
                by_date.items(), key=lambda item: (item[0] is not None, item[0] or datetime.date.min), reverse=True
            )
        ]
        notes.append(MethodNote(tr("Input files, by the date they last changed"), "; ".join(groups) + "."))
    if inputs.software:
        notes.append(MethodNote(tr("Software"), inputs.software))
    return notes


def method_table(notes: List[MethodNote]) -> Table:
    """The method notes as a two-column table (term, text)."""
    columns = [Column("term", tr("Topic"), "left", 1.0), Column("text", tr("How it was done"), "left", 4.2)]
    return make_table(
        "method",
        tr("Method"),
        columns,
        [[n.term, n.text] for n in notes],
        [[n.term, n.text] for n in notes],
    )


def method_section(inputs: ReportInputs, numbers: Numbers, sections: Sequence[ReportSection]) -> Section:
    """The method page: the notes as a table, then the tables the sections add (criteria and weights)."""
    blocks: List[Block] = [method_table(method_notes(inputs, numbers, sections))]
    tables = [table for section in sections for table in section.method_tables(inputs, numbers)]
    if tables:  # on their own page: the method always takes the same pages, whatever the length of the notes
        blocks += [PageBreak(), *tables]
    return Section("method", tr("Method and data"), blocks)
