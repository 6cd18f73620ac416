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


def check_csv_matches_records(rows: list[dict[str, str]], records: list[dict]) -> str | None:
    """Why the parsed CSV rows are not the flat form of the JSON records (id, kind, corrects, data), or None.

    Compared cell by cell through the same _cell() the exporter uses; column order may differ (the JSON's keys are
    sorted), but the set of columns must be exactly the fields the records hold."""
    if len(rows) != len(records):
        return f"{len(rows)} rows for {len(records)} records"
    columns = {c for r in records for c in (r.get("data") or {}) if c not in LEAD_COLUMNS}
    header = set(rows[0]) - set(LEAD_COLUMNS) if rows else columns
    if header != columns:
        return f"columns differ from the records' fields ({', '.join(sorted(header ^ columns))})"
    for n, (row, record) in enumerate(zip(rows, records), start=2):
        data = record.get("data") or {}
        expected = {
            "id": record["id"],
            "kind": record["kind"],
            "corrects": record["corrects"] or "",
            **{c: _cell(data.get(c)) for c in columns},
        }
        for column, value in expected.items():
            if row[column] != value:
                return f"line {n}, column {column!r}: {row[column]!r} where the record holds {value!r}"
    return None
