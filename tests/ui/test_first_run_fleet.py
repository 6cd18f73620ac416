"""Issue 15 item 9: the walkthrough's summary never calls the factory ship a catcher, and the names it takes reach
the first logbook's title page."""

import pytest
from PySide6.QtCore import QSettings

from whalelog_gui.nav.sources import PortChoice
from whalelog_gui.settings import AppSettings
from whalelog_gui.store.db import open_db
from whalelog_gui.store.vessel import VesselRegime, save_vessel
from whalelog_gui.ui.first_run import FirstRunWizard
from whalelog_gui.ui.forms.logbook.title_page_form import TitlePageForm


def test_summary_on_a_catcher_names_the_factory_ship_apart_from_the_catchers(qtbot, tmp_path):
    db = open_db(tmp_path / "log.sqlite")
    save_vessel(
        db,
        VesselRegime(
            flag_state="JP",
            regime={
                "vessel_name": "Yushin Maru No. 2",
                "operation": "factory-catcher",
                "time_zone": "UTC+12",
                "catcher_names": ["Nisshin Maru", "Yushin Maru"],
            },
        ),
        "M",
    )
    wizard = FirstRunWizard(
        AppSettings(),
        QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat),
        port_lister=lambda: [PortChoice("/dev/ttyUSB0", "FT232R USB UART")],
        db=db,
    )
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    for _ in wizard.pageIds()[1:]:
        wizard.next()
    assert wizard.currentId() == wizard.pageIds()[-1], wizard.currentPage().title()
    summary = wizard.currentPage().summary.text()
    assert "Factory ship: Nisshin Maru" in summary
    catchers = next(line for line in summary.splitlines() if line.startswith("Catchers"))
    assert "Nisshin Maru" not in catchers and "Yushin Maru No. 2" in catchers and "Yushin Maru" in catchers
    wizard.close()
    db.close()


@pytest.mark.parametrize(
    "operation, listed, catcher, attached",
    [
        ("factory-catcher", ["Nisshin Maru", "Yushin Maru"], "Yushin Maru No. 2", "Nisshin Maru"),
        ("factory-ship", ["Yushin Maru"], "", "Yushin Maru No. 2"),
    ],
)
def test_first_title_page_starts_from_the_names_given_at_set_up(qtbot, tmp_path, operation, listed, catcher, attached):
    db = open_db(tmp_path / "log.sqlite")
    try:
        save_vessel(
            db,
            VesselRegime(regime={"vessel_name": "Yushin Maru No. 2", "operation": operation, "catcher_names": listed}),
            who="Master",
        )
        form = TitlePageForm(db, lambda: "Master")
        qtbot.addWidget(form)
        form.show_page(None)
        assert form.inputs["catcher_name"].text() == catcher
        assert form.inputs["attached_to"].text() == attached
    finally:
        db.close()
