"""`whalelog db verify|declare-break|recover`: the logbook database itself: its hash-chain check, the master's
declaration of a break, and recovery of a damaged file (store/commands.py, store/recover.py)."""

from __future__ import annotations

import argparse

from whalelog_gui.cli.arguments import actions, dispatch, logbook_argument


def add_db(commands: argparse._SubParsersAction) -> None:
    # The logbook database itself; each action is one add_parser here and a function in its domain package.
    db = actions(commands, "db", "the logbook database: integrity check and declarations")
    db_verify = db.add_parser("verify", help="check every record against the audit hash chain; JSON report")
    logbook_argument(db_verify)
    db_verify.set_defaults(func=dispatch("whalelog_gui.store.commands:verify_command"))
    declare = db.add_parser("declare-break", help="the master declares records changed outside WhaleLog")
    logbook_argument(declare)
    declare.add_argument("--reason", required=True, help="what happened, in the master's words")
    declare.add_argument("--by", required=True, metavar="NAME", help="the master's name")
    declare.set_defaults(func=dispatch("whalelog_gui.store.commands:declare_break_command"))
    recover = db.add_parser(
        "recover",
        help="copy what can be read from a damaged logbook into a new file; exit 0 fully recovered, "
        "1 partly (the JSON report lists what was lost), 2 unreadable",
    )
    recover.add_argument("--db", dest="db", required=True, metavar="BAD", help="the damaged logbook (only read)")
    recover.add_argument("--out", required=True, metavar="NEW", help="the new logbook file (must not exist)")
    recover.set_defaults(func=dispatch("whalelog_gui.store.recover:recover_command"))
