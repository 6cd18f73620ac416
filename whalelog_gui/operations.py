"""The operations a vessel can work under: they decide which regulated areas and rules apply.

Sanctuaries bind all commercial whaling (Schedule para 7); the factory-ship closed areas bind factory ships and
the catchers attached to them (Schedule para 8). The ids are fixed: area data, settings and outside checks use them.
"""

from __future__ import annotations

from whalelog_gui.messages import QT_TRANSLATE_NOOP

OPERATION_LABELS: dict[str, str] = {
    "factory-ship": QT_TRANSLATE_NOOP("Operations", "Factory ship"),
    "factory-catcher": QT_TRANSLATE_NOOP("Operations", "Catcher attached to a factory ship"),
    "land-station": QT_TRANSLATE_NOOP("Operations", "Land-station catcher"),
    "small-type": QT_TRANSLATE_NOOP("Operations", "Small-type whaling"),
    "transit": QT_TRANSLATE_NOOP("Operations", "Not whaling (transit)"),
}
OPERATIONS: tuple[str, ...] = tuple(OPERATION_LABELS)
