"""No broken relative link in the documentation: every relative Markdown link and image (``[text](path)``,
``![alt](path)``, ``<img src="path">``, ``<a href="path">``) of README.md and docs/**/*.md resolves to a file or
folder of the repository, and an anchor (``page.md#heading``) to a heading of that page."""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path
from typing import Iterator, List, Set, Tuple

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").rglob("*.md")])
# [text](target) and ![alt](target); the target ends at the first space (an optional "title" follows)
MARKDOWN = re.compile(r"!?\[(?:[^\]\[]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
HTML = re.compile(r"<(?:img|a)\b[^>]*?\b(?:src|href)\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)
CODE = re.compile(r"```.*?```|`[^`\n]*`", re.DOTALL)
FENCED = re.compile(r"```.*?```", re.DOTALL)


def targets(page: Path) -> Iterator[Tuple[int, str]]:
    """(line, target) of every link and image of a page, outside code."""
    text = CODE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), page.read_text(encoding="utf-8"))
    for pattern in (MARKDOWN, HTML):
        for match in pattern.finditer(text):
            yield text.count("\n", 0, match.start()) + 1, match.group(1)


def is_relative(target: str) -> bool:
    """Not a URL (http:, mailto:…) and not a path from the site root."""
    return not re.match(r"^[a-zA-Z][a-zA-Z0-9+.\-]*:", target) and not target.startswith("/")


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation but - and _ dropped, spaces to hyphens."""
    text = re.sub(r"[`*]|<[^>]+>", "", heading).strip().lower()
    text = "".join(c for c in text if c in " -_" or unicodedata.category(c)[0] in "LN")
    return text.replace(" ", "-")


def anchors(page: Path) -> Set[str]:
    """Anchors of the headings of a Markdown page."""
    text = FENCED.sub("", page.read_text(encoding="utf-8"))
    found: Set[str] = set()
    for heading in re.findall(r"^#{1,6}\s+(.+?)\s*#*\s*$", text, re.MULTILINE):
        base = slug(heading)
        name, n = base, 1
        while name in found:
            name, n = f"{base}-{n}", n + 1
        found.add(name)
    return found


def broken_links(page: Path) -> List[str]:
    """The relative links of a page that do not resolve."""
    problems = []
    for line, target in targets(page):
        if not is_relative(target):
            continue
        path_part, _, anchor = target.partition("#")
        resolved = (page.parent / path_part).resolve() if path_part else page
        where = f"{page.relative_to(ROOT)}:{line}: {target}"
        if not resolved.exists():
            problems.append(f"{where} (no such file)")
        elif ROOT not in resolved.parents and resolved != ROOT:
            problems.append(f"{where} (outside the repository)")
        elif anchor and resolved.suffix == ".md" and anchor not in anchors(resolved):
            problems.append(f"{where} (no heading with that anchor)")
    return problems


def test_the_documentation_has_pages_and_links():
    assert len(PAGES) > 30
    assert sum(1 for page in PAGES for _ in targets(page)) > 100


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(ROOT)) for p in PAGES])
def test_every_relative_link_and_image_resolves(page):
    problems = broken_links(page)
    assert not problems, "\n".join(problems)


def test_a_broken_link_is_caught(tmp_path, monkeypatch):
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "a.png").write_bytes(b"")
    (tmp_path / "other.md").write_text("# Un título, con acentos\n", encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text(
        "![ok](images/a.png) [ok](other.md#un-título-con-acentos) [ok](https://example.org/x.md) `[no](code.md)`\n"
        '![bad](images/b.png) [bad](missing.md) <img src="images/c.png" width="40%"> [bad](other.md#nothing)\n',
        encoding="utf-8",
    )
    problems = broken_links(page)
    assert [p.split(": ", 1)[1].split(" (")[0] for p in problems] == [
        "images/b.png",
        "missing.md",
        "other.md#nothing",
        "images/c.png",
    ]
