"""Entering one catch: the form on the left; on the right the compliance flags as they arise (each with its
paragraph, plain explanation and the crew's explanation, Schedule para 24(b)(6)) and what still blocks sign-off.

Every edit re-reads the form (debounced) and re-checks the draft against the Schedule with the same core functions
the CLI and the store use, so the flags shown are the flags that will be saved.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime, timezone

import sqlite_utils
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from whalelog_gui.nav.fix import Fix
from whalelog_gui.nav.format import format_utc
from whalelog_gui.records.catch import Catch
from whalelog_gui.records.catch_areas import compliance_context
from whalelog_gui.records.compliance import MIN_EXPLANATION_WORDS, evaluate, missing_explanations, record_blockers
from whalelog_gui.records.daily_sheet import Signature, SignerRole
from whalelog_gui.records.stocks import stock_text
from whalelog_gui.operations import Fleet
from whalelog_gui.settings import AppSettings
from whalelog_gui.store.catches import stock_for
from whalelog_gui.store.vessel import compliance_facts, load_ship_clock
from whalelog_gui.store.writer import StoreWriter
from whalelog_gui.store.catches import save_catch, sign_catch
from whalelog_gui.ui.forms.catches.catch_form import CatchForm
from whalelog_gui.ui.forms.catches.catch_reading import (
    PositionSource,
    form_field,
    load_catch_into,
    read_catch,
    show_lactation,
)
from whalelog_gui.ui.forms.catches.flags_panel import FlagsPanel
from whalelog_gui.ui.forms.save_refusals import STATUS, SaveRefusals
from whalelog_gui.ui.forms.signer_fields import signer_fields
from whalelog_gui.ui.i18n import tr_message, translate
from whalelog_gui.ui.store_op import FormStore

EXPLAINED_AT_SIGN_OFF = "crew's explanation added at sign-off (para 24(b)(6))"
RECHECK_MS = 150  # re-check after typing pauses, not on every keystroke's half-typed value
CurrentFix = Callable[[], "tuple[Fix | None, float | None]"]


def fleet_catchers(settings: AppSettings) -> list[str]:
    """The fleet's catchers as "caught by" choices: this one included on a catcher, never the factory ship."""
    return list(Fleet(settings.operation, settings.vessel_name, settings.catcher_names).catchers)


def _grouped(draft: Catch) -> list[str]:
    """The record's own blockers, then one line for all the binding flags still to explain (structured flags,
    never their text)."""
    waiting = [f"para {f.paragraph}" for f in missing_explanations(draft)]
    if not waiting:
        return record_blockers(draft)
    return record_blockers(draft) + [
        f"explanation: the crew's full explanation is needed (para 24(b)(6)) for the "
        f"flag of {', '.join(dict.fromkeys(waiting))}, at least {MIN_EXPLANATION_WORDS} "
        "words"
    ]


def _readable(blocker: str) -> str:
    """ "time_hauled_up: hauled up before ..." -> "Time hauled up: hauled up before ..." for the crew."""
    name, _, reason = blocker.partition(":")
    return f"{name.replace('_', ' ').capitalize()}:{reason}" if reason else blocker


