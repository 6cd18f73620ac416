"""The operations a vessel can work under: they decide which regulated areas and rules apply.

Sanctuaries bind all commercial whaling (Schedule para 7); the factory-ship closed areas bind factory ships and
the catchers attached to them (Schedule para 8). The ids are fixed: area data, settings and outside checks use them.
"""

from __future__ import annotations

OPERATION_LABELS: dict[str, str] = {
    "factory-ship": "Factory ship",
    "factory-catcher": "Catcher attached to a factory ship",
    "land-station": "Land-station catcher",
    "small-type": "Small-type whaling",
    "transit": "Not whaling (transit)",
}
OPERATIONS: tuple[str, ...] = tuple(OPERATION_LABELS)
