"""Where the plugin's files are, both in an installed plugin and in a source checkout."""
import os

PLUGIN_DIR = os.path.dirname(os.path.abspath(__file__))
_SOURCE_ROOT = os.path.dirname(PLUGIN_DIR)


def _first_existing(*candidates: str) -> str:
    for path in candidates:
        if os.path.isdir(path):
            return path
    return candidates[0]


RESOURCES_DIR = _first_existing(os.path.join(PLUGIN_DIR, "resources"), os.path.join(_SOURCE_ROOT, "resources"))
I18N_DIR = _first_existing(os.path.join(PLUGIN_DIR, "i18n"), os.path.join(_SOURCE_ROOT, "i18n"))


def resource(*parts: str) -> str:
    """Path of a file under resources/ (icons, styles, sample, models)."""
    return os.path.join(RESOURCES_DIR, *parts)


def style(name: str) -> str:
    """Path of a QML style shipped with the plugin."""
    return resource("styles", name if name.endswith(".qml") else name + ".qml")


def icon_path(name: str = "t2monitor.svg") -> str:
    return resource("icons", name)


def plugin_version() -> str:
    """The version in metadata.txt (in the installed plugin, or at the root of a source checkout)."""
    import configparser

    for path in (os.path.join(PLUGIN_DIR, "metadata.txt"), os.path.join(_SOURCE_ROOT, "metadata.txt")):
        if os.path.exists(path):
            parser = configparser.ConfigParser(interpolation=None)
            parser.read(path, encoding="utf-8")
            return parser.get("general", "version", fallback="")
    return ""
