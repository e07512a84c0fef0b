"""Helpers shared by tests that prove a refused operation changed nothing."""

from __future__ import annotations


def write_xlsx(path, rows) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)


def dump(ws, tables) -> dict[str, list[tuple]]:
    """Every row of `tables`, ordered, to compare before and after."""
    return {table: [tuple(row) for row in ws.db.query(f"SELECT * FROM {table} ORDER BY 1, 2")]
            for table in tables}


def crash_on_marked_file(path: str, keep_originals: bool):
    """A photo processor whose worker process dies on any file named *CRASH*
    (what a decoder bug on a malicious file does), for the isolation test."""
    import os

    from app.photo_processing import process_file

    if "CRASH" in os.path.basename(path):
        os._exit(70)
    return process_file(path, keep_originals)
