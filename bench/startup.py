"""Process start to main window shown, against a bare PySide6 window in the same run."""

from __future__ import annotations

import tempfile

from bench.common import PYTHON, report, run_ms

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 760)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def run() -> bool:
    env = {"QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as data:
        env_app = {**env, "KIEMTRA_DATA_DIR": data, "KIEMTRA_EXIT_WHEN_SHOWN": "1"}
        bare = run_ms([PYTHON, "-c", BARE], env)
        app = run_ms([PYTHON, "-m", "app", "--db", f"{data}/bench.sqlite"], env_app)
    return report("Khởi động đến khi hiện cửa sổ chính", app, bare, 2.0,
                  "cửa sổ PySide6 trống")
