"""The package screens as a person uses them: two laptops edit the same field of
one inspection and export; headquarters drops both packages on the merge
dialog, trusts the two devices after comparing fingerprints, applies, and
settles the conflict in the review; the history says where the record came
from. Plus exporting, a rejected package and a cancelled merge."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest

from app import demo, packages
from app import device as device_mod
from app.progress import CancelFlag
from app.workspace import Workspace
from db.ids import uuid7
from ui import conflicts_dialog, export_dialog, merge_dialog
from ui.conflicts_dialog import ConflictsDialog
from ui.export_dialog import CHOSEN, ExportDialog
from ui.merge_dialog import MergeDialog, PackageTableModel
from ui.merge_format import BAD
from ui.merge_history_dialog import MergeHistoryDialog, RecordOriginDialog
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


def test_two_laptops_drop_trust_apply_and_resolve(qtbot, ctx, two_laptops, compare_trust):
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

    review = ConflictsDialog(ctx)
    qtbot.addWidget(review)
    review.show()
    assert review.list_model.rowCount() == 1
    assert cell(review.list_model, 0, 0) == "Cuộc kiểm tra"
    compare = review.compare_model
    headers = [compare.headerData(c, Qt.Orientation.Horizontal) for c in
               range(compare.columnCount())]
    assert headers[0] == "Trường" and headers[-1] == "Sẽ lưu"
    assert any(h.startswith("Bản gốc chung") for h in headers)
    column_b = next(c for c, h in enumerate(headers) if h.startswith("Máy B\n"))
    place_row = compare.fields.index("place")
    assert cell(compare, place_row, 0) == "Địa điểm"
    assert cell(compare, place_row, column_b) == PLACE_B
    assert cell(compare, place_row, 1, Qt.ItemDataRole.BackgroundRole) is not None  # highlighted
    assert not review.save_button.isEnabled()
    assert "Địa điểm" in review.status_label.text()

    click_cell(review.compare_view, place_row, column_b)     # take laptop B's place
    assert cell(compare, place_row, column_b) == f"✔ {PLACE_B}"
    assert cell(compare, place_row, compare.result_column) == PLACE_B
    assert review.save_button.isEnabled()
    review.save_button.click()

    assert ws.inspections.get(inspection_id).place == PLACE_B
    assert review.list_model.rowCount() == 0
    assert review.count_label.text() == "Không còn xung đột nào cần xử lý."
    assert review.saved == 1


def test_history_shows_packages_changes_and_a_records_origin(qtbot, ctx, two_laptops):
    from app import merge

    inspection_id, package_a, package_b = two_laptops
    for path in (package_a, package_b):
        assert merge.merge_file(ctx.workspace, path, trust_new=True).status == "merged"
    dialog = MergeHistoryDialog(ctx)
    qtbot.addWidget(dialog)
    model = dialog.package_model
    assert sorted(cell(model, r, 1) for r in range(2)) == ["may-a.ktpkg", "may-b.ktpkg"]
    row_b = next(r for r in range(2) if cell(model, r, 1) == "may-b.ktpkg")
    assert cell(model, row_b, 2) == "Máy B" and cell(model, row_b, 8) == "1"
    dialog.package_view.selectRow(row_b)
    items = dialog.item_model
    assert [(cell(items, r, 0), cell(items, r, 2)) for r in range(items.rowCount())] == [
        ("Cuộc kiểm tra", "xung đột")]
    assert "Việc chấp hành" in cell(items, 0, 1)          # which inspection, not an id
    dialog.all_items.setChecked(True)
    assert items.rowCount() > 1

    origin = RecordOriginDialog(ctx, "inspections", inspection_id)
    qtbot.addWidget(origin)
    versions = origin.version_model
    brought = [cell(versions, r, 2) for r in range(versions.rowCount())]
    assert "may-a.ktpkg" in brought and "may-b.ktpkg" in brought
    last = versions.rowCount() - 1
    assert cell(versions, last, 3) == "Địa điểm"
    shown = {cell(origin.field_model, r, 0): cell(origin.field_model, r, 1)
             for r in range(origin.field_model.rowCount())}
    assert shown["Địa điểm"] in (PLACE_A, PLACE_B)
    assert shown["Trạng thái"] == "Đang kiểm tra"          # a code shown by its label


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
    from app import history

    assert [p.file for p in history.packages(ctx.workspace)] == ["may-a.ktpkg"]


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
    from app import conflicts, history

    assert [p.file for p in history.packages(ctx.workspace)] == ["may-a.ktpkg"]
    assert conflicts.count_open(ctx.workspace) == 0


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


def test_main_window_counts_open_conflicts(qtbot, qapp, tmp_path, two_laptops, monkeypatch):
    from app import merge
    from ui.main_window import MainWindow
    from ui.settings import Settings

    _inspection, package_a, package_b = two_laptops
    hq_path = tmp_path / "hq.sqlite"
    with Workspace.open(hq_path) as hq:
        for path in (package_a, package_b):
            merge.merge_file(hq, path, trust_new=True)
    window = MainWindow(Settings(), SyncTaskRunner(qapp))
    qtbot.addWidget(window)
    assert window.open_database(hq_path, create=False)
    assert window.conflicts_action.text() == "&Xung đột cần xử lý (1)…"
    assert window.conflicts_button.text() == "⚠ 1 xung đột cần xử lý"
    assert not window.conflicts_button.isHidden()
    opened = []
    monkeypatch.setattr(conflicts_dialog.ConflictsDialog, "exec", lambda d: opened.append(d))
    window.conflicts_button.click()
    assert len(opened) == 1 and opened[0].list_model.rowCount() == 1
    monkeypatch.setattr(merge_dialog.MergeDialog, "exec", lambda d: 0)
    window.merge_packages()                                # nothing merged: nothing reloaded


def test_a_deleted_record_can_be_kept_from_the_laptop_that_edited_it(
        qtbot, ctx, tmp_path, compare_trust):
    """Laptop A deletes a request, laptop B rewrites it: the review shows "Đã xóa"
    yes against no, and keeping B's version brings the request back with B's text."""
    from app import merge

    a = laptop(tmp_path, "Máy A")
    b = laptop(tmp_path, "Máy B")
    try:
        demo.generate(a, inspections=1, seed=8)
        inspection_id = a.inspections.ids()[0]
        request = a.records.requests(inspection_id)[0]
        handed = packages.export(a, tmp_path / "a-to-b.ktpkg", everything=True)
        assert merge.merge_file(b, handed.path, trust_new=True).status == "merged"
        a.records.delete_request(inspection_id, request.id)
        b.records.update_request(inspection_id, request.id, text="Niêm yết đủ thủ tục hành chính")
        paths = [packages.export(ws, tmp_path / f"{n}.ktpkg", everything=True).path
                 for n, ws in (("a", a), ("b", b))]
    finally:
        a.close()
        b.close()
    dialog = MergeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.add_paths(paths)
    for r in range(2):
        dialog.table.selectRow(r)
        dialog.trust_button.click()
    dialog.apply_button.click()

    review = ConflictsDialog(ctx)
    qtbot.addWidget(review)
    assert [cell(review.list_model, r, 0) for r in range(review.list_model.rowCount())] == [
        "Kiến nghị"]
    assert cell(review.list_model, 0, 2) == "một bên xóa, một bên sửa"
    compare = review.compare_model
    deleted_row = compare.fields.index("deleted")
    versions = {v.device_name: n for n, v in enumerate(compare.versions)}
    assert cell(compare, deleted_row, 0) == "Đã xóa"
    assert cell(compare, deleted_row, compare.version_column(versions["Máy A"])) == "có"
    assert cell(compare, deleted_row, compare.version_column(versions["Máy B"])) == "không"
    review.version_buttons[versions["Máy B"]].click()     # "Chọn phiên bản này" for B
    review.save_button.click()
    kept = [r for r in ctx.workspace.records.requests(inspection_id) if r.id == request.id]
    assert kept and kept[0].text == "Niêm yết đủ thủ tục hành chính"
    assert review.list_model.rowCount() == 0
