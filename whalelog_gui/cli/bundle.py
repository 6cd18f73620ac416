"""`whalelog bundle export|verify|receipt|adopt-journal`: transmission bundles for authorities
(export/commands.py; adopt-journal: export/key_commands.py)."""

from __future__ import annotations

import argparse

from whalelog_gui.cli.arguments import actions, dispatch, logbook_argument


def add_bundle(commands: argparse._SubParsersAction) -> None:
    bundle = actions(commands, "bundle", "transmission bundles for authorities")
    export = bundle.add_parser("export", help="write a signed bundle of everything not yet sent")
    logbook_argument(export)
    export.add_argument("--out", required=True, metavar="DIR")
    export.add_argument("--all", action="store_true", help="re-export everything, not only unsent records")
    export.set_defaults(func=dispatch("whalelog_gui.export.commands:export_command"))
    verify = bundle.add_parser("verify", help="check a bundle's hashes, signature, schema and chain")
    verify.add_argument("file", metavar="FILE")
    verify.add_argument("--pubkey", metavar="KEYFILE", help="pinned public key of the vessel")
    verify.add_argument("--previous", metavar="FILE", help="the previous bundle, to check the sequence chain")
    verify.set_defaults(func=dispatch("whalelog_gui.export.commands:verify_command"))
    receipt = bundle.add_parser("receipt", help="import an authority's receipt and mark records acknowledged")
    logbook_argument(receipt)
    receipt.add_argument("file", metavar="RECEIPT")
    receipt.set_defaults(func=dispatch("whalelog_gui.export.commands:receipt_command"))
    adopt = bundle.add_parser(
        "adopt-journal",
        help="after restoring a backup: continue the chain after the journal's "
        "last sent bundle (a chained declaration travels in the next bundle)",
    )
    logbook_argument(adopt)
    adopt.add_argument("--reason", required=True, help="why the database is behind (e.g. restored from backup)")
    adopt.add_argument("--by", metavar="NAME", help="who declares it (default: the login name)")
    adopt.add_argument(
        "--journal",
        action="append",
        metavar="FILE",
        help="another copy of the journal, e.g. whalelog-sent-bundles-<logbook id>.jsonl on the USB stick "
        "bundles were written to (repeatable)",
    )
    adopt.set_defaults(func=dispatch("whalelog_gui.export.key_commands:adopt_journal_command"))
