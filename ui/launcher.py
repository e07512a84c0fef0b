"""Starting the GUI, and the offscreen self-test. Heavy modules are imported only
after the first window is on screen."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from app import APP_NAME, __version__


def _application():
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("KiemTraKyCuong")
    app.setDesktopFileName("kiemtra")
    return app


def run_gui(db_path: Path, lang: str | None = None) -> int:
    from PySide6.QtCore import QTimer

    from ui import i18n
    from ui.main_window import MainWindow
    from ui.settings import Settings
    from ui.tasks import TaskRunner

    app = _application()
    settings = Settings()
    if lang:
        settings.language = lang
    i18n.install(app, settings.language)
    window = MainWindow(settings, TaskRunner(app))
    window.show()
    if os.environ.get("KIEMTRA_EXIT_WHEN_SHOWN"):  # start-up benchmark: stop at first paint
        QTimer.singleShot(0, app.quit)
        return app.exec()
    QTimer.singleShot(0, lambda: window.open_database(db_path, offer_demo=True))
    return app.exec()


def _sample_photos(folder: Path) -> list[Path]:
    from PIL import Image

    folder.mkdir()
    paths = []
    for n, (size, kind) in enumerate([((2400, 1800), "JPEG"), ((1200, 900), "JPEG"),
                                      ((900, 1200), "PNG"), ((2600, 1950), "JPEG")]):
        path = folder / f"anh-{n}.{'jpg' if kind == 'JPEG' else 'png'}"
        Image.new("RGB", size, (40 * n, 120, 200)).save(path, kind)
        paths.append(path)
    return paths


def selftest(json_output: bool = False) -> int:
    """Check resources, open a scratch database, build the main window offscreen
    and open an inspection in it. Touches nothing of the user's."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    problems: list[str] = []
    checks: list[str] = []
    with tempfile.TemporaryDirectory(prefix="kiemtra-selftest-") as scratch:
        os.environ["KIEMTRA_DATA_DIR"] = scratch
        try:
            from app import resources, templates

            for path in resources.template_files():
                templates.load_file(path)
                checks.append(f"mẫu phiếu {path.name}")
            fonts = sorted(resources.path("fonts").glob("*.ttf"))
            if not fonts:
                problems.append("thiếu phông chữ trong resources/fonts")
            checks.append(f"{len(fonts)} phông chữ")
        except Exception as exc:  # noqa: BLE001 - reported, not raised
            problems.append(f"tài nguyên: {exc}")
        try:
            from app import demo
            from app.workspace import Workspace

            with Workspace.open(Path(scratch) / "selftest.sqlite") as ws:
                demo.generate(ws, inspections=2, seed=7)
                first = ws.inspections.ids()[0]
                checks.append("cơ sở dữ liệu và dữ liệu mẫu")
                from app.minutes import build_minutes

                pdf = build_minutes(ws, first, Path(scratch) / "bien-ban.pdf", draft=True)
                if not Path(pdf.path).read_bytes().startswith(b"%PDF") or pdf.pages < 1:
                    problems.append("biên bản PDF không hợp lệ")
                else:
                    checks.append(f"biên bản PDF ({pdf.pages} trang, phông chữ nhúng)")
                import importlib

                from app import pades

                importlib.import_module("pyhanko.sign.signers")
                # USB tokens: pyHanko's signer and python-pkcs11's compiled module
                # (imported only when a library is loaded, so name it here).
                importlib.import_module("pyhanko.sign.pkcs11")
                importlib.import_module("pkcs11._pkcs11")
                if pades.check_signatures(Path(pdf.path).read_bytes()) != []:
                    problems.append("kiểm tra chữ ký số: bản dự thảo không thể có chữ ký")
                else:
                    checks.append("thư viện chữ ký số (PAdES; tệp .p12 và USB token)")
                photos = _sample_photos(Path(scratch) / "anh")
                report = ws.photos.import_files(first, photos, item_code="C1", workers=2)
                if len(report.imported) != len(photos):
                    problems.append(f"nhập ảnh: {report.skipped}")
                else:
                    checks.append(f"nhập {len(photos)} ảnh (JPEG, PNG) qua tiến trình phụ")
        except Exception as exc:  # noqa: BLE001
            problems.append(f"cơ sở dữ liệu: {exc}")
            first = None
        try:
            from ui.main_window import MainWindow
            from ui.settings import Settings
            from ui.tasks import SyncTaskRunner

            app = _application()
            window = MainWindow(Settings(), SyncTaskRunner(app))
            window.show()
            window.open_database(Path(scratch) / "selftest.sqlite", offer_demo=False)
            if first:
                window.open_inspection(first)
            app.processEvents()
            checks.append("cửa sổ chính và phiếu kiểm tra")
            window.close_database()
            window.close()
        except Exception as exc:  # noqa: BLE001
            problems.append(f"giao diện: {type(exc).__name__}: {exc}")
    ok = not problems
    if json_output:
        print(json.dumps({"ok": ok, "version": __version__, "checks": checks,
                          "problems": problems}, ensure_ascii=False, indent=2))
    else:
        for check in checks:
            print(f"  đạt: {check}")
        for problem in problems:
            print(f"  LỖI: {problem}", file=sys.stderr)
        print(f"{APP_NAME} {__version__}: " + ("tự kiểm tra đạt" if ok else "tự kiểm tra KHÔNG đạt"))
    return 0 if ok else 1
