"""The fleet from the installation's role (issue 15 item 3): Table 2's catcher rows and the expedition's name."""

import pytest

from whalelog_gui.operations import Fleet


@pytest.mark.parametrize(
    "operation, vessel, listed, factory, catchers, expedition",
    [
        (
            "factory-ship",
            "Nisshin Maru",
            ("Yushin Maru", "Yushin Maru No. 2"),
            "Nisshin Maru",
            ("Yushin Maru", "Yushin Maru No. 2"),
            "Nisshin Maru",
        ),
        (
            "factory-catcher",
            "Yushin Maru No. 2",
            ("Nisshin Maru", "Yushin Maru"),
            "Nisshin Maru",
            ("Yushin Maru No. 2", "Yushin Maru"),
            "Nisshin Maru",
        ),
        ("land-station", "Hvalur 8", ("Hvalur 9",), None, ("Hvalur 8", "Hvalur 9"), ""),
        ("small-type", "Kogata 1", (), None, ("Kogata 1",), ""),
        ("factory-catcher", "Yushin Maru No. 2", (), None, ("Yushin Maru No. 2",), ""),
    ],
)
def test_fleet_by_role(operation, vessel, listed, factory, catchers, expedition):
    fleet = Fleet(operation, vessel, listed)
    assert (fleet.factory_ship, fleet.catchers, fleet.expedition) == (factory, catchers, expedition)
