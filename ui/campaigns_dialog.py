"""Đợt kiểm tra: the list of campaigns, a form for the selected one and its team.

Campaign fields are saved with "Lưu"; team changes (add, role, remove) are written
at once. Every rule lives in `app.services.catalog`; this module only shows the
services' `UserError` messages and keeps what the user typed.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.models import Campaign, CampaignMember
from app.services.catalog import CAMPAIGN_KINDS, ROLES
from ui.common import button_box, confirm, heading, show_error
from ui.context import UiContext
from ui.labels import label
from ui.person_picker import PersonPickerDialog
from ui.widgets import ID_ROLE, OptionalDateEdit

DEFAULT_PREFIX = "BB-ĐKT"


class CampaignTableModel(QAbstractTableModel):
    NAME, DECISION, KIND = range(3)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.campaigns: list[Campaign] = []
        self.headers = (self.tr("Tên đợt"), self.tr("Số QĐ"), self.tr("Hình thức"))
        self.short_kinds = {"scheduled": self.tr("Định kỳ"), "surprise": self.tr("Đột xuất")}

    def set_campaigns(self, campaigns: list[Campaign]) -> None:
        self.beginResetModel()
        self.campaigns = list(campaigns)
        self.endResetModel()

    def row_of(self, campaign_id: str | None) -> int:
        return next((i for i, c in enumerate(self.campaigns) if c.id == campaign_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.campaigns)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        campaign = self.campaigns[index.row()]
        if role == ID_ROLE:
            return campaign.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == self.NAME:
                return campaign.name
            if column == self.DECISION:
                return campaign.decision_no
            if role == Qt.ItemDataRole.ToolTipRole:
                return label(CAMPAIGN_KINDS.get(campaign.kind, campaign.kind))
            return self.short_kinds.get(campaign.kind, campaign.kind)
        return None


class TeamTableModel(QAbstractTableModel):
    """The campaign's team. Roles are changed through combo boxes the dialog puts
    over the Vai trò column, so this model stays read-only."""

    NAME, TITLE, ROLE = range(3)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.members: list[CampaignMember] = []
        self.headers = (self.tr("Họ và tên"), self.tr("Chức vụ"), self.tr("Vai trò"))

    def set_members(self, members: list[CampaignMember]) -> None:
        self.beginResetModel()
        self.members = list(members)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.members)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        member = self.members[index.row()]
        if role == ID_ROLE:
            return member.id
        if role == Qt.ItemDataRole.EditRole and index.column() == self.ROLE:
            return member.role
        if role == Qt.ItemDataRole.DisplayRole:
            return (member.full_name, member.title,
                    label(ROLES.get(member.role, member.role)))[index.column()]
        return None


class CampaignsDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ws = ctx.workspace
        self.picker: PersonPickerDialog | None = None
        self._current_id: str | None = None
        self._loaded: dict = {}
        self.setWindowTitle(self.tr("Đợt kiểm tra và đoàn kiểm tra"))
        self.resize(1000, 620)

        self.list_model = CampaignTableModel(self)
        self.list_view = QTableView()
        self.list_view.setModel(self.list_model)
        self._table_look(self.list_view)
        header = self.list_view.horizontalHeader()
        header.setSectionResizeMode(CampaignTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CampaignTableModel.DECISION,
                                    QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CampaignTableModel.KIND,
                                    QHeaderView.ResizeMode.ResizeToContents)
        self.list_view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.new_button = QPushButton(self.tr("Đợt mới"))
        self.new_button.clicked.connect(self.new_campaign)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Các đợt kiểm tra:")))
        left_layout.addWidget(self.list_view, 1)
        left_layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self._build_right())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 560])
        splitter.setChildrenCollapsible(False)

        close_box = button_box(QDialogButtonBox.StandardButton.Close, self)
        close_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close_box)

        self._show_campaign(None)
        self._reload_list()
        if self.list_model.rowCount():
            self.list_view.selectRow(0)

    # -- building -----------------------------------------------------------
    @staticmethod
    def _table_look(view: QTableView) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.setWordWrap(False)

    def _build_right(self) -> QWidget:
        self.title_label = heading("", 12)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Ví dụ: Kiểm tra kỷ luật, kỷ cương hành chính "
                                                  "quý I năm 2026"))
        self.decision_no_edit = QLineEdit()
        self.decision_no_edit.setPlaceholderText(self.tr("Ví dụ: 125/QĐ-UBND"))
        self.decision_date = OptionalDateEdit()
        self.decided_by_edit = QLineEdit()
        self.decided_by_edit.setPlaceholderText(self.tr("Ví dụ: Ủy ban nhân dân tỉnh Nghệ An"))
        self.kind_combo = QComboBox()
        for code, text in CAMPAIGN_KINDS.items():
            self.kind_combo.addItem(label(text), code)
        self.prefix_edit = QLineEdit()
        self.prefix_edit.setToolTip(self.tr("Ký hiệu sau số thứ tự biên bản, ví dụ "
                                            "“Số: 05/BB-ĐKT”"))
        self.period_start = OptionalDateEdit()
        self.period_end = OptionalDateEdit()
        self.legal_edit = QPlainTextEdit()
        self.legal_edit.setPlaceholderText(self.tr("Mỗi căn cứ một dòng, ví dụ: Chỉ thị số "
                                                   "26/CT-TTg ngày 05/9/2016…"))
        self.legal_edit.setTabChangesFocus(True)
        self.legal_edit.setFixedHeight(64)

        form = QGridLayout()
        form.setColumnStretch(1, 3)
        form.setColumnStretch(3, 2)
        rows = (
            (self.tr("Tên đợt kiểm tra (*):"), self.name_edit, None, None),
            (self.tr("Số quyết định:"), self.decision_no_edit, self.tr("Ngày quyết định:"),
             self.decision_date),
            (self.tr("Cơ quan ban hành:"), self.decided_by_edit, None, None),
            (self.tr("Hình thức:"), self.kind_combo, self.tr("Ký hiệu biên bản:"),
             self.prefix_edit),
            (self.tr("Từ ngày:"), self.period_start, self.tr("Đến ngày:"), self.period_end),
        )
        for row, (caption, field, caption2, field2) in enumerate(rows):
            form.addWidget(QLabel(caption), row, 0)
            if field2 is None:
                form.addWidget(field, row, 1, 1, 3)
            else:
                form.addWidget(field, row, 1)
                form.addWidget(QLabel(caption2), row, 2)
                form.addWidget(field2, row, 3)
        legal_label = QLabel(self.tr("Căn cứ pháp lý:"))
        legal_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        form.addWidget(legal_label, len(rows), 0)
        form.addWidget(self.legal_edit, len(rows), 1, 1, 3)

        self.save_button = QPushButton(self.tr("Lưu"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)

        self.team_box = QGroupBox(self.tr("Thành viên đoàn kiểm tra"))
        self.team_model = TeamTableModel(self)
        self.team_view = QTableView()
        self.team_view.setModel(self.team_model)
        self._table_look(self.team_view)
        team_header = self.team_view.horizontalHeader()
        team_header.setSectionResizeMode(TeamTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        team_header.setSectionResizeMode(TeamTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        team_header.setSectionResizeMode(TeamTableModel.ROLE, QHeaderView.ResizeMode.Fixed)
        team_header.resizeSection(TeamTableModel.ROLE, 140)
        self.team_view.verticalHeader().setDefaultSectionSize(30)
        self.add_member_button = QPushButton(self.tr("Thêm thành viên…"))
        self.add_member_button.clicked.connect(self.add_member)
        self.remove_member_button = QPushButton(self.tr("Bỏ khỏi đoàn"))
        self.remove_member_button.clicked.connect(self.remove_member)
        self.team_hint = QLabel(self.tr("Hãy lưu đợt kiểm tra trước khi thêm thành viên."))
        self.team_hint.setStyleSheet("color: palette(mid);")
        team_buttons = QHBoxLayout()
        team_buttons.addWidget(self.add_member_button)
        team_buttons.addWidget(self.remove_member_button)
        team_buttons.addWidget(self.team_hint)
        team_buttons.addStretch(1)
        team_layout = QVBoxLayout(self.team_box)
        team_layout.addWidget(self.team_view, 1)
        team_layout.addLayout(team_buttons)

        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addLayout(form)
        layout.addLayout(save_row)
        layout.addWidget(self.team_box, 1)
        return right

    # -- the form -----------------------------------------------------------
    def form_values(self) -> dict:
        return {
            "name": self.name_edit.text(),
            "decision_no": self.decision_no_edit.text(),
            "decision_date": self.decision_date.iso(),
            "decided_by": self.decided_by_edit.text(),
            "kind": self.kind_combo.currentData(),
            "period_start": self.period_start.iso(),
            "period_end": self.period_end.iso(),
            "legal_basis": self.legal_edit.toPlainText(),
            "numbering_prefix": self.prefix_edit.text(),
        }

    def _fill_form(self, campaign: Campaign | None) -> None:
        c = campaign or Campaign(id="", name="", numbering_prefix=DEFAULT_PREFIX)
        self.name_edit.setText(c.name)
        self.decision_no_edit.setText(c.decision_no)
        self.decision_date.set_iso(c.decision_date)
        self.decided_by_edit.setText(c.decided_by)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(c.kind)))
        self.period_start.set_iso(c.period_start)
        self.period_end.set_iso(c.period_end)
        self.legal_edit.setPlainText(c.legal_basis)
        self.prefix_edit.setText(c.numbering_prefix)
        self._loaded = self.form_values()

    def is_dirty(self) -> bool:
        return self.form_values() != self._loaded

    def _may_leave_form(self) -> bool:
        if not self.is_dirty():
            return True
        return confirm(self, self.tr("Chưa lưu"),
                       self.tr("Thông tin đợt kiểm tra đang sửa chưa được lưu."),
                       yes=self.tr("Bỏ các thay đổi"), no=self.tr("Tiếp tục sửa"))

    def _show_campaign(self, campaign_id: str | None) -> None:
        campaign = self.ws.campaigns.get(campaign_id) if campaign_id else None
        self._current_id = campaign_id
        self._fill_form(campaign)
        self.title_label.setText(campaign.name if campaign else
                                 self.tr("Đợt kiểm tra mới (chưa lưu)"))
        self._reload_team()

    def _reload_list(self, select: str | None = None) -> None:
        selection = self.list_view.selectionModel()
        selection.blockSignals(True)
        self.list_model.set_campaigns(self.ws.campaigns.list())
        row = self.list_model.row_of(select)
        if row >= 0:
            self.list_view.selectRow(row)
        selection.blockSignals(False)

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        campaign_id = current.data(ID_ROLE) if current.isValid() else None
        if campaign_id == self._current_id:
            return
        if not self._may_leave_form():
            selection = self.list_view.selectionModel()
            selection.blockSignals(True)
            row = self.list_model.row_of(self._current_id)
            if row >= 0:
                self.list_view.selectRow(row)
            else:
                self.list_view.clearSelection()
                selection.setCurrentIndex(QModelIndex(),
                                          selection.SelectionFlag.NoUpdate)
            selection.blockSignals(False)
            return
        self._show_campaign(campaign_id)

    def new_campaign(self) -> None:
        if not self._may_leave_form():
            return
        selection = self.list_view.selectionModel()
        selection.blockSignals(True)
        self.list_view.clearSelection()
        selection.setCurrentIndex(QModelIndex(), selection.SelectionFlag.NoUpdate)
        selection.blockSignals(False)
        self._show_campaign(None)
        self.name_edit.setFocus()

    def save(self) -> bool:
        """Save the form; on a refused value show why and keep everything typed."""
        values = self.form_values()
        try:
            if self._current_id is None:
                campaign_id = self.ws.campaigns.create(**values)
            else:
                campaign_id = self._current_id
                self.ws.campaigns.update(campaign_id, **values)
        except UserError as error:
            show_error(self, error)
            return False
        self._reload_list(select=campaign_id)
        self._show_campaign(campaign_id)
        return True

    def reject(self) -> None:
        if self._may_leave_form():
            super().reject()

    # -- the team -----------------------------------------------------------
    def _reload_team(self) -> None:
        members = self.ws.campaigns.members(self._current_id) if self._current_id else []
        self.team_model.set_members(members)
        for row, member in enumerate(members):
            self.team_view.setIndexWidget(self.team_model.index(row, TeamTableModel.ROLE),
                                          self._role_combo(row, member))
        saved = self._current_id is not None
        self.add_member_button.setEnabled(saved)
        self.remove_member_button.setEnabled(saved and bool(members))
        self.team_hint.setVisible(not saved)

    def _role_combo(self, row: int, member: CampaignMember) -> QComboBox:
        combo = QComboBox()
        for code, text in ROLES.items():
            combo.addItem(label(text), code)
        combo.setCurrentIndex(combo.findData(member.role))
        index = QPersistentModelIndex(self.team_model.index(row, TeamTableModel.ROLE))
        combo.activated.connect(lambda _i, c=combo, x=index: self._role_chosen(x, c))
        return combo

    def role_combo(self, row: int) -> QComboBox:
        return self.team_view.indexWidget(self.team_model.index(row, TeamTableModel.ROLE))

    def _role_chosen(self, index: QPersistentModelIndex, combo: QComboBox) -> None:
        member = self.team_model.members[index.row()]
        role = combo.currentData()
        if role == member.role:
            return
        try:
            self.ws.campaigns.set_member_role(member.id, role)
        except UserError as error:
            show_error(self, error)
            combo.setCurrentIndex(combo.findData(member.role))
            return
        self._reload_team()

    def add_member(self) -> None:
        if self._current_id is None:
            return
        if self.picker is not None:
            self.picker.deleteLater()
        self.picker = PersonPickerDialog(self.ctx, self._current_id, self)
        self.picker.accepted.connect(self._reload_team)
        self.picker.open()

    def remove_member(self) -> None:
        index = self.team_view.currentIndex()
        if not index.isValid():
            show_error(self, self.tr("Hãy chọn người cần bỏ khỏi đoàn trong bảng."))
            return
        member = self.team_model.members[index.row()]
        if not confirm(self, self.tr("Bỏ khỏi đoàn"),
                       self.tr("Bỏ “{name}” khỏi đoàn kiểm tra của đợt này?").format(
                           name=member.full_name),
                       yes=self.tr("Bỏ khỏi đoàn"), no=self.tr("Không")):
            return
        try:
            self.ws.campaigns.remove_member(member.id)
        except UserError as error:
            show_error(self, error)
        self._reload_team()