class CatchDialog(QDialog):
    record_saved = Signal()  # stored (saved or signed): delivered once the store writer has committed it

    def __init__(
        self,
        db: sqlite_utils.Database,
        settings: AppSettings,
        current_fix: CurrentFix,
        who: Callable[[], str],
        existing: list[Catch] = (),
        catch: Catch | None = None,
        parent=None,
        *,
        writer: StoreWriter | None = None,
    ):
        super().__init__(parent)
        self.db, self.settings, self.current_fix, self.who = db, settings, current_fix, who
        self.store = FormStore(db, writer)  # saves and signatures commit on the store writer's thread
        # times are typed in the ship's time then in force, from the logbook's zone history (issue 15)
        clock = load_ship_clock(db)
        when = catch.time_taken if catch is not None else datetime.now(timezone.utc)
        self.ship_tz, zone_name = clock.tz(when), clock.zone_name(when)
        self.saved: Catch | None = catch  # the record as last saved, None until the first save
        self.existing = [c for c in existing if catch is None or c.id != catch.id]
        self.source = PositionSource()
        self.errors: dict[str, str] = {}
        self.flags = []
        self._facts_by_catcher: dict[str, dict] = {}
        self.setWindowTitle(
            translate("CatchDialog", "Catch record")
            if catch is None
            else translate("CatchDialog", "Catch {marking}").format(marking=catch.marking)
        )
        self.form = CatchForm(fleet_catchers(settings), settings.units, self.ship_tz, zone_name)
        self.flags_panel = FlagsPanel()
        self._build()
        self._timer = QTimer(self, singleShot=True, interval=RECHECK_MS)
        self._timer.timeout.connect(self.recheck)
        if catch is None:
            self._start_new()
        else:
            load_catch_into(self.form, catch, self.source)
            self.flags_panel.set_explanations(catch.explanations)
        self._base = catch or self._draft_base()
        self.form.changed.connect(self._timer.start)
        self.form.position.edited.connect(self._position_edited)
        self.form.use_gps.clicked.connect(self.use_gps)
        self.flags_panel.explanation_changed.connect(self._timer.start)
        self.form.catcher.currentTextChanged.connect(self._suggest_order)
        self.recheck()
        self._pristine, _ = self.read()
        self._close_armed = False
        self.form.changed.connect(lambda: setattr(self, "_close_armed", False))
        self.resize(1150, 760)  # shrunk to a smaller screen as it is shown (ui/screen_size.py); the form scrolls

    # --- layout ---------------------------------------------------------------------------------------------
    def _build(self) -> None:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        right = QWidget()
        column = QVBoxLayout(right)
        flags_box = QGroupBox(translate("CatchDialog", "Compliance flags (Schedule)"))
        flags_scroll = QScrollArea()
        flags_scroll.setWidgetResizable(True)
        flags_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        holder_col = QVBoxLayout(holder)
        holder_col.addWidget(self.flags_panel)
        holder_col.addStretch(1)
        flags_scroll.setWidget(holder)
        QVBoxLayout(flags_box).addWidget(flags_scroll)
        column.addWidget(flags_box, 3)
        column.addWidget(self._sign_box(), 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(
            translate("CatchDialog", "reason for changing the saved record (kept in the audit log)")
        )
        self.save_button = QPushButton(translate("CatchDialog", "Save"))
        self.save_button.setDefault(True)
        self.close_button = QPushButton(translate("CatchDialog", "Close"))
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.reason, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        outer = QVBoxLayout(self)
        outer.addWidget(splitter, 1)
        outer.addLayout(buttons)

    def _sign_box(self) -> QGroupBox:
        box = QGroupBox(translate("CatchDialog", "Sign-off"))
        self.blockers = QLabel()
        self.blockers.setObjectName("blockers")
        self.blockers.setWordWrap(True)
        self.blockers.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.blockers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.signer_role, self.signer_name = signer_fields(self.who())
        self.sign_button = QPushButton(translate("CatchDialog", "Sign"))
        self.sign_button.clicked.connect(self.sign)
        row = QHBoxLayout()
        row.addWidget(self.signer_role)
        row.addWidget(self.signer_name, 1)
        row.addWidget(self.sign_button)
        # the Sign row first, the checklist scrolling below it: a shrinking list never moves the button
        # under a click meant for it (issue 15)
        checklist = QScrollArea()
        checklist.setWidgetResizable(True)
        checklist.setFrameShape(QScrollArea.Shape.NoFrame)
        checklist.setWidget(self.blockers)
        column = QVBoxLayout(box)
        column.addLayout(row)
        column.addWidget(checklist, 1)
        return box

    # --- defaults from GPS and the season ---------------------------------------------------------------------
    def _draft_base(self) -> Catch:
        return Catch(catcher="", order=1, species="minke", time_taken=datetime.now(timezone.utc))

    def _start_new(self) -> None:
        fix, _age = self.current_fix()
        when = fix.time if fix is not None and fix.time is not None else datetime.now(timezone.utc)
        self.form.time_taken.set_value(when)
        self.use_gps()
        self._suggest_order()

    def use_gps(self) -> None:
        fix, age = self.current_fix()
        if fix is None or not fix.has_position:
            self.form.position_source.setText(translate("CatchDialog", "No GPS position: type the position of taking."))
            self.source.edited = True
            self._timer.start()
            return
        self.source.lat, self.source.lon, self.source.edited = fix.lat, fix.lon, False
        self.form.position.set_position(fix.lat, fix.lon)
        stale = "" if age is None or age < 60 else translate("CatchDialog", " ({age} s old)").format(age=f"{age:.0f}")
        self.form.position_source.setText(
            translate("CatchDialog", "From GPS, fix of {when}{stale}.").format(
                when=format_utc(fix.time, fix.time_of_day), stale=stale
            )
        )
        self._timer.start()

    def _position_edited(self) -> None:
        self.source.edited = True
        self.form.position_source.setText(translate("CatchDialog", "Entered by hand (not from GPS)."))

    def _suggest_order(self, *_args) -> None:
        # Para 20(b): whales are numbered in the order each catcher takes them.
        if self.saved is not None:
            return
        catcher = self.form.catcher.currentText().strip()
        used = [c.order for c in self.existing if c.catcher == catcher]
        self.form.order.setValue(max(used, default=0) + 1)

    # --- checking -----------------------------------------------------------------------------------------------
    def read(self) -> tuple[Catch, dict[str, str]]:
        markings = frozenset((c.catcher, c.order) for c in self.existing)
        draft, errors = read_catch(self.form, self._base, self.source, markings)
        return dataclasses.replace(draft, explanations=self.flags_panel.explanations()), errors

    def _facts(self, catcher: str) -> dict:
        """Flag State, closure date and default harpoon for the catcher: read from the logbook once per catcher."""
        if catcher not in self._facts_by_catcher:
            self._facts_by_catcher[catcher] = compliance_facts(self.db, catcher)
        return self._facts_by_catcher[catcher]

    def recheck(self) -> None:
        """Re-read the form, show refusals at their fields, and the flags the record raises now."""
        self._timer.stop()
        draft, self.errors = self.read()
        self.form.messages.show({field: tr_message(reason) for field, reason in self.errors.items()})
        show_lactation(self.form, draft)
        self.context = compliance_context(draft, self.settings.operation, self.ship_tz, **self._facts(draft.catcher))
        self.flags = evaluate(draft, self.context)
        self.flags_panel.set_flags(self.flags)
        self.form.stock.setText(tr_message(stock_text(stock_for(draft))))
        blockers = _grouped(dataclasses.replace(draft, flags=tuple(self.flags)))
        if self.saved is None:
            blockers.append("save: the record must be saved before it is signed")
        elif self._dirty(draft) and not self._only_explanations_added(draft):
            # "Ready to sign" must mean Sign works: a change to the saved record needs Save with a reason first
            blockers.append("save: the changes must be saved (with a reason) before the record is signed")
        signed = self.saved is not None and self.saved.signature is not None
        if signed:
            s = self.saved.signature
            self.blockers.setText(
                translate(
                    "CatchDialog", "Signed by {role} {name} at {when}. Corrections are made as amendments."
                ).format(role=s.role.value, name=s.name, when=format_utc(s.at))
            )
        else:
            self.blockers.setText(
                translate("CatchDialog", "Ready to sign.")
                if not blockers
                else translate("CatchDialog", "Before sign-off:")
                + "\n"
                + "\n".join(f"• {_readable(b)}" for b in blockers)
            )
        self.blockers.setProperty("role", "muted" if signed or not blockers else "")
        self.sign_button.setEnabled(not signed and not blockers)
        self.save_button.setEnabled(not signed)
        self.reason.setVisible(self.saved is not None and not signed)
        self.form.set_read_only(signed)

    # --- saving and signing ---------------------------------------------------------------------------------------
    def save(self, then: Callable[[], object] | None = None) -> bool:
        """Store the form: committed on the store writer's thread (the dialog disabled, "Saving…" until it is
        done), then(), if given, once stored. True when stored or on its way; False when refused, said at the
        fields and on the status line with the form as typed."""
        self.recheck()
        if self.errors:
            self.status.setText(
                translate("CatchDialog", "Not saved: {count} field(s) to correct.").format(count=len(self.errors))
            )
            return False
        draft, _ = self.read()
        reason = self.reason.text().strip() or None if self.saved is not None else None
        context, who = self.context, self.who()

        def stored(saved: Catch) -> None:
            self.saved = self._base = saved
            self.reason.clear()
            self.setWindowTitle(translate("CatchDialog", "Catch {marking}").format(marking=saved.marking))
            self.status.setText(
                translate("CatchDialog", "Saved {marking} with {count} flag(s).").format(
                    marking=saved.marking, count=len(saved.flags)
                )
            )
            self.recheck()
            self.record_saved.emit()
            if then is not None:
                then()

        return self.store.submit(
            self,
            SaveRefusals(self.form.messages, self.status, form_field),
            lambda: lambda db: save_catch(db, draft, context, who, reason),
            stored,
            self.save_button,
            field=STATUS,
        )

    def sign(self) -> bool:
        """Sign the record; a form that differs from the saved record is saved first (save, stored, then sign).
        True when signed or on its way; False when refused (said on the status line)."""
        draft, _ = self.read()
        if self._only_explanations_added(draft):
            # para 24(b)(6): the explanations sign-off asks for are completed, not a change to what was recorded
            self.reason.setText(self.reason.text().strip() or EXPLAINED_AT_SIGN_OFF)
        if not self._dirty(draft):
            return self._sign_saved()
        signed: list[bool] = []  # without a writer the save, and so the signing, happen before save() returns
        return self.save(then=lambda: signed.append(self._sign_saved())) and all(signed)

    def _sign_saved(self) -> bool:
        signature = Signature(
            self.signer_name.text().strip(), SignerRole(self.signer_role.currentData()), datetime.now(timezone.utc)
        )
        catch_id, who = self.saved.id, self.who()

        def signed(_none) -> None:
            self.saved = dataclasses.replace(self.saved, signature=signature)
            self.status.setText(translate("CatchDialog", "Signed {marking}.").format(marking=self.saved.marking))
            self.recheck()
            self.record_saved.emit()

        # IntegrityBroken (a stored record changed outside WhaleLog) is said with its reason and records
        return self.store.submit(
            self,
            SaveRefusals(self.form.messages, self.status, form_field, signing=True),
            lambda: lambda db: sign_catch(db, catch_id, signature, who),
            signed,
            self.sign_button,
            field=STATUS,
        )

    def _only_explanations_added(self, draft: Catch) -> bool:
        """The form differs from the saved record only by explanations given where there were none."""
        if self.saved is None or not self._dirty(draft):
            return False
        same_record = not self._dirty(dataclasses.replace(draft, explanations=self.saved.explanations))
        added = all(
            not self.saved.explanations.get(k, "").strip()
            for k, v in draft.explanations.items()
            if v != self.saved.explanations.get(k, "")
        )
        return same_record and added

    def _dirty(self, draft: Catch, against: Catch | None = None) -> bool:
        """Whether the form holds anything not saved (compared with `against`, default the saved record)."""
        against = against or self.saved
        if against is None:
            return True
        keep = {"flags", "signature"}
        mine = {k: v for k, v in dataclasses.asdict(draft).items() if k not in keep}
        theirs = {k: v for k, v in dataclasses.asdict(against).items() if k not in keep}
        return mine != theirs

    def reject(self) -> None:
        """Close; unsaved entries are never dropped silently: the first Close only warns (no blocking box,
        so GPS and alerts keep running)."""
        draft, _ = self.read()
        unsaved = self._dirty(draft, self.saved or self._pristine)
        if unsaved and not self._close_armed and (self.saved is None or self.saved.signature is None):
            self._close_armed = True
            self.status.setText(
                translate("CatchDialog", "Not saved yet: Save, or press Close again to discard what was entered.")
            )
            return
        super().reject()
