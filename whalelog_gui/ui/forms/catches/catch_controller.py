"""What the catch dialog does: GPS and season defaults, re-checking the draft as it is typed, save, sign, close.

Every edit re-reads the form (debounced) and re-checks the draft against the Schedule with the same core functions
the CLI and the store use (records.compliance, records.catch_sign_off), so the flags shown are the flags that will
be saved and "Ready to sign" means Sign works. Saves and signatures commit on the store writer's thread (FormStore).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime, timezone

from PySide6.QtCore import QObject, QTimer, Signal

from whalelog_gui.nav.fix import Fix
from whalelog_gui.nav.format import format_utc
from whalelog_gui.records.catch import Catch
from whalelog_gui.records.catch_areas import compliance_context
from whalelog_gui.records.catch_sign_off import (
    EXPLAINED_AT_SIGN_OFF,
    differs,
    only_explanations_added,
    sign_off_checklist,
)
from whalelog_gui.records.compliance import evaluate
from whalelog_gui.records.stocks import stock_text
from whalelog_gui.settings import AppSettings
from whalelog_gui.store.catches import save_catch, sign_catch, stock_for
from whalelog_gui.store.vessel import compliance_facts
from whalelog_gui.ui.forms.catches.catch_reading import (
    form_field,
    load_catch_into,
    read_catch,
    show_lactation,
)
from whalelog_gui.ui.forms.catches.catch_view import CatchView
from whalelog_gui.ui.forms.save_refusals import STATUS, SaveRefusals
from whalelog_gui.ui.forms.signer_fields import signature_now
from whalelog_gui.ui.i18n import tr_message, translate
from whalelog_gui.ui.store_op import FormStore, save_then_sign

RECHECK_MS = 150  # re-check after typing pauses, not on every keystroke's half-typed value
CurrentFix = Callable[[], "tuple[Fix | None, float | None]"]


def fleet_catchers(settings: AppSettings) -> list[str]:
    """The fleet's catchers as "caught by" choices: this one included on a catcher, never the factory ship."""
    return list(settings.fleet().catchers)


