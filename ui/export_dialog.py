"""Tệp ▸ Xuất gói dữ liệu…: choose what goes into a package (the changes since
the last export by default), see what it will contain before writing, pick the
file, then export off the UI thread with progress and Cancel.

What a package contains is `app.packages.plan_export`, the writing is
`app.packages.export`: the same services as `kiemtra export`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import device as device_mod
from app import packages
from app.errors import Cancelled, UserError
from app.services.inspections import STATUSES
from app.text import fold
from ui import common
from ui.common import confirm, heading, inform, show_error, vn_date
from ui.context import UiContext
from ui.i18n import number
from ui.labels import label
from ui.tasks import on_own_connection
from ui.widgets import FOLD_ROLE, ID_ROLE, FoldFilterProxyModel

CHANGES, CHOSEN, CAMPAIGN, EVERYTHING = range(4)
# A package holds every version of each record, its events and page overhead:
# about 1.6 KB a record besides the photos (measured on demo data).
BYTES_PER_RECORD = 1600
WARN_COLOUR = "#7a4f00"


@dataclass(frozen=True)
class Selection:
    """What the user asked for, in the arguments plan_export/export take."""

    mode: int
    inspections: tuple[str, ...] = ()
    campaign: str | None = None

    def kwargs(self) -> dict:
        if self.mode == CHOSEN:
            return {"inspections": self.inspections}
        if self.mode == CAMPAIGN:
            return {"campaign": self.campaign}
        if self.mode == EVERYTHING:
            return {"everything": True}
        return {}


def megabytes(plan: packages.ExportPlan) -> str:
    size = plan.blob_bytes + plan.records * BYTES_PER_RECORD
    return QLocale().toString(max(size / 1_000_000, 0.1), "f", 1)


def team_name(ws, campaign_id: str | None) -> str:
    """The team a package comes from, for its file name: the team lead of the
    campaign ("Đoàn Nguyễn Văn An"), else the campaign's name; '' if none."""
    if not campaign_id:
        return ""
    try:
        members = ws.campaigns.members(campaign_id)
        lead = next((m for m in members if m.role == "truong_doan"), None)
        return f"Đoàn {lead.full_name}" if lead else ws.campaigns.get(campaign_id).name
    except UserError:
        return ""


