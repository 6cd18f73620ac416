"""Issue 15 item 10, night: no large lit blocks, and nothing that must be read goes dark.

The warning bar and the SIGNED banner were amber blocks at about 70 % of day brightness; the 7(b) chart label
was dark red on dark red; the Transmission page's "everything again" check box was invisible. Brightness is
measured on real grabs of the widgets (mean luminance), legibility as the WCAG contrast ratio.
"""

from __future__ import annotations

from datetime import datetime, timezone

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from whalelog_gui.alerts.model import Alert, AlertCategory, AlertState
from whalelog_gui.ui.alert_bar import AlertBar
from whalelog_gui.ui.chart.chart_render import APPLICABLE_ALPHA, AreaLabel, paint_area_labels
from whalelog_gui.ui.chart.projection import Viewport
from whalelog_gui.ui.forms.logbook.sheet_view import SheetView
from whalelog_gui.ui.palette_colours import PALETTES

T0 = datetime(2026, 5, 2, 9, 30, tzinfo=timezone.utc)
NIGHT_SHARE = 0.3  # a night banner is at most this share of the same banner's day brightness


def rgb_of(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = np.frombuffer(image.constBits(), np.uint8, count=image.sizeInBytes())
    return data.reshape(image.height(), image.bytesPerLine() // 4, 4)[:, : image.width(), 2::-1].astype(float)


def luminance(rgb: np.ndarray) -> np.ndarray:
    c = rgb / 255.0
    lin = np.where(c <= 0.03928, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return lin @ np.array([0.2126, 0.7152, 0.0722])


def contrast(a: float, b: float) -> float:
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def mean_luminance(qtbot, widget) -> float:
    qtbot.addWidget(widget)
    widget.resize(900, widget.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)
    return float(luminance(rgb_of(widget.grab().toImage())).mean())


def warning_bar(qtbot) -> AlertBar:
    bar = AlertBar()
    bar.show_alerts(
        [
            Alert(
                "w",
                "approach:sos",
                AlertCategory.WARNING,
                AlertState.ACKNOWLEDGED,
                "Approaching Southern Ocean Sanctuary",
                "7(b)",
                "sos",
                T0,
                T0,
                distance_nm=3.0,
            )
        ]
    )
    return bar


def signed_banner() -> SheetView:
    view = SheetView(live=False)
    view.show_lock("SIGNED by Einar Jónsson (master) 2026-05-02 21:00 UTC — locked, amend only")
    label = view.lock_label
    label.setParent(None)  # the banner alone, styled as on the sheet
    view.deleteLater()  # the rest of the sheet freed by Qt now, not by Python's collector at some later moment
    return label


@pytest.mark.parametrize("make", [warning_bar, lambda _qtbot: signed_banner()], ids=["warning bar", "SIGNED"])
def test_banner_is_dim_at_night_and_its_text_still_reads(qtbot, palette, make):
    palette.apply("day")
    day = mean_luminance(qtbot, make(qtbot))
    palette.apply("night")
    widget = make(qtbot)
    night = mean_luminance(qtbot, widget)
    assert night <= NIGHT_SHARE * day, f"night banner at {night / day:.0%} of day brightness"
    pixels = luminance(rgb_of(widget.grab().toImage())).ravel()
    background, text = np.percentile(pixels, 50), pixels.max()
    assert contrast(text, background) >= 3.0, "the banner's text is not readable at night"


@pytest.mark.parametrize("name", ["day", "dusk", "night"])
def test_applicable_area_label_reads_over_the_area_fill(qapp, name):
    colours = PALETTES[name]
    image = QImage(400, 120, QImage.Format.Format_RGB32)
    image.fill(QColor(colours.sea))
    painter = QPainter(image)
    fill = QColor(colours.area_applicable)
    fill.setAlpha(APPLICABLE_ALPHA)
    painter.fillRect(image.rect(), fill)  # inside the 7(b) area, as the chart shades it
    painter.setFont(QFont("DejaVu Sans", 10))
    view = Viewport(0.0, 0.0, 10.0, 400, 120)
    paint_area_labels(painter, view, colours, [AreaLabel(-15.0, 0.0, "7(b) Southern Ocean Sanctuary", True)])
    painter.end()
    pixels = luminance(rgb_of(image))
    fill_l = float(luminance(rgb_of(image.copy(0, 0, 4, 4))).mean())
    label_rows = pixels[40:70, 40:360]
    best = max(contrast(float(v), fill_l) for v in (label_rows.min(), label_rows.max()))
    assert best >= 3.0, f"{name}: the area label's best contrast with the fill is {best:.1f}:1"
    assert not (rgb_of(image) > 200).all(axis=2).any() or name != "night"  # and no white at night


def test_check_box_is_visible_at_night(qtbot, palette):
    from PySide6.QtWidgets import QCheckBox

    palette.apply("night")
    box = QCheckBox("everything again (--all)")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    rgb = rgb_of(box.grab().toImage())
    indicator = rgb[:, :22]  # the indicator is drawn at the left
    window = np.array(QColor(PALETTES["night"].window).getRgb()[:3], float)
    visible = (np.abs(indicator - window).max(axis=2) >= 40).sum()
    assert visible >= 20, f"only {visible} pixels of the check box indicator stand out at night"
    assert Qt.CheckState.Unchecked == box.checkState()