class CatchController(QObject):
    record_saved = Signal()  # stored (saved or signed): delivered once the store writer has committed it

    def __init__(
        self,
        view: CatchView,
        db,
        settings: AppSettings,
        current_fix: CurrentFix,
        who: Callable[[], str],
        ship_tz,
        existing: list[Catch],
        catch: Catch | None,
        store: FormStore,
    ):
        super().__init__(view)
        self.view, self.db, self.settings, self.current_fix, self.who = view, db, settings, current_fix, who
        self.ship_tz, self.store = ship_tz, store
        self.saved: Catch | None = catch  # the record as last saved, None until the first save
        self.existing = [c for c in existing if catch is None or c.id != catch.id]
        self.errors: dict[str, str] = {}
        self.flags: list = []
        self._facts_by_catcher: dict[str, dict] = {}
        self._timer = QTimer(self, singleShot=True, interval=RECHECK_MS)
        self._timer.timeout.connect(self.recheck)
        form = view.form
        if catch is None:
            self._start_new()
        else:
            load_catch_into(form, catch)
            view.flags_panel.set_explanations(catch.explanations)
        self._base = catch or Catch(catcher="", order=1, species="minke", time_taken=datetime.now(timezone.utc))
        form.changed.connect(self._timer.start)
        form.position.edited.connect(self._position_edited)
        form.use_gps.clicked.connect(self.use_gps)
        view.flags_panel.explanation_changed.connect(self._timer.start)
        form.catcher.currentTextChanged.connect(self._suggest_order)
        view.save_button.clicked.connect(self.save)
        view.sign_button.clicked.connect(self.sign)
        self.recheck()
        self._pristine, _ = self.read()
        self._close_armed = False
        form.changed.connect(lambda: setattr(self, "_close_armed", False))

    # --- defaults from GPS and the season ---------------------------------------------------------------------
    def _start_new(self) -> None:
        fix, _age = self.current_fix()
        when = fix.time if fix is not None and fix.time is not None else datetime.now(timezone.utc)
        self.view.form.time_taken.set_value(when)
        self.use_gps()
        self._suggest_order()

    def use_gps(self) -> None:
        form = self.view.form
        fix, age = self.current_fix()
        if fix is None or not fix.has_position:
            form.position_source.setText(translate("CatchDialog", "No GPS position: type the position of taking."))
            form.position.forget_given()
            self._timer.start()
            return
        form.position.give(fix.lat, fix.lon)
        stale = "" if age is None or age < 60 else translate("CatchDialog", " ({age} s old)").format(age=f"{age:.0f}")
        form.position_source.setText(
            translate("CatchDialog", "From GPS, fix of {when}{stale}.").format(
                when=format_utc(fix.time, fix.time_of_day), stale=stale
            )
        )
        self._timer.start()

    def _position_edited(self) -> None:
        self.view.form.position_source.setText(translate("CatchDialog", "Entered by hand (not from GPS)."))

    def _suggest_order(self, *_args) -> None:
        # Para 20(b): whales are numbered in the order each catcher takes them.
        if self.saved is not None:
            return
        catcher = self.view.form.catcher.currentText().strip()
        used = [c.order for c in self.existing if c.catcher == catcher]
        self.view.form.order.setValue(max(used, default=0) + 1)

    # --- checking -----------------------------------------------------------------------------------------------
    def read(self) -> tuple[Catch, dict[str, str]]:
        markings = frozenset((c.catcher, c.order) for c in self.existing)
        draft, errors = read_catch(self.view.form, self._base, markings)
        return dataclasses.replace(draft, explanations=self.view.flags_panel.explanations()), errors

    def _facts(self, catcher: str) -> dict:
        """Flag State, closure date and default harpoon for the catcher: read from the logbook once per catcher."""
        if catcher not in self._facts_by_catcher:
            self._facts_by_catcher[catcher] = compliance_facts(self.db, catcher)
        return self._facts_by_catcher[catcher]

    def recheck(self) -> None:
        """Re-read the form, show refusals at their fields, the flags the record raises now and the checklist."""
        self._timer.stop()
        v, form = self.view, self.view.form
        draft, self.errors = self.read()
        form.messages.show({field: tr_message(reason) for field, reason in self.errors.items()})
        show_lactation(form, draft)
        self.context = compliance_context(draft, self.settings.operation, self.ship_tz, **self._facts(draft.catcher))
        self.flags = evaluate(draft, self.context)
        v.flags_panel.set_flags(self.flags)
        form.stock.setText(tr_message(stock_text(stock_for(draft))))
        checklist = sign_off_checklist(dataclasses.replace(draft, flags=tuple(self.flags)), self.saved)
        signature = self.saved.signature if self.saved is not None else None
        signed = signature is not None
        v.show_sign_off(checklist, signature)
        v.sign_button.setEnabled(not signed and not checklist)
        v.save_button.setEnabled(not signed)
        v.reason.setVisible(self.saved is not None and not signed)
        form.set_read_only(signed)

    # --- saving and signing ---------------------------------------------------------------------------------------
    def save(self, then: Callable[[], object] | None = None) -> bool:
        """Store the form: committed on the store writer's thread (the dialog disabled, "Saving…" until it is
        done), then(), if given, once stored. True when stored or on its way; False when refused, said at the
        fields and on the status line with the form as typed."""
        v = self.view
        self.recheck()
        if self.errors:
            v.status.setText(self.tr("Not saved: %n field(s) to correct.", "", len(self.errors)))
            return False
        draft, _ = self.read()
        reason = v.reason.text().strip() or None if self.saved is not None else None
        context, who = self.context, self.who()

        def stored(saved: Catch) -> None:
            self.saved = self._base = saved
            v.reason.clear()
            v.show_title(saved.marking)
            v.status.setText(
                self.tr("Saved {marking} with %n flag(s).", "", len(saved.flags)).format(marking=saved.marking)
            )
            self.recheck()
            self.record_saved.emit()
            if then is not None:
                then()

        return self.store.submit(
            v,
            SaveRefusals(v.form.messages, v.status, form_field),
            lambda: lambda db: save_catch(db, draft, context, who, reason),
            stored,
            v.save_button,
            field=STATUS,
        )

    def sign(self) -> bool:
        """Sign the record; a form that differs from the saved record is saved first (save, stored, then sign).
        True when signed or on its way; False when refused (said on the status line)."""
        draft, _ = self.read()
        if only_explanations_added(draft, self.saved):
            # para 24(b)(6): the explanations sign-off asks for are completed, not a change to what was recorded
            self.view.reason.setText(self.view.reason.text().strip() or EXPLAINED_AT_SIGN_OFF)
        if not differs(draft, self.saved):
            return self._sign_saved()
        return save_then_sign(self.save, self._sign_saved)

    def _sign_saved(self) -> bool:
        v = self.view
        signature = signature_now(v.signer_role, v.signer_name)
        catch_id, who = self.saved.id, self.who()

        def signed(_none) -> None:
            self.saved = dataclasses.replace(self.saved, signature=signature)
            v.status.setText(translate("CatchDialog", "Signed {marking}.").format(marking=self.saved.marking))
            self.recheck()
            self.record_saved.emit()

        # IntegrityBroken (a stored record changed outside WhaleLog) is said with its reason and records
        return self.store.submit(
            v,
            SaveRefusals(v.form.messages, v.status, form_field, signing=True),
            lambda: lambda db: sign_catch(db, catch_id, signature, who),
            signed,
            v.sign_button,
            field=STATUS,
        )

    def may_close(self) -> bool:
        """Unsaved entries are never dropped silently: the first Close only warns (no blocking box, so GPS and
        alerts keep running); a second Close discards."""
        draft, _ = self.read()
        unsaved = differs(draft, self.saved or self._pristine)
        if unsaved and not self._close_armed and (self.saved is None or self.saved.signature is None):
            self._close_armed = True
            self.view.status.setText(
                translate("CatchDialog", "Not saved yet: Save, or press Close again to discard what was entered.")
            )
            return False
        return True
