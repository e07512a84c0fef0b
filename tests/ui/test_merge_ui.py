"""The package screens as a person uses them: two laptops edit the same field of
one inspection and export; headquarters drops both packages on the merge
dialog, trusts the two devices after comparing fingerprints and applies. Plus
exporting, a rejected package and a cancelled merge."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from ui.merge_format import BAD

from app import demo, packages
from app import device as device_mod
from app.progress import CancelFlag
from app.workspace import Workspace
from db.ids import uuid7
from ui import export_dialog
from ui.export_dialog import CHOSEN, ExportDialog
from ui.merge_dialog import MergeDialog, PackageTableModel
from ui.tasks import SyncTaskRunner
from ui.trust_dialog import TrustDialog

PLACE_A = "Phòng họp tầng 2, UBND xã"
PLACE_B = "Hội trường UBND xã"


def laptop(root: Path, name: str) -> Workspace:
    """A simulated laptop: its own app-data folder (device id, key, name) and db."""
    folder = root / f"appdata-{name}"
    folder.mkdir(parents=True)
    (folder / "device.json").write_text(json.dumps({"id": uuid7(), "name": name}),
                                        encoding="utf-8")
    return Workspace.open(root / f"{name}.sqlite", device=device_mod.load_or_create(folder))


@pytest.fixture
def two_laptops(tmp_path):
    """Laptop A holds demo data and hands it to laptop B; both then change the
    place of the same inspection and export. (inspection id, package A, package B)"""
    from app import merge

    out = tmp_path / "usb"
    out.mkdir()
    a = laptop(tmp_path, "Máy A")
    b = laptop(tmp_path, "Máy B")
    try:
        demo.generate(a, inspections=2, seed=5)
        handed = packages.export(a, tmp_path / "a-to-b.ktpkg", everything=True)
        assert merge.merge_file(b, handed.path, trust_new=True).status == "merged"
        inspection_id = a.inspections.ids()[0]
        a.inspections.update_info(inspection_id, place=PLACE_A)
        b.inspections.update_info(inspection_id, place=PLACE_B)
        package_a = packages.export(a, out / "may-a.ktpkg", everything=True).path
        package_b = packages.export(b, out / "may-b.ktpkg").path
    finally:
        a.close()
        b.close()
    return inspection_id, package_a, package_b


def drop(dialog, paths) -> bool:
    """Drag files over the dialog and drop them, as the window system would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(40, 40), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    dialog.dragEnterEvent(enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(40, 40), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    dialog.dropEvent(event)
    return True


@pytest.fixture
def compare_trust(monkeypatch):
    """The person compares the fingerprint and confirms (ticks, then trusts).
    Records the fingerprints shown."""
    shown = []

    def exec_(dialog):
        shown.append(dialog.fingerprint_label.text())
        assert not dialog.trust_button.isEnabled()      # not before the tick
        dialog.compared.setChecked(True)
        dialog.trust_button.click()
        return dialog.result()

    monkeypatch.setattr(TrustDialog, "exec", exec_)
    return shown


def cell(model, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.index(row, column).data(role)


def click_cell(view, row: int, column: int) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def test_two_laptops_drop_trust_and_apply(qtbot, ctx, two_laptops, compare_trust):
    inspection_id, package_a, package_b = two_laptops
    ws = ctx.workspace
    dialog = MergeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.stack.currentWidget() is dialog.drop_area
    assert not dialog.apply_button.isEnabled()

    assert drop(dialog, [package_a.parent])            # the whole folder from the USB stick
    model = dialog.model
    assert [row.path.name for row in model.rows] == ["may-a.ktpkg", "may-b.ktpkg"]
    assert dialog.stack.currentWidget() is dialog.table
    names = [cell(model, r, PackageTableModel.COL_DEVICE) for r in range(2)]
    assert names == ["Máy A", "Máy B"]
    for r, row in enumerate(model.rows):
        assert row.preview.status == "preview"
        trust = cell(model, r, PackageTableModel.COL_TRUST)
        assert trust.startswith("máy mới, chưa tin cậy") and row.preview.info.fingerprint in trust
        assert "Tin cậy máy này" in cell(model, r, PackageTableModel.COL_RESULT)
    assert cell(model, 0, PackageTableModel.COL_NEW) != "0"
    assert not dialog.apply_button.isEnabled()          # nobody trusted the devices yet

    for r in range(2):
        dialog.table.selectRow(r)
        assert dialog.trust_button.isEnabled()
        dialog.trust_button.click()
    assert [f.replace("\n", " ") for f in compare_trust] == [
        row.preview.info.fingerprint for row in model.rows]
    assert "sẽ tin cậy khi nhập" in cell(model, 0, PackageTableModel.COL_TRUST)
    assert dialog.apply_button.isEnabled() and dialog.apply_button.text() == "Nhập 2 gói"

    dialog.apply_button.click()
    assert [row.outcome.status for row in model.rows] == ["merged", "merged"]
    assert cell(model, 0, PackageTableModel.COL_RESULT) == "Đã nhập."
    assert cell(model, 1, PackageTableModel.COL_RESULT) == "Đã nhập; 1 xung đột cần xử lý."
    assert cell(model, 1, PackageTableModel.COL_CONFLICT) == "1"
    assert cell(model, 1, PackageTableModel.COL_TRUST).startswith("đã tin cậy")
    assert dialog.applied and not dialog.apply_button.isEnabled()
    # Both places are kept; the record shows one of them until a person decides.
    assert ws.inspections.get(inspection_id).place in (PLACE_A, PLACE_B)
    assert ws.db.one("SELECT count(*) FROM conflicts WHERE status = 'open'")[0] == 1



def test_a_rejected_package_shows_its_reason_and_is_not_applied(qtbot, ctx, two_laptops,
                                                                 compare_trust, tmp_path):
    _inspection, package_a, _b = two_laptops
    junk = tmp_path / "x.ktpkg"
    junk.write_bytes(os.urandom(4096))
    dialog = MergeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.add_paths([junk])
    model = dialog.model
    reason = cell(model, 0, PackageTableModel.COL_RESULT)
    assert "“x.ktpkg” không phải là gói dữ liệu hợp lệ" in reason
    assert cell(model, 0, PackageTableModel.COL_RESULT,
                Qt.ItemDataRole.ForegroundRole).color().name() == BAD
    assert not dialog.apply_button.isEnabled()            # nothing valid to apply
    assert "Bị từ chối: 1 gói" in dialog.summary_label.text()

    dialog.add_paths([package_a])
    dialog.table.selectRow(1)
    dialog.trust_button.click()
    assert dialog.apply_button.text() == "Nhập 1 gói"
    dialog.apply_button.click()
    assert model.rows[0].outcome is None and model.rows[0].preview.status == "rejected"
    assert cell(model, 0, PackageTableModel.COL_RESULT) == reason
    assert model.rows[1].outcome.status == "merged"
    assert ctx.workspace.db.one("SELECT count(*) FROM merge_log")[0] == 1


class CancelAtSecondPackage(SyncTaskRunner):
    """Runs at once, pressing Cancel as soon as the second package starts."""

    def run(self, fn, *, label, on_success=None, on_error=None, parent=None, **_kw):
        cancel = CancelFlag()

        def progress(done, total, text):
            if text.startswith("Gói 2/"):
                cancel.cancel()
        try:
            result = fn(progress, cancel)
        except BaseException as exc:  # noqa: BLE001 - handed to the screen like TaskRunner
            on_error(exc)
        else:
            on_success(result)
        return cancel


def test_cancel_keeps_finished_packages_and_rolls_back_the_current_one(
        qtbot, ctx, two_laptops, compare_trust):
    _inspection, package_a, package_b = two_laptops
    dialog = MergeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.add_paths([package_a, package_b])
    for r in range(2):
        dialog.table.selectRow(r)
        dialog.trust_button.click()
    ctx.runner = CancelAtSecondPackage()
    dialog.apply_button.click()
    rows = dialog.model.rows
    assert rows[0].outcome.status == "merged"
    assert rows[1].outcome is None
    assert "Đã hủy" in cell(dialog.model, 1, PackageTableModel.COL_RESULT)
    assert ctx.workspace.db.one("SELECT count(*) FROM merge_log")[0] == 1
    assert ctx.workspace.db.one("SELECT count(*) FROM conflicts")[0] == 0


# -- export ----------------------------------------------------------------------

@pytest.fixture
def informed(monkeypatch):
    shown = []
    monkeypatch.setattr(export_dialog, "inform", lambda parent, title, text: shown.append(text))
    return shown


def test_export_writes_a_package_that_verifies(qtbot, ctx, tmp_path, informed):
    ws = ctx.workspace
    demo.generate(ws, inspections=3, seed=2)
    dialog = ExportDialog(ctx, folder=str(tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.mode_buttons[0].isChecked()              # changes since the last export
    summary = dialog.summary_label.text()
    assert "Cuộc kiểm tra: 3" in summary and "MB" in summary
    target = Path(dialog.path_edit.text())
    assert target.parent == tmp_path and target.suffix == ".ktpkg"
    assert dialog.export_button.isEnabled()
    dialog.export_button.click()

    info = packages.verify_file(target)
    assert info.device_id == ws.device.id and info.manifest["inspections"] == 3
    assert dialog.exported.path == target
    assert str(target) in informed[0] and "3 cuộc kiểm tra" in informed[0]

    again = ExportDialog(ctx, folder=str(tmp_path))        # nothing changed since
    qtbot.addWidget(again)
    assert "Không có gì mới để xuất" in again.summary_label.text()
    assert not again.export_button.isEnabled()


def test_export_chosen_inspections_only(qtbot, ctx, tmp_path, informed):
    ws = ctx.workspace
    demo.generate(ws, inspections=3, seed=4)
    dialog = ExportDialog(ctx, folder=str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.set_mode(CHOSEN)
    assert dialog.inspection_model.rowCount() == 3
    assert not dialog.export_button.isEnabled()            # none ticked yet
    assert "ít nhất một" in dialog.summary_label.text()
    chosen = ws.inspections.ids()[1]
    dialog.check_inspections([chosen])
    dialog.refresh_plan()
    assert "Cuộc kiểm tra: 1" in dialog.summary_label.text()
    dialog.export_button.click()
    info = packages.verify_file(dialog.exported.path)
    assert info.manifest["inspections"] == 1 and info.scope == f"inspections:{chosen}"
