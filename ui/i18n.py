"""Translations. Source strings are Vietnamese (the default and the language of
every legal document); English comes from resources/i18n/kiemtra_en.qm."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app import resources

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
VIETNAMESE = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)


def install(app: QApplication, language: str, qm: Path | None = None) -> QTranslator | None:
    """Set the interface language for this run: the default locale (dates, numbers)
    and, for a language other than Vietnamese, its translator. `qm` overrides the
    compiled translation to load (tests compile their own)."""
    QLocale.setDefault(VIETNAMESE if language == "vi" else QLocale(QLocale.Language.English))
    if language == "vi":
        return None
    translator = QTranslator(app)
    qm = qm or resources.path("i18n", f"kiemtra_{language}.qm")
    if qm.exists() and translator.load(str(qm)):
        app.installTranslator(translator)
        return translator
    return None


def number(value: int) -> str:
    """A count as the interface language writes it (1.234 in Vietnamese, 1,234 in
    English): the default locale, which `install` sets at start-up."""
    return QLocale().toString(value)
