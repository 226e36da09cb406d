"""The documentation as local web pages, opened without internet: the user guide, the training workshop, the
algorithm reference and the data dictionary, from the Markdown under ``docs/``.

``make package`` (scripts/package.py) converts them into the plugin's ``help/`` folder with :func:`build`: one
``.html`` per ``.md`` in the same place, the images copied beside them, every relative link between pages
pointing at the ``.html`` (with its ``#section``), a folder's link at its ``README.html`` (or a generated
``index.html``). In a repository checkout (no ``help/`` beside the package) :func:`help_folder` builds the pages
on demand into ``build/help/``, again whenever a page changed. Each step of the dock opens its section of the
dock chapter (:func:`step_page`). Pure Python: the Markdown converter (Debian's python3-markdown) is needed only
to build, never to open the pages.
"""

from __future__ import annotations

import html
import re
import shutil
import unicodedata
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from .paths import PACKAGE_DIR, TOP_DIR

HELP_DIR = TOP_DIR / "help"  # in the installed plugin
DOCS_DIR = PACKAGE_DIR.parent / "docs"  # in a repository checkout
BUILT_DIR = PACKAGE_DIR.parent / "build" / "help"
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".svg")
# The dock chapter of each language and the heading of each step's section in it.
STEP_SECTIONS: Dict[str, Tuple[str, Dict[str, str]]] = {
    "es": (
        "user-guide/es/panel.md",
        {
            "data": "1 Datos",
            "exposure": "2 Exposición",
            "access": "3 Acceso",
            "suitability": "4 Aptitud",
            "scenarios": "5 Escenarios",
            "report": "6 Informe",
        },
    ),
    "en": (
        "user-guide/en/dock.md",
        {
            "data": "1 Data",
            "exposure": "2 Exposure",
            "access": "3 Access",
            "suitability": "4 Suitability",
            "scenarios": "5 Scenarios",
            "report": "6 Report",
        },
    ),
}
LINK = re.compile(r'(?P<attr>href|src)="(?P<target>[^"#:]*?)(?P<fragment>#[^"]*)?"')
STYLE = """
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; max-width: 52em; margin: 1.5em auto;
       padding: 0 1em; line-height: 1.45; color: #1a1a1a; }
img { max-width: 100%; height: auto; border: 1px solid #ccc; }
table { border-collapse: collapse; margin: 0.8em 0; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.5em; vertical-align: top; }
th { background: #eef2f5; }
code { background: #f3f3f3; padding: 0 0.2em; }
pre { background: #f6f6f6; padding: 0.6em; overflow-x: auto; }
nav { font-size: 0.9em; margin-bottom: 1em; }
"""


def slug(text: str) -> str:
    """A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces as hyphens ('2 Exposición'
    -> '2-exposición'), so that the guide's links work on GitHub and in the built pages alike."""
    text = unicodedata.normalize("NFC", html.unescape(re.sub(r"<[^>]+>", "", text))).strip().lower()
    text = re.sub(r"[^\w\- ]", "", text, flags=re.UNICODE)
    return text.replace(" ", "-")


def _title(markdown_text: str, fallback: str) -> str:
    for line in markdown_text.splitlines():
        if line.startswith("# "):
            return re.sub(r"[*_`]", "", line[2:]).strip()
    return fallback


def convert(markdown_text: str, title: str = "") -> str:
    """One Markdown page as a standalone HTML page (tables, code, anchors on every heading)."""
    import markdown

    body = markdown.markdown(
        markdown_text,
        extensions=["tables", "fenced_code", "toc", "sane_lists"],
        extension_configs={"toc": {"slugify": lambda value, _separator: slug(value)}},
        output_format="html5",
    )
    name = html.escape(title or _title(markdown_text, ""))
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
        f"<title>{name}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def _link(target: str, page: Path, docs: Path) -> str:
    """A relative link of a page rewritten for the built pages (.md -> .html, a folder -> its index)."""
    if not target or target.startswith(("/", "mailto")):
        return target
    resolved = (page.parent / target).resolve()
    if target.endswith(".md"):
        return target[:-3] + ".html"
    if target.endswith("/") or resolved.is_dir():
        prefix = target if target.endswith("/") else target + "/"
        return prefix + ("README.html" if (resolved / "README.md").exists() else "index.html")
    return target


def build(docs: Path, target: Path) -> List[Path]:
    """Convert every page under ``docs`` into ``target`` (same layout) and copy the images; returns the pages."""
    docs, target = Path(docs), Path(target)
    if target.exists():
        shutil.rmtree(target)
    pages: List[Path] = []
    for source in sorted(docs.rglob("*")):
        relative = source.relative_to(docs)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if source.suffix.lower() in IMAGE_SUFFIXES:
            (target / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / relative)
        elif source.suffix == ".md":
            text = source.read_text(encoding="utf-8")
            page = convert(text, _title(text, source.stem))
            page = LINK.sub(
                lambda m, source=source: f'{m["attr"]}="{_link(m["target"], source, docs)}{m["fragment"] or ""}"',
                page,
            )
            out = (target / relative).with_suffix(".html")
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(page, encoding="utf-8")
            pages.append(out)
    for folder in sorted({p.parent for p in pages}):
        if not (folder / "README.html").exists() and not (folder / "index.html").exists():
            items = "".join(
                f'<li><a href="{p.name}">{html.escape(_page_title(p))}</a></li>' for p in sorted(folder.glob("*.html"))
            )
            index = convert("", folder.name).replace(
                "<body>\n", f"<body>\n<h1>{html.escape(folder.name)}</h1><ul>{items}</ul>"
            )
            (folder / "index.html").write_text(index, encoding="utf-8")
    return pages


def _page_title(page: Path) -> str:
    match = re.search(r"<title>(.*?)</title>", page.read_text(encoding="utf-8"), re.S)
    return html.unescape(match.group(1)) if match and match.group(1) else page.stem


def _stale(docs: Path, built: Path) -> bool:
    """Whether a page or image under ``docs`` is newer than the built pages (or nothing is built)."""
    stamp = built / ".built"
    if not stamp.exists():
        return True
    built_at = stamp.stat().st_mtime
    return any(p.stat().st_mtime > built_at for p in docs.rglob("*") if p.suffix in (".md", *IMAGE_SUFFIXES))


def help_folder() -> Optional[Path]:
    """The folder of the built pages: the plugin's ``help/``; in a repository, ``build/help/``, built now when
    missing or older than the docs (None when it cannot be built: no docs or no Markdown converter)."""
    if (HELP_DIR / "user-guide").is_dir():
        return HELP_DIR
    if not DOCS_DIR.is_dir():
        return None
    if _stale(DOCS_DIR, BUILT_DIR):
        try:
            build(DOCS_DIR, BUILT_DIR)
        except ImportError:  # python3-markdown missing: only a developer's checkout gets here
            return None
        (BUILT_DIR / ".built").write_text("", encoding="utf-8")
    return BUILT_DIR


def step_page(step: str, language: str) -> Tuple[str, str]:
    """The page (relative to the help folder) and the anchor of a dock step's section, in ``language`` (English
    for a language without its own chapter)."""
    chapter, sections = STEP_SECTIONS.get(language, STEP_SECTIONS["en"])
    return chapter[:-3] + ".html", slug(sections[step])
