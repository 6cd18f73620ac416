"""Appendix A Table 1 "Whales Seen (No. and No. of schools)": tallied from the sighting events, editable.

An edited entry replaces the tally for its species (and name, for "others"); the rest stay derived.
"""

from __future__ import annotations

from dataclasses import dataclass

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message
from whalelog_gui.records.events import NAME_SPECIES, NOT_NEGATIVE, EventKind, LogEvent
from whalelog_gui.records.field_error import FieldError
from whalelog_gui.records.seen_species import SeenSpecies


@dataclass
class WhalesSeenEntry:
    species: SeenSpecies
    number: int
    schools: int
    other_name: str = ""  # for SeenSpecies.OTHER
    edited: bool = False  # True: typed over the tally
    id: str | None = None

    @property
    def key(self) -> tuple[SeenSpecies, str]:
        return self.species, self.other_name.strip().lower()

    def validate(self) -> list[FieldError]:
        errors = []
        if self.number < 0:
            errors.append(FieldError("number", Message(NOT_NEGATIVE)))
        if self.schools < 0:
            errors.append(FieldError("schools", Message(NOT_NEGATIVE)))
        if self.schools > self.number >= 0:
            errors.append(FieldError("schools", Message(QT_TRANSLATE_NOOP("LogbookRules", "more schools than whales"))))
        if self.species is SeenSpecies.OTHER and not self.other_name.strip():
            errors.append(FieldError("other_name", Message(NAME_SPECIES)))
        if self.species is not SeenSpecies.OTHER and self.other_name.strip():
            errors.append(
                FieldError("other_name", Message(QT_TRANSLATE_NOOP("LogbookRules", "only 'others' take a name")))
            )
        return errors


def tally_sightings(events: list[LogEvent]) -> dict[tuple[SeenSpecies, str], WhalesSeenEntry]:
    """Number and number of schools per species from the whales-seen events (groups default to 1)."""
    tally: dict[tuple[SeenSpecies, str], WhalesSeenEntry] = {}
    for event in events:
        if event.kind is not EventKind.WHALES_SEEN or event.species is None:
            continue
        name = event.other_species.strip() if event.species is SeenSpecies.OTHER else ""
        entry = WhalesSeenEntry(event.species, 0, 0, name)
        entry = tally.setdefault(entry.key, entry)
        entry.number += event.number_seen or 0
        entry.schools += event.number_of_groups if event.number_of_groups is not None else 1
    return tally


def whales_seen(events: list[LogEvent], edited: list[WhalesSeenEntry]) -> list[WhalesSeenEntry]:
    """The box as printed: the tally with edited entries laid over it, in the sheet's species order."""
    merged = tally_sightings(events)
    for entry in edited:
        merged[entry.key] = WhalesSeenEntry(
            entry.species, entry.number, entry.schools, entry.other_name, edited=True, id=entry.id
        )
    order = list(SeenSpecies)
    return sorted(merged.values(), key=lambda e: (order.index(e.species), e.other_name.lower()))
