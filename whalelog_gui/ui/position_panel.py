"""Large, high-contrast own-ship position readout: readable from a few metres across the bridge.

The figures shrink their font to the panel's width rather than lose digits (a 1024x600 screen, issue 15).
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.nav.fix import Fix, SourceState, SourceStatus
from whalelog_gui.nav.format import DASH, format_cog, format_lat, format_lon, format_sog
from whalelog_gui.ui.fit_label import FitLabel
from whalelog_gui.ui.i18n import Retranslating, tr_message, tr_template, translate
from whalelog_gui.ui.locale_display import local_decimals, local_utc

# Fix.quality (nav.fix.GGA_QUALITY / MODE_QUALITY names) as the bridge reads them
QUALITY_NAMES = {
    "invalid": QT_TRANSLATE_NOOP("PositionPanel", "invalid"),
    "gps": "GPS",
    "dgps": "DGPS",
    "pps": "PPS",
    "rtk": "RTK",
    "float-rtk": QT_TRANSLATE_NOOP("PositionPanel", "float RTK"),
    "dr": QT_TRANSLATE_NOOP("PositionPanel", "DR (estimated)"),
    "manual": QT_TRANSLATE_NOOP("PositionPanel", "manual input"),
    "simulator": QT_TRANSLATE_NOOP("PositionPanel", "simulation"),
}
STATE_NAMES = {
    SourceState.DISCONNECTED: QT_TRANSLATE_NOOP("PositionPanel", "disconnected"),
    SourceState.NO_DATA: QT_TRANSLATE_NOOP("PositionPanel", "no data"),
    SourceState.NO_FIX: QT_TRANSLATE_NOOP("PositionPanel", "no valid fix"),
    SourceState.VALID_FIX: QT_TRANSLATE_NOOP("PositionPanel", "VALID FIX"),
}


def _label(point_size: int, bold: bool = False, mono: bool = False) -> QLabel:
    label = QLabel(DASH)
    font = QFont("DejaVu Sans Mono" if mono else "DejaVu Sans")
    if mono:
        font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(point_size)
    font.setBold(bold)
    label.setFont(font)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return label


def _figure(largest_pt: int, smallest_pt: int, bold: bool = True) -> FitLabel:
    return FitLabel(DASH, largest_pt=largest_pt, smallest_pt=smallest_pt, bold=bold, mono=True)


def _caption(panel: PositionPanel, text) -> QLabel:
    label = _label(11)
    panel.tr_bind(label.setText, text)
    label.setProperty("role", "muted")
    return label


class PositionPanel(Retranslating, QFrame):
    """Shows the latest fix (`show_fix`) and the source's state and counters (`show_status`)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("position_panel")
        self.setMaximumWidth(780)  # keeps SOG/COG and the details together on a wide screen
        self.lat_label = _figure(34, 12)
        self.lon_label = _figure(34, 12)
        self.sog_label = _figure(24, 10)
        self.cog_label = _figure(24, 10)
        self.utc_label = _figure(16, 8, bold=False)
        self.quality_label = _label(14)
        self.satellites_label = _label(14)
        self.hdop_label = _label(14)
        self.state_label = _label(16, bold=True)
        self.state_label.setWordWrap(True)  # "disconnected — /dev/ttyUSB0 (port vanished)" on a narrow panel
        self.state_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.fix_lost_label = _label(22, bold=True)
        self.tr_bind(self.fix_lost_label.setText, QT_TRANSLATE_NOOP("PositionPanel", "FIX LOST"))
        self.fix_lost_label.setProperty("role", "alarm")
        self.fix_lost_label.hide()
        # a dead-reckoned position is estimated, not measured: it must not read like a satellite fix
        self.dr_label = _label(22, bold=True)
        self.tr_bind(self.dr_label.setText, QT_TRANSLATE_NOOP("PositionPanel", "DR: POSITION DEAD-RECKONED"))
        self.dr_label.setWordWrap(True)
        self.dr_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)  # wraps, never clipped
        self.dr_label.setProperty("role", "warning")
        self.dr_label.hide()
        self.counters_label = _label(11)
        self.counters_label.setProperty("role", "muted")
        self.counters_label.setWordWrap(True)
        self.counters_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)

        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        rows = [
            (QT_TRANSLATE_NOOP("PositionPanel", "Latitude"), self.lat_label),
            (QT_TRANSLATE_NOOP("PositionPanel", "Longitude"), self.lon_label),
        ]
        for row, (caption, value) in enumerate(rows):
            grid.addWidget(_caption(self, caption), row * 2, 0, 1, 2)
            grid.addWidget(value, row * 2 + 1, 0, 1, 2)
        #: speed over ground / course over ground: keep the IMO abbreviations if the crew's instruments do
        grid.addWidget(_caption(self, QT_TRANSLATE_NOOP("PositionPanel", "SOG")), 4, 0)
        grid.addWidget(_caption(self, QT_TRANSLATE_NOOP("PositionPanel", "COG")), 4, 1)
        grid.addWidget(self.sog_label, 5, 0)
        grid.addWidget(self.cog_label, 5, 1)
        grid.addWidget(_caption(self, QT_TRANSLATE_NOOP("PositionPanel", "Time")), 6, 0, 1, 2)
        grid.addWidget(self.utc_label, 7, 0, 1, 2)
        # fix quality on a row of its own, satellites and HDOP below: three captions side by side were wider than
        # the panel on a 1024x600 screen at 150 % (and longer still in Norwegian or Icelandic), and got cut off
        detail = QGridLayout()
        detail.addWidget(_caption(self, QT_TRANSLATE_NOOP("PositionPanel", "Fix quality")), 0, 0, 1, 2)
        detail.addWidget(self.quality_label, 1, 0, 1, 2)
        detail.addWidget(_caption(self, QT_TRANSLATE_NOOP("PositionPanel", "Satellites")), 2, 0)
        detail.addWidget(_caption(self, "HDOP"), 2, 1)
        detail.addWidget(self.satellites_label, 3, 0)
        detail.addWidget(self.hdop_label, 3, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.dr_label)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addLayout(detail)
        layout.addSpacing(8)
        layout.addWidget(_caption(self, QT_TRANSLATE_NOOP("PositionPanel", "GPS source")))
        layout.addWidget(self.state_label)
        layout.addWidget(self.fix_lost_label)
        layout.addWidget(self.counters_label)
        layout.addStretch(1)
        self._fix: Fix | None = None
        self._status: SourceStatus | None = None
        self.show_status(None)

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "_status"):
            self.show_status(self._status)
            self.show_fix(self._fix)

    def show_fix(self, fix: Fix | None) -> None:
        if fix is None:
            return
        self._fix = fix
        self.lat_label.setText(format_lat(fix.lat))
        self.lon_label.setText(format_lon(fix.lon))
        self.sog_label.setText(local_decimals(format_sog(fix.sog_kn)))
        self.cog_label.setText(format_cog(fix.cog_deg))
        self.utc_label.setText(local_utc(fix.time, fix.time_of_day))
        if fix.quality is None:
            quality = translate("PositionPanel", "valid") if fix.valid else translate("PositionPanel", "no fix")
        else:
            quality = tr_template(QUALITY_NAMES.get(fix.quality, fix.quality))
        self.quality_label.setText(
            quality if fix.valid else translate("PositionPanel", "{quality} (not valid)").format(quality=quality)
        )
        self.dr_label.setVisible(fix.valid and fix.dead_reckoned)
        self.satellites_label.setText(DASH if fix.satellites is None else str(fix.satellites))
        self.hdop_label.setText(DASH if fix.hdop is None else local_decimals(f"{fix.hdop:.1f}"))
        # A stale position must not look current: grey it out when the receiver says it is not valid;
        # a dead-reckoned one is shown in the warning colour.
        role = "muted" if not fix.valid else "warning" if fix.dead_reckoned else None
        for label in (self.lat_label, self.lon_label):
            if label.property("role") != role:
                label.setProperty("role", role)
                label.style().unpolish(label)
                label.style().polish(label)

    def show_status(self, status: SourceStatus | None) -> None:
        self._status = status
        if status is None:
            self.state_label.setText(translate("PositionPanel", "No GPS source"))
            self.state_label.setProperty("role", "alarm")
            self.counters_label.setText(
                translate(
                    "PositionPanel",
                    "Choose the receiver's port in File → Settings → GPS "
                    "(or with “Choose GPS port…” in the alert bar).",
                )
            )
        else:
            text = tr_template(STATE_NAMES[status.state])
            # the reader's words and a simulator's or replay's name are core Messages; a port's name shows as it is
            extra = (
                f" ({tr_message(status.message)})" if status.message and status.message != status.state.value else ""
            )
            self.state_label.setText(f"{text} — {tr_message(status.source)}{extra}")
            self.state_label.setProperty("role", "ok" if status.state is SourceState.VALID_FIX else "warning")
            c = status.counters
            #: NMEA 0183 receiver counters; "epoch": one position report assembled from several sentences
            self.counters_label.setText(
                translate(
                    "PositionPanel",
                    "sentences {sentences} · accepted {accepted} · bad checksum {bad_checksum} · "
                    "unparsable {unparsable} · skipped {skipped} · epochs {epochs} · valid fixes {valid_fixes} · "
                    "rejected fields {rejected_fields}",
                ).format(
                    sentences=c.sentences,
                    accepted=c.accepted,
                    bad_checksum=c.bad_checksum,
                    unparsable=c.unparsable,
                    skipped=c.skipped,
                    epochs=c.epochs,
                    valid_fixes=c.valid_fixes,
                    rejected_fields=c.rejected_fields,
                )
            )
        self.fix_lost_label.setVisible(status is not None and status.fix_lost)
        self.state_label.style().unpolish(self.state_label)
        self.state_label.style().polish(self.state_label)
