"""The Schedule para 1 species names (records/species.py), marked for translation under "Species".

The names the Norwegian, Icelandic and Japanese fishery authorities and crews use are in
whalelog_gui/translations/glossary.tsv; tests/ui/test_species_names.py fails when records/species.py names a
species this list lacks. The core and the bundles keep the Schedule's English names.
"""

from whalelog_gui.messages import QT_TRANSLATE_NOOP

SPECIES_NAMES = (
    QT_TRANSLATE_NOOP("Species", "blue whale"),
    QT_TRANSLATE_NOOP("Species", "bowhead whale"),
    QT_TRANSLATE_NOOP("Species", "Bryde's whale"),
    QT_TRANSLATE_NOOP("Species", "fin whale"),
    QT_TRANSLATE_NOOP("Species", "gray whale"),
    QT_TRANSLATE_NOOP("Species", "humpback whale"),
    QT_TRANSLATE_NOOP("Species", "minke whale"),
    QT_TRANSLATE_NOOP("Species", "pygmy right whale"),
    QT_TRANSLATE_NOOP("Species", "right whale"),
    QT_TRANSLATE_NOOP("Species", "sei whale"),
    QT_TRANSLATE_NOOP("Species", "beaked whale"),
    QT_TRANSLATE_NOOP("Species", "bottlenose whale"),
    QT_TRANSLATE_NOOP("Species", "killer whale"),
    QT_TRANSLATE_NOOP("Species", "pilot whale"),
    QT_TRANSLATE_NOOP("Species", "sperm whale"),
)
