"""`./dev bench`: every benchmark, each figure as a ratio to a baseline from this run."""

from __future__ import annotations

import sys

from bench import inspections, merge, minutes, photos, startup

BENCHES = {"startup": startup, "inspections": inspections, "photos": photos,
           "minutes": minutes, "merge": merge}


def main(names: list[str]) -> int:
    """Every benchmark, or only those named (`./dev bench merge`)."""
    unknown = [name for name in names if name not in BENCHES]
    if unknown:
        print(f"Không có phép đo {', '.join(unknown)}; có: {', '.join(BENCHES)}.")
        return 2
    print("== Kiểm tra kỷ cương — đo hiệu năng ==")
    results = [BENCHES[name].run() for name in names or BENCHES]
    print("Tất cả đạt." if all(results) else "Có chỉ tiêu KHÔNG ĐẠT (xem trên).")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
