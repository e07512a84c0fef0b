"""Cài đặt ▸ Tên máy này…: a laptop still called by its host name ("vm") is given
a name headquarters recognises; the id and key fingerprint shown stay the same,
and packages exported afterwards — also from an export dialog already open on
the running workspace — carry the new name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from app import demo, packages
from app import device as device_mod
from ui import device_dialog, export_dialog
from ui.device_dialog import DeviceNameDialog
from ui.export_dialog import ExportDialog
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.tasks import SyncTaskRunner

NAME = "Đoàn 1 – máy chị Hương"


def type_and_save(monkeypatch, name: str = NAME) -> None:
    """The dialog, when opened modally, gets `name` typed in and Save pressed."""
    def exec_(self):
        self.name_edit.setText(name)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return self.result()
    monkeypatch.setattr(DeviceNameDialog, "exec", exec_)


def test_dialog_shows_identity_and_renames_this_laptop(qtbot, ctx, data_dir):
    ws = ctx.workspace
    before = ws.device
    dialog = DeviceNameDialog(ctx)
    qtbot.addWidget(dialog)
    fingerprint = packages.fingerprint(before.public_key_hex())
    assert dialog.current_label.text() == before.name == device_mod.host_name()
    assert dialog.fingerprint_label.text() == fingerprint
    assert before.id.endswith(dialog.id_label.text()) and dialog.id_label.toolTip() == before.id
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.text() == "Lưu"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"

    dialog.name_edit.setText(f" {NAME} ")
    dialog.show()
    save.click()

    assert dialog.result() == dialog.DialogCode.Accepted
    assert ws.device.name == NAME and dialog.renamed == ws.device
    assert ws.device.id == before.id
    assert packages.fingerprint(ws.device.public_key_hex()) == fingerprint
    stored = json.loads((data_dir / device_mod.DEVICE_FILE).read_text(encoding="utf-8"))
    assert (stored["id"], stored["name"]) == (before.id, NAME)


@pytest.mark.parametrize("bad", ["   ", "x" * 61])
def test_a_bad_name_is_explained_and_nothing_changes(qtbot, ctx, data_dir, errors, bad):
    ws = ctx.workspace
    stored = (data_dir / device_mod.DEVICE_FILE).read_bytes()
    name = ws.device.name
    dialog = DeviceNameDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText(bad)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert len(errors) == 1 and ("Hãy nhập tên" in errors[0] or "tối đa 60" in errors[0])
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.renamed is None
    assert ws.device.name == name
    assert (data_dir / device_mod.DEVICE_FILE).read_bytes() == stored


def test_cancel_keeps_the_name(qtbot, ctx, data_dir):
    stored = (data_dir / device_mod.DEVICE_FILE).read_bytes()
    dialog = DeviceNameDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText(NAME)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert ctx.workspace.device.name == device_mod.host_name()
    assert (data_dir / device_mod.DEVICE_FILE).read_bytes() == stored


def test_export_dialog_offers_naming_an_unnamed_laptop_then_exports_by_the_name(
        qtbot, ctx, tmp_path, monkeypatch):
    monkeypatch.setattr(export_dialog, "inform", lambda *args: None)
    demo.generate(ctx.workspace, inspections=2, seed=5)
    dialog = ExportDialog(ctx, folder=str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.name_hint.isVisible() and "Đặt tên máy" in dialog.name_hint.text()

    type_and_save(monkeypatch)
    dialog.name_hint.linkActivated.emit("name")

    assert not dialog.name_hint.isVisible()
    assert NAME in dialog.device_label.text()
    target = Path(dialog.path_edit.text())
    assert "_doan-1-may-chi-huong_" in target.name
    dialog.export_button.click()
    info = packages.verify_file(target)
    assert (info.device_name, info.device_id) == (NAME, ctx.workspace.device.id)


def test_a_named_laptop_gets_no_hint(qtbot, ctx, tmp_path):
    ctx.workspace.rename_device(NAME)
    dialog = ExportDialog(ctx, folder=str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.name_hint.isVisible()


def test_settings_menu_names_the_laptop_of_the_open_database(qtbot, qapp, tmp_path,
                                                              monkeypatch):
    window = MainWindow(Settings(), SyncTaskRunner(qapp))
    qtbot.addWidget(window)
    assert not window.device_action.isEnabled()             # no database open yet
    assert window.open_database(tmp_path / "may.sqlite")
    settings_menu = next(a.menu() for a in window.menuBar().actions()
                         if a.text() == "&Cài đặt")
    assert window.device_action in settings_menu.actions() and window.device_action.isEnabled()

    type_and_save(monkeypatch)
    window.device_action.trigger()
    assert window.ctx.workspace.device.name == NAME
    assert NAME in window.statusBar().currentMessage()
    window.close_database()
    assert window.open_database(tmp_path / "may.sqlite")     # read again from device.json
    assert window.ctx.workspace.device.name == NAME


def test_short_id_is_the_tail_used_elsewhere_for_unnamed_devices():
    assert device_dialog.short_id("01a22139-69da-718f-9e6f-9f00638d20fe") == "8d20fe"
