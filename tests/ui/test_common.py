"""Qt has no Vietnamese for its own dialogs: every standard text is set by us."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QPushButton

from ui import common


def _answer_next_dialog(qtbot, seen: list, accept: bool, text: str = "") -> None:
    def act():
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QInputDialog) and w.isVisible())
        seen.extend(b.text() for b in dialog.findChildren(QPushButton))
        if text:
            dialog.setTextValue(text)
        (dialog.accept if accept else dialog.reject)()

    QTimer.singleShot(0, act)


def test_text_prompt_has_vietnamese_buttons_and_returns_the_text(qtbot, qapp):
    seen: list[str] = []
    _answer_next_dialog(qtbot, seen, accept=True, text="Nguyễn Văn An")
    assert common.ask_text(None, "Thêm người", "Họ và tên:") == "Nguyễn Văn An"
    assert "Đồng ý" in seen and "Hủy" in seen
    assert not {"OK", "Cancel"} & set(seen)


def test_cancelled_prompt_returns_none(qtbot, qapp):
    seen: list[str] = []
    _answer_next_dialog(qtbot, seen, accept=False)
    assert common.ask_choice(None, "Vai trò", "Vai trò:", ["Trưởng đoàn", "Thư ký"]) is None


def test_standard_buttons_are_vietnamese(qtbot):
    box = common.button_box(QDialogButtonBox.StandardButton.Ok
                            | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {b.text() for b in box.buttons()}
    assert texts == {"Đồng ý", "Hủy"}
