"""`./dev bench`: every benchmark, each figure as a ratio to a baseline from this run."""

from __future__ import annotations

import sys

from bench import inspections, minutes, photos, startup


def main() -> int:
    print("== Kiểm tra kỷ cương — đo hiệu năng ==")
    results = [startup.run(), inspections.run(), photos.run(), minutes.run()]
    print("Tất cả đạt." if all(results) else "Có chỉ tiêu KHÔNG ĐẠT (xem trên).")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
