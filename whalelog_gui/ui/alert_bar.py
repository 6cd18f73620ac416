"""The alert bar, always at the top of the main window: the highest active alert and what to do about it.

Flashing while active-unacknowledged, steady once acknowledged (MSC.302(87) bridge alert management).
Acknowledge is one action (button, Ctrl+K or F8); silence (Ctrl+M or F9) stops the sound for 30 s.
The bar's height never changes with its text (issue 15: tabs and buttons jumped when an alert changed):
its labels shrink their font to fit, and a 1024x600 screen keeps room for the position below it.
Without a position the areas are not monitored: the quiet bar says so as a caution and offers the port.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from whalelog_gui.alerts.model import Alert, AlertCategory, AlertState
from whalelog_gui.messages import QT_TRANSLATE_NOOP, Template
from whalelog_gui.nav.format import format_distance_nm, format_eta_min, format_lat, format_lon
from whalelog_gui.ui.bridge_font import bridge_font
from whalelog_gui.ui.fit_label import FitLabel
from whalelog_gui.ui.i18n import Retranslating, tr_message, tr_template, translate
from whalelog_gui.ui.locale_display import local_decimals

FLASH_MS = 500
NOT_MONITORED = QT_TRANSLATE_NOOP("AlertBar", "Regulated areas NOT monitored — no position")
ACK_KEYS = ("Ctrl+K", "F8")
SILENCE_KEYS = ("Ctrl+M", "F9")
ROLE = {AlertCategory.ALARM: "alarm", AlertCategory.WARNING: "warning", AlertCategory.CAUTION: "caution"}
# Bridge alert terms (MSC.302(87)) in each language as the glossary gives them
CATEGORY_TEXT = {
    AlertCategory.ALARM: QT_TRANSLATE_NOOP("AlertBar", "ALARM"),
    AlertCategory.WARNING: QT_TRANSLATE_NOOP("AlertBar", "WARNING"),
    AlertCategory.CAUTION: QT_TRANSLATE_NOOP("AlertBar", "CAUTION"),
}
STATE_TEXT = {
    AlertState.ACTIVE_UNACKNOWLEDGED: QT_TRANSLATE_NOOP("AlertBar", "UNACKNOWLEDGED"),
    AlertState.SILENCED: QT_TRANSLATE_NOOP("AlertBar", "SILENCED — unacknowledged"),
    AlertState.ACKNOWLEDGED: QT_TRANSLATE_NOOP("AlertBar", "acknowledged"),
    AlertState.RECTIFIED_UNACKNOWLEDGED: QT_TRANSLATE_NOOP("AlertBar", "✓ CLEARED — acknowledge to close"),
}


def alert_details(alert: Alert) -> str:
    """One line: Schedule paragraph, distance/ETA or position."""
    parts = []
    if alert.paragraph:
        parts.append(translate("AlertBar", "Schedule para {paragraph}").format(paragraph=alert.paragraph))
    if alert.distance_nm is not None:
        parts.append(
            translate("AlertBar", "distance {distance}").format(
                distance=local_decimals(format_distance_nm(alert.distance_nm))
            )
        )
    if alert.eta_min is not None:
        #: ETA: estimated time of arrival at the area's boundary
        parts.append(translate("AlertBar", "ETA {eta}").format(eta=format_eta_min(alert.eta_min)))
    if alert.lat is not None and alert.lon is not None:
        parts.append(
            translate("AlertBar", "at {position}").format(position=f"{format_lat(alert.lat)} {format_lon(alert.lon)}")
        )
    return " · ".join(parts)


def alert_note(alert: Alert) -> str:
    """The alert's note as the bar says it. Only a regulated area's note is WhaleLog's reading of the Schedule
    (para 7/8 boundaries), so only it is introduced as an interpretation; a storage or settings caution's note is
    plain fact and is said as it is. An area alert is the one that names its area (`area_id`)."""
    if not alert.note:
        return ""
    if alert.area_id is None:
        return tr_message(alert.note)
    #: the interpretation note that comes with a regulated area (Schedule para 7/8)
    return translate("AlertBar", "Interpretation: {note}").format(note=tr_message(alert.note))


def _bar_button(button: QPushButton) -> QPushButton:
    button.setFont(bridge_font(12, bold=True))
    button.setMinimumHeight(52)  # touch target
    # style-sheet padding makes Fusion under-size the button for a large font: size from the text
    widest = max(button.fontMetrics().horizontalAdvance(line) for line in button.text().split("\n"))
    button.setMinimumWidth(widest + 32)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button


def display_order(alert: Alert) -> tuple:
    """Unacknowledged alarms/warnings first (they need the officer), then by category, newest first."""
    needs_ack = alert.state is not AlertState.ACKNOWLEDGED and alert.category is not AlertCategory.CAUTION
    return (0 if needs_ack else 1, alert.category, -alert.raised_at.timestamp())


class AlertBar(Retranslating, QFrame):
    acknowledge_requested = Signal(str)  # alert id
    silence_requested = Signal(str)  # alert id
    choose_port_requested = Signal()  # no position: open the GPS settings

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("alert_bar")
        self.current: Alert | None = None
        self.monitored = True  # until told otherwise (set_monitored): a position is coming in
        self.flash_on = True
        # the full text of each is its tooltip and in the alert history; only here may it be cut short
        self.title_label = FitLabel(largest_pt=17, smallest_pt=10, bold=True, lines=2, may_elide=True)
        self.state_label = FitLabel(largest_pt=11, smallest_pt=8, bold=True, may_elide=True)
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.details_label = FitLabel(largest_pt=13, smallest_pt=9, may_elide=True)
        self.note_label = FitLabel(largest_pt=10, smallest_pt=8, lines=2, may_elide=True)
        self.others_label = QLabel()
        self.others_label.setFont(bridge_font(11, bold=True))
        self.sound_label = FitLabel(largest_pt=10, smallest_pt=8, may_elide=True)
        self.sound_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.ack_button = QPushButton()
        self.silence_button = QPushButton()
        self.choose_port_button = QPushButton()
        for button in (self.ack_button, self.silence_button, self.choose_port_button):
            _bar_button(button)
        self.alert_actions: dict[str, QPushButton] = {}  # situation key -> its action, shown with that alert
        #: the bridge-alert verb (MSC.302(87)); the keys after the line break stay as they are
        self.tr_bind(
            self._button_text(self.ack_button), QT_TRANSLATE_NOOP("AlertBar", "Acknowledge\n{keys}"), keys="Ctrl+K · F8"
        )
        self.tr_bind(
            self._button_text(self.silence_button), QT_TRANSLATE_NOOP("AlertBar", "Silence\n{keys}"), keys="Ctrl+M · F9"
        )
        self.tr_bind(self._button_text(self.choose_port_button), QT_TRANSLATE_NOOP("AlertBar", "Choose GPS\nport…"))
        self.ack_button.clicked.connect(self.request_acknowledge)
        self.silence_button.clicked.connect(self.request_silence)
        self.choose_port_button.clicked.connect(self.choose_port_requested)
        # Window-wide shortcuts: they work whatever panel has focus.
        self.shortcuts = [QShortcut(QKeySequence(k), self, self.request_acknowledge) for k in ACK_KEYS]
        self.shortcuts += [QShortcut(QKeySequence(k), self, self.request_silence) for k in SILENCE_KEYS]
        for shortcut in self.shortcuts:
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)

        details = QHBoxLayout()
        details.setSpacing(12)
        details.addWidget(self.details_label, 1)
        details.addWidget(self.others_label)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title_label)
        text.addLayout(details)
        text.addWidget(self.note_label)
        buttons = self.buttons = QHBoxLayout()
        buttons.addWidget(self.choose_port_button)
        buttons.addWidget(self.ack_button)
        buttons.addWidget(self.silence_button)
        actions = QVBoxLayout()
        actions.setSpacing(2)
        actions.addWidget(self.state_label)
        actions.addLayout(buttons)
        actions.addWidget(self.sound_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addLayout(text, 1)
        layout.addLayout(actions)
        # one height for every alert, and for none: the taller of the two columns
        margins = layout.contentsMargins().top() + layout.contentsMargins().bottom()
        text_height = sum(w.height() for w in (self.title_label, self.details_label, self.note_label)) + 4
        action_height = self.state_label.height() + 52 + self.sound_label.height() + 4
        self.setFixedHeight(max(text_height, action_height) + margins + 2)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self._flash_timer = QTimer(self)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self._flash)
        self.show_alerts([])

    @staticmethod
    def _button_text(button: QPushButton):
        def set_text(text: str) -> None:
            button.setText(text)
            # style-sheet padding makes Fusion under-size the button for a large font: size from the text
            widest = max(button.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
            button.setMinimumWidth(widest + 32)

        return set_text

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "_flash_timer"):
            self.show_alerts(self.active_alerts())

    @property
    def flashing(self) -> bool:
        return self._flash_timer.isActive()

    def active_alerts(self) -> list[Alert]:
        """The active alerts shown, most urgent first."""
        return list(self._active)

    def set_monitored(self, monitored: bool) -> None:
        """Whether a valid position reaches the area monitor; without one the quiet bar must not say it is."""
        if monitored != self.monitored:
            self.monitored = monitored
            self.show_alerts(self._active)

    def show_alerts(self, active: list[Alert]) -> None:
        """Show the most urgent active alert (category first, then newest) and count the others."""
        active = sorted((a for a in active if a.state.is_active), key=display_order)
        self._active = active
        self.current = active[0] if active else None
        alert = self.current
        self.choose_port_button.setVisible(alert is None and not self.monitored)
        self.ack_button.setVisible(not self.choose_port_button.isVisibleTo(self))
        self.silence_button.setVisible(not self.choose_port_button.isVisibleTo(self))
        for key, button in self.alert_actions.items():
            button.setVisible(alert is not None and alert.key == key)
        if alert is None:
            self._flash_timer.stop()
            self.state_label.setText("")
            self.others_label.setText("")
            if self.monitored:
                self._set_role("ok")
                self.title_label.setText(translate("AlertBar", "No active alerts"))
                self.details_label.setText(translate("AlertBar", "Regulated areas are being monitored."))
                self.note_label.setText("")
            else:  # a caution, not a reassurance: no position means no area alert can be raised
                self._set_role("caution")
                self.title_label.setText(tr_template(NOT_MONITORED))
                self.details_label.setText(
                    translate("AlertBar", "No area alarm can be raised until a valid GPS position comes in.")
                )
                self.note_label.setText(
                    translate("AlertBar", "Choose the GPS receiver's port (File → Settings → GPS) or check its cable.")
                )
        else:
            self.title_label.setText(f"{tr_template(CATEGORY_TEXT[alert.category])}: {tr_message(alert.title)}")
            state = tr_template(STATE_TEXT[alert.state]) if alert.state in STATE_TEXT else alert.state.value
            if alert.state is AlertState.ACKNOWLEDGED and alert.acknowledged_by:
                state = translate("AlertBar", "acknowledged by {name}").format(name=alert.acknowledged_by)
            self.state_label.setText(state)
            self.details_label.setText(alert_details(alert))
            self.note_label.setText(alert_note(alert))
            others = len(active) - 1
            self.others_label.setText(self.tr("+%n other active alert(s)", "", others) if others else "")
            if alert.state is AlertState.ACKNOWLEDGED:
                self._flash_timer.stop()
                self.flash_on = True
            elif not self._flash_timer.isActive():
                self.flash_on = True
                self._flash_timer.start()
            self._set_role(ROLE[alert.category] if self.flash_on else "dim")
        unacked = alert is not None and alert.state is not AlertState.ACKNOWLEDGED
        self.ack_button.setEnabled(unacked)
        self.silence_button.setEnabled(alert is not None and alert.state is AlertState.ACTIVE_UNACKNOWLEDGED)

    def add_alert_action(self, key: str, text: Template) -> QPushButton:
        """A button shown beside Acknowledge while the alert of situation `key` is the one shown (e.g. the
        integrity alarm's "Declare break…"): the remedy is reached from where the problem is shown. `text` is
        said in the language showing, and again after a switch."""
        button = _bar_button(QPushButton())
        self.tr_bind(button.setText, text)
        button.hide()
        self.alert_actions[key] = button
        self.buttons.insertWidget(1, button)
        self.show_alerts(self._active)
        return button

    def show_sound_state(self, tone: str | None, available: bool) -> None:
        # whole phrases per tone (ui/sound.requested_tone names "alarm" or "warning"), never the English tone
        # name put into a translated sentence
        if not available:
            unavailable = {
                None: translate("AlertBar", "✕ sound unavailable"),
                "alarm": translate("AlertBar", "✕ sound unavailable (alarm tone)"),
                "warning": translate("AlertBar", "✕ sound unavailable (warning tone)"),
            }
            self.sound_label.setText(unavailable[tone])
        else:
            playing = {
                None: "",
                "alarm": translate("AlertBar", "♪ alarm tone"),
                "warning": translate("AlertBar", "♪ warning tone"),
            }
            self.sound_label.setText(playing[tone])

    def request_acknowledge(self) -> None:
        if self.current is not None and self.current.state is not AlertState.ACKNOWLEDGED:
            self.acknowledge_requested.emit(self.current.id)

    def request_silence(self) -> None:
        if self.current is not None and self.current.state is AlertState.ACTIVE_UNACKNOWLEDGED:
            self.silence_requested.emit(self.current.id)

    @property
    def role(self) -> str:
        return self.property("role")

    def _flash(self) -> None:
        if self.current is None:
            return
        self.flash_on = not self.flash_on
        self._set_role(ROLE[self.current.category] if self.flash_on else "dim")

    def _set_role(self, role: str) -> None:
        if self.property("role") == role:
            return
        self.setProperty("role", role)
        # Re-polish so the bridge style (ui/bridge_style.py) draws the role's colours on the bar and its labels.
        for widget in (self, *self.findChildren(QLabel)):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.update()
