from dataclasses import replace
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import Qt

from whalelog_gui.alerts.model import Alert, AlertCategory, AlertState
from whalelog_gui.ui.alert_bar import AlertBar, FLASH_MS
from whalelog_gui.ui.palette_colours import PALETTES
from whalelog_gui.ui.sound import SoundController, requested_tone

T0 = datetime(2024, 1, 5, 3, 0, tzinfo=timezone.utc)


def _alert(key="inside:sos", category=AlertCategory.ALARM, state=AlertState.ACTIVE_UNACKNOWLEDGED, **kw):
    base = dict(
        id=f"{key}-1",
        key=key,
        category=category,
        state=state,
        title="Inside Southern Ocean Sanctuary",
        paragraph="7(b)",
        area_id="sos",
        raised_at=T0,
        changed_at=T0,
        lat=-60.5,
        lon=170.0,
        note="The sanctuary's southern part is the whole sector 20°E–130°E from the equator to 55°S.",
    )
    base.update(kw)
    return Alert(**base)


def test_quiet_bar_has_no_buttons_enabled(qtbot, palette):
    bar = AlertBar()
    qtbot.addWidget(bar)
    assert bar.title_label.text() == "No active alerts"
    assert bar.role == "ok"
    assert not bar.ack_button.isEnabled() and not bar.silence_button.isEnabled()


def test_highest_alert_is_shown_with_paragraph_note_and_count(qtbot, palette):
    bar = AlertBar()
    qtbot.addWidget(bar)
    warning = _alert(
        "approach:ios",
        AlertCategory.WARNING,
        title="Approaching Indian Ocean Sanctuary",
        paragraph="7(a)",
        area_id="ios",
        distance_nm=12.5,
        eta_min=42,
        lat=None,
        lon=None,
        note="",
    )
    alarm = _alert()
    bar.show_alerts([warning, alarm])
    assert bar.current is alarm
    assert bar.title_label.text() == "ALARM: Inside Southern Ocean Sanctuary"
    assert "Schedule para 7(b)" in bar.details_label.text()
    assert "60°30.000′S 170°00.000′E" in bar.details_label.text()
    assert "whole sector 20°E–130°E" in bar.note_label.text()
    assert bar.others_label.text() == "+1 other active alert"
    assert bar.role == "alarm"
    bar.show_alerts([warning])
    assert "distance 12.5 NM · ETA 42 min" in bar.details_label.text()
    assert bar.role == "warning" and bar.others_label.text() == ""


def test_unacknowledged_flashes_and_acknowledged_is_steady(qtbot, palette):
    bar = AlertBar()
    qtbot.addWidget(bar)
    bar.show_alerts([_alert()])
    assert bar.flashing
    roles = set()
    for _ in range(4):
        qtbot.wait(FLASH_MS + 50)
        roles.add(bar.role)
    assert roles == {"alarm", "dim"}
    bar.show_alerts([_alert(state=AlertState.ACKNOWLEDGED, acknowledged_by="J. Smith")])
    assert not bar.flashing and bar.role == "alarm"
    assert bar.state_label.text() == "acknowledged by J. Smith"
    assert not bar.ack_button.isEnabled()


def test_unacknowledged_warning_comes_before_an_acknowledged_alarm(qtbot, palette):
    bar = AlertBar()
    qtbot.addWidget(bar)
    acked = _alert(state=AlertState.ACKNOWLEDGED)
    warning = _alert(
        "approach:ios", AlertCategory.WARNING, title="Approaching IOS", raised_at=T0 - timedelta(minutes=5)
    )
    bar.show_alerts([acked, warning])
    assert bar.current is warning and bar.ack_button.isEnabled()


def test_alarm_colour_is_painted_in_the_night_palette(qtbot, palette):
    palette.apply("night")
    bar = AlertBar()
    qtbot.addWidget(bar)
    bar.show_alerts([_alert(state=AlertState.ACKNOWLEDGED)])
    bar.resize(900, 120)
    image = bar.grab().toImage()
    assert image.pixelColor(3, 3).name() == PALETTES["night"].alarm


