"""Error boxes in the crew's language: WhaleLog's sentence translated, the reason inside it said as the core
worded it (a Message, translated) or, when the words are the operating system's or a library's own (English
from outside WhaleLog), quoted exactly as they were given (issue 16).

The same exception still goes to stderr and the log in English, unchanged.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message, reason_of
from whalelog_gui.settings import SettingsError
from whalelog_gui.ui.i18n import tr_message, tr_template, translate

#: {reason}: why, as WhaleLog worded it (translated) or, in quotation marks, as the operating system gave it
CANNOT_OPEN = QT_TRANSLATE_NOOP("ErrorBoxes", "WhaleLog did not open this logbook. The reason given: {reason}")
DAMAGED = QT_TRANSLATE_NOOP(
    "ErrorBoxes",
    "The logbook database is damaged, so WhaleLog did not open it for writing. You can open it read-only to look "
    "at it. The reason given: {reason}",
)
CANNOT_START = QT_TRANSLATE_NOOP("ErrorBoxes", "WhaleLog could not start. The reason given: {reason}")
PAGE_NOT_OPENED = QT_TRANSLATE_NOOP(
    "ErrorBoxes", "This page could not be opened. The reason given: {reason}\nShow its tab again to try once more."
)
SETTINGS_NOT_SAVED = QT_TRANSLATE_NOOP("ErrorBoxes", "The settings were not saved. The reason given: {reason}")


def reason_text(exc: BaseException) -> str:
    """Why `exc` happened, to put in a translated sentence: a core Message (messages.reason_of) in the language
    showing; settings refusals each in that language; anything else quoted as it was given."""
    if isinstance(exc, SettingsError):
        return "; ".join(tr_message(reason) for reason in exc.errors.values())
    reason = reason_of(exc)
    if isinstance(reason, Message):
        return tr_message(reason)
        #: quotation marks around a reason given in another program's words (left in English)
    return translate("ErrorBoxes", "“{reason}”").format(reason=reason)


def error_text(sentence, exc: BaseException) -> str:
    """`sentence` (one of the templates above) said with the reason for `exc`."""
    return tr_template(sentence, reason=reason_text(exc))


def show_error(parent: QWidget | None, title: str, sentence, exc: BaseException) -> None:
    QMessageBox.critical(parent, title, error_text(sentence, exc))
