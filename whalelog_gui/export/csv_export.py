"""csv/<family>.csv: the same records as the JSON, flat, for a spreadsheet (the audit trail stays in the JSON)."""

from __future__ import annotations

import csv
import io
import json

from whalelog_gui.export.selection import Selected

LEAD_COLUMNS = ("id", "kind", "corrects")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    text = str(value)
    # A spreadsheet would run "=..." as a formula (CSV injection); numbers like -45.2 stay as they are
    if isinstance(value, str) and text.startswith(_FORMULA_START):
        try:
            float(text)
        except ValueError:
            return "'" + text
    return text


def family_csv(items: list[Selected]) -> bytes:
    columns: list[str] = []
    for item in items:
        columns += [c for c in item.entry.data if c not in columns and c not in LEAD_COLUMNS]
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([*LEAD_COLUMNS, *columns])
    for item in items:
        data = item.entry.data
        writer.writerow([item.entry.id, item.kind, item.corrects or "", *(_cell(data.get(c)) for c in columns)])
    return out.getvalue().encode("utf-8")


def parse_family_csv(data: bytes) -> list[dict[str, str]]:
    """Rows as dicts; raises ValueError when the file is not the CSV this module writes."""
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    if not rows or tuple(rows[0][:3]) != LEAD_COLUMNS:
        raise ValueError("CSV header must start with id,kind,corrects")
    header = rows[0]
    if any(len(r) != len(header) for r in rows[1:]):
        raise ValueError("CSV rows do not all have as many cells as the header")
    return [dict(zip(header, r)) for r in rows[1:]]
