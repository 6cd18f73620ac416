"""Heavy GUI-thread work, one piece per event-loop turn (ui/gui_turns.py, issue 14)."""

from PySide6.QtCore import QObject, QTimer

from whalelog_gui.ui import gui_turns


def test_two_pieces_asked_in_one_turn_run_a_whole_turn_apart(qtbot):
    owner = QObject()
    ran = []
    between = []  # a light timer, as the bridge's own (the alert bar, the GPS panel)
    light = QTimer(owner)
    light.setInterval(0)
    light.timeout.connect(lambda: between.append(gui_turns._Turns.now))
    light.start()

    def ask_both():
        gui_turns.in_a_turn_of_its_own(lambda: ran.append(("page part", gui_turns._Turns.now)), owner)
        gui_turns.in_a_turn_of_its_own(lambda: ran.append(("result", gui_turns._Turns.now)), owner)

    QTimer.singleShot(0, ask_both)
    qtbot.waitUntil(lambda: len(ran) == 2, timeout=5000)
    light.stop()
    (_, first), (_, second) = ran
    assert second - first >= 2  # never in the same turn, nor the next: a whole turn ran between them
    assert any(first < turn < second for turn in between)  # and the rest of the window had that turn


def test_a_piece_whose_owner_is_gone_never_runs(qtbot):
    owner = QObject()
    ran = []
    gui_turns.done_now()  # heavy work just ended: the next piece must wait for a later turn
    gui_turns.in_a_turn_of_its_own(lambda: ran.append("result into a deleted page"), owner)
    owner.deleteLater()
    qtbot.wait(50)
    assert ran == []


def test_outside_any_event_loop_turn_work_waits_for_none(qtbot):
    """Asked with nothing heavy before it, the work runs at once (no turn lost when the bridge is idle)."""
    qtbot.wait(20)  # turns pass: whatever ran before this test is two turns back
    ran = []
    gui_turns.in_a_turn_of_its_own(lambda: ran.append(True), QObject())
    assert ran == [True]
