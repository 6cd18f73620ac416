"""The Schedule's species list (para 1, A. Baleen whales and B. Toothed whales) with the names crews use.

`tally` is the row of the Appendix A Table 1 "Whales Seen" box a species is counted under ("Others" when
the sheet has no row for it). `max_length_m` is a plausibility bound for refusing typing errors at the
field; it is biology (largest recorded animals, rounded up), not a Schedule rule.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from decimal import Decimal


class WhaleGroup(str, enum.Enum):
    BALEEN = "baleen"
    TOOTHED = "toothed"


@dataclass(frozen=True)
class Species:
    key: str
    name: str  # the Schedule's defined term, e.g. "Bryde's whale"
    group: WhaleGroup
    scientific: tuple[str, ...]
    known_as: tuple[str, ...]  # Schedule para 1: "means any whale known as ..."
    tally: str
    max_length_m: Decimal

    @property
    def is_baleen(self) -> bool:
        return self.group is WhaleGroup.BALEEN

    @property
    def max_length_ft(self) -> Decimal:
        return (self.max_length_m / Decimal("0.3048")).to_integral_value()


def _s(key, name, group, scientific, known_as, tally, max_m) -> Species:
    return Species(key, name, group, tuple(scientific), tuple(known_as), tally, Decimal(max_m))


B, T = WhaleGroup.BALEEN, WhaleGroup.TOOTHED

# Schedule para 1, in the Schedule's order.
SPECIES: tuple[Species, ...] = (
    _s(
        "blue",
        "blue whale",
        B,
        ["Balaenoptera musculus"],
        ["blue whale", "Sibbald's rorqual", "sulphur bottom", "pygmy blue whale"],
        "Blue",
        "34",
    ),
    _s(
        "bowhead",
        "bowhead whale",
        B,
        ["Balaena mysticetus"],
        ["bowhead", "Arctic right whale", "great polar whale", "Greenland right whale", "Greenland whale"],
        "Others",
        "21",
    ),
    _s("bryde", "Bryde's whale", B, ["Balaenoptera edeni", "B. brydei"], ["Bryde's whale"], "Bryde's", "17"),
    _s(
        "fin",
        "fin whale",
        B,
        ["Balaenoptera physalus"],
        ["common finback", "common rorqual", "fin whale", "herring whale", "true fin whale"],
        "Fin",
        "27.5",
    ),
    _s(
        "gray",
        "gray whale",
        B,
        ["Eschrichtius robustus"],
        ["gray whale", "California gray", "devil fish", "hard head", "mussel digger", "gray back", "rip sack"],
        "Others",
        "16",
    ),
    _s(
        "humpback",
        "humpback whale",
        B,
        ["Megaptera novaeangliae"],
        ["bunch", "humpback", "humpback whale", "humpbacked whale", "hump whale", "hunchbacked whale"],
        "Humpback",
        "19",
    ),
    _s(
        "minke",
        "minke whale",
        B,
        ["Balaenoptera acutorostrata", "B. bonaerensis"],
        ["lesser rorqual", "little piked whale", "minke whale", "pike-headed whale", "sharp headed finner"],
        "Minke",
        "11",
    ),
    _s(
        "pygmy-right",
        "pygmy right whale",
        B,
        ["Caperea marginata"],
        ["southern pygmy right whale", "pygmy right whale"],
        "Others",
        "7",
    ),
    _s(
        "right",
        "right whale",
        B,
        ["Eubalaena glacialis", "E. australis"],
        [
            "Atlantic right whale",
            "Arctic right whale",
            "Biscayan right whale",
            "Nordkaper",
            "North Atlantic right whale",
            "North Cape whale",
            "Pacific right whale",
            "southern right whale",
        ],
        "Right",
        "19",
    ),
    _s(
        "sei",
        "sei whale",
        B,
        ["Balaenoptera borealis"],
        ["sei whale", "Rudolphi's rorqual", "pollack whale", "coalfish whale"],
        "Sei",
        "21",
    ),
    _s(
        "beaked",
        "beaked whale",
        T,
        ["Mesoplodon", "Ziphius cavirostris", "Tasmacetus shepherdi"],
        ["Cuvier's beaked whale", "Shepherd's beaked whale"],
        "Others",
        "8",
    ),
    _s(
        "bottlenose",
        "bottlenose whale",
        T,
        ["Berardius bairdii", "Berardius arnuxii", "Hyperoodon planifrons", "Hyperoodon ampullatus"],
        ["Baird's beaked whale", "Arnoux's whale", "southern bottlenose whale", "northern bottlenose whale"],
        "Others",
        "13",
    ),
    _s("killer", "killer whale", T, ["Orcinus orca"], ["killer whale", "orca"], "Others", "10"),
    _s(
        "pilot",
        "pilot whale",
        T,
        ["Globicephala melaena", "G. macrorhynchus"],
        ["long-finned pilot whale", "short-finned pilot whale"],
        "Others",
        "8",
    ),
    _s(
        "sperm",
        "sperm whale",
        T,
        ["Physeter macrocephalus"],
        ["sperm whale", "spermacet whale", "cachalot", "pot whale"],
        "Sperm",
        "24",
    ),
)

BY_KEY: dict[str, Species] = {s.key: s for s in SPECIES}

# Schedule para 1, C. General: "small-type whaling" hunts exclusively for these.
SMALL_TYPE_SPECIES = frozenset({"minke", "bottlenose", "beaked", "pilot", "killer"})

# Appendix A Table 1 "Whales Seen" rows, in the sheet's order.
TALLY_ROWS = ("Blue", "Bryde's", "Fin", "Minke", "Humpback", "Sperm", "Right", "Sei", "Others")


class UnknownSpecies(KeyError):
    def __str__(self) -> str:
        return f"unknown species {self.args[0]!r}: choose one of the Schedule's species (para 1)"


def species(key_or_name: str) -> Species:
    """Look a species up by key, Schedule name or any name it is "known as" (case-insensitive)."""
    wanted = key_or_name.strip().lower().replace("\u2019", "'")
    if wanted in BY_KEY:
        return BY_KEY[wanted]
    matches = [s for s in SPECIES if wanted in (n.lower() for n in (s.name, *s.known_as, *s.scientific))]
    if len(matches) > 1:  # the Schedule itself lists "Arctic right whale" under both bowhead and right whale
        raise UnknownSpecies(f"{key_or_name} (ambiguous: {' or '.join(m.name for m in matches)})")
    if not matches:
        raise UnknownSpecies(key_or_name)
    return matches[0]


def tally_row(key: str) -> str:
    return species(key).tally
