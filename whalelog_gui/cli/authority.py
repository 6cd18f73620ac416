"""`whalelog authority keygen|receipt|trust|ingest`: the receiving authority's side (authority/commands.py)."""

from __future__ import annotations

import argparse

from whalelog_gui.cli.arguments import actions, dispatch, logbook_argument


def add_authority(commands: argparse._SubParsersAction) -> None:
    authority = actions(commands, "authority", "the receiving authority's side: keys, receipts, the ledger")
    keygen = authority.add_parser("keygen", help="make an authority key pair in DIR")
    keygen.add_argument("--out", required=True, metavar="DIR")
    keygen.set_defaults(func=dispatch("whalelog_gui.authority.commands:keygen_command"))
    issue = authority.add_parser("receipt", help="issue a signed receipt for a bundle that verifies")
    issue.add_argument("bundle", metavar="BUNDLE")
    issue.add_argument("--key", required=True, metavar="KEY", help="the authority's private key (PEM)")
    issue.add_argument("--out", required=True, metavar="FILE")
    issue.add_argument("--pubkey", metavar="KEYFILE", help="the vessel's pinned public key")
    issue.set_defaults(func=dispatch("whalelog_gui.authority.commands:receipt_command"))
    trust = authority.add_parser("trust", help="on the vessel: accept receipts signed by this authority key")
    logbook_argument(trust)
    trust.add_argument("pubkey", metavar="PUBKEY")
    trust.add_argument("--name", default="", help="the authority's name, as shown in Settings")
    trust.add_argument("--by", metavar="NAME", help="who adds it (default: the login name)")
    trust.set_defaults(func=dispatch("whalelog_gui.authority.commands:trust_command"))
    ingest = authority.add_parser("ingest", help="verify bundles and record them in the ledger; one JSON line each")
    ingest.add_argument("--ledger", required=True, metavar="PATH", help="the ledger (an SQLite file)")
    ingest.add_argument("files", nargs="+", metavar="FILE")
    ingest.set_defaults(func=dispatch("whalelog_gui.authority.commands:ingest_command"))
