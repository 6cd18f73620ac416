"""The crew's language: Qt translators for WhaleLog and Qt's own dialogs, the locale, and a CJK font for Japanese.

The language is presentation, so it lives in per-user QSettings ("ui/language", beside the palette); empty means
the system locale, falling back to English when WhaleLog has no translation for it. Compiled catalogues
(whalelog_<code>.qm) are built by `make translations` from the .ts sources in whalelog_gui/translations and found
with importlib.resources, so a wheel and a PyInstaller build find them the same way.

Switching is live: installing a translator makes Qt send QEvent.LanguageChange to every widget, and each
translated widget re-sets its texts in retranslate() (see Retranslating). Only labels change; what the user has
typed in an unsaved form stays where it is.

Messages the Qt-free core hands to the UI (whalelog_gui/messages.Message) stay English in the core (the CLI and the
bundles are English); tr_message() translates them here, from the same template the core formats.
"""

from __future__ import annotations

import importlib.resources
import logging
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QLibraryInfo, QLocale, QObject, QSettings, QTranslator, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message, Template
from whalelog_gui.settings import LANGUAGES
from whalelog_gui.ui.gui_thread_gc import collection_paused

log = logging.getLogger("whalelog.i18n")

LANGUAGE_KEY = "ui/language"  # shared with ui/settings_store.py (AppSettings.language)
CATALOGUE_PACKAGE = "whalelog_gui.translations"
# Each language by its own name, so a crew can find theirs whatever language is showing now.
ENDONYMS = {"en": "English", "nb": "Norsk bokmål", "is": "Íslenska", "ja": "日本語"}
# Norwegian locales other than Bokmål (no, nn) read Bokmål far better than English.
LOCALE_ALIASES = {"no": "nb", "nn": "nb"}
# Installed Japanese fonts, most preferred first: Debian/Ubuntu fonts-noto-cjk, Windows, macOS, then older Linux.
CJK_FONTS = (
    "Noto Sans CJK JP",
    "Noto Sans JP",
    "Source Han Sans JP",
    "Yu Gothic UI",
    "Yu Gothic",
    "Meiryo UI",
    "Meiryo",
    "MS UI Gothic",
    "Hiragino Sans",
    "Hiragino Kaku Gothic ProN",
    "IPAexGothic",
    "IPAGothic",
    "TakaoPGothic",
    "VL PGothic",
    "WenQuanYi Zen Hei",
)


