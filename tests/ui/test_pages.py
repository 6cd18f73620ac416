"""The main window as run_gui builds it: every page installed on a real session, and Settings applied live."""

from dataclasses import replace
from pathlib import Path

import pytest

from whalelog_gui.alerts.model import AlertCategory
from whalelog_gui.nav.simulator import SimulatorSource
from whalelog_gui.ui.bridge_session import BridgeSession
from whalelog_gui.ui.main_window import MainWindow
from whalelog_gui.ui.pages import install_pages
from whalelog_gui.ui.settings_store import load_settings

VOYAGE = Path(__file__).parent / "data" / "sos_crossing.json"


@pytest.fixture
def running(qtbot, palette, settings, tmp_path):
    # 60 kn test voyage at 5x: inside the sanctuary after ~6 s, and inside for ~35 s
    settings.setValue("vessel/operation", "land-station")
    window = MainWindow(palette, "test source")
    qtbot.addWidget(window)
    window.show()
    session = BridgeSession(window, settings, officer=lambda: "J. Smith")
    session.start(tmp_path / "log.sqlite", SimulatorSource(VOYAGE, rate_hz=10, time_scale=5))
    pages = install_pages(window, session, palette)
    yield window, session, pages
    session.stop()


@pytest.fixture
def logbook_window(qtbot, palette, settings, tmp_path):
    """A main window and a session on a new logbook (no GPS source); the session stopped after the test."""
    window = MainWindow(palette, "test source")
    qtbot.addWidget(window)
    session = BridgeSession(window, settings, officer=lambda: "J. Smith")
    session.start(tmp_path / "log.sqlite", None)
    yield window, session
    session.stop()


def test_every_page_is_installed_in_order(running):
    window, _, pages = running
    titles = [window.pages.tabText(i) for i in range(window.pages.count())]
    assert titles == ["Chart", "Logbook", "Catches", "Schooling report", "Transmission", "Reports"]
    assert pages.settings_action in window.menu_file.actions()
    assert pages.about_action in pages.menu_help.actions()


def test_chart_follows_the_fixes(qtbot, running):
    window, _, pages = running
    chart = pages.chart.chart
    qtbot.waitUntil(lambda: chart.ship_screen_position() is not None, timeout=5000)
    qtbot.waitUntil(lambda: len(chart.track()) >= 3, timeout=5000)  # each shown fix extends the drawn track
    lat, lon = chart.centre()  # follow mode: the view was framed on the ship
    assert lat == pytest.approx(pages.chart.chart._fix.lat, abs=1.0)


def test_saving_settings_changes_the_profile_of_the_running_watch(qtbot, running):
    window, session, pages = running
    bar = window.alert_bar
    qtbot.waitUntil(lambda: bar.current is not None and bar.current.key == "inside:sos", timeout=15000)
    assert bar.current.category is AlertCategory.ALARM

    alarm = bar.current
    session.watch.acknowledge(alarm.id)
    transit = replace(load_settings(session.settings), operation="transit")
    _saved_callback(pages)(transit)

    assert session.watch.monitor.operation == "transit"
    assert pages.catches.settings.operation == "transit" and pages.schooling.settings.operation == "transit"
    assert pages.chart.chart._applicable == frozenset()
    # In transit no whaling area applies: the next fix closes the sanctuary alarm and shows a caution instead.
    qtbot.waitUntil(
        lambda: session.watch.alerts.get(alarm.id) is None or not session.watch.alerts.get(alarm.id).state.is_active,
        timeout=5000,
    )
    qtbot.waitUntil(lambda: any(a.key == "caution:sos" for a in session.watch.alerts.active()), timeout=5000)
    assert all(a.category is not AlertCategory.ALARM for a in session.watch.alerts.active())


def _saved_callback(pages):
    """The on_saved given to settings_action (a closure in pages.py), reached through the dialog it opens."""
    from whalelog_gui.ui import settings_dialog

    captured = []
    original = settings_dialog.SettingsDialog.exec

    def fake_exec(dialog):
        captured.append(dialog)
        return 0

    settings_dialog.SettingsDialog.exec = fake_exec
    try:
        pages.settings_action.trigger()
    finally:
        settings_dialog.SettingsDialog.exec = original
    dialog = captured[0]
    return lambda new: dialog.saved.emit(new)


