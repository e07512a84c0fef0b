"""Interface preferences, declared once: typed keys with defaults, kept in an INI
file in the app-data folder (so a portable install and tests stay self-contained).
Domain settings (agency name, numbering) live in the database instead."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from app import paths

MAX_RECENT = 8


class Settings:
    def __init__(self, store: QSettings | None = None):
        self.store = store or QSettings(str(paths.data_dir() / "giao-dien.ini"),
                                        QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = str(self.store.value("ui/language", "vi"))
        return value if value in ("vi", "en") else "vi"

    @language.setter
    def language(self, value: str) -> None:
        self.store.setValue("ui/language", value)

    @property
    def recent_files(self) -> list[str]:
        value = self.store.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def add_recent(self, path: str) -> None:
        files = [path] + [p for p in self.recent_files if p != path]
        self.store.setValue("files/recent", files[:MAX_RECENT])

    @property
    def package_folder(self) -> str:
        """Where data packages were last exported to or imported from (a USB stick)."""
        return str(self.store.value("files/packages", "") or "")

    @package_folder.setter
    def package_folder(self, value: str) -> None:
        self.store.setValue("files/packages", value)

    @property
    def geometry(self) -> QByteArray | None:
        value = self.store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.store.setValue("window/geometry", value)

    def sync(self) -> None:
        self.store.sync()