class ExportDialog(QDialog):
    """After a successful export `exported` holds the ExportResult."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, folder: str = ""):
        super().__init__(parent)
        self.ctx = ctx
        self.ws = ctx.workspace
        self.exported: packages.ExportResult | None = None
        self.plan: packages.ExportPlan | None = None
        self._generation = 0
        self._name_edited = False
        self._folder = Path(folder) if folder and Path(folder).is_dir() else default_folder()
        self.setWindowTitle(self.tr("Xuất gói dữ liệu"))
        self.plan_timer = QTimer(self, singleShot=True, interval=300)
        self.plan_timer.timeout.connect(self.refresh_plan)
        self._build()
        self.modes.idClicked.connect(self._mode_changed)
        self._mode_changed(CHANGES)
        self.resize(760, 640)

    # -- layout ---------------------------------------------------------------
    def _build(self) -> None:
        intro = QLabel(self.tr("Gói dữ liệu (.ktpkg) mang kết quả kiểm tra của máy này về văn "
                               "phòng hoặc sang máy khác. Xuất gói không làm thay đổi dữ liệu."))
        intro.setWordWrap(True)

        what = QGroupBox(self.tr("Xuất những gì"))
        self.modes = QButtonGroup(self)
        texts = (self.tr("Những thay đổi kể từ lần xuất trước"),
                 self.tr("Các cuộc kiểm tra được chọn"),
                 self.tr("Một đợt kiểm tra"),
                 self.tr("Tất cả"))
        self.mode_buttons = []
        for mode, text in enumerate(texts):
            button = QRadioButton(text)
            self.modes.addButton(button, mode)
            self.mode_buttons.append(button)
        self.mode_buttons[CHANGES].setChecked(True)
        self.mode_buttons[CHANGES].setToolTip(self.tr(
            "Mọi thứ đã thêm hoặc sửa trên máy này (và các gói đã nhập vào máy này) từ lần "
            "xuất gói trước"))
        self.mode_buttons[EVERYTHING].setToolTip(self.tr(
            "Toàn bộ dữ liệu của tệp đang mở, kể cả những gì đã xuất trước đây"))

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Tìm theo đơn vị…"))
        self.search_edit.setClearButtonEnabled(True)
        self.inspection_model = QStandardItemModel(0, 3, self)
        self.inspection_model.setHorizontalHeaderLabels(
            [self.tr("Đơn vị được kiểm tra"), self.tr("Ngày"), self.tr("Trạng thái")])
        self.inspection_model.itemChanged.connect(lambda _item: self._selection_changed())
        self.proxy = FoldFilterProxyModel(self)
        self.proxy.setSourceModel(self.inspection_model)
        self.search_edit.textChanged.connect(self.proxy.set_needle)
        self.inspection_table = self._table()
        self.inspection_box = QWidget()
        box_layout = QVBoxLayout(self.inspection_box)
        box_layout.setContentsMargins(24, 0, 0, 0)
        box_layout.addWidget(self.search_edit)
        box_layout.addWidget(self.inspection_table)

        self.campaign_combo = QComboBox()
        for campaign in self.ws.campaigns.list():
            self.campaign_combo.addItem(campaign.name, campaign.id)
        self.campaign_combo.currentIndexChanged.connect(lambda _i: self._selection_changed())
        if not self.campaign_combo.count():
            self.mode_buttons[CAMPAIGN].setEnabled(False)
            self.mode_buttons[CAMPAIGN].setToolTip(self.tr("Chưa có đợt kiểm tra nào."))
        campaign_row = QHBoxLayout()
        campaign_row.setContentsMargins(24, 0, 0, 0)
        campaign_row.addWidget(self.campaign_combo, 1)

        what_layout = QVBoxLayout(what)
        what_layout.addWidget(self.mode_buttons[CHANGES])
        what_layout.addWidget(self.mode_buttons[CHOSEN])
        what_layout.addWidget(self.inspection_box, 1)
        what_layout.addWidget(self.mode_buttons[CAMPAIGN])
        what_layout.addLayout(campaign_row)
        what_layout.addWidget(self.mode_buttons[EVERYTHING])
        what_layout.addStretch(0)

        contents = QGroupBox(self.tr("Gói sẽ gồm"))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(contents).addWidget(self.summary_label)

        self.path_edit = QLineEdit()
        self.path_edit.textEdited.connect(self._path_edited)
        self.browse_button = QPushButton(self.tr("Chọn nơi lưu…"))
        self.browse_button.clicked.connect(self.choose_file)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Lưu gói vào tệp:"), path_row)
        self.device_label = QLabel(self._device_text())
        self.device_label.setWordWrap(True)
        self.device_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_hint = QLabel(self.tr(
            "Máy vẫn mang tên do hệ điều hành đặt, văn phòng khó phân biệt với máy khác. "
            "<a href=\"name\">Đặt tên máy…</a>"))
        self.name_hint.setWordWrap(True)
        self.name_hint.setStyleSheet("color: #5f6368;")
        self.name_hint.linkActivated.connect(lambda _link: self.name_device())
        self.name_hint.setVisible(device_mod.is_unnamed(self.ws.device))
        device_box = QVBoxLayout()
        device_box.setSpacing(2)
        device_box.addWidget(self.device_label)
        device_box.addWidget(self.name_hint)
        form.addRow(self.tr("Máy này:"), device_box)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Xuất gói"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.addButton(QCoreApplication.translate("common", "Hủy"),
                               QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Xuất gói dữ liệu")))
        layout.addWidget(intro)
        layout.addWidget(what)
        self._what_index = layout.count() - 1
        layout.addWidget(contents)
        layout.addLayout(form)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet(f"color: {WARN_COLOUR};")
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.buttons)
        layout.addStretch(1)
        layout.addLayout(bottom)

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.clicked.connect(self._toggle_row)
        return table

    def _device_text(self) -> str:
        fingerprint = packages.fingerprint(self.ws.device.public_key_hex())
        return self.tr("%1 — dấu vân tay %2 (nơi nhận gói đối chiếu dãy này khi tin cậy máy)"
                       ).replace("%1", self.ws.device.name).replace("%2", fingerprint)

    def name_device(self) -> None:
        """The hint's link: name the laptop, then show (and name the file) by it."""
        from ui.device_dialog import DeviceNameDialog

        dialog = DeviceNameDialog(self.ctx, self)
        if dialog.exec() and dialog.renamed is not None:
            self.device_label.setText(self._device_text())
            self.name_hint.setVisible(device_mod.is_unnamed(self.ws.device))
            self._update_name()

    # -- choosing ---------------------------------------------------------------
    def _mode_changed(self, mode: int) -> None:
        if mode == CHOSEN and not self.inspection_model.rowCount():
            self._load_inspections()
        self.inspection_box.setVisible(mode == CHOSEN)
        # The list takes the room when shown; otherwise the room stays below.
        layout = self.layout()
        layout.setStretch(self._what_index, 1 if mode == CHOSEN else 0)
        layout.setStretch(layout.count() - 2, 0 if mode == CHOSEN else 1)
        self.campaign_combo.setEnabled(mode == CAMPAIGN)
        self._selection_changed(at_once=True)

    def set_mode(self, mode: int) -> None:
        self.mode_buttons[mode].setChecked(True)
        self._mode_changed(mode)

    def _load_inspections(self) -> None:
        ids = self.ws.inspections.ids()
        rows = self.ws.inspections.rows(ids)
        for inspection_id in ids:
            row = rows.get(inspection_id)
            if row is None:
                continue
            unit = QStandardItem(row.unit_name)
            unit.setCheckable(True)
            unit.setData(inspection_id, ID_ROLE)
            unit.setData(fold(f"{row.unit_name} {row.campaign_name} {row.place}"), FOLD_ROLE)
            unit.setToolTip(row.campaign_name)
            date = QStandardItem(vn_date(row.started_at[:10]))
            status = QStandardItem(label(STATUSES.get(row.status, row.status)))
            self.inspection_model.appendRow([unit, date, status])

    def _toggle_row(self, index) -> None:
        """A click anywhere on a row ticks it (not only on the small box)."""
        if index.column() == 0:
            return   # the check box itself handles its own clicks
        item = self.inspection_model.item(self.proxy.mapToSource(index).row(), 0)
        item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                           else Qt.CheckState.Checked)

    def check_inspections(self, ids) -> None:
        wanted = set(ids)
        for row in range(self.inspection_model.rowCount()):
            item = self.inspection_model.item(row, 0)
            if item.data(ID_ROLE) in wanted:
                item.setCheckState(Qt.CheckState.Checked)

    def checked_ids(self) -> tuple[str, ...]:
        return tuple(
            self.inspection_model.item(row, 0).data(ID_ROLE)
            for row in range(self.inspection_model.rowCount())
            if self.inspection_model.item(row, 0).checkState() == Qt.CheckState.Checked)

    def selection(self) -> Selection:
        mode = self.modes.checkedId()
        if mode == CHOSEN:
            return Selection(mode, inspections=self.checked_ids())
        if mode == CAMPAIGN:
            return Selection(mode, campaign=self.campaign_combo.currentData())
        return Selection(mode)

    def _selection_changed(self, at_once: bool = False) -> None:
        self.plan = None
        self._generation += 1        # a plan still being computed is now stale
        self._update_name()
        self.status_label.clear()
        selection = self.selection()
        if selection.mode == CHOSEN and not selection.inspections:
            self._show_summary(self.tr("Hãy đánh dấu ít nhất một cuộc kiểm tra trong danh sách."),
                               warn=True)
            return
        if selection.mode == CAMPAIGN and not selection.campaign:
            self._show_summary(self.tr("Hãy chọn một đợt kiểm tra."), warn=True)
            return
        self._show_summary(self.tr("Đang tính nội dung gói…"))
        if at_once:
            self.refresh_plan()
        else:
            self.plan_timer.start()

    # -- the plan, off the UI thread --------------------------------------------------
    def refresh_plan(self) -> None:
        self.plan_timer.stop()
        selection = self.selection()
        generation = self._generation

        def work(ws, progress, cancel):
            return packages.plan_export(ws, **selection.kwargs())

        def done(plan) -> None:
            if generation == self._generation:
                self._plan_ready(plan, selection)

        def failed(error) -> None:
            if generation == self._generation:
                message = error.message if isinstance(error, UserError) else str(error)
                self._show_summary(self.tr("Không tính được nội dung gói: %1")
                                   .replace("%1", message), warn=True)

        self.ctx.runner.run(on_own_connection(self.ws, work),
                            label=self.tr("Đang tính nội dung gói…"), on_success=done,
                            on_error=failed, parent=self, quiet=True, modal=False)

    def _plan_ready(self, plan: packages.ExportPlan, selection: Selection) -> None:
        self.plan = plan
        if plan.empty:
            text = (self.tr("Không có gì mới để xuất kể từ lần xuất trước. Muốn xuất lại toàn "
                            "bộ dữ liệu, hãy chọn “Tất cả”.") if selection.mode == CHANGES
                    else self.tr("Lựa chọn này không có dữ liệu nào để xuất."))
            self._show_summary(text, warn=True)
            return
        lines = [
            self.tr("Cuộc kiểm tra: %1").replace("%1", number(plan.inspections)),
            self.tr("Ảnh: %1").replace("%1", number(plan.photos)),
            self.tr("Bản ghi (mọi loại, kể cả danh mục): %1").replace("%1", number(plan.records)),
            self.tr("Dung lượng ước tính: khoảng %1 MB").replace("%1", megabytes(plan)),
        ]
        self._show_summary("\n".join(lines))

    def _show_summary(self, text: str, warn: bool = False) -> None:
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet(f"color: {WARN_COLOUR};" if warn else "")
        self.export_button.setEnabled(self.plan is not None and not self.plan.empty)

    # -- target file --------------------------------------------------------------------
    def _team(self) -> str:
        selection = self.selection()
        campaign = selection.campaign
        try:
            if selection.mode == CHOSEN and selection.inspections:
                campaign = self.ws.inspections.get(selection.inspections[0]).campaign_id
            elif selection.mode in (CHANGES, EVERYTHING):
                latest = self.ws.inspections.ids()[:1]
                campaign = self.ws.inspections.get(latest[0]).campaign_id if latest else None
        except UserError:
            campaign = None
        return team_name(self.ws, campaign)

    def _update_name(self) -> None:
        if self._name_edited:
            return
        self.path_edit.setText(str(self._folder / packages.default_name(self.ws, self._team())))

    def _path_edited(self, _text: str) -> None:
        self._name_edited = True

    def target(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text)
        if path.suffix.lower() != ".ktpkg":
            path = path.with_name(path.name + ".ktpkg")
        return path

    def choose_file(self) -> None:
        current = self.target()
        chosen = common.save_file(self, self.tr("Lưu gói dữ liệu"),
                                  self.tr("Gói dữ liệu Kiểm tra kỷ cương (*.ktpkg)"),
                                  str(current) if current else "")
        if chosen:
            self.path_edit.setText(chosen)
            self._folder = Path(chosen).parent
            self._name_edited = True

    # -- export --------------------------------------------------------------------
    def start_export(self) -> None:
        target = self.target()
        if target is None:
            show_error(self, self.tr("Hãy chọn nơi lưu gói dữ liệu."))
            return
        if self.plan is None or self.plan.empty:
            return
        if target.exists() and not confirm(
                self, self.tr("Xuất gói dữ liệu"),
                self.tr("Tệp “%1” đã có. Ghi đè bằng gói mới?").replace("%1", target.name),
                self.tr("Ghi đè"), self.tr("Không")):
            return
        selection = self.selection()

        def work(ws, progress, cancel):
            return packages.export(ws, target, progress=progress, cancel=cancel,
                                   **selection.kwargs())

        self.export_button.setEnabled(False)
        self.ctx.runner.run(on_own_connection(self.ws, work),
                            label=self.tr("Đang xuất gói dữ liệu…"),
                            on_success=self._exported, on_error=self._failed, parent=self)

    def _exported(self, result: packages.ExportResult) -> None:
        self.exported = result
        self.status_label.clear()
        plan = result.plan
        inform(self, self.tr("Đã xuất gói dữ liệu"), "\n".join([
            self.tr("Đã xuất gói dữ liệu vào tệp:"),
            str(result.path),
            "",
            self.tr("Gói gồm %1 cuộc kiểm tra, %2 ảnh, %3 bản ghi (khoảng %4 MB).")
            .replace("%1", number(plan.inspections)).replace("%2", number(plan.photos))
            .replace("%3", number(plan.records)).replace("%4", megabytes(plan)),
            "",
            self.tr("Hãy chép tệp này sang USB và mang về văn phòng (hoặc sang máy cần nhập), "
                    "rồi dùng “Tệp ▸ Nhập gói dữ liệu…” trên máy đó."),
        ]))
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(self.plan is not None and not self.plan.empty)
        if isinstance(error, Cancelled):
            self.status_label.setText(error.message)
            return
        show_error(self, error, self.tr("Không xuất được gói dữ liệu"))

    @property
    def folder(self) -> Path:
        target = self.target()
        return target.parent if target else self._folder


def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    for candidate in (documents, str(Path.home())):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return Path.cwd()

