"""Translation hook for user-visible strings produced by the analysis.

``core`` must not import Qt, yet its messages reach the user. Every such string is written
``tr("literal")`` (so ``pylupdate5`` extracts it, context ``@default``) and formatted after
translation. The plugin installs a Qt translator with :func:`set_translator`; without one
(scripts, notebooks, core tests) the English text is returned unchanged.
"""

from __future__ import annotations

from typing import Callable, Optional

_translator: Optional[Callable[[str], str]] = None


def set_translator(translator: Optional[Callable[[str], str]]) -> None:
    """Install (or with ``None`` remove) the function that translates a source string."""
    global _translator
    _translator = translator


def current_translator() -> Optional[Callable[[str], str]]:
    """The function installed by :func:`set_translator` (``None``: English), e.g. to restore it later."""
    return _translator


def tr(text: str) -> str:
    """Return the translation of ``text`` (English source) in the user's language."""
    if _translator is None:
        return text
    return _translator(text)