def test_only_the_chart_is_built_before_the_event_loop_runs(qtbot, palette, logbook_window):
    window, session = logbook_window
    pages = install_pages(window, session, palette)
    assert not pages.built and window.pages.count() == 6
    assert all(pages._slots[t].page is None for t in pages._slots)  # tabs hold empty slots so far
    with qtbot.waitSignal(pages.all_built, timeout=10000):
        pass  # one page per event-loop turn, no click needed
    assert pages.built and all(pages._slots[t].page is not None for t in pages._slots)


def test_the_page_that_reads_the_season_on_a_thread_is_built_first_and_keeps_its_tab(qtbot, palette, logbook_window):
    """The Reports page reads the season on a thread: built first, its read runs while the others are built (SQLite
    beside Python) instead of after the last of them, ~0.1 s off every page usable (issue 14)."""
    window, session = logbook_window
    pages = install_pages(window, session, palette)
    built = []
    pages.page_built.connect(lambda title, _page: built.append(title))
    with qtbot.waitSignal(pages.all_built, timeout=10000):
        pass
    assert built == ["Reports", "Logbook", "Catches", "Schooling report", "Transmission"]
    tabs = [window.pages.tabText(i) for i in range(window.pages.count())]
    assert tabs == ["Chart", "Logbook", "Catches", "Schooling report", "Transmission", "Reports"]


def _failing_once(made: list):
    """A page class built in two steps whose first making fails at its second step ("disk gone"); each page made
    is appended to `made`."""
    from PySide6.QtWidgets import QLabel, QWidget

    class Stepped(QWidget):
        def __init__(self, parent):
            super().__init__(parent)
            made.append(self)
            self.steps = self._steps(fail=len(made) == 1)

        def _steps(self, fail):
            yield QLabel("first part", self)
            if fail:
                raise OSError("disk gone")
            yield QLabel("second part", self)

    return Stepped


def test_a_page_whose_step_fails_is_not_taken_as_built_and_is_made_again(qtbot, palette, logbook_window):
    """A step that raises leaves no half-built page behind to be shown as if it were whole."""
    window, session = logbook_window
    made = []
    Stepped = _failing_once(made)

    pages = install_pages(window, session, palette, build_rest=False)
    pages.add("Stepped", Stepped)
    with pytest.raises(OSError):
        pages.page("Stepped")
    assert pages._slots["Stepped"].page is None and pages._slots["Stepped"].building is None
    page = pages.page("Stepped")  # made again from its factory, every step run
    assert page is made[1] and pages._slots["Stepped"].page is page and "Stepped" not in pages._pending


def test_a_tab_shown_before_its_page_is_built_says_opening_and_its_page_is_built_next(qtbot, palette, logbook_window):
    """Issue 14: the officer clicks a tab during start-up; the page is built on the next turns, ahead of the pages
    still waiting (it was built at once, freezing the bridge for the whole page)."""
    window, session = logbook_window
    window.show()
    pages = install_pages(window, session, palette)
    built = []
    pages.page_built.connect(lambda title, _page: built.append(title))
    window.pages.setCurrentIndex(3)  # before any idle turn: the officer clicked "Schooling report"
    slot = pages._slots["Schooling report"]
    assert built == [] and slot.page is None  # not built inside the click
    assert slot.opening is not None and slot.opening.text() == "Opening…" and slot.opening.isVisibleTo(window)
    qtbot.waitUntil(lambda: bool(built), timeout=10000)
    assert built[0] == "Schooling report"  # before Reports (early) and the Logbook, which were waiting first
    assert slot.page.isVisibleTo(window) and slot.opening is None
    with qtbot.waitSignal(pages.all_built, timeout=10000):
        pass
    assert sorted(built) == sorted(pages._slots) and len(built) == len(set(built))


