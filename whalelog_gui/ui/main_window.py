"""The main window only composes: alert bar on top, pages (chart, logbook, ...) beside the position panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from whalelog_gui.ui.alert_bar import AlertBar
from whalelog_gui.ui.palette import ORDER, PaletteController
from whalelog_gui.ui.position_panel import PositionPanel

CYCLE_PALETTE_KEY = "Ctrl+Shift+N"


class MainWindow(QMainWindow):
    def __init__(self, palette: PaletteController, source_description: str = "No GPS source", parent=None):
        super().__init__(parent)
        self.setWindowTitle("WhaleLog")
        self.palette_controller = palette
        self.alert_bar = AlertBar()
        self.position_panel = PositionPanel()
        # Pages (Chart, Logbook, Catches, Transmission) are added with add_page(); none is shown until built.
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.hide()
        side = QWidget()
        side_layout = QHBoxLayout(side)  # centres the panel while no page is shown beside it
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addStretch(1)
        side_layout.addWidget(self.position_panel, 100)
        side_layout.addStretch(1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.pages)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
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

        self.source_label = QLabel(source_description)
        self.statusBar().addWidget(self.source_label, 1)
        self._build_actions()
        palette.changed.connect(self._palette_changed)
        self._palette_changed(palette.colours)
        self.resize(1280, 800)

    def show_logbook_mode(self, kind: str, source: str, path: str, refusal: str | None, read_only: bool = False
                          ) -> None:
        """Title and banner: DEMO / REPLAY logbooks, read-only, or positions that are not being recorded."""
        words = []
        if kind == "demo":
            words.append("DEMO logbook: simulated positions, not the ship's record")
        elif kind == "replay":
            words.append("REPLAY logbook: replayed positions, not the ship's record")
        if source == "simulator" and kind != "demo":
            words.insert(0, "DEMO")
        if read_only:
            words.append("READ-ONLY: nothing is recorded")
        elif refusal:
            words.append(refusal)
        if not words:
            self.setWindowTitle("WhaleLog")
            self.mode_banner.hide()
            return
        tag = "DEMO" if kind == "demo" or source == "simulator" else "REPLAY" if kind == "replay" else "READ-ONLY"
        self.setWindowTitle(f"WhaleLog — {tag} — {path}")
        self.mode_banner.setText(" — ".join(words) + f"\n{path}")
        self.mode_banner.setStyleSheet("QLabel#mode_banner { font-weight: bold; padding: 4px; "
                                       "border: 2px dashed palette(highlight); }")
        self.mode_banner.show()

    def add_page(self, title: str, widget: QWidget) -> int:
        """Add a page (e.g. the ChartView as "Chart") to the central area; returns its tab index."""
        index = self.pages.addTab(widget, title)
        self.pages.show()
        return index

    def _build_actions(self) -> None:
        self.menu_file = self.menuBar().addMenu("&File")
        self.menu_view = self.menuBar().addMenu("&View")
        self.menu_alerts = self.menuBar().addMenu("&Alerts")
        self.alert_history_action = QAction("Alert &history…", self)
        self.alert_history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.menu_alerts.addAction(self.alert_history_action)
        self.quit_action = QAction("&Quit", self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.menu_file.addAction(self.quit_action)

        self.toolbar = self.addToolBar("Palette")
        self.toolbar.setObjectName("palette_toolbar")
        self.toolbar.setMovable(False)
        self.palette_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for name in ORDER:
            action = QAction(name.capitalize(), self, checkable=True)
            action.setToolTip(f"{name.capitalize()} palette (cycle with {CYCLE_PALETTE_KEY})")
            action.triggered.connect(lambda _checked=False, n=name: self.palette_controller.apply(n))
            group.addAction(action)
            self.toolbar.addAction(action)
            self.menu_view.addAction(action)
            self.palette_actions[name] = action
        self.cycle_palette_action = QAction("Next palette", self)
        self.cycle_palette_action.setShortcut(QKeySequence(CYCLE_PALETTE_KEY))
        self.cycle_palette_action.triggered.connect(self.palette_controller.cycle)
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.cycle_palette_action)
        self.addAction(self.cycle_palette_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.alert_history_action)

    def _palette_changed(self, colours) -> None:
        self.palette_actions[colours.name].setChecked(True)
