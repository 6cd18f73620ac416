"""Schedule Appendix A TITLE PAGE form: entered once per catcher per season, then reused; changes need a reason."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Template
from whalelog_gui.operations import Fleet
from whalelog_gui.records.field_error import FieldError
from whalelog_gui.records.title_page import FirstHarpoonKind, Hull, TitlePage
from whalelog_gui.store import logbook_repo
from whalelog_gui.store.drafts import discard_draft
from whalelog_gui.store.vessel import load_vessel
from whalelog_gui.ui.forms.logbook.drafts import DraftKeeper
from whalelog_gui.ui.forms.field_messages import FieldMessages, saved_or_shown
from whalelog_gui.ui.forms.logbook.reason_dialog import ReasonDialog
from whalelog_gui.ui.forms.logbook.typed_values import FieldValues
from whalelog_gui.ui.forms.logbook.form_rows import translated_row
from whalelog_gui.ui.i18n import Retranslating, tr_template, translate
from whalelog_gui.ui.locale_display import local_decimals
from whalelog_gui.ui.store_op import StoreOp

# (group, [(field, label, kind)]) in the order of the Appendix A title page.
GROUPS = (
    (
        QT_TRANSLATE_NOOP("TitlePage", "Catcher"),
        [
            ("catcher_name", QT_TRANSLATE_NOOP("AppendixA", "Catcher name"), "text"),
            ("year_built", QT_TRANSLATE_NOOP("AppendixA", "Year built"), "int"),
            ("attached_to", QT_TRANSLATE_NOOP("TitlePage", "Attached to expedition / land station"), "text"),
            ("season", QT_TRANSLATE_NOOP("AppendixA", "Season"), "text"),
            ("overall_length_m", QT_TRANSLATE_NOOP("AppendixA", "Overall length (m)"), "decimal"),
            ("hull", QT_TRANSLATE_NOOP("TitlePage", "Hull"), "hull"),
            ("gross_tonnage", QT_TRANSLATE_NOOP("AppendixA", "Gross tonnage"), "decimal"),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("TitlePage", "Engine and speed"),
        [
            ("engine_type", QT_TRANSLATE_NOOP("AppendixA", "Type of engine"), "text"),
            ("horsepower", QT_TRANSLATE_NOOP("AppendixA", "H.P."), "decimal"),
            ("max_speed_kn", QT_TRANSLATE_NOOP("AppendixA", "Maximum speed (kn)"), "decimal"),
            ("avg_search_speed_kn", QT_TRANSLATE_NOOP("AppendixA", "Average searching speed (kn)"), "decimal"),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("TitlePage", "Asdic and gear"),
        [
            ("asdic_make_model", QT_TRANSLATE_NOOP("AppendixA", "Asdic set, make and model no."), "text"),
            ("asdic_installed_on", QT_TRANSLATE_NOOP("TitlePage", "Date of installation (YYYY-MM-DD)"), "date"),
            ("cannon_make_size", QT_TRANSLATE_NOOP("AppendixA", "Make and size of cannon"), "text"),
            ("first_harpoon_type", QT_TRANSLATE_NOOP("TitlePage", "Type of first harpoon used"), "text"),
            ("first_harpoon_kind", QT_TRANSLATE_NOOP("TitlePage", "First harpoon is"), "harpoon"),
            ("killer_harpoon_type", QT_TRANSLATE_NOOP("AppendixA", "Type of killer harpoon used"), "text"),
            ("forerunner_length_m", QT_TRANSLATE_NOOP("TitlePage", "Length of forerunner (m)"), "decimal"),
            ("forerunner_type", QT_TRANSLATE_NOOP("TitlePage", "Type of forerunner"), "text"),
            ("whaleline_type", QT_TRANSLATE_NOOP("AppendixA", "Type of whaleline"), "text"),
            ("barrel_height_m", QT_TRANSLATE_NOOP("AppendixA", "Height of barrel above sea level (m)"), "decimal"),
            ("speedboat_used", QT_TRANSLATE_NOOP("TitlePage", "Speedboat used"), "yesno"),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("TitlePage", "People"),
        [
            ("captain_name", QT_TRANSLATE_NOOP("AppendixA", "Name of Captain"), "text"),
            ("captain_years", QT_TRANSLATE_NOOP("TitlePage", "Captain's years of experience"), "int"),
            ("gunner_name", QT_TRANSLATE_NOOP("AppendixA", "Name of gunner"), "text"),
            ("gunner_years", QT_TRANSLATE_NOOP("TitlePage", "Gunner's years of experience"), "int"),
            ("crew_count", QT_TRANSLATE_NOOP("AppendixA", "Number of crew"), "int"),
        ],
    ),
)
# the stored values are the enums; only what is shown is translated
CHOICES = {
    "hull": [
        ("", None),
        (QT_TRANSLATE_NOOP("TitlePage", "wooden"), Hull.WOODEN),
        (QT_TRANSLATE_NOOP("TitlePage", "steel"), Hull.STEEL),
    ],
    #: Appendix A: the first harpoon is explosive, electric or non-explosive
    "harpoon": [
        ("", None),
        (QT_TRANSLATE_NOOP("TitlePage", "explosive"), FirstHarpoonKind.EXPLOSIVE),
        (QT_TRANSLATE_NOOP("TitlePage", "electric"), FirstHarpoonKind.ELECTRIC),
        (QT_TRANSLATE_NOOP("TitlePage", "non-explosive"), FirstHarpoonKind.NON_EXPLOSIVE),
    ],
    "yesno": [("", None), (QT_TRANSLATE_NOOP("TitlePage", "Yes"), True), (QT_TRANSLATE_NOOP("TitlePage", "No"), False)],
}


class TitlePageForm(Retranslating, QWidget):
    saved = Signal(object)  # TitlePage
    changed = Signal()

    def __init__(self, db, who, parent=None, *, writer=None):
        super().__init__(parent)
        self.db, self.who, self.writer = db, who, writer
        self.page: TitlePage | None = None
        outer = QVBoxLayout(self)
        self.heading = QLabel()
        outer.addWidget(self.heading)
        self.messages = FieldMessages()
        outer.addWidget(self.messages.general)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        columns = QHBoxLayout(body)
        column_layouts = [QVBoxLayout(), QVBoxLayout()]
        for column in column_layouts:
            columns.addLayout(column, 1)
        self.inputs: dict[str, QLineEdit | QComboBox] = {}
        self.kinds: dict[str, str] = {}
        self.boxes: list[QGroupBox] = []
        for i, (title, rows) in enumerate(GROUPS):
            box = QGroupBox()
            self.tr_bind(box.setTitle, title)
            form = QFormLayout(box)
            for field, label, kind in rows:
                widget = QComboBox() if kind in CHOICES else QLineEdit()
                for text, value in CHOICES.get(kind, []):
                    widget.addItem(tr_template(text) if text else "—", value)
                widget.setObjectName(field)
                widget.setMinimumHeight(36)
                if kind == "text":  # a ship's or a gear's name is read whole, not scrolled (issue 15)
                    widget.setMinimumWidth(widget.fontMetrics().horizontalAdvance("x" * 30))
                (widget.currentIndexChanged if kind in CHOICES else widget.textChanged).connect(self._edited)
                translated_row(self, self.messages, form, label, widget, field)
                self.inputs[field], self.kinds[field] = widget, kind
            column_layouts[i % 2].addWidget(box)
            self.boxes.append(box)
        self.column_layouts, self._columns = column_layouts, 2
        for column in column_layouts:
            column.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_button = QPushButton()
        self.tr_bind(self.save_button.setText, QT_TRANSLATE_NOOP("TitlePage", "Save title page"))
        self.save_button.setMinimumHeight(48)
        row.addWidget(self.save_button)
        outer.addLayout(row)
        self.save_button.clicked.connect(self.save)
        self._heading: tuple[Template, dict] | None = None
        self.reason_dialog: ReasonDialog | None = None
        self.keeper: DraftKeeper | None = None
        self._loading = False
        self.show_page(None)

    def retranslate(self) -> None:
        super().retranslate()
        if self.__dict__.get("_heading") is None:
            return
        self.heading.setText(tr_template(self._heading[0], **self._heading[1]))
        for field, widget in self.inputs.items():
            for index, (text, _value) in enumerate(CHOICES.get(self.kinds[field], [])):
                if text:  # the index (and the value behind it) stays: only the shown word changes
                    widget.setItemText(index, tr_template(text))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Two columns of groups where they fit side by side, one on a narrow screen (no sideways scrolling)."""
        super().resizeEvent(event)
        widest = max(box.minimumSizeHint().width() for box in self.boxes)
        columns = 2 if self.width() >= 2 * widest + 60 else 1
        if columns != self._columns:
            self._columns = columns
            for box in self.boxes:
                for layout in self.column_layouts:
                    layout.removeWidget(box)
            for i, box in enumerate(self.boxes):
                layout = self.column_layouts[i % columns]
                layout.insertWidget(layout.count() - 1, box)  # before the stretch

    @property
    def draft_key(self) -> str:
        return f"title-page:{self.page.id if self.page and self.page.id else 'new'}"

    def _edited(self, *_args) -> None:
        if self._loading:
            return
        if self.keeper is None or self.keeper.closed:
            self.keeper = DraftKeeper(self.db, self.draft_key, self.raw, self, writer=self.writer)
        self.keeper.touch()
        self.changed.emit()

    def show_page(self, page: TitlePage | None) -> None:
        """Fill the form from a saved title page (None: a blank one for a new season)."""
        self.page = page
        self.keeper = None
        self._loading = True
        blank = page is None or page.id is None
        if page is None:  # a first logbook starts from the names given at set-up, not from nothing (issue 15)
            page = self.names_from_setup()
        self._heading = (
            (QT_TRANSLATE_NOOP("TitlePage", "New logbook: enter the title page once for the season."), {})
            if blank
            else (
                QT_TRANSLATE_NOOP(
                    "TitlePage",
                    "Title page of {catcher}, season {season}. Changes after saving are audited and need a reason.",
                ),
                {"catcher": page.catcher_name, "season": page.season},
            )
        )
        self.heading.setText(tr_template(self._heading[0], **self._heading[1]))
        for field, widget in self.inputs.items():
            value = getattr(page, field) if page is not None else None
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(value), 0) if value is not None else 0)
            else:
                text = "" if value is None else str(value)
                widget.setText(local_decimals(text) if self.kinds[field] == "decimal" else text)
        self._loading = False
        self.messages.clear()

    def names_from_setup(self) -> TitlePage | None:
        regime = load_vessel(self.db).regime
        catcher, attached = Fleet(
            regime.get("operation", ""), regime.get("vessel_name", ""), regime.get("catcher_names", ())
        ).title_page_names()
        return TitlePage(catcher, "", attached_to=attached) if catcher or attached else None

    def raw(self) -> dict:
        return {f: (w.currentIndex() if isinstance(w, QComboBox) else w.text()) for f, w in self.inputs.items()}

    def restore(self, raw: dict) -> None:
        """Put a kept draft back; it stays a draft until saved."""
        for field, value in raw.items():
            widget = self.inputs.get(field)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(int(value))
            elif widget is not None:
                widget.setText(value)

    def build(self) -> tuple[TitlePage, list[FieldError]]:
        parsed = FieldValues()
        values = {}
        for field, widget in self.inputs.items():
            kind = self.kinds[field]
            if kind in CHOICES:
                values[field] = widget.currentData()
            else:
                text = widget.text()
                values[field] = {
                    "text": lambda f, t: t.strip(),
                    "int": parsed.integer,
                    "decimal": parsed.decimal,
                    "date": parsed.day,
                }[kind](field, text)
        page = TitlePage(**values, id=self.page.id if self.page else None)
        return page, parsed.errors

    def save(self) -> None:
        page, errors = self.build()
        errors += page.validate()
        if errors:
            self.messages.show(errors)
            return
        if page.id is None:
            self._store(page, None)
            return
        self.reason_dialog = ReasonDialog(
            translate("ReasonDialog", "The title page was saved before. Why is it changed?"), parent=self
        )
        self.reason_dialog.accepted.connect(lambda: self._store(page, self.reason_dialog.reason))
        self.reason_dialog.open()

    def _store(self, page: TitlePage, reason: str | None) -> None:
        who = self.who()

        def write(db) -> None:  # on the store writer's thread: its commit never freezes the window
            logbook_repo.save_title_page(db, page, who, reason)
            discard_draft(db, "title-page:new")

        if self.writer is None:  # a read-only logbook has no writer: the store refuses, and that is shown here
            if saved_or_shown(self.messages, lambda: write(self.db), field="title_page"):
                self._stored(page)
            return
        StoreOp(self, self.writer, write, lambda _none: self._stored(page)).at_form(
            self, self.messages, self.save_button, field="title_page"
        ).run_in_background()

    def _stored(self, page: TitlePage) -> None:
        if self.keeper is not None:
            self.keeper.discard()
        self.show_page(page)
        self.saved.emit(page)


def start_next_season(previous: TitlePage) -> TitlePage:
    """A new season's title page starts from last season's particulars; the season is typed anew."""
    return replace(previous, season="", id=None)
