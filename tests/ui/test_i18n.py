"""The English translation: complete, in step with the sources and with the labels
`app` declares as data, and really shown once installed. Vietnamese stays the
default: every test that installs English removes it again."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QMenu

from app import checklist, conflicts, follow_ups, history, merge, resources
from app.services import catalog, inspections, records
from ui import i18n, labels
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.tasks import SyncTaskRunner

ROOT = Path(__file__).resolve().parents[2]
TS = resources.path("i18n", "kiemtra_en.ts")

# Every dictionary of labels that `app` declares as data and the interface shows.
APP_LABELS = {
    "app.services.inspections.STATUSES": inspections.STATUSES,
    "app.services.catalog.ROLES": catalog.ROLES,
    "app.services.catalog.UNIT_LEVELS": catalog.UNIT_LEVELS,
    "app.services.catalog.CAMPAIGN_KINDS": catalog.CAMPAIGN_KINDS,
    "app.services.records.REQUEST_STATUSES": records.REQUEST_STATUSES,
    "app.checklist.RESULT_LABELS": checklist.RESULT_LABELS,
    "app.checklist.RESULT_SHORT": checklist.RESULT_SHORT,
    "app.follow_ups.STATUSES": follow_ups.STATUSES,
    "app.merge.DEVICE_STATES": merge.DEVICE_STATES,
    "app.conflicts.TABLE_LABELS": conflicts.TABLE_LABELS,
    "app.conflicts.KIND_LABELS": conflicts.KIND_LABELS,
    "app.conflicts.FIELD_LABELS": conflicts.FIELD_LABELS,
    "app.history.OUTCOME_LABELS": history.OUTCOME_LABELS,
}


def qt_tool(name: str) -> str:
    """A PySide6 command-line tool of this environment (venv bin/ or Scripts/)."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    assert found, f"{name} not found next to {sys.executable} (pip install PySide6)"
    return found


