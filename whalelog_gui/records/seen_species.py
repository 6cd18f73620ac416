"""The species columns of the Appendix A daily record sheet's "Whales Seen" box, plus "others (specify)"."""

from __future__ import annotations

import enum


class SeenSpecies(enum.Enum):
    BLUE = "blue"
    FIN = "fin"
    HUMPBACK = "humpback"
    RIGHT = "right"
    SEI = "sei"
    BRYDES = "brydes"
    MINKE = "minke"
    SPERM = "sperm"
    OTHER = "other"  # needs a name: "Others (specify)"

    @property
    def label(self) -> str:
        return "Bryde's" if self is SeenSpecies.BRYDES else self.value.capitalize()
