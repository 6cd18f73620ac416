"""File → Settings… (Ctrl+,): the action in the main window's menu; the dialog and its seven pages are imported
when it is first opened, not while the window starts (issue 14)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.settings import AppSettings
from whalelog_gui.ui.i18n import bind_text


def settings_action(
    parent: QWidget,
    current: Callable[[], AppSettings],
    on_saved: Callable[[AppSettings], None],
    store: QSettings | None = None,
    *,
    db,
    who: Callable[[], str] | None = None,
) -> QAction:
    """A "Settings…" action (Ctrl+,) for the main window's menu: opens the dialog, calls on_saved(new) on Save."""
    action = QAction(parent)
    bind_text(parent, action.setText, QT_TRANSLATE_NOOP("SettingsDialog", "&Settings…"))
    action.setShortcut(QKeySequence("Ctrl+,"))
    action.setObjectName("settings_action")

    def open_dialog() -> None:
        from whalelog_gui.ui.settings_dialog import open_settings

        open_settings(parent, current(), on_saved, store, db=db, who=who)

    action.triggered.connect(open_dialog)
    return action
