"""Translation: one context for the whole plugin, and the translator for the QGIS locale."""
import os

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from .core.errors import TR_CONTEXT
from .paths import I18N_DIR

_translator = None


def tr(text: str) -> str:
    """Translate a user-facing string (context ``T2Monitor``); collected by ``make translations``."""
    return QCoreApplication.translate(TR_CONTEXT, text)


def locale_code() -> str:
    """Two-letter language of the QGIS interface (``en`` when unknown)."""
    override = QgsSettings().value("locale/overrideFlag", False, type=bool)
    code = QgsSettings().value("locale/userLocale", "", type=str) if override else ""
    code = code or QgsApplication.locale() or "en"
    return code[:2].lower()


def install_translator(language: str | None = None) -> str | None:
    """Load ``i18n/t2monitor_<lang>.qm`` for the QGIS locale (or ``language``); returns the file loaded, if any."""
    global _translator
    language = language or locale_code()
    path = os.path.join(I18N_DIR, f"t2monitor_{language}.qm")
    remove_translator()
    if not os.path.exists(path):
        return None
    translator = QTranslator()
    if not translator.load(path):
        return None
    QCoreApplication.installTranslator(translator)
    _translator = translator
    return path


def remove_translator() -> None:
    global _translator
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None


def translator_for(language: str):
    """A function translating plugin strings into ``language`` (en/es/fr/pt), whatever the interface language;
    a string without a translation stays English."""
    if language == "en":
        return lambda text: text
    translator = QTranslator()
    path = os.path.join(I18N_DIR, f"t2monitor_{language}.qm")
    if not os.path.exists(path) or not translator.load(path):
        return lambda text: text

    def translate(text: str) -> str:
        return translator.translate(TR_CONTEXT, text) or text
    return translate