def vietnamese(text: str) -> bool:
    """True when the text has a letter outside ASCII (ệ, ứ, đ…): English has none."""
    return any(c.isalpha() and not c.isascii() for c in text)


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    """(context name, <message>) for every live message (obsolete ones skipped)."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.find("translation").get("type") not in ("vanished", "obsolete"):
                found.append((name, message))
    return found


def unfinished(ts: Path) -> list[str]:
    problems = []
    for context, message in messages(ts):
        translation = message.find("translation")
        source = message.findtext("source")
        if message.get("numerus") == "yes":
            forms = [f.text for f in translation.iter("numerusform")]
            empty = len(forms) < 2 or not all(forms)
        else:
            empty = not translation.text
        if translation.get("type") == "unfinished" or empty:
            problems.append(f"{context}: {source!r}")
    return problems


@pytest.fixture(scope="session")
def english_qm(tmp_path_factory) -> Path:
    """kiemtra_en.qm compiled from the .ts by this test run (.qm files are not in git)."""
    qm = tmp_path_factory.mktemp("i18n") / "kiemtra_en.qm"
    done = subprocess.run([qt_tool("pyside6-lrelease"), str(TS), "-qm", str(qm)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert qm.stat().st_size > 100, done.stdout
    return qm


@pytest.fixture
def english(qapp, english_qm):
    """English installed for one test; afterwards Vietnamese again (translator and
    default locale), so the other tests are not affected."""
    locale = QLocale()
    translator = i18n.install(qapp, "en", english_qm)
    assert translator is not None, f"could not load {english_qm}"
    try:
        yield translator
    finally:
        qapp.removeTranslator(translator)
        QLocale.setDefault(locale)


@pytest.fixture
def window(qtbot, qapp):
    win = MainWindow(Settings(), SyncTaskRunner(qapp))
    qtbot.addWidget(win)
    return win


def menu_texts(menu: QMenu, language_menu: QMenu | None = None) -> list[str]:
    """Every action text under `menu`, depth first (the language list excepted)."""
    texts = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        texts.append(action.text())
        sub = action.menu()
        if sub is not None and sub is not language_menu:
            texts += menu_texts(sub, language_menu)
    return texts


def widget_texts(widget) -> list[str]:
    texts = [w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton)]
    texts += [w.placeholderText() for w in widget.findChildren(QLineEdit)]
    for combo in widget.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    return [t for t in texts if t]


# -- (a) labels declared as data ----------------------------------------------
@pytest.mark.parametrize("name", sorted(APP_LABELS))
def test_every_app_label_is_marked_for_translation(name):
    missing = [text for text in APP_LABELS[name].values() if text not in labels.LABELS]
    assert not missing, (f"{name}: add QT_TRANSLATE_NOOP(\"labels\", ...) to ui/labels.py "
                         f"for {missing}, then ./dev i18n and translate")


def test_every_label_is_translated_in_the_labels_context():
    translated = {message.findtext("source") for context, message in messages(TS)
                  if context == labels.CONTEXT and message.find("translation").text}
    assert set(labels.LABELS) <= translated, set(labels.LABELS) - translated


# -- (b) the .ts is complete ----------------------------------------------------
def test_translation_file_has_no_unfinished_message():
    problems = unfinished(TS)
    assert not problems, "untranslated in kiemtra_en.ts:\n" + "\n".join(problems)


def test_no_message_has_an_empty_context():
    """An empty context comes from a free tr() call: it never matches at run time."""
    empty = [message.findtext("source") for context, message in messages(TS) if not context]
    assert not empty, empty


def test_translation_file_covers_every_string_of_the_sources(tmp_path):
    """lupdate over today's ui/ sources adds nothing untranslated to a copy of the .ts
    (a new self.tr() without its English fails here: run ./dev i18n and translate)."""
    copy = tmp_path / "kiemtra_en.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py") if "__pycache__" not in p.parts)
    done = subprocess.run([qt_tool("pyside6-lupdate"), "-source-language", "vi_VN",
                           "-target-language", "en", *sources, "-ts", str(copy)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    problems = unfinished(copy)
    assert not problems, "not translated yet (./dev i18n, then translate):\n" + "\n".join(problems)


def test_numerus_forms_keep_the_count(english):
    from ui.inspection_list import InspectionListPage

    assert InspectionListPage.tr("%n cuộc kiểm tra", "", 1) == "1 inspection"
    assert InspectionListPage.tr("%n cuộc kiểm tra", "", 12) == "12 inspections"


# -- (c) English when installed ---------------------------------------------------
def all_actions(widget):
    for action in widget.actions():
        yield action
        if action.menu() is not None:
            yield from all_actions(action.menu())


def accelerators(menu) -> list[str]:
    return [a.text().split("&", 1)[1][:1].lower() for a in menu.actions() if "&" in a.text()]


def test_english_menus(english, window):
    bar = window.menuBar()
    titles = [action.text() for action in bar.actions()]
    assert titles == ["&File", "&Catalogue", "&Inspections", "&Data", "&Settings", "&Help"]
    language_menu = next(a.menu() for a in all_actions(bar)
                         if a.menu() is not None and a.text() == "Interface language")
    # Language names are written in their own language, whatever the interface.
    assert [a.text() for a in language_menu.actions()] == list(i18n.LANGUAGES.values())
    window._fill_recent()
    texts = menu_texts(bar, language_menu)
    assert "&New data file…" in texts and "(none)" in texts
    assert not [t for t in texts if vietnamese(t)]
    assert len(set(accelerators(bar))) == len(bar.actions())
    for action in all_actions(bar):
        if action.menu() is not None:
            keys = accelerators(action.menu())
            assert len(keys) == len(set(keys)), f"accelerator clash in {action.text()}: {keys}"


def test_english_inspection_list_and_page(english, window, tmp_path):
    from app import demo
    from app.workspace import Workspace
    from ui.inspection_list import COL_STATUS

    path = tmp_path / "demo.sqlite"
    with Workspace.open(path) as ws:
        demo.generate(ws, inspections=3, seed=7)
    assert window.open_database(path)
    page = window.list_page
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(model.columnCount())]
    assert headers == ["Time", "Inspected unit", "Inspection campaign", "Status", "Answered",
                       "Fails"]
    statuses = {model.index(r, COL_STATUS).data() for r in range(model.rowCount())}
    assert statuses and statuses <= {"Draft", "In progress", "Finalised"}
    assert page.count_label.text() == "3 inspections"
    data = {combo.itemText(i) for combo in (page.unit_combo, page.campaign_combo)
            for i in range(1, combo.count())}  # unit and campaign names: Vietnamese data
    own = [t for t in widget_texts(page) if t not in data]
    assert "New inspection…" in own and "All statuses" in own
    assert not [t for t in own if vietnamese(t)]

    window.open_inspection(model.inspection_id(0))
    tabs = window.inspection_page.tabs
    names = [tabs.tabText(i) for i in range(tabs.count())]
    assert names[0] == "Checklist" and names[3:5] == ["Notes", "General information"]
    assert names[1].startswith("Shortcomings (") and names[2].startswith("Requests (")
    assert names[-1].startswith("Photos (")
    assert not [name for name in names if vietnamese(name)]
    buttons = window.inspection_page.checklist.panel.choice_buttons
    assert [b.text() for b in buttons.values()] == ["Pass  (1)", "Fail  (2)",
                                                    "Not applicable  (3)"]


def test_numbers_follow_the_interface_language(qapp, english):
    assert i18n.number(1234) == "1,234"
    i18n.install(qapp, "vi")
    assert i18n.number(1234) == "1.234"


# -- (d) Vietnamese by default ----------------------------------------------------
def test_vietnamese_by_default(window):
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Tệp", "&Danh mục", "&Kiểm tra", "Dữ &liệu", "&Cài đặt", "T&rợ giúp"]
    assert labels.label("Đang lập") == "Đang lập"
