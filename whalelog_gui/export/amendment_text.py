"""An amendment to a signed record as the printed form shows it: what was printed before, what it is now, who and
why, in words (no ids, no JSON)."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from whalelog_gui.export.form_values import utc_minute, value_text
from whalelog_gui.nav.format import format_lat, format_lon


FIELD_NAMES = {
    "at": "time",
    "lat": "latitude",
    "lon": "longitude",
    "found_lat": "latitude found",
    "found_lon": "longitude found",
    "delivered_at": "delivered",
    "number_seen": "number seen",
    "number_of_groups": "number of groups",
    "catch_serial": "serial No. of catch",
    "asdic_used": "asdic used",
    "other_text": "activity",
    "sea_state": "sea state",
    "wind_force": "wind force",
    "wind_direction_deg": "wind direction",
    "visibility_nm": "visibility",
}


def shown_value(field: str, value) -> str:
    """A stored value as the form prints it: times as HH:MM UTC, positions in degrees and minutes."""
    if value is None or value == "":
        return "—"
    if field.endswith("_at") or field == "at":
        try:
            return f"{datetime.fromisoformat(str(value)).astimezone(timezone.utc):%d %b %H:%M} UTC"
        except ValueError:
            return str(value)
    if field.endswith("lat"):
        return format_lat(float(value))
    if field.endswith("lon"):
        return format_lon(float(value))
    if isinstance(value, bool) or field == "asdic_used":
        return "Yes" if value in (True, 1) else "No" if value in (False, 0) else str(value)
    return str(value)


def amendment_text(rows: dict[str, dict], a: dict) -> str:
    """ "Amendment 02 May 14:03 UTC by Mate Sato to the event 'whale-shot' at 10:15 UTC: time 10:15 UTC → 10:25
    UTC; reason: …": what was printed before, what it is now, who and why (no ids, no JSON)."""
    original = rows.get(a["target_id"] or "", {})
    what = {
        "events": "the event",
        "weather": "the weather observation",
        "whales_seen": "the whales-seen tally",
        "sheets": "the sheet",
    }.get(a["target_table"], a["target_table"])
    if original.get("kind"):
        what += f" '{original['kind']}'"
    if original.get("at"):
        what += f" of {shown_value('at', original['at'])}"
    if not a["target_id"]:
        what = f"{what} (added after sign-off)"
    changes = json.loads(a["changes_json"])
    parts = [
        f"{FIELD_NAMES.get(k, k.replace('_', ' '))} {shown_value(k, original.get(k))} → {shown_value(k, v)}"
        for k, v in sorted(changes.items())
    ]
    return (
        f"Amendment of {utc_minute(a['created_at'])} by {value_text(a['created_by'])} to {what}: "
        f"{'; '.join(parts)} — reason: {value_text(a['reason'])}"
    )
