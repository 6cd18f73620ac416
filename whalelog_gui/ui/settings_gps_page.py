"""The GPS receiver page: port (listed and typed; serial, NMEA over UDP or gpsd), baud rate, checksum policy,
lost-fix time, the SOG limit, and "Test port"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QWidget

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.nav.sources import NETWORK_CHOICES
from whalelog_gui.settings import BAUD_RATES, LOST_FIX_RANGE_S, SOG_LIMIT_RANGE_KN, AppSettings
from whalelog_gui.ui.i18n import tr_template
from whalelog_gui.ui.port_test import PortTestPanel
from whalelog_gui.ui.settings_page import SettingsPage, field_row, retranslate_items, whole_number_spin

BAUD_LABELS = {
    4800: QT_TRANSLATE_NOOP("SettingsPages", "4800 (NMEA 0183 standard)"),
    38400: QT_TRANSLATE_NOOP("SettingsPages", "38400 (high speed)"),
}


class GpsPage(SettingsPage):
    title = QT_TRANSLATE_NOOP("SettingsPages", "GPS receiver")
    intro = QT_TRANSLATE_NOOP(
        "SettingsPages",
        "Connect the receiver's NMEA 0183 output (through a USB adapter), pick "
        "its port and test it. NMEA sent over the network by a multiplexer, chart plotter or "
        "OpenCPN (udp://:10110), or a gpsd on this computer (gpsd://localhost), can be picked "
        "the same way.",
    )

    def __init__(
        self, parent: QWidget | None = None, port_lister: Callable[[], list] | None = None, reader_factory=None
    ):
        super().__init__(parent)
        self._port_lister = port_lister
        port_row, row = field_row()
        self.gps_port = QComboBox()
        self.gps_port.setEditable(True)
        self.gps_port.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.gps_port.lineEdit().setPlaceholderText("/dev/ttyUSB0, COM3, udp://:10110, gpsd://localhost")
        self.refresh_button = QPushButton()
        self.tr_bind(self.refresh_button.setText, QT_TRANSLATE_NOOP("SettingsPages", "R&efresh"))
        self.refresh_button.clicked.connect(self.refresh_ports)
        row.addWidget(self.gps_port, 1)
        row.addWidget(self.refresh_button)
        self._add(
            "gps_port",
            QT_TRANSLATE_NOOP("SettingsPages", "&Port"),
            port_row,
            QT_TRANSLATE_NOOP("SettingsPages", "Leave empty to run without a receiver for now."),
            focus=self.gps_port,
        )
        self.baud = QComboBox()
        for rate in BAUD_RATES:
            self.baud.addItem(tr_template(BAUD_LABELS[rate]) if rate in BAUD_LABELS else str(rate), rate)
        self._add("baud", QT_TRANSLATE_NOOP("SettingsPages", "Baud &rate"), self.baud)
        self.allow_missing_checksum = QCheckBox()
        self.tr_bind(
            self.allow_missing_checksum.setText,
            QT_TRANSLATE_NOOP("SettingsPages", "Accept sentences without a checksum (old receivers only)"),
        )
        self._add("allow_missing_checksum", None, self.allow_missing_checksum)
        self.lost_fix_s = whole_number_spin(LOST_FIX_RANGE_S, " s")
        self._add(
            "lost_fix_s",
            QT_TRANSLATE_NOOP("SettingsPages", "Position &lost after"),
            self.lost_fix_s,
            QT_TRANSLATE_NOOP(
                "SettingsPages", "Without a valid fix for this long the bridge gets a position-lost alarm."
            ),
        )
        self.sog_limit_kn = whole_number_spin(SOG_LIMIT_RANGE_KN, " kn")
        self._add(
            "sog_limit_kn",
            QT_TRANSLATE_NOOP("SettingsPages", "&Speed limit"),
            self.sog_limit_kn,
            QT_TRANSLATE_NOOP(
                "SettingsPages",
                "A receiver speed above this is rejected, and a position that "
                "moves faster raises a position-jump caution.",
            ),
        )
        self.port_test = PortTestPanel(reader_factory=reader_factory)
        self.port_test.wants_port.connect(lambda: self.port_test.start(self.port_text(), self.baud.currentData()))
        test_caption = QLabel()
        self.tr_bind(test_caption.setText, QT_TRANSLATE_NOOP("SettingsPages", "Test"))
        self.form.addRow(test_caption, self.port_test)
        self.refresh_ports()

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "baud"):
            retranslate_items(self.baud, BAUD_LABELS)

    def port_text(self) -> str:
        text = self.gps_port.currentText().strip()
        index = self.gps_port.findText(text)
        data = self.gps_port.itemData(index) if index >= 0 else None
        return data or text  # a listed entry shows "device — description"; the device is its data

    def refresh_ports(self) -> None:
        current = self.port_text()
        ports = []
        if self._port_lister is not None:
            try:
                ports = self._port_lister()
            except OSError:
                ports = []
        self.gps_port.clear()
        for choice in (*ports, *NETWORK_CHOICES):
            self.gps_port.addItem(f"{choice.device} — {choice.description}", choice.device)
        self._select_port(current)

    def _select_port(self, port: str) -> None:
        index = self.gps_port.findData(port)
        if index >= 0:
            self.gps_port.setCurrentIndex(index)
        else:
            self.gps_port.setCurrentIndex(-1)
            self.gps_port.setEditText(port)

    def load(self, settings: AppSettings) -> None:
        self._select_port(settings.gps_port)
        index = self.baud.findData(settings.baud)
        self.baud.setCurrentIndex(index if index >= 0 else self.baud.findData(4800))
        self.allow_missing_checksum.setChecked(settings.allow_missing_checksum)
        self.lost_fix_s.setValue(settings.lost_fix_s)
        self.sog_limit_kn.setValue(settings.sog_limit_kn)

    def values(self) -> dict:
        return {
            "gps_port": self.port_text(),
            "baud": self.baud.currentData(),
            "allow_missing_checksum": self.allow_missing_checksum.isChecked(),
            "lost_fix_s": float(self.lost_fix_s.value()),
            "sog_limit_kn": float(self.sog_limit_kn.value()),
        }
