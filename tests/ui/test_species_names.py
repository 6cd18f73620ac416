"""Every Schedule para 1 species can be shown in the crew's language, as the glossary names it (issue 16)."""

import pytest

from whalelog_gui.records.species import SPECIES
from whalelog_gui.ui.i18n import LanguageController, translate
from whalelog_gui.ui.species_names import SPECIES_NAMES


def test_every_species_is_listed_for_translation():
    assert {s.name for s in SPECIES} - set(SPECIES_NAMES) == set(), "add it to whalelog_gui/ui/species_names.py"


@pytest.mark.parametrize(
    "lang, minke, fin, sperm",
    [
        ("nb", "vågehval", "finnhval", "spermhval"),
        ("is", "hrefna", "langreyður", "búrhvalur"),
        ("ja", "ミンククジラ", "ナガスクジラ", "マッコウクジラ"),
    ],
)
def test_species_use_the_glossary_names(qapp, settings, lang, minke, fin, sperm):
    language = LanguageController(qapp, settings)
    try:
        language.apply(lang, remember=False)
        assert [translate("Species", n) for n in ("minke whale", "fin whale", "sperm whale")] == [minke, fin, sperm]
    finally:
        language.apply("en", remember=False)
