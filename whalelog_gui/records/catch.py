"""A whale taken (Schedule paras 20(b), 24(b), 27(c), 29) and a whale struck but lost (para 25(a)(2)).

Validation returns FieldError(field, message) so a form can refuse the input at the field with the reason.
Compliance flags (records/compliance.py) live on the catch with the crew's explanation of each (para 24(b)(6)).
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone, tzinfo
from decimal import Decimal

from whalelog_gui.messages import QT_TRANSLATE_NOOP, Message
from whalelog_gui.records.daily_sheet import Signature
from whalelog_gui.records.field_error import FieldError
from whalelog_gui.records.measurement import LengthReading, LengthUnit, log_gland_cm, sperm_lactating
from whalelog_gui.records.species import BY_KEY, WhaleGroup
from whalelog_gui.utc import utc_now

FOOT_M = Decimal("0.3048")
MIN_LENGTH_M = Decimal(1)  # shorter than any newborn of the para 1 species: a typing error


class Sex(str, enum.Enum):
    MALE = "male"
    FEMALE = "female"
    UNKNOWN = "unknown"


class SpecimenKind(str, enum.Enum):
    # Schedule para 29(a)
    OVARIES = "ovaries"
    TESTES_WEIGHT = "testes weight"
    EAR_PLUG = "ear plug"
    TOOTH = "tooth"


@dataclass(frozen=True)
class Specimen:
    """Para 29(c): labelled with the platform or other identification number of the whale."""

    kind: SpecimenKind
    label: str
    weight_kg: Decimal | None = None  # combined weight of both testes, para 29(a)(1)


@dataclass(frozen=True)
class Foetus:
    """Para 24(b)(5), 27(c): length and sex (if ascertainable) of a foetus."""

    length: LengthReading | None = None
    sex: Sex = Sex.UNKNOWN


class Weapon(str, enum.Enum):
    """The harpoon (or other method) a whale was killed with: para 6 (cold grenade), para 25(a)(1) (other methods).

    Appendix A's title page records the first harpoon as explosive / electric / non-explosive: the non-explosive
    grenade harpoon is the cold grenade harpoon of para 6.
    """

    EXPLOSIVE = "explosive harpoon"
    COLD_GRENADE = "cold grenade harpoon"
    NON_EXPLOSIVE = "non-explosive harpoon"
    ELECTRIC = "electric harpoon"
    OTHER = "other"  # a method other than a harpoon; Catch.killing_method says which (para 25(a)(1))


PARA_6_WEAPONS = frozenset({Weapon.COLD_GRENADE, Weapon.NON_EXPLOSIVE})  # Schedule para 6


def weapon_from_text(text: str) -> tuple[Weapon, str]:
    """A weapon as typed: one of the four harpoon names (any case), else OTHER with the text as the method."""
    wanted = " ".join(text.split()).lower()
    for weapon in Weapon:
        if weapon is not Weapon.OTHER and wanted == weapon.value:
            return weapon, ""
    return Weapon.OTHER, " ".join(text.split())


@dataclass(frozen=True)
class Flag:
    """A possible infraction found by records/compliance.py, citing the Schedule paragraph.

    `binding` is False when the paragraph does not bind the vessel's flag State on the date of taking (an objection
    or reservation in the Schedule's footnotes): the flag is shown as information and needs no explanation.
    """

    rule_id: str
    paragraph: str
    explanation: str  # plain words: what was found and why it may be an infraction (the "reason")
    uncertain: bool = False  # raised because a fact (e.g. the position) needed to clear it is missing
    binding: bool = True
    binding_note: str = ""  # who is (not) bound and why, citing the Schedule footnote; "" when nothing to say

    @property
    def needs_explanation(self) -> bool:
        """Only a flag that binds the flag State needs the crew's explanation before sign-off (para 24(b)(6))."""
        return self.binding

    @property
    def reason(self) -> str:
        return self.explanation + (f" — {self.binding_note}" if self.binding_note else "")


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass
class Catch:
    catcher: str  # marking: the catcher, para 20(b)
    order: int  # marking: order of catching by that catcher, para 20(b)
    species: str  # key in records.species
    time_taken: datetime  # para 24(a)(1), UTC
    lat: float | None = None  # position of taking, para 27(c)
    lon: float | None = None
    position_from_gps: bool = True  # False once the crew edited it
    time_killed: datetime | None = None  # para 20(a) counts from killing; defaults to time_taken
    time_hauled_up: datetime | None = None  # para 24(b)(1)
    length: LengthReading | None = None  # para 24(b)(2), measured per para 23
    sex: Sex = Sex.UNKNOWN  # para 24(b)(3)
    gland_raw_cm: Decimal | None = None  # sperm females: mammary gland thickness as measured, para 1
    milk_present: bool | None = None  # para 1: decides for baleen females; sperm females also need the gland
    not_lactating_evidence: str = ""  # para 1: histological evidence that no calf could depend on her
    foetus: Foetus | None = None  # para 24(b)(5)
    killing_method: str = ""  # other than harpoon, e.g. "compressed air", para 25(a)(1)
    weapon: Weapon | None = None  # the harpoon used (para 6); None = the vessel's default from the title page
    specimens: tuple[Specimen, ...] = ()  # para 29
    suckling_calf: bool = False  # paras 14, 17
    accompanied_by_calf: bool = False  # paras 14, 17
    local_consumption: bool = False  # meat for local consumption as food: the para 15 land-station exceptions
    used_as_fender: bool = False  # para 20(a) exception
    remarks: str = ""
    flags: tuple[Flag, ...] = ()
    explanations: dict[str, str] = field(default_factory=dict)  # rule_id -> crew's explanation, para 24(b)(6)
    signature: Signature | None = None  # once signed the record is locked: corrections are amendments
    id: str = field(default_factory=new_id)

    @property
    def species_info(self):
        return BY_KEY[self.species]

    @property
    def marking(self) -> str:
        return f"{self.catcher} {self.order}"

    @property
    def position_text(self) -> str:
        """Degrees and decimal minutes with hemisphere, e.g. 62°06.000′S 171°18.000′E."""
        from whalelog_gui.nav.format import format_position

        return format_position(self.lat, self.lon)

    def date_taken(self, ship_tz: tzinfo = timezone.utc) -> date:
        """Date of taking (para 27(c)) in ship's time."""
        return self.time_taken.astimezone(ship_tz).date()

    @property
    def gland_logged_cm(self) -> Decimal | None:
        return None if self.gland_raw_cm is None else log_gland_cm(self.gland_raw_cm)

    @property
    def lactating(self) -> bool | None:
        """Para 1 "lactating whale"; None when it is not a female or the measurement is missing."""
        if self.sex is not Sex.FEMALE or self.species not in BY_KEY:
            return None
        if self.not_lactating_evidence.strip():
            return False
        if self.species_info.group is WhaleGroup.BALEEN:
            return None if self.milk_present is None else bool(self.milk_present)
        if self.species == "sperm":  # para 1 (b): milk present AND gland logged at 10 cm or more
            if self.milk_present is False:
                return False
            gland = self.gland_logged_cm
            return None if gland is None else sperm_lactating(gland, self.milk_present)
        return None if self.milk_present is None else bool(self.milk_present)

    @property
    def hours_in_sea(self) -> Decimal | None:
        """Para 20(a): from killing to hauling up for treatment."""
        if self.time_hauled_up is None:
            return None
        seconds = (self.time_hauled_up - (self.time_killed or self.time_taken)).total_seconds()
        return Decimal(int(seconds)) / 3600

    def validate(self) -> list[FieldError]:
        return validate_catch(self)


