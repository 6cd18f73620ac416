""" "Test port": open the chosen port for a few seconds and show the sentences that arrive, live.

The NavReader runs on its own thread; its on_sentence/on_status callbacks only emit Qt signals, queued to
the GUI thread, so the panel is never touched from the reader thread.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.ui.i18n import Retranslating, translate

TEST_SECONDS = 5.0
_SENTENCE_START = re.compile(r"[$!][A-Z][A-Z0-9]{3,5},|^\{\"class\":")  # $GPRMC, / $PUBX, / !AIVDM, / gpsd JSON
_NETWORK = ("udp://", "gpsd://")  # no baud rate on these: the hints talk about the network instead
MAX_SHOWN_LINES = 200


def default_reader_factory(port: str, baud: int, on_sentence, on_status):
    """A NavReader on a serial port/URL, udp:// or gpsd://, reporting every raw line and its status."""
    from whalelog_gui.nav.reader import NavReader
    from whalelog_gui.nav.sources import source_for

    return NavReader(source_for(port, baud), on_fix=lambda fix: None, on_status=on_status, on_sentence=on_sentence)


class _ReaderRelay(QObject):
    """Called on the reader thread; re-emits on the GUI thread."""

    line = Signal(str)
    status = Signal(object)

    def on_sentence(self, raw) -> None:
        text = raw.decode("ascii", errors="backslashreplace") if isinstance(raw, (bytes, bytearray)) else str(raw)
        self.line.emit(text.rstrip("\r\n"))

    def on_status(self, status) -> None:
        self.status.emit(status)


class PortTestPanel(Retranslating, QWidget):
    wants_port = Signal()  # the Test button: the owner answers with start(port, baud)
    finished = Signal(int)  # lines seen in the test

    def __init__(self, parent: QWidget | None = None, reader_factory=None, seconds: float = TEST_SECONDS):
        super().__init__(parent)
        self._factory = reader_factory or default_reader_factory
        self.seconds = seconds
        self._reader = None
        self.lines_seen = 0
        self._error = ""
        self._port, self._baud = "", 0
        self._relay = _ReaderRelay(self)
        self._relay.line.connect(self._show_line, Qt.ConnectionType.QueuedConnection)
        self._relay.status.connect(self._show_status, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.stop)

        self.test_button = QPushButton()
        self.tr_bind(self.test_button.setText, QT_TRANSLATE_NOOP("PortTest", "&Test port"))
        self.test_button.clicked.connect(self.wants_port)
        self.status_label = QLabel(translate("PortTest", "Shows what the receiver sends for a few seconds."))
        self.status_label.setWordWrap(True)
        self.status_label.setProperty("role", "muted")
        self.sentences = QPlainTextEdit()
        self.sentences.setReadOnly(True)
        self.sentences.setMaximumBlockCount(MAX_SHOWN_LINES)
        self.sentences.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.tr_bind(self.sentences.setPlaceholderText, QT_TRANSLATE_NOOP("PortTest", "live sentences appear here"))
        self.sentences.setMinimumHeight(self.sentences.fontMetrics().lineSpacing() * 5)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.status_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.sentences)

    @property
    def running(self) -> bool:
        return self._reader is not None

    def _set_status(self, text: str, role: str) -> None:
        self.status_label.setText(text)
        self.status_label.setProperty("role", role)
        self.status_label.style().unpolish(self.status_label)  # the bridge style draws the new role
        self.status_label.style().polish(self.status_label)

    def start(self, port: str, baud: int) -> None:
        self.stop()
        if not port:
            self._set_status(translate("PortTest", "Choose or type a port first."), "alarm")
            return
        self.sentences.clear()
        self.lines_seen = 0
        self._error = ""
        try:
            self._reader = self._factory(port, baud, self._relay.on_sentence, self._relay.on_status)
            self._reader.start()
        except (OSError, ValueError) as exc:
            self._reader = None
            self._set_status(
                translate("PortTest", "Cannot open {port}: {reason}").format(port=port, reason=exc), "alarm"
            )
            return
        self.test_button.setEnabled(False)
        self._port, self._baud = port, baud
        where = (
            port
            if port.startswith(_NETWORK)
            else translate("PortTest", "{port} at {baud} baud").format(port=port, baud=baud)
        )
        self._set_status(
            translate("PortTest", "Listening on {where} for {seconds} s…").format(
                where=where, seconds=f"{self.seconds:g}"
            ),
            "muted",
        )
        self._timer.start(int(self.seconds * 1000))

    @Slot()
    def stop(self) -> None:
        self._timer.stop()
        reader, self._reader = self._reader, None
        if reader is None:
            return
        reader.stop()
        self.test_button.setEnabled(True)
        if self.lines_seen and self._looks_like_nmea():
            self._set_status(
                self.tr("%n line(s) from {port} in {seconds} s: the receiver is talking.", "", self.lines_seen).format(
                    port=self._port, seconds=f"{self.seconds:g}"
                ),
                "ok",
            )
        elif self.lines_seen and self._port.startswith(_NETWORK):
            self._set_status(
                translate(
                    "PortTest",
                    "Data arrives on {port} but is not NMEA or gpsd: check what the sender is set to send there.",
                ).format(port=self._port),
                "alarm",
            )
        elif self.lines_seen:
            self._set_status(
                translate(
                    "PortTest", "Data arrives but is not NMEA: check the baud rate ({baud} now; try 4800 or 38400)."
                ).format(baud=self._baud),
                "alarm",
            )
        elif self._error.startswith("cannot open"):
            self._set_status(
                translate(
                    "PortTest",
                    "Cannot open {port}: {reason}. Check the name, that the adapter is "
                    "plugged in, and that no other program holds it.",
                ).format(port=self._port, reason=self._error.removeprefix("cannot open: ")),
                "alarm",
            )
        elif self._port.startswith(_NETWORK):
            detail = f" ({self._error})" if self._error else ""
            self._set_status(
                translate(
                    "PortTest",
                    "Nothing received from {port}: check that the multiplexer, "
                    "plotter or gpsd is running and sends to this computer, and the port "
                    "number.",
                ).format(port=self._port + detail),
                "alarm",
            )
        else:
            detail = f" ({self._error})" if self._error else ""
            self._set_status(
                translate(
                    "PortTest",
                    "Nothing received from {port}: check power, wiring (TX to RX, signal ground) and the port.",
                ).format(port=self._port + detail),
                "alarm",
            )
        self.finished.emit(self.lines_seen)

    def _looks_like_nmea(self) -> bool:
        shown = self.sentences.toPlainText().splitlines()
        return any(_SENTENCE_START.search(line) for line in shown)

    @Slot(str)
    def _show_line(self, line: str) -> None:
        if self._reader is None:
            return  # a line queued before stop() arrives after it; the test is over
        self.lines_seen += 1
        self.sentences.appendPlainText(line)

    @Slot(object)
    def _show_status(self, status) -> None:
        message = getattr(status, "message", "")
        state = getattr(getattr(status, "state", None), "value", "")
        if self._reader is not None and state == "disconnected":
            self._error = message or "port could not be opened"
            if self._error.startswith("cannot open"):
                self.stop()  # no point waiting out the test: say so at once

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.stop()  # closing the dialog mid-test must release the port
        super().hideEvent(event)
