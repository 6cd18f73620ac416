"""Numbers and dates as the crew's locale writes them, at the UI only (issue 16).

The core formats (nav/format.py) stay locale-independent: the CLI, the logs and the bundles read the same in every
language. The UI shows decimals with the locale's separator (12,5 kn in Norwegian and Icelandic) and dates in the
locale's short format (02.05.2026, 2.5.2026, 2026/05/02). Positions keep their degrees-and-decimal-minutes
form with a point, as on the chart and the receiver. English keeps ISO dates, the marine convention.
Typed input accepts both separators (records/measurement.py, nav/typed_position.py); only display changes here.
"""

from __future__ import annotations

import re
from datetime import datetime, time

from PySide6.QtCore import QDate, QLocale

from whalelog_gui.nav.format import format_utc
from whalelog_gui.ui.i18n import LanguageController, translate

_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")


def local_decimals(text: str) -> str:
    """A formatted figure ("12.5 kn", "3.2 NM") with the locale's decimal separator. Not for positions."""
    point = QLocale().decimalPoint()
    return text if point == "." else _DECIMAL_POINT.sub(point, text)


def local_utc(when: datetime | None, time_of_day: time | None = None) -> str:
    """A fix's UTC time, its date in the locale's short format (ISO in English)."""
    if LanguageController.current == "en" or (when is None and time_of_day is None):
        return format_utc(when, time_of_day)
    if when is not None:
        day = QLocale().toString(QDate(when.year, when.month, when.day), QLocale.FormatType.ShortFormat)
        return f"{day} {when:%H:%M:%S} UTC"
    return translate("LocaleDisplay", "{time} UTC (no date)").format(time=f"{time_of_day:%H:%M:%S}")


def local_country(english_name: str) -> str:
    """A country's name (pycountry's ISO 3166-1 English name) in the language showing, from pycountry's own
    translations; English when it has none."""
    code = LanguageController.current
    if code == "en":
        return english_name
    import gettext

    import pycountry

    catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[code], fallback=True)
    return catalogue.gettext(english_name)