def length_in_metres(reading: LengthReading) -> Decimal:
    return reading.logged if reading.unit is LengthUnit.METRES else reading.logged * FOOT_M


def check_length(species_key: str, reading: LengthReading | None) -> str | None:
    """Why a whale's length is impossible for its species, or None."""
    if reading is None or species_key not in BY_KEY:
        return None
    sp = BY_KEY[species_key]
    metres = length_in_metres(reading)
    if metres < MIN_LENGTH_M:
        return f"{reading.logged_text} {reading.unit.value} is too short for any whale"
    if metres > sp.max_length_m:
        limit = f"{sp.max_length_m} m" if reading.unit is LengthUnit.METRES else f"{sp.max_length_ft} ft"
        return f"{reading.logged_text} {reading.unit.value} is longer than any {sp.name} ({limit})"
    return None


def check_hauled_up(
    time_taken: datetime, time_hauled_up: datetime | None, time_killed: datetime | None = None
) -> str | None:
    if time_hauled_up is None:
        return None
    if time_hauled_up < time_taken:
        return "hauled up before it was taken"
    if time_killed is not None and time_hauled_up < time_killed:
        return "hauled up before it was killed"
    return None


def _aware(value: datetime | None) -> bool:
    return value is None or (value.tzinfo is not None and value.utcoffset() is not None)


