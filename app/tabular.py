"""Reading the spreadsheets offices hand over (CSV or XLSX) and reporting bad rows.

Offices save CSV in every encoding Vietnamese Windows produces: UTF-8 with or
without BOM, UTF-16 ("Unicode text"), and Windows-1258 (whose tone marks are
combining characters, so everything is NFC-normalised). Shared by every import
(unit catalogue, staff roster).
"""

from __future__ import annotations

import csv
import io
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

from app.errors import ImportFileError
from db.text import nfc

MAX_ROWS = 20000


@dataclass(frozen=True)
class RowIssue:
    line: int        # line in the file, counting the header and blank lines
    reason: str      # a sentence, without the line number

    @property
    def message(self) -> str:
        return f"Dòng {self.line}: {self.reason[:1].lower()}{self.reason[1:]}"


def issue(line: int, reason: str) -> RowIssue:
    return RowIssue(line, reason[:1].upper() + reason[1:])



@dataclass(frozen=True)
class ImportReport:
    imported: int
    issues: list[RowIssue]
    total: int

    @property
    def skipped(self) -> int:
        return len(self.issues)


def _decode(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1258")
    except UnicodeDecodeError:
        raise ImportFileError(
            f"Không đọc được bảng mã của tệp “{name}”. Hãy lưu lại tệp dưới dạng "
            "CSV UTF-8 hoặc Excel (.xlsx)."
        ) from None


def _csv_rows(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError(f"Tệp “{path.name}” không phải tệp văn bản CSV.")
    text = unicodedata.normalize("NFC", _decode(data, path.name))  # keep tabs and spaces
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [row for row in csv.reader(io.StringIO(text), dialect)]


def _xlsx_rows(path: Path) -> list[list[str]]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ImportFileError(
            f"Tệp “{path.name}” không phải tệp Excel (.xlsx) hợp lệ.", detail=str(exc)
        ) from exc
    try:
        sheet = book.worksheets[0]
        rows = []
        for values in sheet.iter_rows(values_only=True):
            rows.append(["" if v is None else nfc(str(v)) for v in values])
            if len(rows) > MAX_ROWS + 1:
                break
        return rows
    finally:
        book.close()


def read_table(path: str | Path) -> list[list[str]]:
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(f"Không tìm thấy tệp “{path}”.")
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            return _xlsx_rows(path)
        if suffix in (".csv", ".txt", ".tsv"):
            return _csv_rows(path)
    except OSError as exc:
        raise ImportFileError(f"Không đọc được tệp “{path.name}”.", detail=str(exc)) from exc
    raise ImportFileError(
        f"Không nhập được tệp “{path.name}”: chỉ nhận tệp CSV hoặc Excel (.xlsx)."
    )
