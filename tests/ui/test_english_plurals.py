"""The English catalogue can be made again from the sources (issue 16): tools/fill_translations.py takes English
plural forms from tools/english_plurals.psv before its "(s)" rule, so the verb agrees with the number ("1 track
point was not stored") in a regenerated whalelog_en.ts, not only in the committed one."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import whalelog_gui

ROOT = Path(whalelog_gui.__file__).resolve().parent.parent
COMMITTED = ROOT / "whalelog_gui" / "translations" / "whalelog_en.ts"
HAND_WORDED = {
    ("BridgeCautions", "Track gap: %n track point(s) were not stored"): [
        "Track gap: %n track point was not stored",
        "Track gap: %n track points were not stored",
    ],
    ("BridgeCautions", "Track gap: %n track point(s) between {start} and {end} UTC were not stored"): [
        "Track gap: %n track point between {start} and {end} UTC was not stored",
        "Track gap: %n track points between {start} and {end} UTC were not stored",
    ],
    ("BridgeCautions", "The oldest %n track point(s) were dropped (at most {limit} are kept in memory)."): [
        "The oldest %n track point was dropped (at most {limit} are kept in memory).",
        "The oldest %n track points were dropped (at most {limit} are kept in memory).",
    ],
}


def _fill_tool():
    spec = importlib.util.spec_from_file_location("fill_translations", ROOT / "tools" / "fill_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _plural_forms(ts: Path) -> dict[tuple[str, str], list[str]]:
    return {
        (context.findtext("name"), message.findtext("source")): [f.text for f in message.iter("numerusform")]
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    }


def test_a_regenerated_english_catalogue_keeps_the_hand_worded_plurals(tmp_path):
    """As `make translations-update` + fill_translations would make whalelog_en.ts from nothing."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate is not in the venv (PySide6 ships it)"
    sources = sorted(str(p) for p in (ROOT / "whalelog_gui").rglob("*.py"))
    fresh = tmp_path / "whalelog_en.ts"
    subprocess.run(
        [lupdate, "-silent", "-locations", "none", "-no-obsolete", "-pluralonly", "-target-language", "en_US"]
        + [*sources, "-ts", str(fresh)],
        check=True,
    )
    tool = _fill_tool()
    assert tool.fill(fresh, tool.read_seed()) == []
    regenerated = _plural_forms(fresh)
    for key, forms in HAND_WORDED.items():
        assert regenerated[key] == forms, key
    assert regenerated == _plural_forms(COMMITTED)  # nothing else in the committed catalogue was hand-made


def test_every_english_plural_entry_is_a_plural_text_of_the_sources():
    """A stale line (its source text changed) would silently stop applying: each must name a plural entry."""
    english = _fill_tool().read_english_plurals()
    assert english == HAND_WORDED
    assert set(english) <= set(_plural_forms(COMMITTED))
