"""The attendance and badge roster tab (checklist section D).

A name typed at the top and Enter puts a person on the roster and leaves the
cursor there for the next one; a staff list can be imported from CSV/XLSX. In
the table a click or Space ticks Có mặt / Đeo thẻ / Đúng giờ. Every change
rewrites the D1 and D2 answers (see app.badges), which the checklist then shows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import checklist as rules
from app.errors import UserError
from app.tabular import ImportReport
from ui.badge_table import (
    CHECK_FIELDS,
    COL_NAME,
    COL_OFFICE,
    COL_REASON,
    COL_TITLE,
    BadgeTableModel,
    BadgeTableView,
    CheckDelegate,
)
from ui.common import confirm, heading, open_file, show_error
from ui.context import UiContext
from ui.i18n import VIETNAMESE, number
from ui.import_report import RowIssueTableModel
from ui.labels import label
from ui.tasks import on_own_connection

ITEM_CODE = "D2"                               # photos of the roster are evidence of D2
FAIL_COLOR, PASS_COLOR, MUTED_COLOR = "#b3261e", "#1b7f3b", "#6b6b6b"
PHOTO_PATTERNS = "*.jpg *.jpeg *.jpe *.png *.heic *.heif *.hif"


def percent_text(value: float) -> str:
    """94.4 → "94,4 %" in Vietnamese ("94.4 %" in English); whole numbers without decimals."""
    locale = QLocale()
    if locale.language() != QLocale.Language.English:
        locale = VIETNAMESE
    digits = 0 if float(value).is_integer() else 1
    return f"{locale.toString(float(value), 'f', digits)} %"


# -- the report after an import ---------------------------------------------------------
class StaffImportReportDialog(QDialog):
    def __init__(self, report: ImportReport, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Kết quả nhập danh sách"))
        imported, skipped = number(report.imported), number(report.skipped)
        if not report.skipped:
            title = self.tr("Đã thêm {imported} người vào danh sách").format(imported=imported)
        elif not report.imported:
            title = self.tr("Không thêm được ai, bỏ qua {skipped} dòng").format(skipped=skipped)
        else:
            title = self.tr("Đã thêm {imported} người, bỏ qua {skipped} dòng").format(
                imported=imported, skipped=skipped)
        self.heading = heading(title)
        self.heading.setWordWrap(True)
        text = self.tr("Tệp “{name}” có {total} dòng dữ liệu.").format(
            name=file_name, total=number(report.total))
        if report.skipped:
            text += " " + self.tr("Các dòng dưới đây không được thêm; người đã có trong danh "
                                  "sách được bỏ qua.")
        self.summary = QLabel(text)
        self.summary.setWordWrap(True)
        self.model = RowIssueTableModel(report.issues, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setVisible(bool(report.issues))
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(680, 420 if report.issues else self.sizeHint().height())


def choose_staff_file(parent: QWidget) -> str | None:
    return open_file(parent, QCoreApplication.translate("BadgeRosterTab", "Chọn tệp danh sách "
                                                        "cán bộ, công chức"),
                     QCoreApplication.translate("BadgeRosterTab", "Bảng tính")
                     + " (*.csv *.xlsx *.txt)")


def choose_photos(parent: QWidget, title: str, many: bool = True) -> list[str]:
    dialog = QFileDialog(parent, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles if many
                       else QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(QCoreApplication.translate("BadgeRosterTab", "Ảnh") +
                         f" ({PHOTO_PATTERNS})")
    dialog.setLabelText(QFileDialog.DialogLabel.Accept,
                        QCoreApplication.translate("BadgeRosterTab", "Thêm"))
    dialog.setLabelText(QFileDialog.DialogLabel.Reject,
                        QCoreApplication.translate("BadgeRosterTab", "Hủy"))
    return dialog.selectedFiles() if dialog.exec() else []


# -- the tab ------------------------------------------------------------------------------
class BadgeRosterTab(QWidget):
    changed = Signal()               # the roster changed (and with it D1/D2, proposals)
    answers_changed = Signal(list)   # the D1/D2 answers as they now stand
    photos_added = Signal()

    def __init__(self, ctx: UiContext, inspection_id: str, read_only: bool, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.inspection_id = inspection_id
        self.read_only = read_only
        self.report_dialog: StaffImportReportDialog | None = None
        self.model = BadgeTableModel(ctx.workspace, inspection_id, read_only, self)
        self.model.error_parent = self
        self.model.saved.connect(self._after_change)
        self.table = self._make_table()
        self._make_entry()
        self._make_buttons()
        self._lay_out()
        self.reload()

    @property
    def ws(self):
        return self.ctx.workspace

    # -- building -----------------------------------------------------------------
    def _make_table(self) -> BadgeTableView:
        table = BadgeTableView(self.model)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if self.read_only
                              else QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.AnyKeyPressed)
        table.verticalHeader().setDefaultSectionSize(26)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.check_delegate = CheckDelegate(table)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        for column in CHECK_FIELDS:
            table.setItemDelegateForColumn(column, self.check_delegate)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, 78)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_NAME, 210)
        header.resizeSection(COL_TITLE, 290)
        header.setSectionResizeMode(COL_OFFICE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COL_REASON, 200)
        table.delete_pressed.connect(self.delete_selected)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        return table

    def _make_entry(self) -> None:
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Gõ họ và tên rồi Enter để thêm vào danh "
                                                  "sách"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Chức vụ (không bắt buộc)"))
        self.office_edit = QLineEdit()
        self.office_edit.setPlaceholderText(self.tr("Phòng/Bộ phận (giữ cho người sau)"))
        self.add_button = QPushButton(self.tr("Thêm"))
        self.add_button.setAutoDefault(False)
        for edit in (self.name_edit, self.title_edit, self.office_edit):
            edit.returnPressed.connect(self.add_typed)
        self.add_button.clicked.connect(self.add_typed)
        self.entry_message = QLabel()
        self.entry_message.setWordWrap(True)
        self.entry_message.setStyleSheet(f"color: {FAIL_COLOR};")
        self.entry_message.hide()

    def _make_buttons(self) -> None:
        self.import_button = QPushButton(self.tr("Nhập danh sách từ tệp…"))
        self.import_button.setToolTip(self.tr(
            "Tệp CSV hoặc Excel có dòng tiêu đề với cột “Họ và tên”; có thể có thêm cột "
            "“Chức vụ” và “Phòng/Bộ phận”. Người đã có trong danh sách được bỏ qua."))
        self.delete_button = QPushButton(self.tr("Xóa người đã chọn"))
        self.photo_button = QPushButton(self.tr("Thêm ảnh tập thể…"))
        self.photo_button.setToolTip(self.tr(
            "Ảnh chụp chung những người có mặt, làm bằng chứng cho mục D2 (không bắt buộc "
            "chụp từng người)."))
        self.import_button.clicked.connect(self.import_file)
        self.delete_button.clicked.connect(self.delete_selected)
        self.photo_button.clicked.connect(self.add_group_photos)
        for button in (self.import_button, self.delete_button, self.photo_button):
            button.setAutoDefault(False)
        self.photo_label = QLabel()
        self.photo_message = QLabel()
        self.photo_message.setStyleSheet(f"color: {MUTED_COLOR};")
        self.summary_label = QLabel()
        self.summary_label.setStyleSheet("font-weight: 600;")
        self.verdict_label = QLabel()

    def _lay_out(self) -> None:
        hint = QLabel(self.tr(
            "Điểm danh và kiểm tra đeo thẻ tại thời điểm Đoàn đến làm việc. Số liệu mục D1, D2 "
            "của phiếu kiểm tra được ghi tự động từ danh sách này."))
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {MUTED_COLOR};")
        entry = QHBoxLayout()
        entry.addWidget(self.name_edit, 3)
        entry.addWidget(self.title_edit, 2)
        entry.addWidget(self.office_edit, 2)
        entry.addWidget(self.add_button)
        summary = QHBoxLayout()
        summary.addWidget(self.summary_label)
        summary.addWidget(self.verdict_label)
        summary.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.delete_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.photo_button)
        buttons.addWidget(self.photo_label)
        buttons.addWidget(self.photo_message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(entry)
        layout.addWidget(self.entry_message)
        layout.addWidget(self.table, 1)
        layout.addLayout(summary)
        layout.addLayout(buttons)
        editable = not self.read_only
        for widget in (self.name_edit, self.title_edit, self.office_edit, self.add_button,
                       self.import_button, self.photo_button):
            widget.setEnabled(editable)

    # -- state --------------------------------------------------------------------
    def reload(self) -> None:
        """Read the roster again (e.g. when the tab is shown after other changes)."""
        self.model.reload()
        self._show_summary()
        self._show_photo_count()
        self._update_buttons()

    def _show_summary(self) -> None:
        s = self.ws.badges.summary(self.inspection_id)
        self.verdict_label.setText("")
        if not s.roster:
            self.summary_label.setText(self.tr(
                "Chưa có ai trong danh sách: gõ họ và tên ở trên, hoặc nhập danh sách từ tệp."))
            return
        present = self.tr("Có mặt {present}/{roster}").format(present=s.present,
                                                              roster=s.roster)
        if not s.present:
            self.summary_label.setText(present)
            self.verdict_label.setText(self.tr("→ D2 chưa có kết quả (không có ai có mặt)"))
            self.verdict_label.setStyleSheet(f"color: {MUTED_COLOR};")
            return
        self.summary_label.setText(" · ".join((
            present,
            self.tr("Đúng giờ {on_time}/{present}").format(on_time=s.on_time,
                                                          present=s.present),
            self.tr("Đeo thẻ {wearing}/{present} ({percent})").format(
                wearing=s.wearing, present=s.present, percent=percent_text(s.percent)),
        )))
        result = s.d2_result
        self.verdict_label.setText(f"→ D2 {label(rules.RESULT_LABELS[result])}")
        color = FAIL_COLOR if result == rules.FAIL else PASS_COLOR
        self.verdict_label.setStyleSheet(f"color: {color}; font-weight: 600;")

    def summary_text(self) -> str:
        return f"{self.summary_label.text()} {self.verdict_label.text()}".strip()

    def _show_photo_count(self) -> None:
        count = self.ws.photos.counts_by_item(self.inspection_id).get(ITEM_CODE, 0)
        if count:
            self.photo_label.setText(self.tr("Mục D2 có {count} ảnh").format(count=count))
            self.photo_label.setStyleSheet("")
        else:
            self.photo_label.setText(self.tr("Mục D2 chưa có ảnh (cần ít nhất 1)"))
            self.photo_label.setStyleSheet(f"color: {FAIL_COLOR};")

    def _update_buttons(self, *_args) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.delete_button.setEnabled(chosen and not self.read_only)

    def _after_change(self) -> None:
        self._show_summary()
        self.answers_changed.emit(self.ws.badges.answers(self.inspection_id))
        self.changed.emit()

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.rows[row].id for row in rows]

    # -- actions --------------------------------------------------------------------
    def add_typed(self) -> None:
        """Enter in the entry line: add the person, keep the office for the next one,
        and leave the cursor in the name field."""
        if self.read_only:
            return
        name = self.name_edit.text().strip()
        if not name:
            self.name_edit.setFocus()
            return
        try:
            check_id = self.ws.badges.add(self.inspection_id, name, self.title_edit.text(),
                                          self.office_edit.text())
        except UserError as error:
            self.entry_message.setText(error.message)
            self.entry_message.show()
            self.name_edit.setFocus()
            self.name_edit.selectAll()
            return
        self.entry_message.hide()
        self.name_edit.clear()
        self.title_edit.clear()
        self.model.reload()
        row = self.model.row_of(check_id)
        if row >= 0:
            self.table.scrollTo(self.model.index(row, COL_NAME))
        self._update_buttons()
        self._after_change()
        self.name_edit.setFocus()

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.read_only:
            return
        names = ", ".join(self.model.rows[self.model.row_of(i)].full_name for i in ids[:3])
        if len(ids) > 3:
            names += ", …"
        if not confirm(self, self.tr("Xóa khỏi danh sách"),
                       self.tr("Xóa {count} người khỏi danh sách: {names}?").format(
                           count=len(ids), names=names),
                       self.tr("Xóa")):
            return
        try:
            self.ws.badges.remove_many(ids)
        except UserError as error:
            show_error(self, error)
        self.model.reload()
        self._update_buttons()
        self._after_change()

    def import_file(self) -> None:
        if self.read_only:
            return
        path = choose_staff_file(self)
        if not path:
            return
        inspection_id, file_name = self.inspection_id, Path(path).name

        def work(ws, progress, cancel) -> ImportReport:
            return ws.badges.import_staff(inspection_id, path, progress, cancel)

        self.ctx.runner.run(on_own_connection(self.ws, work),
                            label=self.tr("Đang nhập danh sách cán bộ, công chức…"),
                            on_success=lambda report: self._imported(report, file_name),
                            parent=self)

    def _imported(self, report: ImportReport, file_name: str) -> None:
        self.model.reload()
        self._update_buttons()
        if report.imported:
            self._after_change()
        self.report_dialog = StaffImportReportDialog(report, file_name, self)
        self.report_dialog.open()

    def add_group_photos(self) -> None:
        if self.read_only:
            return
        files = choose_photos(self, self.tr("Chọn ảnh tập thể (mục D2)"))
        if files:
            self._import_photos(files)

    def _import_photos(self, files: list[str], check_id: str | None = None) -> None:
        inspection_id = self.inspection_id

        def work(ws, progress, cancel):
            report = ws.photos.import_files(inspection_id, files, item_code=ITEM_CODE,
                                            progress=progress, cancel=cancel)
            if check_id and report.imported:
                ws.badges.update(check_id, photo_id=report.imported[0].photo_id)
            return report

        self.ctx.runner.run(on_own_connection(self.ws, work), label=self.tr("Đang nhập ảnh…"),
                            on_success=self._photos_imported, parent=self)

    def _photos_imported(self, report) -> None:
        parts = []
        if report.imported:
            parts.append(self.tr("Đã thêm {count} ảnh vào mục D2.").format(
                count=len(report.imported)))
        if report.present:
            parts.append(self.tr("{count} ảnh đã có từ trước.").format(count=len(report.present)))
        for name, reason in report.skipped[:2]:
            parts.append(f"{name}: {reason}")
        self.photo_message.setText(" ".join(parts))
        self.photo_message.setToolTip("\n".join(f"{n}: {r}" for n, r in report.skipped))
        self.model.reload()
        self._show_photo_count()
        if report.imported:
            self.photos_added.emit()

    def _context_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid() or self.read_only:
            return
        check = self.model.rows[index.row()]
        menu = QMenu(self)
        photo = menu.addAction(self.tr("Thêm ảnh của người này…"))
        remove = menu.addAction(self.tr("Xóa người đã chọn"))
        chosen = menu.exec(self.table.viewport().mapToGlobal(pos))
        if chosen is photo:
            files = choose_photos(self, self.tr("Chọn ảnh của {name}").format(
                name=check.full_name), many=False)
            if files:
                self._import_photos(files[:1], check.id)
        elif chosen is remove:
            self.delete_selected()

    # -- the checklist follows the roster ----------------------------------------------
    def show_answers_in(self, editor) -> None:
        """Keep a ChecklistEditor's D1/D2 rows (and its open item) in step with the
        roster: connect once, when both are built."""

        def show(answers: list) -> None:
            for answer in answers:
                editor.model.set_answer(answer)
            panel = editor.panel
            current = next((a for a in answers if panel.item is not None
                            and a.item_id == panel.item.id), None)
            if current is not None:
                panel.show_item(panel.item, current)
            editor.update_counts()

        self.answers_changed.connect(show)
