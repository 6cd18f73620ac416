"""A bundle against what came before it: the custody declarations it carries (key rotation, key replacement,
chain continuation after a restore), the authority's pinned key, and the previous bundle it must follow
(BUNDLE_FORMAT.md, "custody" and "Audit hash chain")."""

from __future__ import annotations

import base64

from whalelog_gui.export import keys
from whalelog_gui.export.verified_bundle import BundleInvalid, VerifiedBundle


def check_custody(bundle: VerifiedBundle, previous: VerifiedBundle | None) -> None:
    """Who may sign each declaration, and the notice verify prints for it (BUNDLE_FORMAT.md, "custody")."""
    m = bundle.manifest
    signer = m["public_key"]["fingerprint"]
    for d in m.get("custody", []):
        new = d["new_public_key"]
        if new is not None and keys.fingerprint(base64.b64decode(new["raw_base64"])) != new["fingerprint"]:
            raise BundleInvalid(f"custody: the fingerprint of {d['kind']} does not belong to its public key")
        if d["kind"] == "key_rotation":
            if d["old_fingerprint"] != signer or new["fingerprint"] == signer:
                raise BundleInvalid("custody: a key rotation must be signed by the old key and name a new one")
            bundle.notices.append(
                f"key rotated: new key {new['fingerprint']} announced by the current key ({d['reason']})"
            )
        elif d["kind"] == "key_replacement":
            if new["fingerprint"] != signer or d["old_fingerprint"] == signer:
                raise BundleInvalid("custody: a key replacement must be signed by the new key")
            bundle.notices.append(f"key replaced: {d['reason']}")
        else:
            after = d["continues_after"]
            if after["sequence"] != m["sequence"] - 1 or after["sha256"] != m["previous_bundle_sha256"]:
                raise BundleInvalid("custody: the chain continuation does not name the previous bundle")
            bundle.notices.append(
                f"chain continued after bundle {after['sequence']} from a restored logbook: {d['reason']}"
            )


def announced_rotation(manifest: dict) -> str | None:
    """The fingerprint a bundle announces as the vessel's next key, if it carries a rotation."""
    for d in manifest.get("custody", []):
        if d["kind"] == "key_rotation":
            return d["new_public_key"]["fingerprint"]
    return None


def replaced_key(manifest: dict) -> str | None:
    """The fingerprint a bundle declares lost (replaced by its signer), if it carries a replacement."""
    for d in manifest.get("custody", []):
        if d["kind"] == "key_replacement":
            return d["old_fingerprint"]
    return None


def check_pinned_key(bundle: VerifiedBundle, pubkey, previous: VerifiedBundle | None) -> None:
    """Signed by the key the authority pinned, by the key it announced in the previous bundle, or (a warning) by a
    replacement for it; BundleInvalid otherwise."""
    m = bundle.manifest
    try:
        pinned = keys.fingerprint(keys.load_public_key_file(pubkey))
    except keys.KeyFileError as exc:
        raise BundleInvalid(f"--pubkey: {exc}") from exc
    signer = m["public_key"]["fingerprint"]
    if pinned == signer:
        bundle.pinned = True
        return
    if previous is not None and previous.pinned and announced_rotation(previous.manifest) == signer:
        bundle.pinned = True  # the pinned key announced this one in the previous bundle
        return
    if replaced_key(m) == pinned:  # the pinned key is declared lost: reported, the new key is not authenticated
        bundle.warnings.append(
            f"signed by replacement key {signer}, not by the pinned key {pinned}: confirm the "
            "new fingerprint with the vessel by another channel"
        )
        return
    raise BundleInvalid(f"wrong key: bundle signed by {signer}, pinned key is {pinned}")


def check_continues(bundle: VerifiedBundle, prev: VerifiedBundle) -> VerifiedBundle:
    """The bundle follows prev: same vessel, same or announced key, next sequence, previous hash, and its audit
    chain starts at prev's chain head (or the vessel declared a restore from backup). Returns prev."""
    m, p = bundle.manifest, prev.manifest
    if m["vessel"]["name"] != p["vessel"]["name"]:
        raise BundleInvalid(f"broken chain: previous bundle is from {p['vessel']['name']!r}")
    signer, before = m["public_key"]["fingerprint"], p["public_key"]["fingerprint"]
    if signer != before and announced_rotation(p) != signer and replaced_key(m) != before:
        raise BundleInvalid("broken chain: previous bundle was signed with a different key")
    if m["sequence"] != p["sequence"] + 1:
        raise BundleInvalid(f"broken chain: sequence {m['sequence']} does not follow {p['sequence']}")
    if m["previous_bundle_sha256"] != prev.sha256:
        raise BundleInvalid("broken chain: previous_bundle_sha256 is not the hash of the previous bundle")
    if "chain" in m and "chain" in p:
        mine, theirs = m["chain"], p["chain"]
        continued = next((d for d in m.get("custody", []) if d["kind"] == "chain_continuation"), None)
        if (mine["from_seq"], mine["from_hash"]) != (theirs["head_seq"], theirs["head_hash"]) and continued:
            # declared: the logbook was restored from a backup; what it held after that backup is gone
            bundle.warnings.append(
                f"audit chain of bundle {m['sequence']} does not continue bundle {p['sequence']}'s head: the vessel "
                f"declared its logbook restored from a backup ({continued['reason']}); changes recorded after that "
                "backup are not in this logbook"
            )
        elif (mine["from_seq"], mine["from_hash"]) != (theirs["head_seq"], theirs["head_hash"]):
            raise BundleInvalid(
                f"broken audit chain: bundle {m['sequence']} does not continue the audit chain head of bundle "
                f"{p['sequence']} (entry {theirs['head_seq']}): the logbook was rewritten between the two bundles"
            )
    elif "chain" in m:
        bundle.warnings.append(
            f"previous bundle {p['sequence']} carries no audit chain: the chain is checked from "
            f"bundle {m['sequence']} on"
        )
    return prev
