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
    # app.conflicts.TABLE_LABELS
    QT_TRANSLATE_NOOP("labels", "Đơn vị"),
    QT_TRANSLATE_NOOP("labels", "Cán bộ"),
    QT_TRANSLATE_NOOP("labels", "Đợt kiểm tra"),
    QT_TRANSLATE_NOOP("labels", "Thành viên đoàn"),
    QT_TRANSLATE_NOOP("labels", "Mẫu phiếu"),
    QT_TRANSLATE_NOOP("labels", "Nội dung mẫu phiếu"),
    QT_TRANSLATE_NOOP("labels", "Cuộc kiểm tra"),
    QT_TRANSLATE_NOOP("labels", "Thành phần tham dự"),
    QT_TRANSLATE_NOOP("labels", "Kết quả kiểm tra một nội dung"),
    QT_TRANSLATE_NOOP("labels", "Ảnh"),
    QT_TRANSLATE_NOOP("labels", "Đeo thẻ công chức"),
    QT_TRANSLATE_NOOP("labels", "Tồn tại"),
    QT_TRANSLATE_NOOP("labels", "Kiến nghị"),
    QT_TRANSLATE_NOOP("labels", "Ghi chú"),
    QT_TRANSLATE_NOOP("labels", "Chữ ký"),
    QT_TRANSLATE_NOOP("labels", "Biên bản đã ban hành"),
    QT_TRANSLATE_NOOP("labels", "Kết quả khắc phục lần trước"),
    # app.conflicts.KIND_LABELS
    QT_TRANSLATE_NOOP("labels", "cùng một nội dung bị sửa khác nhau"),
    QT_TRANSLATE_NOOP("labels", "một bên xóa, một bên sửa"),
    QT_TRANSLATE_NOOP("labels", "thay đổi một biên bản đã hoàn tất"),
    # app.conflicts.FIELD_LABELS (the others are above)
    QT_TRANSLATE_NOOP("labels", "Tên"),
    QT_TRANSLATE_NOOP("labels", "Tên viết tắt"),
    QT_TRANSLATE_NOOP("labels", "Địa chỉ"),
    QT_TRANSLATE_NOOP("labels", "Điện thoại"),
    QT_TRANSLATE_NOOP("labels", "Thủ trưởng"),
    QT_TRANSLATE_NOOP("labels", "Họ và tên"),
    QT_TRANSLATE_NOOP("labels", "Chức vụ"),
    QT_TRANSLATE_NOOP("labels", "Nội dung"),
    QT_TRANSLATE_NOOP("labels", "Giá trị"),
    QT_TRANSLATE_NOOP("labels", "Kết quả"),
    QT_TRANSLATE_NOOP("labels", "Chi tiết"),
    QT_TRANSLATE_NOOP("labels", "Người/đơn vị thực hiện"),
    QT_TRANSLATE_NOOP("labels", "Thời hạn"),
    QT_TRANSLATE_NOOP("labels", "Trạng thái"),
    QT_TRANSLATE_NOOP("labels", "Chú thích"),
    QT_TRANSLATE_NOOP("labels", "Địa điểm"),
    QT_TRANSLATE_NOOP("labels", "Nội dung kiểm tra"),
    QT_TRANSLATE_NOOP("labels", "Ý kiến của đơn vị"),
    QT_TRANSLATE_NOOP("labels", "Bắt đầu"),
    QT_TRANSLATE_NOOP("labels", "Kết thúc"),
    QT_TRANSLATE_NOOP("labels", "Đã xóa"),
    QT_TRANSLATE_NOOP("labels", "Số biên bản"),
    QT_TRANSLATE_NOOP("labels", "Bằng chứng"),
    QT_TRANSLATE_NOOP("labels", "Mã nội dung"),
    QT_TRANSLATE_NOOP("labels", "Đeo thẻ"),
    QT_TRANSLATE_NOOP("labels", "Có mặt"),
    QT_TRANSLATE_NOOP("labels", "Đúng giờ"),
    QT_TRANSLATE_NOOP("labels", "Cấp"),
    QT_TRANSLATE_NOOP("labels", "Mã"),
    QT_TRANSLATE_NOOP("labels", "Cơ quan"),
    QT_TRANSLATE_NOOP("labels", "Vai trò"),
    QT_TRANSLATE_NOOP("labels", "Thứ tự"),
    QT_TRANSLATE_NOOP("labels", "Bên"),
    QT_TRANSLATE_NOOP("labels", "Số quyết định"),
    QT_TRANSLATE_NOOP("labels", "Ngày quyết định"),
    QT_TRANSLATE_NOOP("labels", "Người ký quyết định"),
    QT_TRANSLATE_NOOP("labels", "Hình thức"),
    QT_TRANSLATE_NOOP("labels", "Từ ngày"),
    QT_TRANSLATE_NOOP("labels", "Đến ngày"),
    QT_TRANSLATE_NOOP("labels", "Căn cứ"),
    QT_TRANSLATE_NOOP("labels", "Số bản"),
    QT_TRANSLATE_NOOP("labels", "Từ chối ký"),
    QT_TRANSLATE_NOOP("labels", "Lý do từ chối ký"),
    QT_TRANSLATE_NOOP("labels", "Trả lời lúc"),
    QT_TRANSLATE_NOOP("labels", "Tên tệp gốc"),
    QT_TRANSLATE_NOOP("labels", "Chụp lúc"),
    QT_TRANSLATE_NOOP("labels", "Máy ảnh"),
    QT_TRANSLATE_NOOP("labels", "Phòng, bộ phận"),
    QT_TRANSLATE_NOOP("labels", "Vắng có lý do"),
    QT_TRANSLATE_NOOP("labels", "Lý do vắng"),
    QT_TRANSLATE_NOOP("labels", "Kết quả theo dõi"),
    QT_TRANSLATE_NOOP("labels", "Theo dõi lúc"),
    QT_TRANSLATE_NOOP("labels", "Ghi lúc"),
    QT_TRANSLATE_NOOP("labels", "Người ký"),
    QT_TRANSLATE_NOOP("labels", "Ký lúc"),
    QT_TRANSLATE_NOOP("labels", "Ban hành lúc"),
    QT_TRANSLATE_NOOP("labels", "Ngày khắc phục"),
    # app.history.OUTCOME_LABELS
    QT_TRANSLATE_NOOP("labels", "mới"),
    QT_TRANSLATE_NOOP("labels", "cập nhật"),
    QT_TRANSLATE_NOOP("labels", "gộp tự động"),
    QT_TRANSLATE_NOOP("labels", "không đổi"),
    QT_TRANSLATE_NOOP("labels", "xung đột"),
)


def label(text: str) -> str:
    """The label in the interface language (unknown texts come back unchanged)."""
    return QCoreApplication.translate(CONTEXT, text)
