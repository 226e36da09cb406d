"""Where the plugin's resources are: beside the package when staged, at the repository top otherwise."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _top() -> Path:
    """The folder that holds ``resources/``, ``i18n/`` and ``metadata.txt``."""
    if (PACKAGE_DIR / "resources").is_dir():
        return PACKAGE_DIR
    return PACKAGE_DIR.parent


TOP_DIR = _top()
RESOURCES_DIR = TOP_DIR / "resources"
I18N_DIR = TOP_DIR / "i18n"
METADATA_FILE = TOP_DIR / "metadata.txt"


def resource(*parts: str) -> Path:
    """Path of a file under ``resources/``."""
    return RESOURCES_DIR.joinpath(*parts)


def icon_path(name: str = "plugin.svg") -> str:
    """Path of an SVG icon under ``resources/icons/``."""
    return str(resource("icons", name))


def style_path(name: str) -> str:
    """Path of a QML style under ``resources/styles/``."""
    return str(resource("styles", name))


def sample_data_dir() -> Path:
    """Folder of the shipped sample city (Villa Esperanza)."""
    return resource("sample_data")


def plugin_version() -> str:
    """The plugin's version (metadata.txt), or '' when it cannot be read."""
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(METADATA_FILE, encoding="utf-8")
        return parser.get("general", "version", fallback="")
    except (configparser.Error, OSError):
        return ""
