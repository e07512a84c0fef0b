"""What an import did: how many units came in, and every skipped row with its reason."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.tabular import ImportReport, RowIssue
from ui.common import heading
from ui.i18n import number

_ROOT = QModelIndex()


def issue_reason(issue: RowIssue) -> str:
    """The reason alone, as a sentence: the line number has its own column."""
    return issue.reason


class RowIssueTableModel(QAbstractTableModel):
    """Skipped rows of an import: line number and reason."""

    COL_LINE, COL_REASON = range(2)

    def __init__(self, issues: list[RowIssue], parent: QObject | None = None):
        super().__init__(parent)
        self._issues = list(issues)

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._issues)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Dòng"), self.tr("Lý do"))[section]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        issue = self._issues[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == self.COL_LINE:
                return str(issue.line)
            return issue_reason(issue)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COL_LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def as_text(self) -> str:
        """Tab-separated, so it pastes into a spreadsheet or an e-mail as a table."""
        lines = [f"{self.tr('Dòng')}\t{self.tr('Lý do')}"]
        lines += [f"{issue.line}\t{issue_reason(issue)}" for issue in self._issues]
        return "\n".join(lines) + "\n"


class ImportReportDialog(QDialog):
    def __init__(self, report: ImportReport, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Kết quả nhập danh mục đơn vị"))
        self.model = RowIssueTableModel(report.issues, self)
        self.heading = heading(self._heading_text())
        self.heading.setWordWrap(True)
        self.summary = QLabel(self._summary_text(file_name))
        self.summary.setWordWrap(True)
        self.table = self._make_table()
        self.copied = QLabel()
        self.copy_button = QPushButton(self.tr("Chép danh sách"))
        self.copy_button.setToolTip(
            self.tr("Chép các dòng bị bỏ qua để dán vào Excel hoặc thư điện tử")
        )
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(True)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        if not report.issues:
            layout.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.copied, 1)
        row.addWidget(buttons)
        layout.addLayout(row)
        has_issues = bool(report.issues)
        self.table.setVisible(has_issues)
        self.copy_button.setVisible(has_issues)
        self.resize(760, 460 if has_issues else self.sizeHint().height())

    def _heading_text(self) -> str:
        imported = number(self.report.imported)
        skipped = number(self.report.skipped)
        if not self.report.skipped:
            return self.tr("Đã nhập {imported} đơn vị").format(imported=imported)
        if not self.report.imported:
            return self.tr("Không nhập được đơn vị nào, bỏ qua {skipped} dòng").format(
                skipped=skipped)
        return self.tr("Đã nhập {imported} đơn vị, bỏ qua {skipped} dòng").format(
            imported=imported, skipped=skipped)

    def _summary_text(self, file_name: str) -> str:
        total = number(self.report.total)
        text = self.tr("Tệp “{name}” có {total} dòng dữ liệu.").format(name=file_name,
                                                                       total=total)
        if not self.report.skipped:
            return text + " " + self.tr("Không có dòng nào bị bỏ qua.")
        return text + " " + self.tr(
            "Các dòng dưới đây chưa được nhập. Hãy sửa chúng trong tệp rồi nhập lại; "
            "những đơn vị đã nhập lần này sẽ được bỏ qua vì đã có trong danh mục."
        )

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(RowIssueTableModel.COL_LINE,
                                    QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RowIssueTableModel.COL_REASON, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.model.as_text())
        self.copied.setText(self.tr("Đã chép {count} dòng.").format(
            count=number(self.report.skipped)))
