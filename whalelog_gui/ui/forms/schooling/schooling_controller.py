"""What the schooling report does: one form per ship's date, the fleet's catchers from settings, the factory ship's
noon position from the track (editable), refusals shown where they are, save and sign.

Saves and signatures commit on the store writer's thread (FormStore, issue 14); Sign saves unsaved changes first,
so what is signed is what the page shows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timezone

from PySide6.QtCore import QDate, QObject

from whalelog_gui.messages import reason_of
from whalelog_gui.records.schooling import SchoolingReport
from whalelog_gui.settings import AppSettings
from whalelog_gui.store.schooling import (
    find_schooling_report,
    new_schooling_report,
    noon_position_from_track,
    save_schooling_report,
    schooling_reports_on,
    sign_schooling_report,
)
from whalelog_gui.store.vessel import load_ship_clock
from whalelog_gui.ui.forms.save_refusals import STATUS, SaveRefusals
from whalelog_gui.ui.forms.schooling.schooling_view import SchoolingView
from whalelog_gui.ui.forms.signer_fields import ROLE_NAMES, signature_now
from whalelog_gui.ui.i18n import tr_message, tr_template, translate
from whalelog_gui.ui.store_op import FormStore, save_then_sign


def report_signer(report: SchoolingReport) -> str:
    s = report.signature
    return f"{tr_template(ROLE_NAMES.get(s.role, s.role.value))} {s.name}"


class SchoolingController(QObject):
    def __init__(self, view: SchoolingView, db, settings: AppSettings, who: Callable[[], str], store: FormStore):
        super().__init__(view)
        self.view, self.db, self.settings, self.who, self.store = view, db, settings, who, store
        self.fleet = settings.fleet()
        self.ship_clock = load_ship_clock(db)  # forms are dated by the ship's date, from the logbook (issue 15)
        self.report: SchoolingReport | None = None
        self.saved = False
        v = view
        v.name.setText(self.fleet.expedition)  # never the catcher's own name (issue 15)
        v.day.setDate(QDate(self.ship_clock.ship_date(datetime.now(timezone.utc))))
        v.show_zone(self.ship_clock.current_zone)
        # only the factory ship's own track gives its noon position; elsewhere it is entered as received
        v.noon_button.setVisible(self.fleet.is_factory_ship)
        self._shown = (v.name.text().strip(), self.current_day)  # the form the grid now holds
        self._discard_armed = False
        v.day.dateChanged.connect(lambda _d: self.switch_form())
        v.name.editingFinished.connect(self.switch_form)
        self._edited_fields: set[str] = set()
        v.name.textEdited.connect(lambda _t: self._edited_fields.add("name"))
        v.noon.edited.connect(lambda: self._edited_fields.add("noon_position"))
        v.noon.edited.connect(self._noon_typed)
        v.noon_button.clicked.connect(self.noon_from_track)
        v.grid.edited.connect(self.check)
        v.save_button.clicked.connect(self.save)
        v.sign_button.clicked.connect(self.sign)
        self.load_day()

    # --- loading ---------------------------------------------------------------------------------------------
    @property
    def current_day(self) -> date:
        return self.view.day.date().toPython()

    @property
    def ship_tz(self):
        """The ship's zone in force at the start of the chosen day (noon is that day's noon ship's time)."""
        return self.ship_clock.tz(self.ship_clock.day_bounds(self.current_day)[0])

    def set_settings(self, settings: AppSettings) -> None:
        """New settings: a form not yet saved is re-opened with the new fleet; saved forms keep theirs."""
        self.settings = settings
        self.fleet = settings.fleet()
        self.ship_clock = load_ship_clock(self.db)
        self.view.show_zone(self.ship_clock.current_zone)
        self.view.noon_button.setVisible(self.fleet.is_factory_ship)
        if not self.saved and not self.unsaved():
            self.load_day()

    def unsaved(self) -> bool:
        report, _, _ = self.read()
        return report.content() != self._loaded

    def switch_form(self) -> None:
        """Another day (or station) was chosen: open its form, but never drop unsaved cells silently."""
        v = self.view
        wanted = (v.name.text().strip(), self.current_day)
        if wanted == self._shown:
            return
        by_date = wanted[1] != self._shown[1]  # a new date reopens its saved form; a new name starts its own
        if self.unsaved() and not self._discard_armed:
            self._discard_armed = True
            v.name.blockSignals(True)
            v.day.blockSignals(True)
            v.name.setText(self._shown[0])
            v.day.setDate(QDate(self._shown[1]))
            v.name.blockSignals(False)
            v.day.blockSignals(False)
            v.status.setText(
                translate(
                    "Schooling",
                    "The form of {day} has unsaved changes: Save them, or choose the other date again to discard them.",
                ).format(day=self._shown[1])
            )
            return
        self.load_day(by_date)

    def load_day(self, by_date: bool = True) -> None:
        """Open the day's form if there is one, otherwise a fresh form with the noon position from the track."""
        v = self.view
        name = v.name.text().strip()
        existing = find_schooling_report(self.db, name, self.current_day) if name else None
        if existing is None and by_date:  # a saved form reopens by its date, whatever name the field held (issue 15)
            on_day = schooling_reports_on(self.db, self.current_day)
            existing = on_day[0] if on_day else None
            if existing is not None:
                name = existing.name
                v.name.blockSignals(True)
                v.name.setText(name)
                v.name.blockSignals(False)
        self.saved = existing is not None
        self.report = existing or new_schooling_report(
            self.db,
            name,
            self.current_day,
            list(self.fleet.catchers),
            self.ship_tz,
            track_is_factory_ship=self.fleet.is_factory_ship,
        )
        if self.report.catchers != v.grid.catchers:  # a saved form keeps the fleet it was written with
            v.replace_grid(self.report.catchers).edited.connect(self.check)
        v.grid.clear_schools()
        self._edited_fields = set()
        for school in self.report.schools:
            v.grid.add_school(school)
        if self.report.noon_position_edited:  # typed by hand when saved: read from its text, as typed
            v.noon.show_typed(self.report.noon_lat, self.report.noon_lon)
        else:  # from the track: used exactly until typed over
            v.noon.give(self.report.noon_lat, self.report.noon_lon)
        v.noon_source.setText(self._noon_text(existing))
        v.remarks.setText(self.report.remarks)
        v.status.setText(
            translate("Schooling", "Saved form loaded.")
            if existing
            else translate("Schooling", "New form for the day.")
        )
        self.check()
        self._shown = (name, self.current_day)
        self._discard_armed = False
        self._loaded = self.read()[0].content()

    def _noon_text(self, existing: SchoolingReport | None) -> str:
        if existing is not None and existing.noon_position_edited:
            return translate("Schooling", "Entered by hand.")
        if not self.fleet.is_factory_ship:
            if self.fleet.factory_ship:
                return translate(
                    "Schooling", "Type the noon position of {factory_ship} as received (not this catcher's track)."
                ).format(factory_ship=self.fleet.factory_ship)
            return translate(
                "Schooling", "No factory ship: type the position the form asks for, as received, or leave it blank."
            )
        if self.report.noon_lat is None:
            return translate("Schooling", "No track at noon ship's time: type the noon position.")
        return translate("Schooling", "From the track at noon ship's time.")

    def _noon_typed(self) -> None:
        self.view.noon_source.setText(translate("Schooling", "Entered by hand."))

    def noon_from_track(self) -> None:
        position = noon_position_from_track(self.db, self.current_day, self.ship_tz)
        if position is None:
            self.view.noon_source.setText(
                translate("Schooling", "No track within an hour of noon ship's time: type the noon position.")
            )
            return
        self.view.noon.give(*position)
        self.view.noon_source.setText(translate("Schooling", "From the track at noon ship's time."))

    # --- checking ---------------------------------------------------------------------------------------------
    def read(self) -> tuple[SchoolingReport, dict, dict]:
        """The report as the page stands, header field -> reason, and grid (row, col) -> reason."""
        v = self.view
        schools, cell_errors = v.grid.read()
        field_errors: dict[str, str] = {}
        edited = v.noon.typed
        lat = lon = None
        try:  # the track's noon position exactly unless typed over (PositionEdit)
            lat, lon = v.noon.value()
        except ValueError as exc:
            field_errors["noon_position"] = reason_of(exc)
        report = SchoolingReport(
            v.name.text().strip(),
            self.current_day,
            list(v.grid.catchers),
            lat,
            lon,
            edited,
            schools,
            v.remarks.text().strip(),
            id=self.report.id,
        )
        for error in report.validate():
            if not error.field.startswith("schools["):
                field_errors.setdefault(error.field, error.reason)
        return report, field_errors, cell_errors

    def check(self) -> bool:
        v = self.view
        report, field_errors, cell_errors = self.read()
        # a fresh form is not a form of mistakes: a field's error shows once it was edited, or after a save
        v.messages.show({k: r for k, r in field_errors.items() if v.grid.reveal_all or k in self._edited_fields})
        shown = v.grid.visible_errors(cell_errors)
        v.grid.show_errors(shown)
        v.show_grid_errors(
            [
                translate("Schooling", "School {number}, {row}: {reason}").format(
                    number=col + 1, row=v.grid.row_labels[row], reason=tr_message(reason)
                )
                for (row, col), reason in sorted(shown.items(), key=lambda kv: (kv[0][1], kv[0][0]))
            ]
        )
        signed = self.report is not None and self.report.signature is not None
        v.reason.setVisible(self.saved and not signed)
        v.set_locked(signed)
        v.sign_button.setEnabled(self.saved and not signed and not field_errors and not cell_errors)
        if signed:
            v.status.setText(
                translate("Schooling", "Signed by {signer}: locked.").format(signer=report_signer(self.report))
            )
        return not field_errors and not cell_errors

    # --- saving and signing ---------------------------------------------------------------------------------------
    def save(self, then: Callable[[], object] | None = None) -> bool:
        """Store the day's form: committed on the store writer's thread (the page disabled, "Saving…" until it is
        done), then(), if given, once stored. True when stored or on its way; False when refused (said at the
        fields and on the status line, the grid as typed)."""
        v = self.view
        v.grid.reveal_all = True  # a save shows every refused cell, touched or not
        if not self.check():
            v.status.setText(translate("Schooling", "Not saved: correct the cells and fields marked."))
            return False
        report, _, _ = self.read()
        who, reason = self.who(), v.reason.text().strip() or None

        def stored(_none) -> None:
            self.report, self.saved = report, True
            self._loaded = report.content()
            v.reason.clear()
            v.status.setText(
                self.tr("Saved: %n school(s),", "", len(report.schools))
                + " "
                + self.tr("%n whale(s) caught.", "", report.total_caught)
            )
            self.check()
            if then is not None:
                then()

        return self.store.submit(
            v,
            SaveRefusals(v.messages, v.status),
            lambda: lambda db: save_schooling_report(db, report, who, reason),
            stored,
            v.save_button,
            field=STATUS,
        )

    def sign(self) -> bool:
        """Sign the saved form; unsaved changes are saved first (save, stored, then sign), so what is signed is
        what the page shows. True when signed or on its way; False when refused (said on the status line)."""
        if not self.unsaved():
            return self._sign_saved()
        return save_then_sign(self.save, self._sign_saved)

    def _sign_saved(self) -> bool:
        v = self.view
        signature = signature_now(v.signer_role, v.signer_name)
        report_id, who = self.report.id, self.who()

        def signed(_none) -> None:
            self.report.signature = signature
            self.check()

        # IntegrityBroken (a stored record changed outside WhaleLog) is said with its reason and records
        return self.store.submit(
            v,
            SaveRefusals(v.messages, v.status, signing=True),
            lambda: lambda db: sign_schooling_report(db, report_id, signature, who),
            signed,
            v.sign_button,
            field=STATUS,
        )
