"""The Reports page (issue 13): the para 26(a) weekly notification by calendar week and the season statistics of
paras 25(a), 27 and 28(a)(2), each printable to PDF and saved as CSV.

The figures come from export/report_files.read_reports (store/notifications.py, the functions behind
`whalelog report weekly|season`); the PDF and CSV are the ones a bundle carries. The page only shows and saves.
Given the logbook's path, the page reads the season off the GUI thread (~0.5 s on 200 days), saying "Reading the
season…" meanwhile, and a read that fails is said on the page in the alarm colour (issue 14).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import sqlite_utils
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from whalelog_gui.export.report_files import SEASON, WEEKLY, Reports, read_reports, season_csv, weekly_csv
from whalelog_gui.records.species import BY_KEY
from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.ui.database_job import SEASON_READ_MODULES, DatabaseJobs, looked_at
from whalelog_gui.ui.forms.field_messages import muted
from whalelog_gui.ui.i18n import Retranslating, tr_template, translate
from whalelog_gui.ui.record_table import record_table

NO_KEY = "no signing key yet (the first export makes one)"  # printed in the report PDF footer: English


WEEK_COLUMNS = (QT_TRANSLATE_NOOP("Reports", "Species"), QT_TRANSLATE_NOOP("Reports", "Taken"))
SPECIES_COLUMNS = (
    QT_TRANSLATE_NOOP("Reports", "Species"),
    QT_TRANSLATE_NOOP("Reports", "Taken"),
    QT_TRANSLATE_NOOP("Reports", "Lost"),
    QT_TRANSLATE_NOOP("Reports", "Treated"),
)
CATCHER_COLUMNS = (
    QT_TRANSLATE_NOOP("Reports", "Catcher"),
    QT_TRANSLATE_NOOP("Reports", "Season"),
    QT_TRANSLATE_NOOP("Reports", "Commissioned"),
    QT_TRANSLATE_NOOP("Reports", "Ceased"),
    QT_TRANSLATE_NOOP("Reports", "Days on the grounds"),
)


def _species(key: str) -> str:
    sp = BY_KEY.get(key)
    return translate("Species", sp.name) if sp is not None else key  # ui/species_names.py


def _table(columns: tuple[str, ...], rows: list[tuple]) -> QTableWidget:
    table = record_table(columns, len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(str(value)))
    rows_shown = max(2, min(len(rows), 5))  # a few rows, then it scrolls: the page must fit a 1024x600 screen
    table.setFixedHeight(
        table.horizontalHeader().sizeHint().height() + rows_shown * table.verticalHeader().defaultSectionSize() + 4
    )
    return table


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class ReportsPage(Retranslating, QWidget):
    def __init__(
        self,
        db: sqlite_utils.Database,
        fingerprint: Callable[[], str],
        parent: QWidget | None = None,
        *,
        db_path: str | Path | None = None,
    ):
        """fingerprint(): the signing key's fingerprint printed on every PDF page (as on the bundle's forms);
        db_path: the logbook's file, to read the reports in the background (None: read on `db`, at once)."""
        super().__init__(parent)
        self.db, self.fingerprint = db, fingerprint
        self.reports: Reports | None = None
        self.jobs = DatabaseJobs(db_path, self) if db_path is not None else None
        layout = QVBoxLayout(self)

        weekly = QGroupBox()
        self.tr_bind(
            weekly.setTitle,
            QT_TRANSLATE_NOOP("Reports", "Para 26(a) weekly notification — baleen whales taken south of 40°S"),
        )
        weekly_col = QVBoxLayout(weekly)
        week_row = QHBoxLayout()
        week_caption = QLabel()
        self.tr_bind(week_caption.setText, QT_TRANSLATE_NOOP("Reports", "Calendar &week"))
        week_row.addWidget(week_caption)
        self.week = QComboBox()
        self.week.setObjectName("report_week")
        week_row.itemAt(0).widget().setBuddy(self.week)
        week_row.addWidget(self.week, 1)
        weekly_col.addLayout(week_row)
        self.week_summary = QLabel()
        self.week_summary.setObjectName("week_summary")
        self.week_summary.setWordWrap(True)
        weekly_col.addWidget(self.week_summary)
        self.week_table = _table(WEEK_COLUMNS, [])
        weekly_col.addWidget(self.week_table)
        self.weekly_pdf = QPushButton()
        self.tr_bind(self.weekly_pdf.setText, QT_TRANSLATE_NOOP("Reports", "Print week / PDF…"))
        self.weekly_csv = QPushButton()
        self.tr_bind(self.weekly_csv.setText, QT_TRANSLATE_NOOP("Reports", "Save weeks as CSV…"))
        weekly_col.addLayout(_buttons(self.weekly_pdf, self.weekly_csv))
        layout.addWidget(weekly)

        season = QGroupBox()
        self.tr_bind(season.setTitle, QT_TRANSLATE_NOOP("Reports", "Season statistics — paras 25(a), 27, 28(a)(2)"))
        self.season_col = QVBoxLayout(season)
        self.season_summary = QLabel()
        self.season_summary.setObjectName("season_summary")
        self.season_summary.setWordWrap(True)
        self.season_col.addWidget(self.season_summary)
        self.species_table = _table(SPECIES_COLUMNS, [])
        self.season_col.addWidget(self.species_table)
        self.catchers_table = _table(CATCHER_COLUMNS, [])
        self.season_col.addWidget(self.catchers_table)
        self.season_pdf = QPushButton()
        self.tr_bind(self.season_pdf.setText, QT_TRANSLATE_NOOP("Reports", "Print season / PDF…"))
        self.season_csv = QPushButton()
        self.tr_bind(self.season_csv.setText, QT_TRANSLATE_NOOP("Reports", "Save season as CSV…"))
        self.refresh_button = QPushButton()
        self.tr_bind(self.refresh_button.setText, QT_TRANSLATE_NOOP("Reports", "Refresh"))
        self.season_col.addLayout(_buttons(self.season_pdf, self.season_csv, self.refresh_button))
        layout.addWidget(season)
        self.result = QLabel()
        self.result.setObjectName("report_result")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        dates_note = muted("")
        self.tr_bind(
            dates_note.setText,
            QT_TRANSLATE_NOOP(
                "Reports",
                "Ship's dates. A bundle carries both reports as of its export (reports/ and pdf/reports.pdf).",
            ),
        )
        layout.addWidget(dates_note)
        layout.addStretch(1)

        self.week.currentIndexChanged.connect(self._show_week)
        self.weekly_pdf.clicked.connect(lambda: self._choose(WEEKLY, "pdf"))
        self.weekly_csv.clicked.connect(lambda: self._choose(WEEKLY, "csv"))
        self.season_pdf.clicked.connect(lambda: self._choose(SEASON, "pdf"))
        self.season_csv.clicked.connect(lambda: self._choose(SEASON, "csv"))
        self.refresh_button.clicked.connect(self.refresh)
        self.refresh()

    # --- showing ---------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        super().retranslate()
        for table, columns in (
            (getattr(self, "week_table", None), WEEK_COLUMNS),
            (getattr(self, "species_table", None), SPECIES_COLUMNS),
            (getattr(self, "catchers_table", None), CATCHER_COLUMNS),
        ):
            if table is not None:
                table.setHorizontalHeaderLabels([tr_template(column) for column in columns])

    def refresh(self) -> None:
        """Read both reports again (in the background when the page has the logbook's path)."""
        if self.jobs is None:
            self._show_reports(read_reports(self.db))
            return
        self._reading()
        self.jobs.run(
            read_reports, self._show_reports, self._not_read, needs=SEASON_READ_MODULES, urgent=looked_at(self)
        )

    def _buttons_enabled(self, on: bool) -> None:
        for button in (self.weekly_pdf, self.weekly_csv, self.season_pdf, self.season_csv):
            button.setEnabled(on)

    def _reading(self) -> None:
        """Until the read is done: said, never an empty table that looks like a season without whales."""
        self._buttons_enabled(False)
        if self.reports is None:
            reading = translate("Reports", "Reading the season…")
            self.week_summary.setText(reading)
            self.season_summary.setText(reading)

    def _not_read(self, exc: Exception) -> None:
        reason = translate("Reports", "The reports could not be read: {reason}").format(reason=f"{exc}")
        self._say(reason, alarm=True)
        if self.reports is None:
            self.week_summary.setText(reason)
            self.season_summary.setText(reason)
        else:  # the reports read before stay shown (and saveable) with the reason beneath
            self._show_reports(self.reports, keep_result=True)

    def _show_reports(self, reports: Reports, *, keep_result: bool = False) -> None:
        self.reports = reports
        if not keep_result and self.result.property("role") == "alarm":
            self._say("", alarm=False)  # a failed read before: this one worked
        self._buttons_enabled(True)
        current = self.week.currentData()
        self.week.blockSignals(True)
        self.week.clear()
        for w in self.reports.weekly["weeks"]:
            self.week.addItem(
                translate("Reports", "{week} ({start} to {end}), due {due}").format(
                    week=w["week"], start=w["from"], end=w["to"], due=w["due"]
                ),
                w["week"],
            )
        self.week.setCurrentIndex(max(0, self.week.findData(current)) if self.week.count() else -1)
        self.week.blockSignals(False)
        self._show_week()
        self._show_season()

    def selected_week(self) -> dict | None:
        if self.reports is None or self.week.currentIndex() < 0:
            return None
        return self.reports.weekly["weeks"][self.week.currentIndex()]

    def _show_week(self) -> None:
        week = self.selected_week()
        self.weekly_pdf.setEnabled(week is not None)
        self.weekly_csv.setEnabled(week is not None)
        if week is None:
            self.week_summary.setText(
                translate(
                    "Reports",
                    "No baleen whale taken south of 40°S by a factory ship or "
                    "its catchers: no weekly notification is due.",
                )
            )
            self._fill(self.week_table, [])
            return
        daily = (
            " " + translate("Reports", "Daily notification: 85 % of a catch limit reached.")
            if week.get("daily")
            else ""
        )
        total = week["total"]
        self.week_summary.setText(
            self.tr("%n baleen whale(s) in {week}; notify by {due}.", "", total).format(
                week=week["week"], due=week["due"]
            )
            + daily
        )
        self._fill(self.week_table, [(_species(k), n) for k, n in week["baleen_south_of_40s"].items()])

    def _show_season(self) -> None:
        assert self.reports is not None
        season = self.reports.season
        methods = len(season["25(a)"]["methods_other_than_harpoon"])
        lost = season["25(a)"]["struck_but_lost"]
        particulars = len(season["27"]["particulars"])
        seasons = len(season["28(a)(2)"])
        # one clause per count: Qt's plural forms take one %n a text, and each clause is a whole statement
        self.season_summary.setText(
            " ".join(
                (
                    self.tr("Para 25(a): %n whale(s) killed by a method other than a harpoon;", "", methods),
                    self.tr("%n struck but lost.", "", lost),
                    self.tr("Para 27: %n whale(s) with their particulars.", "", particulars),
                    self.tr("Para 28(a)(2): %n catcher season(s).", "", seasons),
                )
            )
        )
        self._fill(
            self.species_table,
            [(_species(s["species"]), s["taken"], s["lost"], s["treated"]) for s in season["27"]["by_species"]],
        )
        self._fill(
            self.catchers_table,
            [
                (c["catcher"], c["season"], c["commissioned"] or "", c["ceased"] or "", c["days_at_sea_on_grounds"])
                for c in season["28(a)(2)"]
            ],
        )

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(str(value)))

    # --- saving ----------------------------------------------------------------------------------------------
    def _choose(self, report: str, kind: str) -> None:
        week = self.selected_week()
        stem = f"notification-26a-{week['week']}" if report == WEEKLY and week else f"{report}-report"
        if report == WEEKLY and kind == "csv":
            stem = "notification-26a-weeks"
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("Reports", "Save the report"),
            f"{stem}.{kind}",
            "PDF (*.pdf)" if kind == "pdf" else "CSV (*.csv)",
        )
        if path:
            self.write(report, kind, path)

    def write(self, report: str, kind: str, path: str | Path) -> Path | None:
        """Write `report` (weekly-26a: the selected week as PDF, every week as CSV; season) as PDF or CSV; says
        where it went, or why not, under the buttons. Returns the path written, None when nothing was."""
        path = Path(path)
        try:
            path.write_bytes(self.render(report, kind))
        except OSError as exc:
            self._say(translate("Reports", "Not saved: {reason}").format(reason=exc), alarm=True)
            return None
        self._say(translate("Reports", "Saved {file}").format(file=path), alarm=False)
        return path

    def _say(self, text: str, alarm: bool) -> None:
        self.result.setProperty("role", "alarm" if alarm else "")
        self.result.style().unpolish(self.result)  # the bridge style draws the new role
        self.result.style().polish(self.result)
        self.result.setText(text)

    def render(self, report: str, kind: str) -> bytes:
        if kind == "csv":
            return weekly_csv(self.reports.weekly) if report == WEEKLY else season_csv(self.reports.season)
        from whalelog_gui.export.pdf import render_reports

        week = self.selected_week()
        return render_reports(
            self.reports, self.fingerprint() or NO_KEY, report, week["week"] if report == WEEKLY and week else None
        )
