"""What `whalelog verify` returns for a bundle it accepts, and the one error it raises for one it refuses."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


class BundleInvalid(ValueError):
    """The bundle must not be accepted; the message is the reason."""


@dataclass
class VerifiedBundle:
    path: Path
    sha256: str
    manifest: dict
    records: dict[str, list[dict]] = field(default_factory=dict)  # family -> parsed records
    track: list[tuple[float, float, str]] = field(default_factory=list)
    alerts: list[dict] = field(default_factory=list)
    pinned: bool = False
    previous: "VerifiedBundle | None" = None
    warnings: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # custody declarations: "key replaced: <reason>", ...
    chain_entries: list[dict] = field(default_factory=list)

    def summary(self) -> dict:
        m = self.manifest
        return {
            "valid": True,
            "file": str(self.path),
            "sha256": self.sha256,
            "vessel": m["vessel"]["name"],
            "logbooks": m["vessel"]["logbooks"],
            "sequence": m["sequence"],
            "created_at": m["created_at"],
            "mode": m["mode"],
            "period": m["period"],
            "record_counts": m["record_counts"],
            "track_points": m["track_points"],
            "alerts": m["alerts"],
            "files": len(m["files"]) + 2,
            "sources": m.get("sources", "not stated (bundle made before source tracking)"),
            "fingerprint": m["public_key"]["fingerprint"],
            "pinned_key": self.pinned,
            "warnings": list(self.warnings),
            "notices": list(self.notices),
            "custody": self.manifest.get("custody", []),
            "chain": None
            if "chain" not in m
            else {k: m["chain"][k] for k in ("from_seq", "from_hash", "head_seq", "head_hash", "entries")},
            "integrity_break_declared": bool(m.get("chain", {}).get("declarations")),
            "integrity_declarations": [
                {k: d[k] for k in ("at", "by", "reason")} for d in m.get("chain", {}).get("declarations", [])
            ],
            "previous": None
            if self.previous is None
            else {
                "file": str(self.previous.path),
                "sequence": self.previous.manifest["sequence"],
                "sha256": self.previous.sha256,
                "chain": "ok",
            },
        }
