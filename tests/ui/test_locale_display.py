"""Numbers and dates in the crew's locale on screen; positions, the core and the CLI stay as they are (issue 16)."""

from __future__ import annotations

from datetime import datetime, time, timezone

import pytest

from whalelog_gui.nav.fix import Fix
from whalelog_gui.nav.format import format_sog, format_utc
from whalelog_gui.ui.i18n import LanguageController
from whalelog_gui.ui.locale_display import local_decimals, local_utc
from whalelog_gui.ui.position_panel import PositionPanel

WHEN = datetime(2026, 5, 2, 9, 30, 5, tzinfo=timezone.utc)


@pytest.fixture
def language(qapp, settings):
    controller = LanguageController(qapp, settings)
    yield controller
    controller.apply("en", remember=False)


@pytest.mark.parametrize(
    "lang, sog, day",
    [
        ("en", "12.5 kn", "2026-05-02 09:30:05 UTC"),
        ("nb", "12,5 kn", "02.05.2026 09:30:05 UTC"),
        ("is", "12,5 kn", "2.5.2026 09:30:05 UTC"),
        ("ja", "12.5 kn", "2026/05/02 09:30:05 UTC"),
    ],
)
def test_figures_and_dates_follow_the_language(language, lang, sog, day):
    language.apply(lang, remember=False)
    assert local_decimals(format_sog(12.5)) == sog
    assert local_utc(WHEN) == day
    assert format_sog(12.5) == "12.5 kn" and format_utc(WHEN) == "2026-05-02 09:30:05 UTC"  # the core: unchanged


def test_the_panel_shows_the_locale_but_keeps_positions(qtbot, language):
    language.apply("nb", remember=False)
    panel = PositionPanel()
    qtbot.addWidget(panel)
    panel.show_fix(
        Fix(
            WHEN,
            WHEN.time(),
            -(45 + 12.345 / 60),
            160.0,
            sog_kn=12.04,
            cog_deg=181.6,
            valid=True,
            quality=1,
            satellites=9,
            hdop=0.9,
            source="gps",
        )
    )
    assert panel.sog_label.text() == "12,0 kn"
    assert panel.hdop_label.text() == "0,9"
    assert panel.utc_label.text() == "02.05.2026 09:30:05 UTC"
    assert panel.lat_label.text() == "45°12.345′S"  # degrees and decimal minutes as on the chart, in every language
    assert local_utc(None, time(9, 30, 5)) == "09:30:05 UTC (uten dato)"


def test_an_open_spin_box_shows_the_new_decimal_separator_after_a_live_switch(qtbot, language):
    """A spin box made in English and still open shows 2,5 after a switch to Bokmål (and 2.5 again after English):
    the value is unchanged, only how it is written follows the language."""
    from PySide6.QtWidgets import QDoubleSpinBox, QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    spin = QDoubleSpinBox()
    spin.setDecimals(1)
    spin.setValue(2.5)
    QVBoxLayout(window).addWidget(spin)
    window.show()
    assert spin.text() == "2.5"
    language.apply("nb", remember=False)
    qtbot.waitUntil(lambda: spin.text() == "2,5")
    assert spin.value() == 2.5 and spin.locale().decimalPoint() == ","
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "3,7")  # typed with the comma the crew's keyboard has
    assert spin.value() == 3.7
    language.apply("en", remember=False)
    qtbot.waitUntil(lambda: spin.text() == "3.7")
