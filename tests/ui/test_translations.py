"""The translation catalogues (issue 16): complete, in step with the sources, loadable, and applied live.

The .ts files are read as XML (what translators edit); the .qm files are the ones `make translations` built,
loaded through the same importlib.resources path the app uses.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QLabel, QLineEdit

import whalelog_gui
from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message
from whalelog_gui.settings import LANGUAGES, AppSettings
from whalelog_gui.ui.i18n import (
    CJK_FONTS,
    LanguageController,
    catalogue_bytes,
    cjk_font_family,
    system_language,
    tr_message,
    translate,
)

PACKAGE = Path(whalelog_gui.__file__).parent
TS_DIR = PACKAGE / "translations"
CREW_LANGUAGES = ("nb", "is", "ja")
PLURAL_FORMS = {"nb": 2, "is": 2, "ja": 1, "en": 2}  # Qt's numerus rules for each language
PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[^}]*)?\}|%n")


def messages(lang: str):
    """(context, source, translation element, numerus) of every entry of whalelog_<lang>.ts."""
    tree = ET.parse(TS_DIR / f"whalelog_{lang}.ts")
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            yield (
                context.findtext("name"),
                message.findtext("source"),
                message.find("translation"),
                message.get("numerus") == "yes",
            )


def translations_of(element, numerus: bool) -> list[str]:
    return [form.text or "" for form in element.iter("numerusform")] if numerus else [element.text or ""]


@pytest.fixture
def language(qapp, settings):
    controller = LanguageController(qapp, settings)
    yield controller
    controller.apply("en", remember=False)


@pytest.mark.parametrize("lang", CREW_LANGUAGES + ("en",))
def test_every_entry_is_finished_with_its_plural_forms(lang):
    problems = []
    for context, source, translation, numerus in messages(lang):
        texts = translations_of(translation, numerus)
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
        elif not all(text.strip() for text in texts):
            problems.append(f"{context}: {source!r} has an empty translation")
        elif numerus and len(texts) != PLURAL_FORMS[lang]:
            problems.append(f"{context}: {source!r} has {len(texts)} plural forms, {lang} needs {PLURAL_FORMS[lang]}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", CREW_LANGUAGES)
def test_translations_keep_every_placeholder_and_accelerator(lang):
    problems = []
    for context, source, translation, numerus in messages(lang):
        for text in translations_of(translation, numerus):
            wanted = sorted(PLACEHOLDER.findall(source))
            if numerus and lang in ("ja",):
                wanted = sorted(set(wanted))
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"{context}: {source!r} -> {text!r}: placeholders {PLACEHOLDER.findall(text)}")
            if "&" in source.replace("&&", "") and "&" not in text.replace("&&", ""):
                problems.append(f"{context}: {source!r} -> {text!r} lost its keyboard accelerator")
    assert not problems, "\n".join(problems)


def test_the_catalogues_hold_every_string_the_sources_mark():
    """`make translations-update` was run: lupdate over the sources now finds nothing the .ts lack."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate is not in the venv (PySide6 ships it)"
    committed = {(context, source) for context, source, _t, _n in messages("ja")}
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    fresh = Path(TS_DIR.parent.parent / "build")  # a scratch .ts outside the package
    fresh.mkdir(exist_ok=True)
    scratch = fresh / "whalelog_ja.ts"
    scratch.unlink(missing_ok=True)
    subprocess.run([lupdate, "-silent", "-locations", "none", *sources, "-ts", str(scratch)], check=True)
    found = {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(scratch).getroot().iter("context")
        for m in c.iter("message")
    }
    scratch.unlink()
    assert found - committed == set(), "run `make translations-update` and translate the new strings"
    assert committed - found == set(), "the .ts hold strings the sources no longer have"


@pytest.mark.parametrize("lang", CREW_LANGUAGES)
def test_the_built_catalogue_loads_and_translates(lang):
    data = catalogue_bytes(lang)
    assert data is not None, f"whalelog_{lang}.qm was not built: run `make translations`"
    translator = QTranslator()
    assert translator.load(data)
    assert translator.language().startswith(lang)
    quit_text = translator.translate("MainWindow", "&Quit")
    assert quit_text and quit_text != "&Quit"


def test_system_language_falls_back_to_english():
    assert system_language(QLocale("nb_NO")) == "nb"
    assert system_language(QLocale("nn_NO")) == "nb"  # Nynorsk readers get Bokmål, not English
    assert system_language(QLocale("is_IS")) == "is"
    assert system_language(QLocale("ja_JP")) == "ja"
    assert system_language(QLocale("de_DE")) == "en"
    assert system_language(QLocale("C")) == "en"


