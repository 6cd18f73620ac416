"""Bridge colour tables after IHO S-52's day / dusk / night idea: one named colour per role.

Night keeps night vision: dark background, dim red/amber text, no white anywhere. Alarm red and
warning amber stay distinguishable in every table. Colours are plain hex strings so the chart,
the alert bar and the Qt application palette all read from the same source.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BridgeColours:
    name: str
    window: str
    window_text: str
    base: str  # input fields, lists
    text: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    disabled_text: str
    alarm: str  # red: inside an applicable area, position lost
    alarm_text: str
    warning: str  # amber/orange: approaching an applicable area
    warning_text: str
    caution: str  # yellow: information-only areas
    caution_text: str
    ok: str  # green: valid fix, no alerts
    # Banners (warning / caution alert bar, the SIGNED lock): a filled block by day; at night a dark block with
    # coloured text and edge, since a large lit area ruins dark adaptation (IHO S-52 night: no large bright areas)
    banner_warning: str
    banner_warning_text: str
    banner_caution: str
    banner_caution_text: str
    sea: str
    land: str
    land_edge: str
    graticule: str
    area_applicable: str
    area_info: str
    own_ship: str
    track: str
    lookahead: str
    area_label: str  # an applicable area's name on the chart, on a dark halo: readable over the area's own fill


DAY = BridgeColours(
    name="day",
    window="#eef1f4",
    window_text="#101418",
    base="#ffffff",
    text="#101418",
    button="#dde3e9",
    button_text="#101418",
    highlight="#1f5fa8",
    highlighted_text="#ffffff",
    disabled_text="#7a828a",
    alarm="#d01818",
    alarm_text="#ffffff",
    warning="#f08c00",
    warning_text="#101418",
    caution="#e8d000",
    caution_text="#101418",
    ok="#1b8a3a",
    banner_warning="#f08c00",
    banner_warning_text="#101418",
    banner_caution="#e8d000",
    banner_caution_text="#101418",
    sea="#cfe6f5",
    land="#e9dcb8",
    land_edge="#8c7a4f",
    graticule="#8aa4b8",
    area_applicable="#d01818",
    area_info="#6a5acd",
    own_ship="#101418",
    track="#0b4f8a",
    lookahead="#101418",
    area_label="#b01010",
)

DUSK = BridgeColours(
    name="dusk",
    window="#2a2f36",
    window_text="#c8ccd0",
    base="#1e2227",
    text="#c8ccd0",
    button="#363c44",
    button_text="#c8ccd0",
    highlight="#3a5f8a",
    highlighted_text="#e0e4e8",
    disabled_text="#6a7078",
    alarm="#c81e1e",
    alarm_text="#f0e0e0",
    warning="#d07800",
    warning_text="#101010",
    caution="#b8a400",
    caution_text="#101010",
    ok="#2f8a4a",
    banner_warning="#d07800",
    banner_warning_text="#101010",
    banner_caution="#b8a400",
    banner_caution_text="#101010",
    sea="#1d3446",
    land="#4a4436",
    land_edge="#7a6c4c",
    graticule="#4c6478",
    area_applicable="#c81e1e",
    area_info="#7a6ac8",
    own_ship="#e0e4e8",
    track="#6aa8d8",
    lookahead="#e0e4e8",
    area_label="#f06060",
)

# Night: no white, no blue-white; text is dim red/amber on near-black so eyes stay dark-adapted.
NIGHT = BridgeColours(
    name="night",
    window="#050505",
    window_text="#a04030",
    base="#000000",
    text="#a04030",
    button="#120806",
    button_text="#a04030",
    highlight="#3a1008",
    highlighted_text="#c86040",
    disabled_text="#502418",
    alarm="#b00000",
    alarm_text="#000000",
    warning="#a86400",
    warning_text="#000000",
    caution="#706000",
    caution_text="#000000",
    ok="#2a5a20",
    banner_warning="#140c00",
    banner_warning_text="#a86400",
    banner_caution="#100e00",
    banner_caution_text="#8a7800",
    sea="#020408",
    land="#141008",
    land_edge="#3a2a14",
    graticule="#2a1a10",
    area_applicable="#900000",
    area_info="#503070",
    own_ship="#c05030",
    track="#804020",
    lookahead="#c05030",
    area_label="#c05030",
)

PALETTES: dict[str, BridgeColours] = {p.name: p for p in (DAY, DUSK, NIGHT)}
