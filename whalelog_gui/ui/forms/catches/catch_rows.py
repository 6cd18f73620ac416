"""The Catches tab's cells: what each column says of a catch or a struck-and-lost whale (no Qt).

Flags and Signed sit next to the marking: what an officer looks for first stays in view on a 1024x600 screen
(issue 15). Dates and times are the ship's, with UTC beside them (ShipClock), as on the daily record sheet. Words
are Messages (English, with their template), shown in the crew's language by the view (ui/i18n.tr_message).
"""

from __future__ import annotations

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message, Template
from whalelog_gui.nav.format import format_position
from whalelog_gui.records.catch import Catch, Sex, StruckLost
from whalelog_gui.records.compliance import missing_explanations
from whalelog_gui.records.measurement import LengthReading
from whalelog_gui.records.ship_time import ShipClock
from whalelog_gui.records.species import BY_KEY

#: column headings of the season's catch list (Schedule para 24(b))
CATCH_COLUMNS = (
    QT_TRANSLATE_NOOP("CatchesPage", "Marking"),
    QT_TRANSLATE_NOOP("CatchesPage", "Flags"),
    QT_TRANSLATE_NOOP("CatchesPage", "Signed"),
    QT_TRANSLATE_NOOP("CatchesPage", "Ship's date"),
    QT_TRANSLATE_NOOP("CatchesPage", "Taken (ship's time, UTC)"),
    QT_TRANSLATE_NOOP("CatchesPage", "Species"),
    QT_TRANSLATE_NOOP("CatchesPage", "Position"),
    QT_TRANSLATE_NOOP("CatchesPage", "Length"),
    QT_TRANSLATE_NOOP("CatchesPage", "Sex"),
    QT_TRANSLATE_NOOP("CatchesPage", "Lactating"),
)
#: column headings of the whales struck but lost (Schedule para 25(a)(2))
LOST_COLUMNS = (
    QT_TRANSLATE_NOOP("CatchesPage", "Catcher"),
    QT_TRANSLATE_NOOP("CatchesPage", "Ship's date"),
    QT_TRANSLATE_NOOP("CatchesPage", "Struck (ship's time, UTC)"),
    QT_TRANSLATE_NOOP("CatchesPage", "Species"),
    QT_TRANSLATE_NOOP("CatchesPage", "Position"),
    QT_TRANSLATE_NOOP("CatchesPage", "Method other than harpoon"),
    QT_TRANSLATE_NOOP("CatchesPage", "Remarks"),
)
SHIP_DATE = CATCH_COLUMNS.index("Ship's date"), LOST_COLUMNS.index("Ship's date")  # what the day filter reads
YES, NO = QT_TRANSLATE_NOOP("CatchesPage", "yes"), QT_TRANSLATE_NOOP("CatchesPage", "no")
SEX = {
    Sex.UNKNOWN: QT_TRANSLATE_NOOP("CatchForm", "unknown"),
    Sex.MALE: QT_TRANSLATE_NOOP("CatchForm", "male"),
    Sex.FEMALE: QT_TRANSLATE_NOOP("CatchForm", "female"),
}


def species_name(key: str) -> Message:
    """The Schedule's English name, translated under "Species" (ui/species_names.py)."""
    return Message(Template("Species", BY_KEY[key].name))


#: a whale's length as logged (Schedule para 23) and, in brackets, the tape reading it was logged from
LENGTH = QT_TRANSLATE_NOOP("CatchesPage", "{logged} {unit} (read {raw})")


def length_cell(length: LengthReading) -> Message:
    """As str(length) says it ("15.4 m (read 15.44)"), with "read" in the crew's language."""
    return Message(LENGTH, logged=length.logged_text, unit=length.unit.value, raw=length.raw_text)


def lactation_cell(c: Catch) -> str:
    """Para 1 lactation as listed: a "yes" from the gland alone says milk was not examined (issue 15)."""
    if c.lactating is True and c.milk_present is None:
        return QT_TRANSLATE_NOOP("CatchesPage", "presumed yes (milk not examined)")
    return {True: YES, False: NO, None: "—"}[c.lactating]


def flags_text(c: Catch) -> str:
    """The paragraphs flagged: binding ones with how many are still to explain (para 24(b)(6)), then the ones that
    are information only (not binding on the flag State)."""
    if not c.flags:
        return QT_TRANSLATE_NOOP("CatchesPage", "none")
    open_ = len(missing_explanations(c))
    binding = ", ".join(sorted({f.paragraph for f in c.flags if f.binding}))
    info = ", ".join(sorted({f.paragraph for f in c.flags if not f.binding}))
    parts = []
    if binding:
        parts.append(
            Message(
                QT_TRANSLATE_NOOP("CatchesPage", "{paragraphs} — {count} to explain"), paragraphs=binding, count=open_
            )
            if open_
            else Message(QT_TRANSLATE_NOOP("CatchesPage", "{paragraphs} — explained"), paragraphs=binding)
        )
    if info:
        parts.append(Message(QT_TRANSLATE_NOOP("CatchesPage", "information: {paragraphs}"), paragraphs=info))
    if len(parts) == 1:
        return parts[0]
    return Message(QT_TRANSLATE_NOOP("CatchesPage", "{binding}; {information}"), binding=parts[0], information=parts[1])


def catch_cells(c: Catch, clock: ShipClock) -> tuple[str, ...]:
    return (
        c.marking,
        flags_text(c),
        YES if c.signature else NO,
        f"{clock.ship_date(c.time_taken)}",
        clock.time_with_utc(c.time_taken),
        species_name(c.species),
        format_position(c.lat, c.lon),
        "—" if c.length is None else length_cell(c.length),
        SEX[c.sex],
        lactation_cell(c),
    )


def lost_cells(s: StruckLost, clock: ShipClock) -> tuple[str, ...]:
    return (
        s.catcher,
        f"{clock.ship_date(s.time_struck)}",
        clock.time_with_utc(s.time_struck),
        species_name(s.species) if s.species else QT_TRANSLATE_NOOP("StruckLost", "not identified"),
        format_position(s.lat, s.lon),
        s.killing_method or QT_TRANSLATE_NOOP("CatchesPage", "harpoon"),
        s.remarks,
    )


def season_summary(catches: list[Catch], lost: list[StruckLost]) -> Message:
    open_flags = sum(len(missing_explanations(c)) for c in catches)
    if open_flags:
        return Message(
            QT_TRANSLATE_NOOP("CatchesPage", "Catches: {catches}; struck and lost: {lost}; flags to explain: {flags}"),
            catches=len(catches),
            lost=len(lost),
            flags=open_flags,
        )
    return Message(
        QT_TRANSLATE_NOOP("CatchesPage", "Catches: {catches}; struck and lost: {lost}"),
        catches=len(catches),
        lost=len(lost),
    )