def test_the_japanese_font_is_chosen_in_order_and_its_absence_is_said(qapp, language):
    assert cjk_font_family(["Arial", "Meiryo", "Yu Gothic"]) == "Yu Gothic"
    assert cjk_font_family(["Arial"]) is None
    language.apply("ja", remember=False)
    if cjk_font_family() is None:
        assert any("fonts-noto-cjk" in problem for problem in language.problems)
    else:
        assert cjk_font_family() in qapp.font().families()
        assert CJK_FONTS.index(cjk_font_family()) >= 0


def test_choice_is_remembered_per_user(qapp, settings, language):
    language.apply("is")
    assert settings.value("ui/language") == "is"
    again = LanguageController(qapp, settings)
    assert again.restore() == "is"
    assert QLocale().language() == QLocale.Language.Icelandic
    with pytest.raises(ValueError):
        language.apply("de")


def test_core_messages_stay_english_and_translate_at_the_ui(language):
    errors = AppSettings(vessel_name="").errors()
    assert errors["vessel_name"] == "enter the vessel name"  # what the CLI and the logs get
    language.apply("nb", remember=False)
    assert tr_message(errors["vessel_name"]) == "oppgi fartøyets navn"
    assert errors["vessel_name"] == "enter the vessel name"  # unchanged by the language
    language.apply("ja", remember=False)
    lookahead = AppSettings(vessel_name="X", lookahead_min=0).errors()["lookahead_min"]
    assert tr_message(lookahead) == "予告時間は 1 分から 240 分の間にしてください"
    unknown = Message(QT_TRANSLATE_NOOP("Nowhere", "never translated {x}"), x=1)
    assert tr_message(unknown) == "never translated 1"  # no translation: the English text, never a blank


def test_plural_forms_follow_the_number(language):
    from whalelog_gui.ui.alert_bar import AlertBar

    bar = AlertBar()
    language.apply("en", remember=False)
    assert bar.tr("+%n other active alert(s)", "", 1) == "+1 other active alert"
    assert bar.tr("+%n other active alert(s)", "", 3) == "+3 other active alerts"
    language.apply("nb", remember=False)
    assert bar.tr("+%n other active alert(s)", "", 1) == "+1 annet aktivt varsel"
    assert bar.tr("+%n other active alert(s)", "", 3) == "+3 andre aktive varsler"


def test_switching_language_keeps_an_unsaved_form(qtbot, settings, language, tmp_path):
    """Settings open with typed, unsaved text: the labels change language, the typing stays."""
    from whalelog_gui.store.db import open_db
    from whalelog_gui.ui.settings_dialog import SettingsDialog

    db = open_db(tmp_path / "logbook.sqlite")
    dialog = SettingsDialog(AppSettings(vessel_name="Hvalur 8"), settings, port_lister=lambda: [], db=db)
    qtbot.addWidget(dialog)
    dialog.show()
    vessel = dialog.pages[0].vessel_name
    assert isinstance(vessel, QLineEdit)
    vessel.setText("Hvalur 9 (typed, not saved)")
    dialog.pages[0].show_errors({"time_zone": AppSettings(time_zone="Mars").errors()["time_zone"]})
    english_tab = dialog.tabs.tabText(0)
    language.apply("is", remember=False)
    qtbot.waitUntil(lambda: dialog.tabs.tabText(0) != english_tab)  # Qt posts LanguageChange to each window
    assert dialog.tabs.tabText(0) == "Skip og útgerð"
    assert dialog.windowTitle() == "WhaleLog-stillingar"
    assert vessel.text() == "Hvalur 9 (typed, not saved)"
    error = dialog.pages[0].error_labels["time_zone"].text()
    assert "er ekki þekkt tímabelti" in error  # the error showing is re-said in the new language
    language.apply("en", remember=False)
    qtbot.waitUntil(lambda: dialog.tabs.tabText(0) == english_tab)
    assert translate("MainWindow", "&Quit") == "&Quit"
    dialog.close()
    db.conn.close()


def test_every_language_is_offered(qtbot):
    from whalelog_gui.ui.settings_display_page import DisplayPage

    page = DisplayPage()
    qtbot.addWidget(page)
    offered = [page.language.itemData(i) for i in range(page.language.count())]
    assert offered == ["", *LANGUAGES]


