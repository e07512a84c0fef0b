"""Signing on screen: drawing with the mouse, a pen and a finger; what the pad
exports; the dialog's buttons; the "Chữ ký" tab signing, re-signing and clearing
through the dialog; a finalised inspection shows signatures but changes none."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QInputDevice, QMouseEvent, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from app.services.inspections import TeamEntry
from app.signatures import HEAD, REPRESENTATIVE, SECRETARY, TEAM, UNIT, check_png
from ui import signature_pad
from ui.inspection_page import InspectionPage
from ui.signature_pad import MARGIN, SignatureDialog, SignaturePad, SignaturesPanel

HEAD_NAME = "Nguyễn Văn Hùng"
ZIGZAG = [QPoint(100 + 20 * i, 100 + (30 if i % 2 else 0)) for i in range(11)]  # x 100…300


# -- drawing helpers ------------------------------------------------------------------------
def mouse_move(widget, pos: QPoint) -> None:
    """A move with the left button held (QTest.mouseMove carries no buttons)."""
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(pos), widget.mapToGlobal(QPointF(pos)),
                        Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def draw(qtbot, pad: SignaturePad, points: list[QPoint]) -> None:
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=points[0])
    for point in points[1:]:
        mouse_move(pad, point)
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=points[-1])


def scribble(pad: SignaturePad) -> None:
    """A plausible two-stroke signature, through the pad's own stroke handlers."""
    for stroke in ([(60, 120), (90, 80), (120, 150), (160, 70), (200, 140), (260, 110)],
                   [(80, 160), (300, 150)]):
        pad.begin_stroke(QPointF(*stroke[0]))
        for x, y in stroke[1:]:
            pad.extend_stroke(QPointF(x, y))
        pad.end_stroke()


def ink_pixels(png: bytes) -> int:
    with Image.open(io.BytesIO(png)) as image:
        alpha = image.getchannel("A")
        return alpha.point(lambda a: 255 if a >= 128 else 0).histogram()[255]


@pytest.fixture
def dialog(qtbot):
    widget = SignatureDialog("TRƯỞNG ĐOÀN KIỂM TRA", HEAD_NAME)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def pad(qtbot):
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(640, 230)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# -- the pad and the dialog -------------------------------------------------------------------
def test_drawing_with_the_mouse_enables_confirm_and_exports_the_ink(qtbot, dialog):
    assert dialog.who_label.text() == f"<b>TRƯỞNG ĐOÀN KIỂM TRA</b> — {HEAD_NAME}"
    assert dialog.pad.is_empty() and dialog.pad.to_png() == b""
    assert not dialog.confirm_button.isEnabled()

    draw(qtbot, dialog.pad, ZIGZAG)

    assert not dialog.pad.is_empty() and len(dialog.pad.strokes) == 1
    assert dialog.confirm_button.isEnabled()
    png = dialog.png()
    assert check_png(png)                               # what the service will accept
    with Image.open(io.BytesIO(png)) as image:
        assert image.format == "PNG" and image.mode == "RGBA"
        assert image.getpixel((0, 0))[3] == 0           # transparent background
        width, height = image.size
        left, top, right, bottom = image.getchannel("A").getbbox()
    # Cropped to the ink with a margin, rendered at 2×: the zigzag spans 200 px, and
    # smoothing rounds its 30 px swing off to about 22 px.
    assert 2 * (200 + 2 * MARGIN) <= width <= 2 * (200 + 2 * MARGIN + 8)
    assert 2 * (22 + 2 * MARGIN) <= height <= 2 * (30 + 2 * MARGIN + 8)
    assert 2 * MARGIN <= left <= 2 * MARGIN + 4 and 2 * MARGIN <= top <= 2 * MARGIN + 4
    assert width - right <= 2 * MARGIN + 4 and height - bottom <= 2 * MARGIN + 4
    assert ink_pixels(png) > 500


def test_sign_again_clears_the_pad(qtbot, dialog):
    draw(qtbot, dialog.pad, ZIGZAG)
    qtbot.mouseClick(dialog.redo_button, Qt.MouseButton.LeftButton)
    assert dialog.pad.is_empty()
    assert not dialog.confirm_button.isEnabled()
    draw(qtbot, dialog.pad, ZIGZAG[:4])                 # and signing again works
    assert dialog.confirm_button.isEnabled()


def test_cancel_and_confirm(qtbot, dialog):
    draw(qtbot, dialog.pad, ZIGZAG)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    dialog.show()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)


