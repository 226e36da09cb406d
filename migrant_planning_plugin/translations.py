"""Loading the Qt translation (.qm) for QGIS's locale, and the ``tr`` used by every module.

All strings are translated with the context ``@default``, which is what ``pylupdate5`` gives
to a bare ``tr("...")`` call; :func:`tr` is re-exported from :mod:`.core.i18n`.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator, Optional

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .core.i18n import current_translator, set_translator, tr
from .paths import I18N_DIR

__all__ = ["forced_language", "install_translator", "locale_code", "remove_translator", "tr"]

_CONTEXT = "@default"
_translator: Optional[QTranslator] = None


def locale_code() -> str:
    """Two-letter language QGIS runs in ('es', 'en', ...)."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        value = settings.value("locale/userLocale", "") or ""
    else:
        value = QLocale.system().name()
    return (value or "en")[:2].lower()


def _qt_translate(text: str) -> str:
    """Translate with the application's installed translators."""
    return QCoreApplication.translate(_CONTEXT, text)


def install_translator(language: Optional[str] = None) -> bool:
    """Install the .qm for ``language`` (default: QGIS's locale); True when one was loaded."""
    global _translator
    remove_translator()
    set_translator(_qt_translate)
    code = language or locale_code()
    qm = I18N_DIR / f"migrant_planning_{code}.qm"
    if not qm.exists():
        return False
    translator = QTranslator()
    if not translator.load(str(qm)):
        return False
    QCoreApplication.installTranslator(translator)
    _translator = translator
    return True


def remove_translator() -> None:
    """Remove the translator installed by :func:`install_translator` (core messages back to English)."""
    global _translator
    set_translator(None)
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None


@contextmanager
def forced_language(language: Optional[str]) -> Iterator[bool]:
    """Translate the plugin's strings into ``language`` ('es', 'en', ...) inside the ``with`` block.

    The catalogue is loaded into a private QTranslator and installed as the plugin's translation
    function only (``core.i18n``); the application's translators, QGIS's own strings and other
    plugins are untouched, and the previous function is restored on exit, even after an error.
    ``None`` keeps the current language. Yields whether the language is available (English always is).
    """
    if language is None:
        yield True
        return
    previous = current_translator()
    translator: Optional[QTranslator] = None
    if language != "en":
        qm = I18N_DIR / f"migrant_planning_{language}.qm"
        candidate = QTranslator()
        if qm.exists() and candidate.load(str(qm)):
            translator = candidate

    def translate(text: str) -> str:
        if translator is None:
            return text
        # bytes: PyQt passes str to the const char* arguments as ASCII, which fails on accents
        return translator.translate(_CONTEXT.encode("utf-8"), text.encode("utf-8")) or text

    set_translator(translate)
    try:
        yield language == "en" or translator is not None
    finally:
        set_translator(previous)
