"""The council report as one self-contained HTML file: images embedded as base64 PNG, tables as HTML
tables, a small print-friendly stylesheet. Pure Python (string templates), no Qt.

It shows exactly the content of :func:`~.build.build_report` (the same tables, figures and notes
as the PDF) so both can be read side by side.
"""

from __future__ import annotations

import base64
import html
from typing import Dict, List, Optional

from ..i18n import tr
from .model import Bullets, Chart, Heading, MapSlot, PageBreak, Paragraph, Report, Section, Table

CSS = """
* { box-sizing: border-box; }
body { font-family: "Source Sans 3", "Source Sans Pro", "Noto Sans", "Segoe UI", Arial, "Liberation Sans", sans-serif;
       color: #222222; margin: 0; background: #ffffff; font-size: 15px; line-height: 1.45; }
main { max-width: 60rem; margin: 0 auto; padding: 0 1.5rem 3rem; }
header.cover { background: #1d4e5f; color: #ffffff; padding: 2.2rem 1.5rem 1.8rem; }
header.cover > div { max-width: 60rem; margin: 0 auto; }
header.cover .kicker { color: #b9d3dc; font-weight: bold; letter-spacing: .08em; font-size: .8rem;
                       text-transform: uppercase; }
header.cover h1 { font-size: 2rem; margin: .3rem 0; line-height: 1.2; }
header.cover .city { font-size: 1.5rem; }
header.cover .byline { color: #d7e6eb; margin-top: .8rem; border-top: 3px solid #e07b39; padding-top: .6rem;
                       display: inline-block; }
header.cover .logo img { max-height: 4.5rem; max-width: 12rem; background: #ffffff; padding: .3rem; }
header.cover .notice, footer .notice { display: inline-block; background: #c0392b; color: #ffffff;
                       font-weight: bold; text-transform: uppercase; letter-spacing: .06em;
                       padding: .25rem .6rem; margin-top: .9rem; }
h2 { color: #1d4e5f; font-size: 1.6rem; margin: 2.4rem 0 .8rem; padding-bottom: .3rem;
     border-bottom: 3px solid #e07b39; }
h3 { color: #1d4e5f; font-size: 1.1rem; margin: 1.6rem 0 .5rem; }
.figures { display: flex; flex-wrap: wrap; margin: 0 -.4rem; }
.figure { background: #eef3f5; border-left: 4px solid #e07b39; padding: .7rem .9rem; margin: .4rem;
          flex: 1 1 16rem; }
.figure .value { color: #1d4e5f; font-size: 1.6rem; font-weight: bold; }
.figure .label { font-size: .9rem; }
ul.findings li { margin: .25rem 0; }
nav ol { padding-left: 1.4rem; }
nav a { color: #1d4e5f; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; margin: .3rem 0; }
caption { text-align: left; color: #1d4e5f; font-weight: bold; font-size: 1rem; padding: .3rem 0; }
th { background: #1d4e5f; color: #ffffff; font-weight: bold; padding: .35rem .45rem; vertical-align: bottom;
     white-space: pre-line; }
td { padding: .3rem .45rem; border-bottom: 1px solid #c9d2d7; vertical-align: top; }
tbody tr:nth-child(even) td { background: #f5f7f8; }
tr.total td { font-weight: bold; background: #eef3f5; }
td.low { background: #f8d3cf !important; }
td.mid { background: #fde8c4 !important; }
.left { text-align: left; } .right { text-align: right; } .center { text-align: center; }
td.right { white-space: nowrap; }
td:first-child { min-width: 8rem; }
p.note, figcaption { color: #5d6970; font-style: italic; font-size: .82rem; margin: .2rem 0 1rem; }
figure { margin: 1rem 0; text-align: center; }
figure img { max-width: 100%; height: auto; border: 1px solid #e3e8eb; }
footer { color: #5d6970; font-size: .8rem; border-top: 1px solid #c9d2d7; margin-top: 3rem; padding-top: .6rem; }
@media print {
  body { font-size: 10.5pt; }
  header.cover, th, td.low, td.mid, tr.total td, tbody tr:nth-child(even) td, .figure {
    -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  section { page-break-before: always; }
  table, figure, .figure, tr { page-break-inside: avoid; }
  main { max-width: none; }
}
"""


def _e(text: object) -> str:
    """HTML-escaped text."""
    return html.escape(str(text), quote=True)


def _image(data: Optional[bytes], alt: str) -> str:
    """An <img> with the PNG embedded, or nothing."""
    if not data:
        return ""
    encoded = base64.b64encode(data).decode("ascii")
    return f'<img src="data:image/png;base64,{encoded}" alt="{_e(alt)}">'


