"""How the merge screens write times and record values and lay out their lists
(shared by the import screen, the conflict review, the merge history and a
record's origin)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QAbstractItemModel, QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from app import checklist, conflicts, follow_ups
from app.services import catalog, inspections, records
from ui.labels import label

CHOSEN_BACKGROUND = "#d7f0dc"
DIFFERENT_BACKGROUND = "#fff1c2"
OK, WARN, BAD, MUTED = "#1b5e20", "#8a5300", "#b3261e", "#5f6368"
LONG_TEXT = 300
# Coded values shown with their label: (table, field) → labels ('' = any table).
CODED = {
    ("inspections", "status"): inspections.STATUSES,
    ("requests", "status"): records.REQUEST_STATUSES,
    ("follow_ups", "status"): follow_ups.STATUSES,
    ("answers", "result"): checklist.RESULT_LABELS,
    ("units", "level"): catalog.UNIT_LEVELS,
    ("campaigns", "kind"): catalog.CAMPAIGN_KINDS,
    ("", "role"): catalog.ROLES,
}


def list_table(model: QAbstractItemModel, stretch: int | None = None) -> QTableView:
    """A read-only list of records: whole rows, one at a time, columns sized to
    their contents except `stretch`, which takes the spare width."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    for column in range(model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def local_time(iso: str | None) -> str:
    """An ISO time with its offset ('2026-11-28T06:35:59+00:00') as this
    computer's local time, the way Vietnamese offices write it ('13:35 28/11/2026')."""
    if not iso:
        return ""
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%H:%M %d/%m/%Y")


def hlc_time(hlc: str | None) -> str:
    """The wall-clock part of a hybrid logical clock stamp, local."""
    try:
        ms = int(str(hlc).split(".")[0])
    except ValueError:
        return ""
    return dt.datetime.fromtimestamp(ms / 1000).strftime("%H:%M %d/%m/%Y")


def field_label(name: str) -> str:
    text = conflicts.FIELD_LABELS.get(name)
    return label(text) if text else name


def table_label(table: str) -> str:
    text = conflicts.TABLE_LABELS.get(table)
    return label(text) if text else table


def value_text(name: str, value, limit: int | None = LONG_TEXT, table: str = "") -> str:
    """A stored value as a person reads it: empty as a dash, codes as their label,
    flags as yes/no, ISO times the Vietnamese way, very long texts cut (the
    tooltip has all)."""
    if value is None or value == "":
        return "—"
    labels = CODED.get((table, name)) or CODED.get(("", name))
    if labels and value in labels:
        return label(labels[value])
    if name == "deleted" or (name in ("present", "on_time", "wearing_badge", "refused_to_sign",
                                      "excused") and value in (0, 1)):
        return (QCoreApplication.translate("merge", "có") if value
                else QCoreApplication.translate("merge", "không"))
    text = str(value)
    if name.endswith("_at") and len(text) >= 16 and text[10] == "T":
        text = f"{text[11:16]} {text[8:10]}/{text[5:7]}/{text[:4]}"
    if limit and len(text) > limit:
        text = text[:limit].rstrip() + "…"
    return text


def context_text(text: str) -> str:
    """What a record belongs to ("Sở Công Thương — 2026-07-13"), dates written
    the Vietnamese way ("… — 13/07/2026")."""
    return re.sub(r"\b(\d{4})-(\d{2})-(\d{2})\b", r"\3/\2/\1", text or "")