def test_a_page_that_fails_while_opening_says_why_and_is_tried_again_when_shown(qtbot, palette, logbook_window):
    """The officer clicked the tab; a step of its page fails: the reason is said in its place (not "Opening…"
    forever), the other pages go on being built, and showing the tab again tries once more."""
    window, session = logbook_window
    window.show()
    made = []
    Stepped = _failing_once(made)

    pages = install_pages(window, session, palette)
    pages.add("Stepped", Stepped)
    index = window.pages.count() - 1
    window.pages.setCurrentIndex(index)
    slot = pages._slots["Stepped"]
    with qtbot.waitSignal(pages.all_built, timeout=10000):  # every other page still built
        pass
    assert slot.page is None and "disk gone" in slot.opening.text() and slot.opening.property("role") == "alarm"
    assert "Show its tab again" in slot.opening.text()
    window.pages.setCurrentIndex(0)
    window.pages.setCurrentIndex(index)  # shown again: tried once more
    assert slot.opening.text() == "Opening…"
    qtbot.waitUntil(lambda: slot.page is not None, timeout=10000)
    assert slot.page is made[1] and slot.opening is None and "Stepped" not in pages._pending


def test_a_tab_shown_builds_only_its_page_when_the_rest_waits(qtbot, palette, logbook_window):
    window, session = logbook_window
    window.show()
    pages = install_pages(window, session, palette, build_rest=False)
    built = []
    pages.page_built.connect(lambda title, _page: built.append(title))
    window.pages.setCurrentIndex(2)  # "Catches"
    qtbot.waitUntil(lambda: bool(built), timeout=10000)
    qtbot.wait(50)  # turns enough for another page, were one built
    assert built == ["Catches"] and len(pages._pending) == len(pages._slots) - 1


def test_a_page_built_after_a_settings_change_gets_the_new_settings(qtbot, palette, logbook_window):
    window, session = logbook_window
    pages = install_pages(window, session, palette)
    transit = replace(load_settings(session.settings), operation="transit")
    pages.settings_changed.emit(transit)
    assert pages.catches.settings.operation == "transit"  # built now, after the change
    pages.settings_changed.emit(replace(transit, operation="factory-ship"))
    assert pages.catches.settings.operation == "factory-ship"  # and connected to later changes


def test_the_logbook_is_built_in_steps_and_a_tab_shown_meanwhile_goes_on_step_by_step(qtbot, palette, logbook_window):
    """Start-up builds the Logbook one part per event-loop turn (issue 14: no turn longer than 50 ms), hidden in
    its slot until done; the officer showing its tab half-way sees "Opening…", never the part-built page, and the
    rest is still built one part per turn, before any other page."""
    window, session = logbook_window
    window.show()
    pages = install_pages(window, session, palette)
    slot = pages._slots["Logbook"]
    qtbot.waitUntil(lambda: slot.building is not None and hasattr(slot.building, "today_view"))
    page = slot.building
    assert slot.page is None and not hasattr(page, "title_form")  # today's sheet made, the rest not yet
    assert not page.isVisible()  # its tab is not shown: the part-built page cannot be used
    built = []
    pages.page_built.connect(lambda title, _page: built.append(title))
    steps = []
    real_steps = page.steps

    def counted():
        for part in real_steps:
            steps.append(slot.page)
            yield part

    page.steps = counted()
    window.pages.setCurrentIndex(1)  # the officer clicks "Logbook" before the build is done
    assert slot.page is None and steps == [] and not page.isVisible()  # nothing built inside the click
    assert slot.opening is not None and slot.opening.isVisible()
    with qtbot.waitSignal(pages.page_built, timeout=10000):
        pass
    assert built[0] == "Logbook" and slot.page is page and page.isVisible() and slot.opening is None
    assert len(steps) >= 2  # the remaining parts, one per turn
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Today's sheet",
        "Previous days",
        "Title page",
    ]
    assert page.tabs.currentWidget() is page.title_form  # an empty logbook opens on its title page
    with qtbot.waitSignal(pages.all_built, timeout=10000):
        pass
