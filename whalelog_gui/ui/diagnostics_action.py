""" "Save diagnostics…": ask where, then zip the logs, the settings (no keys) and the recent raw NMEA."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from whalelog_gui import logging_setup
from whalelog_gui.diagnostics import RECENT_NMEA_SECONDS, default_zip_name, write_diagnostics
from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.settings import AppSettings
from whalelog_gui.ui.i18n import bind_text, translate


def _ask_path(parent: QWidget | None, suggested: Path) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("Diagnostics", "Save diagnostics"),
        str(suggested),
        translate("Diagnostics", "Zip archives (*.zip)"),
    )
    return path


def _recent_lines(source) -> list[str]:
    if source is None:
        return []
    if hasattr(source, "recent_raw"):  # a NavReader
        return list(source.recent_raw(RECENT_NMEA_SECONDS))
    return [str(line) for line in source]


def _tell(action: QAction, icon: QMessageBox.Icon, title: str, text: str) -> None:
    """Window-modal but not blocking: the bridge display keeps updating while the message is up."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, action.parent())
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    action.last_message = box  # type: ignore[attr-defined]
    box.open()


def save_diagnostics_action(
    parent: QWidget,
    settings: Callable[[], AppSettings] | AppSettings,
    recent_nmea: Callable[[], object] | None = None,
    *,
    extra: Callable[[], dict] | None = None,
    log_dir: Path | None = None,
    choose_path: Callable[[QWidget | None, Path], str] = _ask_path,
) -> QAction:
    """The menu action. `settings` may be a callable so the zip holds the settings in force when it is saved.
    `recent_nmea` returns the running NavReader (its recent_raw() is used), or None, or the lines themselves;
    a callable because the reader is replaced when the port changes. `extra` may add e.g. source counters."""
    action = QAction(parent)
    action.setObjectName("save_diagnostics_action")
    bind_text(parent, action.setText, QT_TRANSLATE_NOOP("Diagnostics", "Save &diagnostics…"))
    bind_text(
        parent,
        action.setStatusTip,
        QT_TRANSLATE_NOOP("Diagnostics", "Zip the log, the settings and the last minutes of GPS data for a bug report"),
    )

    def save() -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        target = choose_path(parent, Path(folder) / default_zip_name())
        if not target:
            return
        if not target.lower().endswith(".zip"):
            target += ".zip"
        current = settings() if callable(settings) else settings
        lines = _recent_lines(recent_nmea() if recent_nmea is not None else None)
        try:
            written = write_diagnostics(
                target,
                settings=current,
                log_files=logging_setup.log_files(log_dir),
                nmea_lines=lines,
                extra=extra() if extra else None,
            )
        except OSError as exc:
            _tell(
                action,
                QMessageBox.Icon.Critical,
                translate("Diagnostics", "Diagnostics not saved"),
                translate("Diagnostics", "Could not write {file}:\n{reason}").format(file=target, reason=exc),
            )
            return
        action.last_saved = written  # type: ignore[attr-defined]  (for the status bar and tests)
        _tell(
            action,
            QMessageBox.Icon.Information,
            translate("Diagnostics", "Diagnostics saved"),
            translate("Diagnostics", "Saved {file} ({lines} NMEA lines).\nFolder: {folder}").format(
                file=written.name, lines=len(lines), folder=written.parent
            ),
        )

    action.last_saved = None  # type: ignore[attr-defined]
    action.last_message = None  # type: ignore[attr-defined]
    action.triggered.connect(save)
    return action
