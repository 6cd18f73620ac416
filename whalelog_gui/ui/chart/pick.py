"""What a click on the chart reads out: the position, the areas there, distance and bearing from the ship.

Pure Python but for the readout's wording (ui/i18n: the crew's language). Distance and bearing are true (WGS84 geodesic via geographiclib), not chart degrees.
Containment uses the chart's own area geometry so the readout matches what is drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from geographiclib.geodesic import Geodesic

from whalelog_gui.alerts.manager import area_name
from whalelog_gui.ui.chart.geo_text import format_position
from whalelog_gui.ui.chart.layers import ChartArea
from whalelog_gui.ui.i18n import tr_template, translate
from whalelog_gui.ui.locale_display import local_decimals

METRES_PER_NM = 1852.0


@dataclass(frozen=True)
class PickedArea:
    id: str
    paragraph: str
    name: str
    applicable: bool


@dataclass(frozen=True)
class PickInfo:
    lat: float
    lon: float
    areas: tuple[PickedArea, ...]
    distance_nm: float | None  # from own ship; None without a ship position
    bearing_deg: float | None  # true bearing from own ship, [0, 360)

    def lines(self) -> list[str]:
        """The readout as the overlay shows it, one line each."""
        out = [format_position(self.lat, self.lon)]
        if self.distance_nm is not None and self.bearing_deg is not None:
            out.append(
                translate("Chart", "{distance} nm  {bearing}°T from ship").format(
                    distance=local_decimals(f"{self.distance_nm:.1f}"), bearing=f"{self.bearing_deg:05.1f}"
                )
            )
        for area in self.areas:
            name = tr_template(area_name(area.name))
            out.append(
                f"{area.paragraph} {name}".strip()
                if area.applicable
                else translate("Chart", "{paragraph} {area} (information)")
                .format(paragraph=area.paragraph, area=name)
                .strip()
            )
        if not self.areas:
            out.append(translate("Chart", "No regulated area"))
        return out


def distance_bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> tuple[float, float]:
    """Geodesic distance in nautical miles and initial true bearing from point 1 to point 2."""
    g = Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2)
    return g["s12"] / METRES_PER_NM, g["azi1"] % 360.0


def pick_info(
    lat: float, lon: float, areas: Sequence[ChartArea], applicable: set[str], ship: tuple[float, float] | None
) -> PickInfo:
    inside = tuple(PickedArea(a.id, a.paragraph, a.name, a.id in applicable) for a in areas if a.contains(lat, lon))
    dist = bearing = None
    if ship is not None:
        dist, bearing = distance_bearing(ship[0], ship[1], lat, lon)
    return PickInfo(lat, lon, inside, dist, bearing)
