"""One photo at full size: zoom (wheel, buttons, fit), pan by dragging, turn it,
caption it, move it to another item or take it off the inspection; what is known
of it (file, time, camera, GPS) and its flags beside it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPixmap, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.models import Photo
from ui.common import confirm, localise_buttons, vn_date
from ui.photo_actions import PhotoHub

CAPTION_DELAY_MS = 600
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.02, 8.0
NO_ITEM = ""  # the choice "(không gắn mục)"


class ZoomView(QGraphicsView):
    """A picture that fits the window until zoomed; drag to pan, wheel to zoom."""

    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.pixmap_item = QGraphicsPixmapItem()
        self.pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.pixmap_item)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(Qt.GlobalColor.darkGray)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.fitting = True

    def set_pixmap(self, pixmap: QPixmap) -> None:
        self.pixmap_item.setPixmap(pixmap)
        self.scene().setSceneRect(QRectF(pixmap.rect()))
        self.fit()

    def zoom(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        self.fitting = True
        if not self.pixmap_item.pixmap().isNull():
            self.fitInView(self.pixmap_item, Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom_changed.emit(self.zoom())

    def zoom_by(self, factor: float) -> None:
        target = min(ZOOM_MAX, max(ZOOM_MIN, self.zoom() * factor))
        if self.zoom():
            self.fitting = False
            self.scale(target / self.zoom(), target / self.zoom())
            self.zoom_changed.emit(self.zoom())

    def actual_size(self) -> None:
        self.fitting = False
        self.resetTransform()
        self.zoom_changed.emit(self.zoom())

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt API)
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP ** steps)
        event.accept()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self.fitting:
            self.fit()


class ItemChooserDialog(QDialog):
    """Which item a photo belongs to, or none."""

    def __init__(self, hub: PhotoHub, current: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chuyển ảnh sang mục"))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        entries = [(NO_ITEM, self.tr("(không gắn mục)"))]
        entries += [(i.code, f"{i.code}. {i.text}") for i in hub.items()]
        for code, text in entries:
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, code)
            self.list.addItem(entry)
            if code == (current or NO_ITEM):
                self.list.setCurrentItem(entry)
        if self.list.currentItem() is not None:
            self.list.scrollToItem(self.list.currentItem())
        self.list.itemDoubleClicked.connect(lambda _entry: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        localise_buttons(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Chuyển"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Chọn mục của phiếu kiểm tra mà ảnh này làm minh chứng:")))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(620, 480)

    def chosen(self) -> str | None:
        entry = self.list.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry else None


def choose_item(parent: QWidget | None, hub: PhotoHub, current: str | None) -> str | None:
    """The chosen item code, NO_ITEM for none, or None when cancelled."""
    dialog = ItemChooserDialog(hub, current, parent)
    return dialog.chosen() if dialog.exec() else None


def ask_remove(parent: QWidget | None, hub: PhotoHub, photo: Photo) -> bool:
    if hub.read_only:
        return False
    name = photo.caption or photo.original_name
    if not confirm(parent, QCoreApplication.translate("photos", "Gỡ ảnh"),
                   QCoreApplication.translate("photos", "Gỡ ảnh “%1” khỏi cuộc kiểm tra?")
                   .replace("%1", name),
                   QCoreApplication.translate("photos", "Gỡ ảnh"),
                   informative=QCoreApplication.translate(
                       "photos", "Ảnh sẽ không còn là minh chứng của cuộc kiểm tra này. Bản ghi "
                       "vẫn được lưu lại để đối chiếu khi cần.")):
        return False
    return hub.remove(photo.id, parent)


class PhotoViewerDialog(QDialog):
    def __init__(self, hub: PhotoHub, photo_id: str, photo_ids: list[str] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.hub = hub
        self.photo_id = photo_id
        self.photo_ids = list(photo_ids or [photo_id])
        self.setWindowTitle(self.tr("Xem ảnh"))
        self.caption_timer = QTimer(self, singleShot=True, interval=CAPTION_DELAY_MS)
        self.caption_timer.timeout.connect(self.save_caption)
        self.view = ZoomView()
        self.view.zoom_changed.connect(self._zoom_changed)
        self._build()
        self.resize(1180, 760)
        self.show_photo(photo_id)

    # -- layout -------------------------------------------------------------------
    def _build(self) -> None:
        self.previous_button = QPushButton(self.tr("‹ Ảnh trước"))
        self.next_button = QPushButton(self.tr("Ảnh sau ›"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.zoom_out_button = QPushButton(self.tr("Thu nhỏ"))
        self.zoom_in_button = QPushButton(self.tr("Phóng to"))
        self.fit_button = QPushButton(self.tr("Vừa khung"))
        self.actual_button = QPushButton(self.tr("Cỡ thật"))
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_out_button.clicked.connect(lambda: self.view.zoom_by(1 / ZOOM_STEP))
        self.zoom_in_button.clicked.connect(lambda: self.view.zoom_by(ZOOM_STEP))
        self.fit_button.clicked.connect(self.view.fit)
        self.actual_button.clicked.connect(self.view.actual_size)
        tools = QHBoxLayout()
        tools.addWidget(self.previous_button)
        tools.addWidget(self.next_button)
        tools.addStretch()
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button,
                       self.fit_button, self.actual_button):
            tools.addWidget(widget)
        left = QVBoxLayout()
        left.addLayout(tools)
        left.addWidget(self.view, 1)
        hint = QLabel(self.tr("Lăn chuột để phóng to, thu nhỏ; kéo để di chuyển ảnh."))
        hint.setStyleSheet("color: #666;")
        left.addWidget(hint)

        self.item_label = QLabel(wordWrap=True)
        self.name_label = QLabel(wordWrap=True)
        self.time_label = QLabel()
        self.camera_label = QLabel(wordWrap=True)
        self.gps_label = QLabel()
        self.size_label = QLabel()
        for info in (self.item_label, self.name_label, self.time_label, self.camera_label,
                     self.gps_label, self.size_label):
            info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.tr("Mục:"), self.item_label)
        form.addRow(self.tr("Tệp gốc:"), self.name_label)
        form.addRow(self.tr("Chụp lúc:"), self.time_label)
        form.addRow(self.tr("Máy ảnh:"), self.camera_label)
        form.addRow(self.tr("Vị trí GPS:"), self.gps_label)
        form.addRow(self.tr("Kích thước:"), self.size_label)
        self.flags_label = QLabel(wordWrap=True)
        self.flags_label.setStyleSheet("color: #8a5a00; background: #fff1d6; padding: 6px; "
                                       "border-radius: 3px;")
        self.caption = QLineEdit()
        self.caption.setPlaceholderText(self.tr("ví dụ: Bảng niêm yết tại Bộ phận Một cửa"))
        self.caption.textEdited.connect(lambda _text: self.caption_timer.start())
        self.caption.editingFinished.connect(self.save_caption)
        self.rotate_button = QPushButton(self.tr("Xoay phải"))
        self.rotate_button.setToolTip(self.tr("Xoay ảnh 90° theo chiều kim đồng hồ"))
        self.rotate_button.clicked.connect(self.rotate)
        self.move_button = QPushButton(self.tr("Chuyển sang mục…"))
        self.move_button.clicked.connect(self.move_to_item)
        self.remove_button = QPushButton(self.tr("Gỡ khỏi cuộc kiểm tra…"))
        self.remove_button.clicked.connect(self.remove)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.flags_label)
        right.addSpacing(8)
        right.addWidget(QLabel(self.tr("Chú thích (lưu ngay khi gõ):")))
        right.addWidget(self.caption)
        right.addSpacing(8)
        for button in (self.rotate_button, self.move_button, self.remove_button):
            right.addWidget(button)
        right.addStretch()
        self.read_only_label = QLabel(self.tr("Cuộc kiểm tra đã hoàn tất: chỉ xem, không sửa "
                                              "được ảnh."))
        self.read_only_label.setWordWrap(True)
        self.read_only_label.setStyleSheet("color: #666;")
        self.read_only_label.setVisible(self.hub.read_only)
        right.addWidget(self.read_only_label)
        side = QWidget()
        side.setLayout(right)
        side.setFixedWidth(340)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(side)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        editable = not self.hub.read_only
        for widget in (self.rotate_button, self.move_button, self.remove_button):
            widget.setEnabled(editable)
        self.caption.setReadOnly(not editable)

    # -- showing ------------------------------------------------------------------
    def photo(self) -> Photo | None:
        return self.hub.photo(self.photo_id)

    def show_photo(self, photo_id: str, reload_image: bool = True) -> None:
        self.photo_id = photo_id
        photo = self.photo()
        if photo is None:
            return
        if reload_image:
            pixmap = QPixmap()
            try:
                pixmap.loadFromData(self.hub.ws.photos.image(photo))
            except UserError as error:
                self.view.scene().addText(error.message)
            self.view.set_pixmap(pixmap)
        self._show_details(photo)
        position = self.photo_ids.index(photo_id) if photo_id in self.photo_ids else -1
        self.previous_button.setEnabled(position > 0)
        self.next_button.setEnabled(0 <= position < len(self.photo_ids) - 1)
        several = len(self.photo_ids) > 1
        self.previous_button.setVisible(several)
        self.next_button.setVisible(several)

    def _show_details(self, photo: Photo) -> None:
        item = self.hub.item(photo.item_code)
        self.item_label.setText(f"{item.code}. {item.text}" if item
                                else self.tr("(không gắn mục)"))
        self.name_label.setText(photo.original_name or "—")
        self.time_label.setText(vn_date(photo.taken_at) if photo.taken_at
                                else self.tr("không rõ (ảnh không có EXIF)"))
        self.camera_label.setText(photo.camera or "—")
        if photo.gps_lat is not None and photo.gps_lon is not None:
            self.gps_label.setText(f"{photo.gps_lat:.6f}, {photo.gps_lon:.6f}")
        else:
            self.gps_label.setText(self.tr("không có"))
        if photo.width and photo.height:
            self.size_label.setText(f"{photo.width} × {photo.height} px")
        else:
            self.size_label.setText("—")
        flags = self.hub.flags.get(photo.id, [])
        self.flags_label.setText("\n".join("⚠ " + flag for flag in flags))
        self.flags_label.setVisible(bool(flags))
        if not self.caption.hasFocus() or self.caption.text() != photo.caption:
            self.caption.setText(photo.caption)
        self.setWindowTitle(self.tr("Xem ảnh – %1").replace("%1", photo.original_name))

    def _zoom_changed(self, zoom: float) -> None:
        self.zoom_label.setText(f"{round(zoom * 100)} %")

    def step(self, offset: int) -> None:
        self.save_caption()
        if self.photo_id not in self.photo_ids:
            return
        target = self.photo_ids.index(self.photo_id) + offset
        if 0 <= target < len(self.photo_ids):
            self.show_photo(self.photo_ids[target])

    # -- changes ------------------------------------------------------------------
    def save_caption(self) -> None:
        self.caption_timer.stop()
        if not self.hub.read_only and self.photo() is not None:
            self.hub.set_caption(self.photo_id, self.caption.text(), self)

    def rotate(self) -> None:
        self.save_caption()
        if self.hub.rotate(self.photo_id, self) is not None:
            self.show_photo(self.photo_id)

    def move_to_item(self) -> None:
        photo = self.photo()
        if photo is None or self.hub.read_only:
            return
        self.save_caption()
        chosen = choose_item(self, self.hub, photo.item_code)
        if chosen is None:
            return
        if self.hub.move(photo.id, chosen or None, self):
            self.show_photo(photo.id, reload_image=False)

    def remove(self) -> None:
        photo = self.photo()
        if photo is None:
            return
        self.save_caption()
        if ask_remove(self, self.hub, photo):
            self.accept()

    def done(self, result: int) -> None:
        self.save_caption()
        super().done(result)
