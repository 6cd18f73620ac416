"""Fill the unfinished entries of whalelog_gui/translations/*.ts from the reviewed seed (tools/translation_seed.psv).

Run after `make translations-update` has added new source texts:  python tools/fill_translations.py
A translation already in a .ts is never overwritten: once filled, the .ts is the source of truth (edit it with
pyside6-linguist). English (whalelog_en.ts) holds only plural forms: from tools/english_plurals.psv where "(s)"
alone would give the wrong words ("1 track point were"), else derived from "(s)" in the source.
Exits 1 and lists what is still unfinished, so a new string cannot slip through untranslated.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tools" / "translation_seed.psv"
ENGLISH_PLURALS = ROOT / "tools" / "english_plurals.psv"
TRANSLATIONS = ROOT / "whalelog_gui" / "translations"
LANGUAGES = ("nb", "is", "ja")  # the seed's columns after context and source
PLURAL_SEPARATOR = " ‖ "
ESCAPED_BAR = "\x00"


def _lines(path: Path, languages: tuple[str, ...]):
    """(context, source, {language: forms}) for each line of a .psv: context|source|one text per language."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        # "\|" is a "|" inside a text (an area note has one); "|" alone separates the fields
        fields = [
            field.replace("\\n", "\n").replace(ESCAPED_BAR, "|")
            for field in line.replace("\\|", ESCAPED_BAR).split("|")
        ]
        if len(fields) != 2 + len(languages):
            raise SystemExit(f"{path.name}:{number}: expected {2 + len(languages)} fields, got {len(fields)}")
        context, source, *texts = fields
        yield context, source, {lang: text.split(PLURAL_SEPARATOR) for lang, text in zip(languages, texts)}


def read_seed(path: Path = SEED) -> dict[tuple[str, str], dict[str, list[str]]]:
    return {(context, source): texts for context, source, texts in _lines(path, LANGUAGES)}


def read_english_plurals(path: Path = ENGLISH_PLURALS) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> [singular, plural], for the English texts "(s)" cannot make."""
    english = {}
    for context, source, texts in _lines(path, ("en",)):
        if len(texts["en"]) != 2:
            raise SystemExit(f"{path.name}: {context}: {source!r}: give the singular and the plural")
        english[(context, source)] = texts["en"]
    return english


def english_plurals(source: str) -> list[str]:
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def fill(ts_path: Path, seed, english: dict[tuple[str, str], list[str]] | None = None) -> list[str]:
    """Fill ts_path in place; returns the entries left unfinished. `english`: read_english_plurals()."""
    english = read_english_plurals() if english is None else english
    lang = ts_path.stem.split("_", 1)[1]
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") != "unfinished":
                continue
            source = message.findtext("source")
            if lang == "en":
                forms = english.get((name, source)) or english_plurals(source)
            else:
                forms = seed.get((name, source), {}).get(lang)
            if not forms:
                missing.append(f"{ts_path.name}: {name}: {source!r}")
                continue
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
            del translation.attrib["type"]
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


def main() -> int:
    seed, english = read_seed(), read_english_plurals()
    missing = []
    for ts_path in sorted(TRANSLATIONS.glob("whalelog_*.ts")):
        missing += fill(ts_path, seed, english)
    for entry in missing:
        print(f"unfinished: {entry}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