def test_the_walkthrough_offers_the_language_first_and_applies_it_at_once(qtbot, settings, language, tmp_path):
    from whalelog_gui.store.db import open_db
    from whalelog_gui.ui.first_run import FirstRunWizard
    from whalelog_gui.ui.settings_display_page import DisplayPage

    db = open_db(tmp_path / "logbook.sqlite")
    wizard = FirstRunWizard(store=settings, port_lister=lambda: [], db=db, language=language)
    qtbot.addWidget(wizard)
    wizard.show()
    combo = wizard.welcome_page.language
    combo.setCurrentIndex(combo.findData("ja"))
    qtbot.waitUntil(lambda: wizard.windowTitle() == "WhaleLog の設定")
    assert language.code == "ja" and settings.value("ui/language") is None  # nothing saved before Finish
    display = next(p for p in wizard.field_pages if isinstance(p, DisplayPage))
    assert display.language.currentData() == "ja"  # saved with the rest at Finish
    assert wizard.edited_settings().language == "ja"
    wizard.close()
    db.conn.close()


def test_a_missing_catalogue_is_said_in_the_status_bar(qtbot, qapp, settings, monkeypatch):
    """An installation built without `make translations`: the language is refused loudly, never silently English."""
    import whalelog_gui.ui.i18n as i18n
    from whalelog_gui.ui.app import show_language_problems
    from whalelog_gui.ui.main_window import MainWindow
    from whalelog_gui.ui.palette import PaletteController

    monkeypatch.setattr(i18n, "CATALOGUE_PACKAGE", "whalelog_gui.store.migrations")  # a real package, no .qm in it
    language = LanguageController(qapp, settings)
    try:
        language.apply("nb", remember=False)
        assert any("make translations" in problem for problem in language.problems)
        window = MainWindow(PaletteController(qapp, settings))
        qtbot.addWidget(window)
        show_language_problems(window, language)
        label = window.findChild(QLabel, "language_problems")
        assert label is not None and "whalelog_nb.qm" in label.text() and label.property("role") == "alarm"
        assert not label.isHidden()
    finally:
        monkeypatch.undo()  # the real catalogues again, then English with its plural forms for the tests after
        language.apply("en", remember=False)


@pytest.mark.parametrize("lang", CREW_LANGUAGES)
def test_the_alert_bar_names_the_tone_in_the_crews_language(language, qtbot, lang):
    """The tone was once an English word ("alarm", "warning") put into the translated "♪ {tone} tone"."""
    from whalelog_gui.ui.alert_bar import AlertBar

    language.apply(lang, remember=False)
    bar = AlertBar()
    qtbot.addWidget(bar)
    said = set()
    for tone in ("alarm", "warning"):
        for available in (True, False):
            bar.show_sound_state(tone, available)
            text = bar.sound_label.text()
            # "warning" is English in every crew language ("alarm" is also Norwegian)
            assert text and "warning" not in text.lower(), (lang, tone, text)
            assert lang == "nb" or tone not in text.lower(), (lang, tone, text)
            said.add(text)
    assert len(said) == 4  # the alarm and the warning tone are told apart, playing or not
    bar.show_sound_state(None, True)
    assert bar.sound_label.text() == ""


@pytest.mark.parametrize("lang", CREW_LANGUAGES)
def test_every_demo_voyage_is_named_in_the_crews_language(language, lang):
    """The status bar said "Simulated GPS: Southern Ocean Sanctuary boundary" in every language."""
    import json

    from whalelog_gui.ui.app import voyage_name

    language.apply(lang, remember=False)
    names = [json.loads(path.read_text())["name"] for path in (PACKAGE.parent / "resources" / "demo").glob("*.json")]
    assert names
    for name in names:
        assert voyage_name(name) != name, f"{name!r}: add it to ui/app.DEMO_VOYAGE_NAMES and the catalogues"


@pytest.mark.parametrize("lang", CREW_LANGUAGES)
def test_the_position_panel_says_the_readers_state_in_the_crews_language(language, qtbot, lang):
    """The reader's words ("connected", "cannot open: …") and the simulator's name were English on every panel."""
    from whalelog_gui.nav.fix import SourceState, SourceStatus
    from whalelog_gui.nav.reader import CANNOT_OPEN, CONNECTED
    from whalelog_gui.nav.simulator import SimulatorSource
    from whalelog_gui.ui.position_panel import PositionPanel

    language.apply(lang, remember=False)
    panel = PositionPanel()
    qtbot.addWidget(panel)
    panel.show_status(SourceStatus(SimulatorSource().name, SourceState.NO_DATA, False, message=Message(CONNECTED)))
    text = panel.state_label.text()
    assert "connected" not in text and (lang == "nb" or "simulator" not in text), text
    reason = "[Errno 2] No such file or directory: '/dev/ttyUSB9'"
    panel.show_status(
        SourceStatus("/dev/ttyUSB9", SourceState.DISCONNECTED, True, message=Message(CANNOT_OPEN, reason=reason))
    )
    text = panel.state_label.text()
    assert "/dev/ttyUSB9" in text and reason in text and "cannot open" not in text, text  # the OS's own words kept
