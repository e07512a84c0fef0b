"""Photo evidence through the real widgets: drop files on an item, drop a folder on
the gallery, paste from the clipboard, read the import report, turn, move and take
off a photo in the viewer; a finalised inspection shows photos but changes none."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from app.completeness import evaluate
from app.services.inspections import TeamEntry
from ui import photo_report
from ui.main_window import MainWindow
from ui.photo_report import PhotoReportTableModel
from ui.photo_viewer import PhotoViewerDialog
from ui.settings import Settings
from ui.tasks import SyncTaskRunner

DAY = "2026:11:20"


def jpeg(path: Path, when: str | None = f"{DAY} 09:15:00", color=(30, 90, 60),
         size=(800, 600)) -> Path:
    """A small photo as a phone would write it: JPEG with EXIF DateTimeOriginal."""
    image = Image.new("RGB", size, color)
    for x in range(0, size[0], 40):                     # some detail, unique per colour
        image.paste((color[2], color[0], color[1]), (x, 0, x + 8, size[1]))
    exif = Image.Exif()
    exif[271], exif[272] = "samsung", "Galaxy A54 5G"
    if when:
        exif.get_ifd(0x8769)[36867] = when
    image.save(path, "JPEG", quality=85, exif=exif)
    return path


def truncated(path: Path) -> Path:
    out = io.BytesIO()
    Image.new("RGB", (800, 600), (200, 40, 40)).save(out, "JPEG")
    path.write_bytes(out.getvalue()[: len(out.getvalue()) // 3])
    return path


def file_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drop(widget, mime: QMimeData, pos: QPoint | None = None) -> bool:
    """Drag `mime` onto `widget` and let go: True if the widget took it."""
    pos = pos or widget.rect().center()
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(pos, action, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(pos), action, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


@pytest.fixture
def seeded(workspace):
    ws = workspace
    unit = ws.units.create(name="Ủy ban nhân dân xã Diễn Châu", level="commune",
                           address="Xã Diễn Châu, tỉnh Nghệ An")
    inspection = ws.inspections.create(
        unit, started_at="2026-11-20 08:00",
        team=[TeamEntry("Nguyễn Thị Lan", "Chuyên viên Sở Nội vụ", "truong_doan")],
    )
    path = ws.path
    ws.close()
    return path, inspection


@pytest.fixture
def reports(monkeypatch):
    """Every import report dialog, shown without blocking."""
    shown = []
    monkeypatch.setattr(photo_report.PhotoReportDialog, "exec",
                        lambda self: shown.append(self) or 0)
    return shown


@pytest.fixture
def window(qtbot, seeded, qapp, reports):
    path, _inspection = seeded
    win = MainWindow(Settings(), SyncTaskRunner(qapp))
    qtbot.addWidget(win)
    win.resize(1300, 800)
    win.show()
    assert win.open_database(path)
    return win


@pytest.fixture
def page(window, seeded):
    window.open_inspection(seeded[1])
    return window.inspection_page


def photos_of(page, code):
    return [p for p in page.ctx.workspace.photos.list(page.inspection_id) if p.item_code == code]


def tree_text(page, code) -> str:
    editor = page.checklist
    return editor.model.data(editor.model.index_of(code, 2))


def test_drop_files_on_an_item_fills_its_strip_and_clears_the_warning(page, tmp_path, reports):
    editor = page.checklist
    editor.select("C1")
    editor.panel.commit_value("D")                    # answered without its photo: allowed
    assert "Thiếu ảnh minh chứng: cần 1, có 0" in editor.panel.status.text()
    assert tree_text(page, "C1") == "0/1"
    strip = editor.panel.photo_strip
    assert strip.count.text() == "0/1 ảnh"

    photo = jpeg(tmp_path / "IMG_0001.jpg")
    assert drop(strip.hint, file_mime(photo))         # the empty strip takes the drop

    assert [p.original_name for p in photos_of(page, "C1")] == ["IMG_0001.jpg"]
    assert strip.model.rowCount() == 1 and strip.view.isVisibleTo(strip)
    assert strip.model.data(strip.model.index(0)) == "09:15 20/11/2026"
    assert strip.model.data(strip.model.index(0), Qt.ItemDataRole.DecorationRole) is not None
    assert strip.count.text() == "1/1 ảnh"
    assert tree_text(page, "C1") == "1/1"
    assert "Thiếu ảnh" not in editor.panel.status.text()
    assert page.tabs.tabText(page.tabs.indexOf(page.gallery)) == "Ảnh (1)"
    assert len(reports) == 1 and reports[-1].model.rows == [("IMG_0001.jpg", "imported", "")]


def test_drop_on_a_tree_row_attaches_to_that_item(page, tmp_path):
    editor = page.checklist
    editor.select("B1")
    index = editor.model.index_of("C3")
    editor.tree.scrollTo(index)
    pos = editor.tree.visualRect(index).center()
    assert drop(editor.tree.viewport(), file_mime(jpeg(tmp_path / "a.jpg"),
                                                  jpeg(tmp_path / "b.jpg", color=(9, 9, 200))),
                pos)
    assert len(photos_of(page, "C3")) == 2
    assert tree_text(page, "C3") == "2/1"
    assert editor.current_code() == "C3"              # the item dropped on is shown
    assert editor.panel.photo_strip.model.rowCount() == 2
    # a section heading takes nothing
    heading = editor.tree.visualRect(editor.model.index(0, 0)).center()
    assert not drop(editor.tree.viewport(), file_mime(tmp_path / "a.jpg"), heading)


def test_drop_folder_on_gallery_groups_photos_and_reports_the_bad_file(page, tmp_path,
                                                                       reports):
    dcim = tmp_path / "DCIM" / "Camera"
    dcim.mkdir(parents=True)
    jpeg(dcim / "IMG_1.jpg")
    jpeg(dcim / "IMG_2.jpg", color=(120, 20, 20), when="2026:11:03 15:45:00")
    truncated(dcim / "IMG_3.jpg")
    gallery = page.gallery
    page.tabs.setCurrentWidget(gallery)

    assert drop(gallery.area.viewport(), file_mime(tmp_path / "DCIM"))

    assert [code for code, _view, _model in gallery.groups] == [None]   # not attached
    names = sorted(p.original_name for p in gallery.group_photos(None))
    assert names == ["IMG_1.jpg", "IMG_2.jpg"]
    model = gallery.groups[0][2]
    texts = [model.data(model.index(r)) for r in range(model.rowCount())]
    flagged = [t for t in texts if t.startswith("⚠")]
    assert len(flagged) == 1 and "15:45 03/11/2026" in flagged[0]
    tip = model.data(model.index(texts.index(flagged[0])), Qt.ItemDataRole.ToolTipRole)
    assert "không phải ngày kiểm tra" in tip
    assert page.tabs.tabText(page.tabs.indexOf(gallery)) == "Ảnh (2)"

    report = reports[-1]
    skipped = [(name, detail) for name, outcome, detail in report.model.rows
               if outcome == "skipped"]
    assert skipped and skipped[0][0] == "IMG_3.jpg" and skipped[0][1]
    assert "bỏ qua 1 tệp" in report.heading.text()
    report.copy_to_clipboard()
    assert "IMG_3.jpg\tBỏ qua\t" + skipped[0][1] in QApplication.clipboard().text()

    # a photo dropped on an item's group goes to that item; the groups follow
    page.ctx.workspace.photos.move(gallery.group_photos(None)[0].id, "C1")
    page.photos.refresh()
    assert [code for code, _view, _model in gallery.groups] == ["C1", None]
    c1_view = gallery.groups[0][1]
    assert drop(c1_view.viewport(), file_mime(jpeg(tmp_path / "more.jpg", color=(1, 2, 3))))
    assert len(gallery.group_photos("C1")) == 2
    # the same content again is "already present", not a second photo
    assert drop(gallery.area.viewport(), file_mime(dcim / "IMG_1.jpg"))
    assert [r[1] for r in reports[-1].model.rows] == ["present"]
    assert len(page.photos.photos) == 3


def test_missing_panel_lists_short_and_unanswered_items(page, tmp_path):
    gallery = page.gallery
    text = gallery.missing_label.text()
    assert "Thiếu ảnh minh chứng (11 mục)" in text and "Chưa trả lời (26 mục)" in text
    editor = page.checklist
    editor.select("C1")
    editor.panel.commit_value("D")                # answered, still without its photo
    editor.select("C2")
    page.photos.import_paths([str(jpeg(tmp_path / "c2.jpg"))], "C2", editor)
    page.tabs.setCurrentWidget(gallery)           # the tab reloads when shown
    text = gallery.missing_label.text()
    assert "Thiếu ảnh minh chứng (10 mục)" in text and "Chưa trả lời (25 mục)" in text
    short, unanswered = text.split("Chưa trả lời")
    assert "href='C1'" in short and "href='C1'" not in unanswered
    assert "href='C2'" not in short and "href='C2'" in unanswered
    gallery.missing_label.linkActivated.emit("C3")  # a code opens the item
    assert page.tabs.currentWidget() is editor and editor.current_code() == "C3"


def test_missing_is_pure():
    from app.models import Answer, TemplateItem

    def item(code, need):
        return TemplateItem(id=code, template_id="t", code=code, section=code[0], position=0,
                            text=code, photos_required=need)

    def answer(code, value, result):
        return Answer(id="a" + code, inspection_id="i", item_id=code, item_code=code,
                      value=value, result=result)

    items = [item("C1", 1), item("C2", 1), item("C3", 0), item("C4", 2)]
    answers = {"C1": answer("C1", "D", "D"), "C2": answer("C2", "KAD", "KAD"),
               "C4": answer("C4", "K", "K")}
    found = evaluate(items, answers, {"C4": 1})
    assert [(m.item.code, m.have) for m in found.missing_photos] == [("C1", 0), ("C4", 1)]
    assert [i.code for i in found.unanswered] == ["C3"]     # KAD needs no photo


def test_paste_image_from_clipboard_adds_a_photo_to_the_current_item(page, tmp_path, qtbot,
                                                                      reports):
    editor = page.checklist
    editor.select("D7")
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a6f97"))
    QApplication.clipboard().setImage(image)
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    photos = photos_of(page, "D7")
    assert len(photos) == 1 and photos[0].original_name.startswith("Ảnh dán")
    assert editor.panel.photo_strip.model.rowCount() == 1
    # no capture time in a pasted image: imported, and flagged for the reviewer
    assert "EXIF" in reports[-1].model.rows[0][2]
    # copied files paste too
    QApplication.clipboard().setMimeData(file_mime(jpeg(tmp_path / "copied.jpg")))
    assert editor.photos.paste()
    assert len(photos_of(page, "D7")) == 2


def test_viewer_rotates_and_moves_a_photo(page, tmp_path, qtbot, monkeypatch):
    editor = page.checklist
    editor.select("C1")
    page.photos.import_paths([str(jpeg(tmp_path / "board.jpg"))], "C1", editor)
    photo = photos_of(page, "C1")[0]
    assert (photo.width, photo.height) == (800, 600)
    viewer = PhotoViewerDialog(page.photos, photo.id, None, page)
    qtbot.addWidget(viewer)
    assert viewer.name_label.text() == "board.jpg"
    assert viewer.time_label.text() == "09:15 20/11/2026"
    assert viewer.camera_label.text() == "samsung Galaxy A54 5G"

    qtbot.mouseClick(viewer.rotate_button, Qt.MouseButton.LeftButton)
    turned = page.ctx.workspace.photos.get(photo.id)
    assert (turned.width, turned.height) == (600, 800) and turned.rotation == 90
    assert viewer.view.pixmap_item.pixmap().width() == 600
    assert viewer.size_label.text() == "600 × 800 px"

    viewer.caption.setText("Bảng niêm yết giờ làm việc")
    viewer.caption.editingFinished.emit()
    assert page.ctx.workspace.photos.get(photo.id).caption == "Bảng niêm yết giờ làm việc"

    monkeypatch.setattr("ui.photo_viewer.choose_item", lambda parent, hub, current: "C2")
    qtbot.mouseClick(viewer.move_button, Qt.MouseButton.LeftButton)
    assert page.ctx.workspace.photos.get(photo.id).item_code == "C2"
    assert viewer.item_label.text().startswith("C2.")
    assert tree_text(page, "C1") == "0/1" and tree_text(page, "C2") == "1/1"
    assert editor.panel.photo_strip.model.rowCount() == 0       # C1 is still shown

    monkeypatch.setattr("ui.photo_viewer.choose_item", lambda parent, hub, current: "")
    qtbot.mouseClick(viewer.move_button, Qt.MouseButton.LeftButton)
    assert page.ctx.workspace.photos.get(photo.id).item_code is None


def test_viewer_zoom_buttons_and_fit(page, tmp_path, qtbot):
    page.photos.import_paths([str(jpeg(tmp_path / "z.jpg"))], "C1", page)
    viewer = PhotoViewerDialog(page.photos, page.photos.photos[0].id, None, page)
    qtbot.addWidget(viewer)
    viewer.show()
    viewer.view.fit()
    fitted = viewer.view.zoom()
    qtbot.mouseClick(viewer.zoom_in_button, Qt.MouseButton.LeftButton)
    assert viewer.view.zoom() == pytest.approx(fitted * 1.25)
    assert viewer.zoom_label.text() == f"{round(fitted * 125)} %"
    qtbot.mouseClick(viewer.actual_button, Qt.MouseButton.LeftButton)
    assert viewer.view.zoom() == 1.0
    qtbot.mouseClick(viewer.fit_button, Qt.MouseButton.LeftButton)
    assert viewer.view.zoom() == pytest.approx(fitted)


def test_remove_asks_first_then_tombstones(page, tmp_path, qtbot, monkeypatch):
    page.checklist.select("C1")
    page.photos.import_paths([str(jpeg(tmp_path / "x.jpg"))], "C1", page)
    photo = page.photos.photos[0]
    asked = []
    answer = [False]

    def confirm(parent, title, text, yes, no=None, informative=""):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr("ui.photo_viewer.confirm", confirm)
    viewer = PhotoViewerDialog(page.photos, photo.id, None, page)
    qtbot.addWidget(viewer)
    qtbot.mouseClick(viewer.remove_button, Qt.MouseButton.LeftButton)
    assert asked and "x.jpg" in asked[0]
    assert len(page.ctx.workspace.photos.list(page.inspection_id)) == 1   # declined: kept

    answer[0] = True
    qtbot.mouseClick(viewer.remove_button, Qt.MouseButton.LeftButton)
    assert page.ctx.workspace.photos.list(page.inspection_id) == []
    kept = page.ctx.workspace.db.one("SELECT deleted FROM photos WHERE id = ?", (photo.id,))
    assert kept is not None and kept["deleted"] == 1               # record kept (tombstone)
    assert viewer.result() == PhotoViewerDialog.DialogCode.Accepted
    assert tree_text(page, "C1") == "0/1"
    assert page.tabs.tabText(page.tabs.indexOf(page.gallery)) == "Ảnh (0)"


def test_finalised_inspection_shows_photos_but_changes_none(window, seeded, tmp_path, qtbot):
    _path, inspection_id = seeded
    ws = window.ctx.workspace
    ws.photos.import_files(inspection_id, [jpeg(tmp_path / "p.jpg")], item_code="C1")
    ws.writer.update("inspections", inspection_id, {"status": "finalised"})
    window.open_inspection(inspection_id)
    page = window.inspection_page
    editor = page.checklist
    editor.select("C1")
    strip = editor.panel.photo_strip
    assert strip.model.rowCount() == 1 and tree_text(page, "C1") == "1/1"
    assert not strip.add_button.isEnabled()
    assert not page.gallery.add_button.isEnabled() and not page.gallery.folder_button.isEnabled()
    assert page.gallery.group_photos("C1")
    more = jpeg(tmp_path / "more.jpg", color=(5, 5, 5))
    assert not drop(strip.view.viewport(), file_mime(more))
    assert not drop(page.gallery.area.viewport(), file_mime(more))
    QApplication.clipboard().setMimeData(file_mime(more))
    assert not editor.photos.paste()
    assert len(ws.photos.list(inspection_id)) == 1

    viewer = PhotoViewerDialog(page.photos, strip.model.photos()[0].id, None, page)
    qtbot.addWidget(viewer)
    assert not viewer.view.pixmap_item.pixmap().isNull()          # viewing still works
    for button in (viewer.rotate_button, viewer.move_button, viewer.remove_button):
        assert not button.isEnabled()
    assert viewer.caption.isReadOnly() and viewer.read_only_label.isVisibleTo(viewer)


def test_report_model_lists_every_outcome_and_copies_as_a_table():
    from app.photos import ImportedPhoto, PhotoImportReport

    report = PhotoImportReport(
        imported=[ImportedPhoto("a.jpg", "1", ("Ảnh không có thời điểm chụp (EXIF).",))],
        present=[("b.jpg", "Ảnh này đã có trong cuộc kiểm tra (cùng nội dung).")],
        skipped=[("c.gif", "Định dạng GIF không được hỗ trợ.")],
    )
    model = PhotoReportTableModel(report)
    assert model.rowCount() == 3 and model.columnCount() == 3
    assert [model.data(model.index(r, 1)) for r in range(3)] == ["Đã nhập", "Đã có sẵn",
                                                                 "Bỏ qua"]
    assert model.data(model.index(0, 2)) == "⚠ Ảnh không có thời điểm chụp (EXIF)."
    lines = model.as_text().splitlines()
    assert lines[0] == "Tệp\tKết quả\tLý do, cảnh báo"
    assert lines[3] == "c.gif\tBỏ qua\tĐịnh dạng GIF không được hỗ trợ."


def test_double_click_on_a_thumbnail_opens_it_once(page, tmp_path, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(PhotoViewerDialog, "exec",
                        lambda self: opened.append((self.photo_id, self.photo_ids)) or 0)
    editor = page.checklist
    editor.select("C1")
    page.photos.import_paths([str(jpeg(tmp_path / "a.jpg")),
                              str(jpeg(tmp_path / "b.jpg", color=(200, 10, 10)))], "C1", editor)
    strip = editor.panel.photo_strip
    second = strip.model.index(1)
    rect = strip.view.visualRect(second)
    qtbot.mouseClick(strip.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(strip.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    photos = strip.model.photos()
    assert opened == [(photos[1].id, [p.id for p in photos])]   # with ‹ › through the strip