def validate_catch(c: Catch, now: datetime | None = None) -> list[FieldError]:
    """Every reason the record cannot be saved as it stands, at the field the user must correct."""
    errors: list[FieldError] = []
    add = lambda f, m: errors.append(FieldError(f, m))  # noqa: E731
    if not c.catcher.strip():
        add(
            "catcher",
            Message(QT_TRANSLATE_NOOP("CatchRecord", "the catcher that marked the whale is required (para 20(b))")),
        )
    if not isinstance(c.order, int) or isinstance(c.order, bool) or c.order < 1:
        add(
            "order",
            Message(QT_TRANSLATE_NOOP("CatchRecord", "order of catching must be a whole number from 1 (para 20(b))")),
        )
    if c.species not in BY_KEY:
        add("species", Message(QT_TRANSLATE_NOOP("CatchRecord", "unknown species {species}"), species=repr(c.species)))
    for name in ("time_taken", "time_killed", "time_hauled_up"):
        if not _aware(getattr(c, name)):
            add(name, Message(QT_TRANSLATE_NOOP("CatchRecord", "time must carry its time zone (stored as UTC)")))
    if errors and any(e.field.startswith("time") for e in errors):
        return errors
    if c.time_taken > (now or utc_now()) + timedelta(minutes=5):
        add("time_taken", Message(QT_TRANSLATE_NOOP("CatchRecord", "time taken is in the future")))
    if c.time_killed is not None and c.time_killed > c.time_taken + timedelta(hours=48):
        add("time_killed", Message(QT_TRANSLATE_NOOP("CatchRecord", "killed long after it was taken: check the date")))
    reason = check_hauled_up(c.time_taken, c.time_hauled_up, c.time_killed)
    if reason:
        add("time_hauled_up", reason)
    if (c.lat is None) != (c.lon is None):
        add("position", Message(QT_TRANSLATE_NOOP("CatchRecord", "give both latitude and longitude")))
    if c.lat is not None and not -90 <= c.lat <= 90:
        add("lat", Message(QT_TRANSLATE_NOOP("CatchRecord", "latitude {value} is outside -90..90"), value=c.lat))
    if c.lon is not None and not -180 <= c.lon <= 180:
        add("lon", Message(QT_TRANSLATE_NOOP("CatchRecord", "longitude {value} is outside -180..180"), value=c.lon))
    reason = check_length(c.species, c.length)
    if reason:
        add("length", reason)
    if c.sex is not Sex.FEMALE:
        if c.gland_raw_cm is not None or c.milk_present:
            add(
                "sex",
                Message(QT_TRANSLATE_NOOP("CatchRecord", "lactation is recorded only for females (para 24(b)(4))")),
            )
        if c.foetus is not None:
            add("foetus", Message(QT_TRANSLATE_NOOP("CatchRecord", "a foetus is recorded only for females")))
    if c.gland_raw_cm is not None and c.species != "sperm":
        add(
            "gland_raw_cm",
            Message(
                QT_TRANSLATE_NOOP(
                    "CatchRecord",
                    "gland thickness decides lactation for sperm whales only (para 1); record milk present",
                )
            ),
        )
    if c.foetus is not None and c.foetus.length is not None:
        if c.length is not None and length_in_metres(c.foetus.length) >= length_in_metres(c.length):
            add("foetus", Message(QT_TRANSLATE_NOOP("CatchRecord", "foetus is as long as or longer than its mother")))
    for i, s in enumerate(c.specimens):
        if not s.label.strip():
            add(
                f"specimens[{i}]",
                Message(
                    QT_TRANSLATE_NOOP(
                        "CatchRecord", "{kind} specimen needs a label with the whale's number (para 29(c))"
                    ),
                    kind=s.kind.value,
                ),
            )
        if s.weight_kg is not None and s.weight_kg <= 0:
            add(f"specimens[{i}]", Message(QT_TRANSLATE_NOOP("CatchRecord", "weight must be greater than zero")))
    if c.suckling_calf and c.foetus is not None:
        add("foetus", Message(QT_TRANSLATE_NOOP("CatchRecord", "a suckling calf cannot carry a foetus")))
    return errors


@dataclass
class StruckLost:
    """Para 25(a)(2): a whale struck or taken but not landed ("lose", para 1)."""

    catcher: str
    time_struck: datetime  # UTC
    species: str | None = None  # may be unidentified
    lat: float | None = None
    lon: float | None = None
    killing_method: str = ""  # other than harpoon, para 25(a)(1)
    remarks: str = ""
    id: str = field(default_factory=new_id)

    def validate(self) -> list[FieldError]:
        errors = []
        if not self.catcher.strip():
            errors.append(
                FieldError(
                    "catcher",
                    Message(QT_TRANSLATE_NOOP("CatchRecord", "the catcher that struck the whale is required")),
                )
            )
        if self.species is not None and self.species not in BY_KEY:
            errors.append(
                FieldError(
                    "species",
                    Message(QT_TRANSLATE_NOOP("CatchRecord", "unknown species {species}"), species=repr(self.species)),
                )
            )
        if not _aware(self.time_struck):
            errors.append(
                FieldError(
                    "time_struck",
                    Message(QT_TRANSLATE_NOOP("CatchRecord", "time must carry its time zone (stored as UTC)")),
                )
            )
        if (self.lat is None) != (self.lon is None):
            errors.append(
                FieldError("position", Message(QT_TRANSLATE_NOOP("CatchRecord", "give both latitude and longitude")))
            )
        if self.lat is not None and not -90 <= self.lat <= 90:
            errors.append(
                FieldError(
                    "lat",
                    Message(QT_TRANSLATE_NOOP("CatchRecord", "latitude {value} is outside -90..90"), value=self.lat),
                )
            )
        if self.lon is not None and not -180 <= self.lon <= 180:
            errors.append(
                FieldError(
                    "lon",
                    Message(QT_TRANSLATE_NOOP("CatchRecord", "longitude {value} is outside -180..180"), value=self.lon),
                )
            )
        return errors
