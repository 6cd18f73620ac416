"""The window says DEMO, and a demo on a real logbook records nothing and keeps a caution up (issue 11)."""

from whalelog_gui.records.title_page import TitlePage
from whalelog_gui.store import logbook_repo
from whalelog_gui.store.db import open_db


def _real_logbook(path):
    db = open_db(path)
    logbook_repo.save_title_page(db, TitlePage("Toshi Maru No. 25", "2026/27", year_built=1988), who="Mate Sato")
    return db


def test_the_banner_says_demo_and_a_refused_source_is_a_standing_caution(qtbot, palette, settings, tmp_path):
    from whalelog_gui.alerts.model import AlertCategory
    from whalelog_gui.nav.simulator import SimulatorSource
    from whalelog_gui.ui.bridge_session import NOT_RECORDED_KEY, BridgeSession
    from whalelog_gui.ui.main_window import MainWindow

    window = MainWindow(palette, "test")
    qtbot.addWidget(window)
    window.show()
    session = BridgeSession(window, settings, officer=lambda: "J. Smith")
    try:
        session.start(tmp_path / "new.sqlite", SimulatorSource(rate_hz=10))
        assert window.windowTitle().startswith("WhaleLog — DEMO") and window.mode_banner.isVisible()
        assert "DEMO logbook" in window.mode_banner.text()
    finally:
        session.stop()
    path = tmp_path / "ship.sqlite"
    _real_logbook(path).close()
    window2 = MainWindow(palette, "test")
    qtbot.addWidget(window2)
    window2.show()
    session = BridgeSession(window2, settings, officer=lambda: "J. Smith")
    try:
        session.start(path, SimulatorSource(rate_hz=10))
        # the writer is there for the forms (issue 14: no form commits on the GUI thread); no fix reaches it
        assert session.writer is not None and window2.mode_banner.isVisible()
        caution = next(a for a in session.watch.alerts.active() if a.key == NOT_RECORDED_KEY)
        assert caution.category is AlertCategory.CAUTION and "real logbook" in caution.note
        qtbot.waitUntil(lambda: session.watch.fixes_processed > 3, timeout=5000)
    finally:
        session.stop()
    db = open_db(path)
    assert db.conn.execute("SELECT COUNT(*) FROM track").fetchone()[0] == 0
    assert db.conn.execute("SELECT COUNT(*) FROM alert_log").fetchone()[0] == 0
    db.close()
