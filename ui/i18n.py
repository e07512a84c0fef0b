"""Translations. Source strings are Vietnamese (the default and the language of
every legal document); English comes from resources/i18n/kiemtra_en.qm."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app import resources

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}


def install(app: QApplication, language: str) -> QTranslator | None:
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi"
                               else QLocale.Language.English))
    if language == "vi":
        return None
    translator = QTranslator(app)
    qm = resources.path("i18n", f"kiemtra_{language}.qm")
    if qm.exists() and translator.load(str(qm)):
        app.installTranslator(translator)
        return translator
    return None
