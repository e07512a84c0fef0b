"""Labels declared as data in `app/` (which cannot import Qt), marked here for Qt
Linguist so `./dev i18n` extracts them into the "labels" context.

Each entry is the exact Vietnamese text of the `app` dictionary it comes from;
tests/ui/test_i18n.py checks that every value of those dictionaries is listed
here, so a new status or role cannot stay untranslated unnoticed. Show such a
value with `label(text)`: the Vietnamese text itself when no translator is
installed, the English one in English mode."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "labels"

LABELS = (
    # app.services.inspections.STATUSES
    QT_TRANSLATE_NOOP("labels", "Đang lập"),
    QT_TRANSLATE_NOOP("labels", "Đang kiểm tra"),
    QT_TRANSLATE_NOOP("labels", "Đã hoàn tất"),
    # app.services.catalog.ROLES
    QT_TRANSLATE_NOOP("labels", "Trưởng đoàn"),
    QT_TRANSLATE_NOOP("labels", "Thành viên"),
    QT_TRANSLATE_NOOP("labels", "Thư ký"),
    # app.services.catalog.UNIT_LEVELS
    QT_TRANSLATE_NOOP("labels", "Cấp tỉnh"),
    QT_TRANSLATE_NOOP("labels", "Sở, ban, ngành"),
    QT_TRANSLATE_NOOP("labels", "Cấp huyện (trước 7/2025)"),
    QT_TRANSLATE_NOOP("labels", "Cấp xã, phường"),
    QT_TRANSLATE_NOOP("labels", "Cơ quan, đơn vị khác"),
    # app.services.catalog.CAMPAIGN_KINDS
    QT_TRANSLATE_NOOP("labels", "Định kỳ (theo kế hoạch)"),
    QT_TRANSLATE_NOOP("labels", "Đột xuất"),
    # app.services.records.REQUEST_STATUSES
    QT_TRANSLATE_NOOP("labels", "Chưa thực hiện"),
    QT_TRANSLATE_NOOP("labels", "Đang khắc phục"),
    QT_TRANSLATE_NOOP("labels", "Đã khắc phục"),
    QT_TRANSLATE_NOOP("labels", "Không khắc phục"),
    # app.follow_ups.STATUSES (the other two are above)
    QT_TRANSLATE_NOOP("labels", "Chưa khắc phục"),
    # app.checklist.RESULT_LABELS
    QT_TRANSLATE_NOOP("labels", "Đạt"),
    QT_TRANSLATE_NOOP("labels", "Không đạt"),
    QT_TRANSLATE_NOOP("labels", "Không áp dụng"),
    # app.checklist.RESULT_SHORT
    QT_TRANSLATE_NOOP("labels", "Đ"),
    QT_TRANSLATE_NOOP("labels", "K"),
    QT_TRANSLATE_NOOP("labels", "KAD"),
    # app.merge.DEVICE_STATES
    QT_TRANSLATE_NOOP("labels", "máy này"),
    QT_TRANSLATE_NOOP("labels", "đã tin cậy"),
    QT_TRANSLATE_NOOP("labels", "máy mới, chưa tin cậy"),
    QT_TRANSLATE_NOOP("labels", "chưa tin cậy"),
    QT_TRANSLATE_NOOP("labels", "đã thu hồi"),
    QT_TRANSLATE_NOOP("labels", "khóa không khớp"),
)


def label(text: str) -> str:
    """The label in the interface language (unknown texts come back unchanged)."""
    return QCoreApplication.translate(CONTEXT, text)