def test_ctrl_z_takes_back_the_last_stroke(qtbot, dialog):
    draw(qtbot, dialog.pad, ZIGZAG)
    draw(qtbot, dialog.pad, [QPoint(100, 170), QPoint(300, 165)])
    assert len(dialog.pad.strokes) == 2
    qtbot.keyClick(dialog.pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(dialog.pad.strokes) == 1
    qtbot.keyClick(dialog.pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.pad.is_empty() and not dialog.confirm_button.isEnabled()


def test_a_wide_signature_is_scaled_to_600_pixels(qtbot, pad):
    draw(qtbot, pad, [QPoint(5 + 63 * i, 60 + 25 * (i % 3)) for i in range(11)])
    with Image.open(io.BytesIO(pad.to_png())) as image:
        assert image.width == 600
        assert 50 < image.height < 120


def test_strokes_stay_on_the_pad(qtbot, pad):
    draw(qtbot, pad, [QPoint(600, 100), QPoint(900, 400)])   # dragged out of the pad
    assert all(0 <= x <= pad.width() and 0 <= y <= pad.height()
               for stroke in pad.strokes for x, y, _ in stroke)


def test_a_lost_release_does_not_lock_the_pad(qtbot, pad):
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(100, 100))
    mouse_move(pad, QPoint(200, 120))                # released outside the window: never seen
    draw(qtbot, pad, [QPoint(100, 160), QPoint(250, 150)])
    assert len(pad.strokes) == 2
    assert pad.strokes[1][0][:2] == (100, 160)


def test_a_pen_draws_and_pressure_sets_the_width(qtbot, pad):
    pen = QPointingDevice("test pen", 77, QInputDevice.DeviceType.Stylus,
                          QPointingDevice.PointerType.Pen,
                          QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
                          1, 2)

    def tablet(kind, x, pressure, buttons=Qt.MouseButton.LeftButton):
        pos = QPointF(x, 100)
        event = QTabletEvent(kind, pen, pos, pad.mapToGlobal(pos), pressure, 0, 0, 0, 0, 0,
                             Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton, buttons)
        QApplication.sendEvent(pad, event)
        assert event.isAccepted()

    tablet(QEvent.Type.TabletPress, 100, 0.1)
    for step in range(1, 20):
        tablet(QEvent.Type.TabletMove, 100 + 10 * step, 1.0)
    tablet(QEvent.Type.TabletRelease, 300, 0.0, Qt.MouseButton.NoButton)

    widths = [w for _, _, w in pad.strokes[0]]
    assert len(pad.strokes) == 1 and len(widths) == 20
    assert widths[0] < 2 < 4 < widths[-1]               # light touch thin, pressed hard wide
    assert ink_pixels(pad.to_png()) > 500


def test_a_finger_draws(qtbot, pad):
    assert pad.testAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
    finger = QTest.createTouchDevice()
    QTest.touchEvent(pad, finger).press(0, QPoint(100, 100)).commit()
    for step in range(1, 10):
        QTest.touchEvent(pad, finger).move(0, QPoint(100 + 20 * step, 100 + 3 * step)).commit()
    QTest.touchEvent(pad, finger).release(0, QPoint(280, 127)).commit()
    assert len(pad.strokes) == 1 and len(pad.strokes[0]) >= 9
    x, y, _ = pad.strokes[0][0]
    assert abs(x - 100) <= 3 and abs(y - 100) <= 3
    assert ink_pixels(pad.to_png()) > 300


# -- the "Chữ ký" tab ----------------------------------------------------------------------------
@pytest.fixture
def inspection(workspace):
    unit = workspace.units.create(name="Ủy ban nhân dân xã Diễn Châu", level="commune")
    return workspace.inspections.create(
        unit, started_at="2026-03-05 07:30",
        team=[TeamEntry(HEAD_NAME, "Phó Giám đốc Sở Nội vụ", "truong_doan"),
              TeamEntry("Trần Thị Thu Hương", "Chuyên viên", "thu_ky")],
        representatives=[TeamEntry("Hồ Văn Thành", "Chủ tịch UBND xã"),
                         TeamEntry("Phạm Thị Ngọc Ánh", "Công chức Văn phòng")])


@pytest.fixture
def signing(monkeypatch):
    """The dialog, opened by the panel, is signed and confirmed at once; the
    representative is chosen by `choose` when set."""
    opened: list[SignatureDialog] = []
    choice: dict[str, str] = {}

    def sign_and_confirm(dialog):
        opened.append(dialog)
        if dialog.name_combo is not None and "name" in choice:
            dialog.name_combo.setCurrentText(choice["name"])
        scribble(dialog.pad)
        assert dialog.confirm_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SignatureDialog, "exec", sign_and_confirm)
    return opened, choice


@pytest.fixture
def panel(qtbot, workspace, inspection):
    widget = SignaturesPanel(workspace, inspection, read_only=False)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    return widget


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_tab_lists_who_must_sign(panel):
    assert list(panel.rows) == [(TEAM, HEAD), (TEAM, SECRETARY), (UNIT, REPRESENTATIVE)]
    head = panel.rows[(TEAM, HEAD)]
    assert (head.title_label.text(), head.name_label.text()) == ("TRƯỞNG ĐOÀN KIỂM TRA",
                                                                 HEAD_NAME)
    for row in panel.rows.values():
        assert row.image_label.text() == "Chưa ký"
        assert row.sign_button.text() == "Ký…" and row.sign_button.isEnabled()
        assert not row.clear_button.isEnabled()