def table_html(table: Table) -> str:
    """One report table as an HTML table (caption, header, rows, totals, note)."""
    parts = [f'<table id="{_e(table.key)}">', f"<caption>{_e(table.title)}</caption>", "<thead><tr>"]
    parts += [f'<th class="{c.align}">{_e(c.header)}</th>' for c in table.columns]
    parts.append("</tr></thead><tbody>")
    for index, row in enumerate(table.rows):
        total = index >= len(table.rows) - table.total_rows
        parts.append('<tr class="total">' if total else "<tr>")
        for column_index, (cell, column) in enumerate(zip(row, table.columns)):
            classes = [column.align]
            if table.styles and table.styles[index][column_index]:
                classes.append(table.styles[index][column_index])
            parts.append(f'<td class="{" ".join(classes)}">{_e(cell)}</td>')
        parts.append("</tr>")
    parts.append("</tbody></table>")
    if table.note:
        parts.append(f'<p class="note">{_e(table.note)}</p>')
    return "\n".join(parts)


def _section(number: int, section: Section, images: Dict[str, bytes]) -> str:
    """One section."""
    parts = [f'<section id="{_e(section.key)}">', f"<h2>{number}\u2002{_e(section.title)}</h2>"]
    for block in section.blocks:
        if isinstance(block, Paragraph):
            parts.append(f"<p>{_e(block.text)}</p>")
        elif isinstance(block, Bullets):
            parts.append("<ul>" + "".join(f"<li>{_e(item)}</li>" for item in block.items) + "</ul>")
        elif isinstance(block, Heading):
            parts.append(f"<h3>{_e(block.text)}</h3>")
        elif isinstance(block, Table):
            parts.append(table_html(block))
        elif isinstance(block, Chart):
            image = _image(images.get(block.key), block.caption)
            if image:
                parts.append(f"<figure>{image}<figcaption>{_e(block.caption)}</figcaption></figure>")
        elif isinstance(block, MapSlot):
            image = _image(images.get("map:" + block.key), block.caption)
            if image:
                parts.append(f"<figure>{image}<figcaption>{_e(block.caption)}</figcaption></figure>")
        elif isinstance(block, PageBreak):
            continue
    parts.append("</section>")
    return "\n".join(parts)


def render_html(report: Report, images: Dict[str, bytes]) -> str:
    """The whole report as an HTML document. ``images``: chart keys and 'map:<key>' -> PNG bytes."""
    lang = "es" if report.language == "es" else "en"
    logo = _image(images.get("logo"), tr("Logo"))
    cover: List[str] = [
        '<header class="cover"><div>',
        f'<div class="logo">{logo}</div>' if logo else "",
        '<div class="kicker">' + _e(tr("Migrant Integration Planner")) + "</div>",
        f"<h1>{_e(report.title)}</h1>",
    ]
    if report.city:
        cover.append(f'<div class="city">{_e(report.city)}</div>')
    byline = report.date + (f" \u00b7 {report.author}" if report.author else "")
    cover.append(f'<div class="byline">{_e(byline)}</div>')
    if report.notice:
        cover.append(f'<div class="notice">{_e(report.notice)}</div>')
    cover.append("</div></header>")
    body: List[str] = ["<main>"]
    if report.key_figures:
        body.append("<h3>" + _e(tr("Key figures")) + "</h3>")
        body.append('<div class="figures">')
        for figure in report.key_figures:
            body.append(
                f'<div class="figure"><div class="value">{_e(figure.value)}</div>'
                f'<div class="label">{_e(figure.label)}</div></div>'
            )
        body.append("</div>")
    if report.findings:
        body.append("<h3>" + _e(tr("Main findings")) + "</h3>")
        body.append('<ul class="findings">' + "".join(f"<li>{_e(f)}</li>" for f in report.findings) + "</ul>")
    body.append("<nav><h3>" + _e(tr("Contents")) + "</h3><ol>")
    body += [f'<li><a href="#{_e(s.key)}">{_e(s.title)}</a></li>' for s in report.sections]
    body.append("</ol></nav>")
    for number, section in enumerate(report.sections, start=1):
        body.append(_section(number, section, images))
    notice = f' <span class="notice">{_e(report.notice)}</span>' if report.notice else ""
    body.append(f"<footer>{_e(report.footer)} \u00b7 {_e(report.date)}{notice}</footer></main>")
    title = report.title + (f" \u2014 {report.city}" if report.city else "")
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{lang}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{_e(title)}</title>",
            f'<meta name="author" content="{_e(report.author)}">',
            f"<style>{CSS}</style>",
            "</head>",
            "<body>",
            *cover,
            *body,
            "</body>",
            "</html>",
            "",
        ]
    )
