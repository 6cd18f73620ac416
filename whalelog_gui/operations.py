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


class Fleet:
    """Who is who in this installation's fleet, from its role (issue 15 item 3, Appendix A Table 2).

    The settings list the fleet from where this installation stands: a factory ship lists its catchers; a catcher
    attached to a factory ship lists the factory ship first, then the other catchers; a land-station or small-type
    catcher lists the other catchers of its station. Table 2's "caught by" rows are the fleet's catchers, including
    this one when it is a catcher, and never the factory ship.
    """

    def __init__(self, operation: str, vessel_name: str, catcher_names: tuple[str, ...] | list[str]):
        self.operation = operation
        self.vessel_name = vessel_name.strip()
        names = [n.strip() for n in catcher_names if n.strip()]
        self.factory_ship: str | None = None
        if operation == "factory-ship":
            self.factory_ship = self.vessel_name or None
            others = names
        elif operation == "factory-catcher":
            self.factory_ship = names[0] if names else None
            others = names[1:]
        else:
            others = names
        own = [self.vessel_name] if operation != "factory-ship" and self.vessel_name else []
        self.catchers: tuple[str, ...] = tuple(dict.fromkeys(own + [n for n in others if n != self.factory_ship]))

    @property
    def is_factory_ship(self) -> bool:
        return self.operation == "factory-ship"

    @property
    def expedition(self) -> str:
        """Table 2's "Name of expedition or coastal station": the factory ship's expedition; a land station's or
        small-type catcher's station is not in the settings, so it is typed on the form (never the catcher's name)."""
        return self.factory_ship or ""

    def title_page_names(self) -> tuple[str, str]:
        """(catcher name, attached to) for a new logbook's title page: the names given at set-up (issue 15)."""
        if self.is_factory_ship:
            return "", self.vessel_name  # the factory ship keeps its catchers' logbooks: which one is typed
        return self.vessel_name, self.factory_ship or ""
