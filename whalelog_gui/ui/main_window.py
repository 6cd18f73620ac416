"""The main window only composes: alert bar on top, pages (chart, logbook, ...) beside the position panel.

On a 1024x600 bridge PC (issue 15) every pixel of height counts: the palette buttons sit in the menu bar's
corner instead of a toolbar row of their own, pages scroll when the window is smaller than they need,
and the position panel keeps the position at its top, shrinking its font rather than cutting digits off.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStyle,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from whalelog_gui.alerts.model import AlertState
from whalelog_gui.messages import QT_TRANSLATE_NOOP, Template
from whalelog_gui.ui.alert_bar import AlertBar
from whalelog_gui.ui.i18n import Retranslating, tr_message, tr_template, translate
from whalelog_gui.ui.palette import ORDER, PALETTE_LABELS, PaletteController
from whalelog_gui.ui.position_panel import PositionPanel
from whalelog_gui.ui.screen_size import ask_size, scrolling

CYCLE_PALETTE_KEY = "Ctrl+Shift+N"
SIDE_MIN_WIDTH = 200  # the position at its smallest font still reads as a whole
SIDE_SHARE = 0.3  # of the window's width for the position panel, until the officer drags the splitter


class MainWindow(Retranslating, QMainWindow):
    def __init__(self, palette: PaletteController, source_description: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle("WhaleLog")
        self.palette_controller = palette
        self.alert_bar = AlertBar()
        self.position_panel = PositionPanel()
        # Pages (Chart, Logbook, Catches, Transmission) are added with add_page(); none is shown until built.
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.hide()
        self._page_titles: list[Template | str] = []
        self._mode: tuple | None = None
        side = QWidget()
        side_layout = QHBoxLayout(side)  # centres the panel while no page is shown beside it
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addStretch(1)
        side_layout.addWidget(self.position_panel, 100)
        side_layout.addStretch(1)
        self.side_scroll = scrolling(side)  # the position stays at the top; the GPS details scroll below it
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # figures shrink
        self.side_scroll.setMinimumWidth(SIDE_MIN_WIDTH)
        self._split_done = False
        self.monitoring_running = False
        self._quit_confirmed = False
        self.confirm_quit = ask_before_quit  # (window, reasons) -> bool; a test passes its own answer
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.pages)
        self.splitter.addWidget(self.side_scroll)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 2)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # a permanent banner for a demo, replay or read-only logbook: never mistaken for the ship's record
        self.mode_banner = QLabel()
        self.mode_banner.setObjectName("mode_banner")
        self.mode_banner.setWordWrap(True)
        self.mode_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.mode_banner.hide()
        layout.addWidget(self.mode_banner)
        layout.addWidget(self.alert_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.source_label = QLabel(source_description or translate("MainWindow", "No GPS source"))
        self.statusBar().addWidget(self.source_label, 1)
        self._build_actions()
        palette.changed.connect(self._palette_changed)
        self._palette_changed(palette.colours)
        ask_size(self, 1280, 800)

    def show_logbook_mode(
        self, kind: str, source: str, path: str, refusal: str | None, read_only: bool = False
    ) -> None:
        """Title and banner: DEMO / REPLAY logbooks, read-only, or positions that are not being recorded."""
        self._mode = (kind, source, path, refusal, read_only)
        words = []
        if kind == "demo":
            words.append(translate("MainWindow", "DEMO logbook: simulated positions, not the ship's record"))
        elif kind == "replay":
            words.append(translate("MainWindow", "REPLAY logbook: replayed positions, not the ship's record"))
        if source == "simulator" and kind != "demo":
            words.insert(0, translate("MainWindow", "DEMO"))
        if read_only:
            words.append(translate("MainWindow", "READ-ONLY: nothing is recorded"))
        elif refusal:
            words.append(tr_message(refusal))
        if not words:
            self.setWindowTitle("WhaleLog")
            self.mode_banner.hide()
            return
        demo, replay = translate("MainWindow", "DEMO"), translate("MainWindow", "REPLAY")
        tags = [demo] if kind == "demo" or source == "simulator" else [replay] if kind == "replay" else []
        tags += (
            [translate("MainWindow", "READ-ONLY")]
            if read_only
            else []
            if tags
            else [translate("MainWindow", "NOT RECORDING")]
        )
        self.setWindowTitle(f"WhaleLog — {' '.join(tags)} — {path}")
        self.mode_banner.setText(" — ".join(words) + f"\n{path}")
        self.mode_banner.setStyleSheet(
            "QLabel#mode_banner { font-weight: bold; padding: 4px; border: 2px dashed palette(highlight); }"
        )
        self.mode_banner.show()

    # --- quitting: the monitor is not closed by accident (issue 15) -----------------------------------------
    def set_monitoring_running(self, running: bool) -> None:
        """A GPS source is being read and the regulated areas watched (BridgeSession says so)."""
        self.monitoring_running = running

    def quit_reasons(self) -> list[str]:
        """Why quitting now deserves a question; empty when nothing is lost by quitting."""
        reasons = []
        active = self.alert_bar.active_alerts()
        if active:
            unacked = sum(1 for a in active if a.state is not AlertState.ACKNOWLEDGED)
            # self.tr: lupdate marks plural (numerus) forms only on tr() calls
            reasons.append(
                self.tr("%n alert(s) active", "", len(active))
                + (self.tr(", %n not acknowledged", "", unacked) if unacked else "")
            )
        if self.monitoring_running:
            reasons.append(
                translate("MainWindow", "the regulated-area monitor is running: after quitting no alarm will sound")
            )
        return reasons

    def request_quit(self) -> bool:
        """File → Quit (Ctrl+Q): asks first while alerts are active or the monitor runs; True if closed."""
        reasons = self.quit_reasons()
        if reasons and not self.confirm_quit(self, reasons):
            return False
        self._quit_confirmed = True
        return self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # the window manager's close button asks like Ctrl+Q; a programmatic close() (tests, shutdown) does not
        if event.spontaneous() and not self._quit_confirmed:
            reasons = self.quit_reasons()
            if reasons and not self.confirm_quit(self, reasons):
                event.ignore()
                return
        super().closeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fit_split()

    def fit_split(self) -> None:
        """The panel's share of the width, narrowed (never below SIDE_MIN_WIDTH, where its figures still read) so
        the pages built so far fit beside it: on a 1024x600 panel today's sheet had to be scrolled sideways."""
        if self._split_done or not self.pages.isVisibleTo(self):
            return
        side = min(max(int(self.width() * SIDE_SHARE), SIDE_MIN_WIDTH), self.position_panel.maximumWidth())
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        needed = max((self._page_width(i) for i in range(self.pages.count())), default=0) + scroll_bar + 4
        side = max(SIDE_MIN_WIDTH, min(side, self.width() - self.splitter.handleWidth() - needed))
        self.splitter.setSizes([self.width() - side, side])

    def _page_width(self, index: int) -> int:
        page = self.pages.widget(index)
        inner = page.widget() if isinstance(page, QScrollArea) else None  # ui/screen_size.scrolling
        return (inner or page).minimumSizeHint().width() if inner is not None else 0

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.splitter.splitterMoved.connect(self._splitter_moved)

    def _splitter_moved(self, *_args) -> None:
        self._split_done = True  # the officer chose the split: keep it

    def add_page(self, title: Template | str, widget: QWidget, *, scrolls: bool = True) -> int:
        """Add a page (e.g. the ChartView as "Chart") to the central area; returns its tab index. A page
        scrolls when the window is smaller than its layout needs (a chart, which zooms, need not). A title
        marked with QT_TRANSLATE_NOOP follows the language."""
        index = self.pages.addTab(scrolling(widget) if scrolls else widget, tr_template(title))
        self._page_titles.insert(index, title)
        self.pages.show()
        self.resizeEvent(QResizeEvent(self.size(), self.size()))  # split for the page now beside the panel
        return index

    def retranslate(self) -> None:
        super().retranslate()
        for index, title in enumerate(getattr(self, "_page_titles", [])):
            self.pages.setTabText(index, tr_template(title))
        if getattr(self, "_mode", None) is not None:
            self.show_logbook_mode(*self._mode)

    def _build_actions(self) -> None:
        self.menu_file = self.menuBar().addMenu("")
        self.tr_bind(self.menu_file.setTitle, QT_TRANSLATE_NOOP("MainWindow", "&File"))
        self.menu_view = self.menuBar().addMenu("")
        self.tr_bind(self.menu_view.setTitle, QT_TRANSLATE_NOOP("MainWindow", "&View"))
        self.menu_alerts = self.menuBar().addMenu("")
        self.tr_bind(self.menu_alerts.setTitle, QT_TRANSLATE_NOOP("MainWindow", "&Alerts"))
        self.alert_history_action = QAction(self)
        self.tr_bind(self.alert_history_action.setText, QT_TRANSLATE_NOOP("MainWindow", "Alert &history…"))
        self.alert_history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.menu_alerts.addAction(self.alert_history_action)
        self.quit_action = QAction(self)
        self.tr_bind(self.quit_action.setText, QT_TRANSLATE_NOOP("MainWindow", "&Quit"))
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.request_quit)
        self.menu_file.addAction(self.quit_action)

        self.toolbar = QToolBar()
        self.tr_bind(self.toolbar.setWindowTitle, QT_TRANSLATE_NOOP("MainWindow", "Palette"))
        self.toolbar.setObjectName("palette_toolbar")
        self.toolbar.setMovable(False)
        self.menuBar().setCornerWidget(self.toolbar, Qt.Corner.TopRightCorner)  # no toolbar row of its own
        self.palette_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for name in ORDER:
            action = QAction(self, checkable=True)
            self.tr_bind(action.setText, PALETTE_LABELS[name])
            self.tr_bind(
                action.setToolTip,
                QT_TRANSLATE_NOOP("MainWindow", "{palette} palette (cycle with {key})"),
                palette=PALETTE_LABELS[name],
                key=CYCLE_PALETTE_KEY,
            )
            action.triggered.connect(lambda _checked=False, n=name: self.palette_controller.apply(n))
            group.addAction(action)
            self.toolbar.addAction(action)
            self.menu_view.addAction(action)
            self.palette_actions[name] = action
        self.cycle_palette_action = QAction(self)
        self.tr_bind(self.cycle_palette_action.setText, QT_TRANSLATE_NOOP("MainWindow", "Next palette"))
        self.cycle_palette_action.setShortcut(QKeySequence(CYCLE_PALETTE_KEY))
        self.cycle_palette_action.triggered.connect(self.palette_controller.cycle)
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.cycle_palette_action)
        self.addAction(self.cycle_palette_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.alert_history_action)

    def _palette_changed(self, colours) -> None:
        self.palette_actions[colours.name].setChecked(True)


def ask_before_quit(window: QWidget, reasons: list[str]) -> bool:
    """Yes/No, No by default: a stray Ctrl+Q must not silence the bridge."""
    answer = QMessageBox.question(
        window,
        translate("MainWindow", "Quit WhaleLog?"),
        translate("MainWindow", "Quit WhaleLog now?")
        + "\n\n"
        + "\n".join(f"• {r[0].upper()}{r[1:]}." for r in reasons),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