# Qt's own buttons (wizard, dialog button boxes, message boxes): Qt ships no Bokmål or Icelandic catalogue, so
# WhaleLog's catalogues carry them under Qt's own contexts, where Qt's tr() finds them.
QT_OWN_TEXTS = (
    QT_TRANSLATE_NOOP("QWizard", "< &Back"),
    QT_TRANSLATE_NOOP("QWizard", "&Next >"),
    QT_TRANSLATE_NOOP("QWizard", "&Finish"),
    QT_TRANSLATE_NOOP("QWizard", "Cancel"),
    QT_TRANSLATE_NOOP("QWizard", "&Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate under the short name lupdate also recognises (pyside6-lupdate finds
    `translate("Context", "text")` calls and their `#:` translator comments)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def system_language(locale: QLocale | None = None) -> str:
    """The system locale's language if WhaleLog has it, else English."""
    name = (locale or QLocale.system()).name()  # "nb_NO", "is_IS", "ja_JP", "C"
    code = LOCALE_ALIASES.get(name.split("_")[0], name.split("_")[0])
    return code if code in LANGUAGES else "en"


def chosen_language(settings: QSettings) -> str:
    """The stored choice, or the system's language when none (or an unknown one) is stored."""
    stored = str(settings.value(LANGUAGE_KEY, "") or "")
    return stored if stored in LANGUAGES else system_language()


def catalogue_bytes(code: str) -> bytes | None:
    """whalelog_<code>.qm from the package, or None if it was not built (English needs none)."""
    resource = importlib.resources.files(CATALOGUE_PACKAGE) / f"whalelog_{code}.qm"
    return resource.read_bytes() if resource.is_file() else None


def cjk_font_family(families: list[str] | None = None) -> str | None:
    """The first installed family of CJK_FONTS, or None."""
    installed = set(families if families is not None else QFontDatabase.families())
    return next((family for family in CJK_FONTS if family in installed), None)


class LanguageController(QObject):
    """Owns the installed translators; apply() switches the whole application at once."""

    changed = Signal(str)  # the language code now showing
    _installed: list[QTranslator] = []  # one application language: any controller replaces what any installed
    current = "en"  # the language showing, for views that adapt to it (the bilingual print)

    def __init__(self, app: QApplication, settings: QSettings):
        super().__init__(app)
        self._app = app
        self._settings = settings
        self._base_font = QFont(app.font())
        self.code = "en"
        self.problems: list[str] = []  # what could not be loaded for the current language, shown by the UI

    def restore(self) -> str:
        return self.apply(chosen_language(self._settings), remember=False)

    def apply(self, code: str, *, remember: bool = True) -> str:
        """Install `code`'s catalogues (English: none), set the locale and font, and emit changed(code)."""
        if code not in LANGUAGES:
            raise ValueError(f"no WhaleLog translation for language {code!r}; choose one of {', '.join(LANGUAGES)}")
        for translator in LanguageController._installed:
            self._app.removeTranslator(translator)
        LanguageController._installed.clear()
        self.problems = []
        self._install_catalogues(code)  # English too: its catalogue holds the plural forms
        QLocale.setDefault(QLocale(code))
        self._relocalise_open_windows()
        self._set_font(code)
        self.code = LanguageController.current = code
        if remember:
            self._settings.setValue(LANGUAGE_KEY, code)
        self.changed.emit(code)
        return code

    def _relocalise_open_windows(self) -> None:
        """Open windows take the new default locale: a widget copies the default when it is made, so without this a
        spin box made before the switch keeps writing the old decimal separator. Re-resolving a window passes the
        locale to every child that has none of its own and sends each a LocaleChange (spin boxes re-write their
        text then); a widget given its own locale on purpose keeps it."""
        with collection_paused():  # Qt's list of windows, walked while Python could otherwise collect some
            for window in self._app.topLevelWidgets():
                if not window.testAttribute(Qt.WidgetAttribute.WA_SetLocale):
                    window.unsetLocale()

    def _install_catalogues(self, code: str) -> None:
        own = catalogue_bytes(code)
        if own is None:  # a build without `make translations`: loud, never silently English
            self.problems.append(
                f"The {ENDONYMS[code]} translation (whalelog_{code}.qm) is missing from this "
                "installation: run `make translations` or reinstall WhaleLog."
            )
            log.error("translation catalogue whalelog_%s.qm missing", code)
        else:
            translator = QTranslator(self._app)
            if translator.load(own):
                translator.setProperty("catalogue", own)  # Qt reads the bytes in place: keep them alive
                LanguageController._installed.append(translator)
        # Qt's own strings (Yes/No/Cancel, the file dialog); Qt has no Bokmål or Icelandic catalogue today
        qt_base = QTranslator(self._app)
        if code != "en" and qt_base.load(
            f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            LanguageController._installed.append(qt_base)
        for translator in LanguageController._installed:
            self._app.installTranslator(translator)

    def _set_font(self, code: str) -> None:
        font = QFont(self._base_font)
        if code == "ja":
            family = cjk_font_family()
            if family is None:
                self.problems.append(
                    translate(
                        "LanguageController",
                        "No Japanese font is installed: Japanese text may show as empty boxes. "
                        "Install Noto Sans CJK (Debian: fonts-noto-cjk), Yu Gothic or Meiryo.",
                    )
                )
                log.warning("no CJK font installed for Japanese")
            else:
                font.setFamilies([family, *self._base_font.families()])
        self._app.setFont(font)


class Retranslating:
    """Mixin for a QWidget (listed before it: `class Page(Retranslating, QWidget)`): texts bound with tr_bind() are
    set now in the current language and again on every language change; retranslate() may be extended for texts
    built otherwise (call super().retranslate())."""

    def tr_bind(self, setter: Callable[[str], object], template: Template, n: int | None = None, **values) -> None:
        """setter(the translation of `template`, formatted with values), now and after each language change.
        n picks the plural form (Qt numerus: the template says %n where the number goes)."""
        bindings = self.__dict__.setdefault("_tr_bindings", [])
        binding = (setter, template, n, values)
        bindings.append(binding)
        _apply(binding)

    def retranslate(self) -> None:
        for binding in self.__dict__.get("_tr_bindings", []):
            _apply(binding)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


def bind_text(owner, setter: Callable[[str], object], template: Template, **values) -> None:
    """setter(translated template) now, and again on language changes when `owner` is Retranslating (an action
    in the main window's menus is re-said by the window)."""
    if isinstance(owner, Retranslating):
        owner.tr_bind(setter, template, **values)
    else:
        setter(tr_template(template, **values))


def _apply(binding) -> None:
    setter, template, n, values = binding
    setter(tr_template(template, n, **values))


def tr_template(template: Template, n: int | None = None, **values) -> str:
    """A core-style template (messages.QT_TRANSLATE_NOOP) translated now and formatted with values."""
    context = getattr(template, "context", None)  # a plain str (not yet marked for translation) shows as it is
    text = (
        str(template)
        if context is None
        else QCoreApplication.translate(context, str(template), None, -1 if n is None else n)
    )
    if n is not None and "%n" in text:  # no catalogue (English): Qt left %n in place
        text = text.replace("%n", str(n))
    values = {key: tr_message(value) if isinstance(value, str) else value for key, value in values.items()}
    try:
        return text.format(**values) if values else text
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: English, never a crash
        log.error("translation of %r does not fit its values", str(template))
        return str(template).format(**values)


def tr_message(message: str) -> str:
    """A core message in the current language: a Message is translated from its template, its values (which may
    be Messages too) first; any other text is shown as it is."""
    if isinstance(message, Message):
        return tr_template(message.template, message.numerus, **message.values)
    if isinstance(message, Template):
        return tr_template(message)
    return str(message)


def appendix_a_gloss(label: str) -> str | None:
    """An Appendix A form label in the language showing, or None (English, or no translation): for the bilingual
    print (export/form_blocks.bilingual); labels are listed in ui/appendix_a_labels.py."""
    translated = QCoreApplication.translate("AppendixA", label)
    return translated if translated != label and LanguageController.current != "en" else None


class TranslatedLabels(Mapping):
    """Labels by key (templates marked with QT_TRANSLATE_NOOP), each read in the language showing when it is looked
    up: code that builds a button or a list row from labels[key] gets the crew's word without knowing about i18n."""

    def __init__(self, templates: dict):
        self._templates = dict(templates)

    def __getitem__(self, key) -> str:
        return tr_template(self._templates[key])

    def template(self, key) -> Template:
        """The untranslated label, for a text re-said on every language change (Retranslating.tr_bind values)."""
        return self._templates[key]

    def __iter__(self):
        return iter(self._templates)

    def __len__(self) -> int:
        return len(self._templates)


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
