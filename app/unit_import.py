"""Importing the unit catalogue from CSV or XLSX: read, plan (pure), apply.

Offices hand over spreadsheets in every encoding Vietnamese Windows produces:
UTF-8 with or without BOM, UTF-16 ("Unicode text"), and Windows-1258 (whose
tone marks are combining characters, so everything is NFC-normalised).
Bad rows are reported one by one; good rows are imported in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.errors import ImportFileError, ValidationError
from app.progress import CancelFlag, ProgressFn, no_progress
from app.services.catalog import level_from_text
from app.tabular import MAX_ROWS, ImportReport, RowIssue, issue, read_table
from db.text import fold, nfc

COLUMNS = {
    "name": ("ten don vi", "ten co quan", "ten", "don vi", "name", "unit"),
    "short_name": ("ten viet tat", "ten ngan", "viet tat", "short name", "short_name"),
    "level": ("cap", "cap don vi", "cap hanh chinh", "level"),
    "parent": ("don vi cap tren", "cap tren", "truc thuoc", "co quan cap tren", "parent"),
    "code": ("ma", "ma don vi", "ma dvhc", "code"),
    "address": ("dia chi", "address"),
    "phone": ("dien thoai", "so dien thoai", "phone"),
    "head_name": ("thu truong", "nguoi dung dau", "lanh dao", "head", "head_name"),
}


@dataclass
class ImportPlan:
    rows: list[tuple[int, dict, str]] = field(default_factory=list)  # (line, values, parent)
    issues: list[RowIssue] = field(default_factory=list)
    total: int = 0


def _header_map(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, title in enumerate(header):
        key = fold(title).strip().strip(":*").strip()
        for column, names in COLUMNS.items():
            if key in names and column not in found:
                found[column] = index
    if "name" not in found:
        raise ImportFileError(
            "Không tìm thấy cột “Tên đơn vị” ở dòng tiêu đề. Các cột được nhận: Tên đơn vị "
            "(bắt buộc), Tên viết tắt, Cấp, Đơn vị cấp trên, Mã, Địa chỉ, Điện thoại, "
            "Thủ trưởng."
        )
    return found


def plan(table: list[list[str]], existing: dict[str, list[str]],
         existing_keys: set[tuple[str, str]]) -> ImportPlan:
    """Decide, without writing, which rows import and why the others do not.

    `existing` maps folded unit names already in the database to their ids (a
    name may belong to several units under different parents); `existing_keys`
    holds (folded name, parent id) of live units. Line numbers are the file's own,
    blank lines included, so the inspector finds the row at once."""
    result = ImportPlan()
    numbered = [(line, row) for line, row in enumerate(table, start=1)
                if any(cell.strip() for cell in row)]
    if not numbered:
        raise ImportFileError("Tệp không có dữ liệu.")
    columns = _header_map(numbered[0][1])
    data = numbered[1:]
    if len(data) > MAX_ROWS:
        raise ImportFileError(f"Tệp có hơn {MAX_ROWS} dòng; hãy chia nhỏ tệp.")
    result.total = len(data)
    name_at = columns["name"]
    in_file = {fold(nfc(r[name_at])) for _line, r in data if len(r) > name_at}
    seen: set[tuple[str, str]] = set()
    for line, row in data:
        cell = {col: nfc(row[i]) if i < len(row) else "" for col, i in columns.items()}
        try:
            if not cell["name"]:
                raise ValidationError("thiếu tên đơn vị")
            level = level_from_text(cell.get("level", ""))
            parent = cell.get("parent", "")
            parent_key = fold(parent)
            if parent and parent_key == fold(cell["name"]):
                raise ValidationError("đơn vị không thể là cấp trên của chính nó")
            if parent and parent_key not in existing and parent_key not in in_file:
                raise ValidationError(f"không tìm thấy đơn vị cấp trên “{parent}”")
            if parent and len(existing.get(parent_key, ())) > 1:
                raise ValidationError(
                    f"có nhiều đơn vị cùng tên “{parent}” trong danh mục; không biết đơn vị "
                    "này trực thuộc đơn vị nào — hãy thêm bằng tay"
                )
            key = (fold(cell["name"]), parent_key)
            parent_ids = existing.get(parent_key, [""]) if parent else [""]
            if (key[0], parent_ids[0]) in existing_keys and (parent_ids[0] or not parent):
                raise ValidationError(f"“{cell['name']}” đã có trong danh mục")
            if key in seen:
                raise ValidationError(f"“{cell['name']}” lặp lại trong tệp")
            seen.add(key)
        except ValidationError as exc:
            result.issues.append(issue(line, exc.message))
            continue
        values = {k: cell.get(k, "") for k in ("name", "short_name", "code", "address",
                                                 "phone", "head_name")}
        values["level"] = level
        result.rows.append((line, values, parent))
    return result


def apply(workspace, import_plan: ImportPlan, progress: ProgressFn = no_progress,
          cancel: CancelFlag | None = None) -> ImportReport:
    """Write the planned rows in one transaction: a cancel or an error leaves the
    catalogue exactly as it was."""
    cancel = cancel or CancelFlag()
    units = {name: ids[0] for name, ids in _names(workspace).items() if len(ids) == 1}
    pending = list(import_plan.rows)
    issues = list(import_plan.issues)
    imported = 0
    total = len(pending)
    with workspace.db.transaction():
        # Parents may come after their children in the file: import in passes.
        while pending:
            waiting = []
            for line, values, parent in pending:
                cancel.check()
                if parent and fold(parent) not in units:
                    waiting.append((line, values, parent))
                    continue
                unit_id = workspace.writer.insert(
                    "units", {**values, "parent_id": units.get(fold(parent)) if parent else None}
                )
                units.setdefault(fold(values["name"]), unit_id)
                imported += 1
                progress(imported, total, f"Đã nhập {imported}/{total}: {values['name']}")
            if len(waiting) == len(pending):
                issues += [issue(line, f"đơn vị cấp trên “{parent}” không nhập được")
                           for line, _, parent in waiting]
                break
            pending = waiting
    issues.sort(key=lambda issue: issue.line)
    return ImportReport(imported=imported, issues=issues, total=import_plan.total)


def import_units(workspace, path: str | Path, progress: ProgressFn = no_progress,
                 cancel: CancelFlag | None = None) -> ImportReport:
    table = read_table(path)
    return apply(workspace, plan(table, _names(workspace), workspace.units.existing_keys()),
                 progress, cancel)


def _names(workspace) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for unit in workspace.units.list():
        names.setdefault(fold(unit.name), []).append(unit.id)
    return names
