"""Error boxes in the crew's language (issue 16): WhaleLog's sentence translated; a core Message said translated
inside it; another program's words (the operating system's reason) quoted exactly as given."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from whalelog_gui.settings import AppSettings, SettingsError
from whalelog_gui.store.open_checks import DatabaseDamagedError
from whalelog_gui.ui import error_boxes
from whalelog_gui.ui.app import refuse_store
from whalelog_gui.ui.error_boxes import error_text
from whalelog_gui.ui.i18n import LanguageController


@pytest.fixture
def language(qapp, settings):
    controller = LanguageController(qapp, settings)
    yield controller
    controller.apply("en", remember=False)


def _answer_box(seen: list, button_text: str) -> None:
    """Read the modal box refuse_store shows, then press one of its buttons (as a person would)."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, answer)


@pytest.mark.parametrize(
    "lang, sentence, quit_text, opened, closed",
    [
        ("nb", "Loggbokdatabasen er skadet, så WhaleLog åpnet den ikke for skriving.", "Avslutt", "«", "»"),
        ("is", "Gagnagrunnur dagbókarinnar er skemmdur", "Hætta", "„", "“"),
        ("ja", "日誌データベースが破損しているため", "終了", "「", "」"),
    ],
)
def test_the_damaged_logbook_box_is_said_in_the_crew_language(
    qtbot, language, capsys, lang, sentence, quit_text, opened, closed
):
    language.apply(lang, remember=False)
    damaged = DatabaseDamagedError(Path("/data/whalelog.sqlite"), ["*** in database main ***", "Page 7: never used"])
    seen: list[str] = []
    _answer_box(seen, quit_text)
    assert refuse_store(None, damaged, interactive=True) is False  # Quit: not opened read-only
    (text,) = seen
    assert text.startswith(sentence) and "was not opened" not in text.split(opened)[0]
    # the English reason stays as it was, in quotation marks; stderr keeps the English line
    assert text.endswith(f"{opened}{damaged}{closed}")
    assert capsys.readouterr().err == f"whalelog: {damaged}\n"


@pytest.mark.parametrize(
    "lang, said",
    [
        ("en", "The settings were not saved. The reason given: “[Errno 30] Read-only file system: '/media/usb'”"),
        ("nb", "Innstillingene ble ikke lagret. Oppgitt årsak: «[Errno 30] Read-only file system: '/media/usb'»"),
        ("is", "Stillingarnar voru ekki vistaðar. Uppgefin ástæða: „[Errno 30] Read-only file system: '/media/usb'“"),
        ("ja", "設定は保存されませんでした。理由: 「[Errno 30] Read-only file system: '/media/usb'」"),
    ],
)
def test_the_operating_system_reason_is_quoted_as_given(language, lang, said):
    language.apply(lang, remember=False)
    assert error_text(error_boxes.SETTINGS_NOT_SAVED, OSError(30, "Read-only file system", "/media/usb")) == said


@pytest.mark.parametrize("lang", ["nb", "is", "ja"])
def test_a_settings_refusal_is_said_translated_not_quoted(language, lang):
    try:
        AppSettings(sog_limit_kn=5000.0).validated()
    except SettingsError as exc:
        refused = exc
    english = str(refused)
    language.apply(lang, remember=False)
    text = error_text(error_boxes.SETTINGS_NOT_SAVED, refused)
    assert "speed limit" not in text and "knots" not in text and english not in text
    assert not text.startswith("The settings")


def test_a_core_message_is_said_translated_not_quoted(language):
    from whalelog_gui.ui.bridge_cautions import read_only_refusal

    refused = RuntimeError(read_only_refusal())
    language.apply("nb", remember=False)
    text = error_text(error_boxes.CANNOT_START, refused)
    assert text.startswith("WhaleLog kunne ikke starte. Oppgitt årsak: ") and "«" not in text
    assert "read-only" not in text and str(refused) == "the logbook is open read-only: nothing is recorded"