def test_signing_through_the_dialog_shows_the_image(qtbot, panel, workspace, inspection,
                                                    signing):
    opened, _ = signing
    with qtbot.waitSignal(panel.changed):
        click(qtbot, panel.rows[(TEAM, HEAD)].sign_button)

    assert "TRƯỞNG ĐOÀN KIỂM TRA" in opened[0].who_label.text()
    assert HEAD_NAME in opened[0].who_label.text()
    stored = workspace.signatures.signatures(inspection)
    assert [(s.side, s.role, s.signer_name) for s in stored] == [(TEAM, HEAD, HEAD_NAME)]
    assert workspace.signatures.image(stored[0]) == opened[0].png()
    row = panel.rows[(TEAM, HEAD)]
    assert not row.image_label.pixmap().isNull()
    assert row.status_label.text().startswith("Đã ký lúc ")
    assert row.sign_button.text() == "Ký lại…" and row.clear_button.isEnabled()

    click(qtbot, row.sign_button)                               # sign again: replaced
    assert len(workspace.signatures.signatures(inspection)) == 1


def test_the_unit_chooses_its_representative(qtbot, panel, workspace, inspection, signing):
    opened, choice = signing
    choice["name"] = "Phạm Thị Ngọc Ánh"
    click(qtbot, panel.rows[(UNIT, REPRESENTATIVE)].sign_button)
    assert [opened[0].name_combo.itemText(i) for i in range(opened[0].name_combo.count())] == [
        "Hồ Văn Thành", "Phạm Thị Ngọc Ánh"]
    assert workspace.signatures.signatures(inspection)[0].signer_name == "Phạm Thị Ngọc Ánh"
    assert panel.rows[(UNIT, REPRESENTATIVE)].name_label.text() == "Phạm Thị Ngọc Ánh"


def test_clearing_asks_first(qtbot, panel, workspace, inspection, signing, monkeypatch):
    click(qtbot, panel.rows[(TEAM, SECRETARY)].sign_button)
    asked = []
    monkeypatch.setattr(signature_pad, "confirm", lambda *args, **kw: asked.append(args) or False)
    click(qtbot, panel.rows[(TEAM, SECRETARY)].clear_button)
    assert len(workspace.signatures.signatures(inspection)) == 1      # said no
    monkeypatch.setattr(signature_pad, "confirm", lambda *args, **kw: True)
    click(qtbot, panel.rows[(TEAM, SECRETARY)].clear_button)
    assert workspace.signatures.signatures(inspection) == []
    assert "Trần Thị Thu Hương" in asked[0][2]
    row = panel.rows[(TEAM, SECRETARY)]
    assert row.image_label.text() == "Chưa ký" and row.sign_button.text() == "Ký…"


def test_cancelling_the_dialog_stores_nothing(qtbot, panel, workspace, inspection,
                                              monkeypatch):
    monkeypatch.setattr(SignatureDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    click(qtbot, panel.rows[(TEAM, HEAD)].sign_button)
    assert workspace.signatures.signatures(inspection) == []


def test_a_refused_image_is_explained(qtbot, panel, workspace, inspection, monkeypatch, errors):
    def tap(dialog):
        dialog.pad.begin_stroke(QPointF(50, 50))        # one tap: a dot, not a signature
        dialog.pad.end_stroke()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SignatureDialog, "exec", tap)
    click(qtbot, panel.rows[(TEAM, HEAD)].sign_button)
    assert errors and "Chữ ký trống" in errors[0]
    assert workspace.signatures.signatures(inspection) == []


def test_a_finalised_inspection_shows_signatures_but_changes_none(qtbot, ctx, inspection, pad):
    workspace = ctx.workspace
    scribble(pad)
    workspace.signatures.sign(inspection, TEAM, HEAD, HEAD_NAME, pad.to_png())
    workspace.writer.update("inspections", inspection, {"status": "finalised"})
    page = InspectionPage(ctx, inspection)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.signatures)
    panel = page.signatures
    assert panel.read_only and panel.lock_label.isVisible()
    assert not panel.rows[(TEAM, HEAD)].image_label.pixmap().isNull()
    buttons = [b for row in panel.rows.values() for b in (row.sign_button, row.clear_button)]
    assert buttons and not [b.text() for b in buttons if b.isEnabled()]


def test_the_page_has_a_signatures_tab(qtbot, ctx, inspection, signing):
    page = InspectionPage(ctx, inspection)
    qtbot.addWidget(page)
    names = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "Chữ ký" in names
    assert page.tabs.widget(names.index("Chữ ký")) is page.signatures
    # Members changed elsewhere show when the tab is opened again.
    ctx.workspace.inspections.add_member(inspection, UNIT, TeamEntry("Lê Văn Nam", ""))
    page.tabs.setCurrentWidget(page.signatures)
    click(qtbot, page.signatures.rows[(UNIT, REPRESENTATIVE)].sign_button)
    assert page.signatures.rows[(UNIT, REPRESENTATIVE)].sign_button.text() == "Ký lại…"
