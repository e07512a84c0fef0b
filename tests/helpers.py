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


def signature_png() -> bytes:
    """A drawn signature as the pad would make it: transparent, a few dark strokes."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (300, 100), (0, 0, 0, 0))
    ImageDraw.Draw(image).line([(10, 80), (150, 20), (290, 70)], fill=(20, 30, 120, 255),
                               width=6)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def sign_both(ws, inspection_id: str) -> None:
    """The team head and the unit representative sign (names from the team)."""
    members = ws.inspections.members(inspection_id)
    head = next(m.full_name for m in members if m.side == "team" and m.role == "truong_doan")
    rep = next(m.full_name for m in members if m.side == "unit")
    ws.signatures.sign(inspection_id, "team", "truong_doan", head, signature_png())
    ws.signatures.sign(inspection_id, "unit", "dai_dien", rep, signature_png())
