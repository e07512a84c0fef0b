"""Small widgets shared by several dialogs."""

from __future__ import annotations

from PySide6.QtCore import QDate, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from app.text import fold
from ui.common import qdate

FOLD_ROLE = Qt.ItemDataRole.UserRole + 20
ID_ROLE = Qt.ItemDataRole.UserRole + 21


class FoldFilterProxyModel(QSortFilterProxyModel):
    """Keeps rows whose FOLD_ROLE text contains every typed word, ignoring case and
    Vietnamese accents ("nghi loc" and "lộc nghi" both find "Nghi Lộc")."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        if not self._words:
            return True
        folded = self.sourceModel().index(row, 0, parent).data(FOLD_ROLE) or ""
        return all(word in folded for word in self._words)


class OptionalDateEdit(QWidget):
    """A date that may be left empty: the tick box switches the date on."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.check.setToolTip(self.tr("Đánh dấu để nhập ngày; bỏ đánh dấu nếu chưa có"))
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd/MM/yyyy")
        self.edit.setMinimumDate(QDate(1990, 1, 1))
        self.edit.setSpecialValueText(self.tr("(chưa có)"))
        self.edit.setMinimumWidth(120)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self._toggled)
        self.set_iso(None)

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        if on and self.edit.date() == self.edit.minimumDate():
            self.edit.setDate(QDate.currentDate())
        elif not on:
            self.edit.setDate(self.edit.minimumDate())

    def iso(self) -> str | None:
        if not self.check.isChecked():
            return None
        return self.edit.date().toString("yyyy-MM-dd")

    def set_iso(self, iso: str | None) -> None:
        self.check.setChecked(bool(iso))
        self._toggled(bool(iso))
        if iso:
            self.edit.setDate(qdate(iso))
