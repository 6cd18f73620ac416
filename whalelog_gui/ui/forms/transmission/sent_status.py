"""What the Transmission view shows of what has been sent: per record family how many records are unsent, sent
and acknowledged, the bundles written, and (from the same read) the forms to print.

A mixin of TransmissionPage (transmission_page.py), which provides db, jobs (DatabaseJobs, or None to read on the
GUI thread), status_table, bundle_table, pending, printer and show_fingerprint(); kept apart from the page's
export and receipt controls so each module reads as one concern. The read is the whole season (~1.6 s of Python
on 200 days): with a reader it runs off the GUI thread, which it froze for ~3 s at every look at the tab.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils
from PySide6.QtWidgets import QTableWidgetItem

from whalelog_gui.export.season import SeasonSnapshot, read_season
from whalelog_gui.export.status import TransmissionStatus, transmission_status
from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.ui.i18n import tr_template, translate

STATUS_COLUMNS = (
    QT_TRANSLATE_NOOP("Transmission", "Records"),
    QT_TRANSLATE_NOOP("Transmission", "Unsent"),
    QT_TRANSLATE_NOOP("Transmission", "Sent"),
    QT_TRANSLATE_NOOP("Transmission", "Acknowledged"),
)
BUNDLE_COLUMNS = (
    QT_TRANSLATE_NOOP("Transmission", "Bundle"),
    QT_TRANSLATE_NOOP("Transmission", "File"),
    QT_TRANSLATE_NOOP("Transmission", "Created (UTC)"),
    QT_TRANSLATE_NOOP("Transmission", "Records"),
    QT_TRANSLATE_NOOP("Transmission", "Acknowledged"),
)
FAMILY_NAMES = {
    "logbooks": QT_TRANSLATE_NOOP("Transmission", "Title pages"),
    "sheets": QT_TRANSLATE_NOOP("Transmission", "Daily record sheets"),
    "events": QT_TRANSLATE_NOOP("Transmission", "Sheet events"),
    "weather": QT_TRANSLATE_NOOP("Transmission", "Weather"),
    "whales_seen": QT_TRANSLATE_NOOP("Transmission", "Whales seen"),
    "amendments": QT_TRANSLATE_NOOP("Transmission", "Sheet amendments"),
    "crew": QT_TRANSLATE_NOOP("Transmission", "Crew"),
    "catches": QT_TRANSLATE_NOOP("Transmission", "Catches"),
    "catch_flags": QT_TRANSLATE_NOOP("Transmission", "Catch flags and explanations"),
    "catch_specimens": QT_TRANSLATE_NOOP("Transmission", "Specimens"),
    "catch_amendments": QT_TRANSLATE_NOOP("Transmission", "Catch amendments"),
    #: Schedule para 25(a)(2): whales struck but lost; glossary term
    "struck_lost": QT_TRANSLATE_NOOP("Transmission", "Struck and lost"),
    "schooling_reports": QT_TRANSLATE_NOOP("Transmission", "Schooling reports"),
    "schools": QT_TRANSLATE_NOOP("Transmission", "Schools"),
    "school_catches": QT_TRANSLATE_NOOP("Transmission", "Catches by school"),
}


@dataclass(frozen=True)
class TransmissionRead:
    """What the view shows of the season, read once: the status by record family and the forms to print."""

    status: TransmissionStatus
    season: SeasonSnapshot


def read_transmission(db: sqlite_utils.Database) -> TransmissionRead:
    season = read_season(db, with_track=False)  # the view counts the track and prints forms without it
    return TransmissionRead(transmission_status(db, season), season)


class SentStatusDisplay:
    _read_again = False  # a refresh was asked while a read ran: read once more when it is done

    def refresh(self) -> None:
        """The key, then what has been sent. The season is read off the GUI thread when the page has its own
        reader (read_in_background): ~3 s of Python on a 200-day season, which froze the bridge (alert bar, GPS)
        at every look at this tab. A refresh asked for while a read runs reads once more when it is done."""
        self.show_fingerprint()  # the first export made the key; a key may have gone missing since
        if self.jobs is None:
            self._show_read(read_transmission(self.db))
            return
        if self.jobs.busy:
            self._read_again = True
            return
        self._say_pending(translate("Transmission", "Reading what has been sent…"), alarm=False)
        # read because the page is looked at: before the other pages' reads waiting for the background thread
        self.jobs.run(read_transmission, self._show_read, self._not_read, urgent=True)

    def _show_read(self, read: TransmissionRead) -> None:
        status = read.status
        families = [(name, fam) for name, fam in status.families.items() if fam.unsent or fam.sent or fam.acknowledged]
        self.status_table.setRowCount(len(families))
        for row, (name, fam) in enumerate(families):
            family = tr_template(FAMILY_NAMES[name]) if name in FAMILY_NAMES else name
            for col, value in enumerate((family, fam.unsent, fam.sent, fam.acknowledged)):
                self.status_table.setItem(row, col, QTableWidgetItem(str(value)))
        self._say_pending(
            translate("Transmission", "Nothing to send.")
            if status.nothing_to_send
            else translate("Transmission", "Also unsent: {points} track points, {alerts} alerts.").format(
                points=status.unsent_track_points, alerts=status.unsent_alerts
            ),
            alarm=False,
        )
        self.bundle_table.setRowCount(len(status.bundles))
        for row, b in enumerate(reversed(status.bundles)):
            values = (
                b.seq,
                b.file_name,
                b.created_at,
                b.records,
                b.acknowledged_at or translate("Transmission", "not yet"),
            )
            for col, value in enumerate(values):
                self.bundle_table.setItem(row, col, QTableWidgetItem(str(value)))
        self.printer.show_season(read.season)
        self._read_done()

    def _not_read(self, exc: Exception) -> None:
        reason = translate("Transmission", "What has been sent could not be read: {reason}").format(reason=f"{exc}")
        self._say_pending(reason, alarm=True)
        self._read_done()

    def _read_done(self) -> None:
        if self._read_again:
            self._read_again = False
            self.refresh()

    def _say_pending(self, text: str, *, alarm: bool) -> None:
        self.pending.setText(text)
        if (self.pending.property("role") == "alarm") != alarm:
            self.pending.setProperty("role", "alarm" if alarm else "")
            self.pending.style().unpolish(self.pending)  # the bridge style draws the new role
            self.pending.style().polish(self.pending)