def test_buttons_and_shortcuts_request_ack_and_silence_with_the_alert_id(qtbot, palette):
    bar = AlertBar()
    qtbot.addWidget(bar)
    with qtbot.waitActive(bar):
        bar.show()
        bar.activateWindow()
    acks, silences = [], []
    bar.acknowledge_requested.connect(acks.append)
    bar.silence_requested.connect(silences.append)
    bar.show_alerts([_alert()])
    qtbot.mouseClick(bar.silence_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(bar, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(bar, Qt.Key.Key_F8)
    assert silences == ["inside:sos-1"]
    assert acks == ["inside:sos-1", "inside:sos-1"]
    bar.show_alerts([_alert(state=AlertState.SILENCED)])
    qtbot.keyClick(bar, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert silences == ["inside:sos-1"]  # already silenced: nothing more to silence


def test_requested_tone_follows_audibility():
    alarm = _alert()
    warning = _alert("approach:ios", AlertCategory.WARNING)
    caution = _alert("near:fs-8a", AlertCategory.CAUTION)
    assert requested_tone([warning, alarm]) == "alarm"
    assert requested_tone([warning, replace(alarm, state=AlertState.SILENCED)]) == "warning"
    assert requested_tone([replace(warning, state=AlertState.ACKNOWLEDGED), caution]) is None
    assert requested_tone([]) is None


def test_sound_controller_without_audio_device_reports_unavailable(qtbot, palette):
    sound = SoundController()
    bar = AlertBar()
    qtbot.addWidget(bar)
    sound.state_changed.connect(bar.show_sound_state)
    sound.update([_alert()])
    assert sound.requested == "alarm"
    if not sound.available:  # this machine: no libpulse
        assert "sound unavailable" in sound.unavailable_reason
        assert bar.sound_label.text() == "✕ sound unavailable (alarm tone)"
        assert sound.playing is None
    sound.update([_alert(state=AlertState.SILENCED)])
    assert sound.requested is None


def test_deferred_tones_load_at_the_first_alert_that_needs_one_so_no_alarm_waits(qtbot, palette):
    sound = SoundController(defer=True)  # as the bridge session makes it: loaded once the pages are built
    bar = AlertBar()
    qtbot.addWidget(bar)
    said = []
    sound.state_changed.connect(lambda tone, available: said.append((tone, available)))
    sound.state_changed.connect(bar.show_sound_state)
    assert not sound.loaded and bar.sound_label.text() == ""  # nothing claimed about sound before it is loaded
    sound.update([_alert("near:fs-8a", AlertCategory.CAUTION)])  # a caution has no tone: nothing is loaded
    assert not sound.loaded and said == []
    sound.update([_alert()])  # an alarm: the tones load on this call, before it decides what to play
    assert sound.loaded and sound.requested == "alarm"
    assert said[-1] == ("alarm", sound.available)
    if sound.available:
        assert sound.playing == "alarm" and bar.sound_label.text() == "♪ alarm tone"
    else:  # this machine: said at the alarm, in the bar
        assert bar.sound_label.text() == "✕ sound unavailable (alarm tone)"


def test_deferred_tones_loaded_after_the_pages_say_whether_sound_works(qtbot, palette):
    sound = SoundController(defer=True)
    bar = AlertBar()
    qtbot.addWidget(bar)
    sound.state_changed.connect(bar.show_sound_state)
    with qtbot.waitSignal(sound.state_changed) as said:
        sound.load()
    assert said.args == [None, sound.available] and sound.loaded
    assert bar.sound_label.text() == ("" if sound.available else "✕ sound unavailable")
    with qtbot.assertNotEmitted(sound.state_changed):
        sound.load()  # once


def test_no_audio_output_device_is_said_even_though_qtmultimedia_loads(qtbot, palette):
    """This machine: QtMultimedia imports, but there is no sound card or server. Its tones would play into nothing,
    so the device list decides; a device appearing later (a headset, a restarted server) is heard at once."""
    from PySide6.QtMultimedia import QAudioDevice, QMediaDevices

    sound = SoundController()
    bar = AlertBar()
    qtbot.addWidget(bar)
    sound.state_changed.connect(bar.show_sound_state)
    assert sound.available == bool(QMediaDevices.audioOutputs())
    sound.update([_alert()])
    sound._outputs_changed([])  # the devices Qt reports: none
    assert not sound.available and sound.playing is None
    assert sound.unavailable_reason == "sound unavailable: no audio output device"
    assert bar.sound_label.text() == "✕ sound unavailable (alarm tone)"
    sound._outputs_changed([QAudioDevice()])  # one came: the alarm still sounding is heard from now on
    assert sound.available and sound.playing == "alarm" and bar.sound_label.text() == "♪ alarm tone"
    sound.update([])
    assert sound.requested is None and sound.playing is None
