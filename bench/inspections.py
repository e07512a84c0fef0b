"""Opening an inspection with the full template, and the list with 10,000 inspections."""

from __future__ import annotations

import os
import shutil
import time

from bench.common import OUT, median_ms, report

LIST_SIZE = 10_000


def demo_database(count: int):
    """A demo database of `count` inspections, made once and reused across runs."""
    from app import __version__, demo
    from app.workspace import Workspace

    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"demo-{count}-v{__version__}.sqlite"
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        for leftover in OUT.glob(tmp.name + "*"):
            leftover.unlink()
        print(f"  (tạo dữ liệu mẫu {count} cuộc kiểm tra một lần, lưu ở {path.name}…)")
        with Workspace.open(tmp) as ws:
            demo.generate(ws, inspections=count, seed=11)
            ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.move(tmp, path)
    return path


def open_inspection(ws) -> bool:
    from PySide6.QtWidgets import QApplication

    from ui.context import UiContext
    from ui.inspection_page import InspectionPage
    from ui.tasks import SyncTaskRunner

    app = QApplication.instance() or QApplication([])
    ctx = UiContext(ws, SyncTaskRunner())
    inspection_id = ws.inspections.ids()[len(ws.inspections.ids()) // 2]
    db = ws.db

    def baseline():
        row = db.one("SELECT * FROM inspections WHERE id = ?", (inspection_id,))
        db.query("SELECT * FROM template_items WHERE template_id = ? ORDER BY position",
                 (row["template_id"],))
        db.query("SELECT * FROM answers WHERE inspection_id = ?", (inspection_id,))
        db.query("SELECT * FROM inspection_members WHERE inspection_id = ?", (inspection_id,))
        db.query("SELECT * FROM findings WHERE inspection_id = ?", (inspection_id,))
        db.query("SELECT * FROM requests WHERE inspection_id = ?", (inspection_id,))

    def page():
        widget = InspectionPage(ctx, inspection_id)
        widget.resize(1280, 700)
        widget.show()
        app.processEvents()
        widget.close()
        widget.deleteLater()

    page()
    rows_ms = median_ms(baseline, 9)
    page_ms = median_ms(page, 9)
    ok = page_ms < 150
    report("Mở một cuộc kiểm tra (đủ mẫu phiếu)", page_ms, rows_ms, None,
           "truy vấn các dòng của nó")
    print(f"  mục tiêu < 150 ms: {'đạt' if ok else 'KHÔNG ĐẠT'}")
    return ok


def inspection_list(ws) -> bool:
    from PySide6.QtWidgets import QApplication

    from ui.inspection_list import InspectionTableModel

    QApplication.instance() or QApplication([])
    db = ws.db

    def baseline():
        db.query("SELECT i.id, i.started_at, u.name, c.name FROM inspections i "
                 "JOIN units u ON u.id = i.unit_id LEFT JOIN campaigns c ON c.id = i.campaign_id "
                 "WHERE i.deleted = 0 ORDER BY i.started_at DESC")

    model = InspectionTableModel(ws.inspections)

    def load():
        model.reload()
        for row in range(40):  # what a screen shows
            for column in range(model.columnCount()):
                model.data(model.index(row, column))

    base_ms = median_ms(baseline, 5)
    load_ms = median_ms(load, 5)
    report(f"Tải danh sách {model.rowCount()} cuộc kiểm tra", load_ms, base_ms, None,
           "một truy vấn đọc thẳng mọi dòng")
    print(f"  mục tiêu < 1000 ms: {'đạt' if load_ms < 1000 else 'KHÔNG ĐẠT'}")
    worst = 0.0
    for row in range(0, model.rowCount(), 37):  # scroll through, a screenful at a time
        start = time.perf_counter()
        for r in range(row, min(row + 37, model.rowCount())):
            for column in range(model.columnCount()):
                model.data(model.index(r, column))
        worst = max(worst, (time.perf_counter() - start) * 1000)
    smooth = worst < 50
    print(f"Cuộn hết danh sách: bước chậm nhất {worst:.1f} ms = {worst / (1000 / 60):.2f}× "
          f"một khung hình 60 Hz (mục tiêu < 50 ms, không giật: "
          f"{'đạt' if smooth else 'KHÔNG ĐẠT'})")
    return load_ms < 1000 and smooth


def run() -> bool:
    import tempfile

    from app.workspace import Workspace

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as data:
        os.environ["KIEMTRA_DATA_DIR"] = data
        count = int(os.environ.get("KIEMTRA_BENCH_INSPECTIONS", LIST_SIZE))
        path = demo_database(count)
        with Workspace.open(path) as ws:
            ok = open_inspection(ws)
            ok = inspection_list(ws) and ok
    return ok
