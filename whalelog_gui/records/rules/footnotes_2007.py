"""Who is not bound, and since or until when: the numbered footnotes of the 2007 Schedule as data.

Numbered footnotes "are integral parts of the Schedule" (Explanatory Notes). Under Convention Article V.3 an
amendment does not bind a Government that objected in time until the objection is withdrawn; a reservation on
adherence (Iceland, footnote 6) likewise. Each entry:
  state      ISO 3166-1 alpha-2 code (the Russian Federation continues the USSR's membership, Explanatory Notes)
  rules      rule ids of records/rules/schedule_2007.py the position concerns
  kind       objection | reservation | undertaking  (an undertaking makes the rule bind despite a reservation)
  footnote   the Schedule footnote number cited on the flag
  since      first day the position has effect (None: from the paragraph's coming into force)
  until      first day it no longer has effect: the withdrawal date (None: not withdrawn)
  scope      conditions (names from records/compliance.CONDITIONS) limiting the position, e.g. Japan's partial
             withdrawals of its 10(e) objection; empty = the whole rule
  not_bound  text for a flag that does not bind: "not binding on <State>: <not_bound>"
  bound      text for a flag that binds because the position has ended or does not reach the catch
An amendment or a new withdrawal is an edit of this table. The not_bound and bound texts are marked for translation:
English on the flag (records, CLI, bundles), in the crew's language on screen (compliance.who_is_bound).
"""

from __future__ import annotations

from datetime import date

from whalelog_gui.messages import QT_TRANSLATE_NOOP

PELAGIC = ["factory-ship", "factory-catcher"]
COASTAL = ["land-station", "small-type", "transit"]

# Footnote 7: Governments that objected to Iceland's reservation to para 10(e).
OBJECTED_TO_ICELAND_RESERVATION = [
    "AR",
    "AU",
    "BR",
    "CL",
    "FI",
    "FR",
    "DE",
    "IT",
    "MX",
    "MC",
    "NL",
    "NZ",
    "PE",
    "SM",
    "ES",
    "SE",
    "GB",
    "US",
]

# The States named in the footnotes, as records/flag_state.state_name says them (a test keeps the two equal), marked
# for translation: "not binding on Japan" is said in the crew's language on screen.
STATE_NAMES = {
    "BR": QT_TRANSLATE_NOOP("Footnotes", "Brazil"),
    "IS": QT_TRANSLATE_NOOP("Footnotes", "Iceland"),
    "JP": QT_TRANSLATE_NOOP("Footnotes", "Japan"),
    "NO": QT_TRANSLATE_NOOP("Footnotes", "Norway"),
    "PE": QT_TRANSLATE_NOOP("Footnotes", "Peru"),
    "RU": QT_TRANSLATE_NOOP("Footnotes", "the Russian Federation"),
}

FOOTNOTES: list[dict] = [
    # --- footnote 1: the second sentence of para 6 (minke whales, cold grenade harpoon) --------------------------
    {
        "state": "JP",
        "rules": ["6-minke"],
        "kind": "objection",
        "footnote": 1,
        "since": None,
        "until": None,
        "scope": {},
        "not_bound": QT_TRANSLATE_NOOP("Footnotes", "objection to the second sentence of para 6 lodged, not withdrawn"),
        "bound": "",
    },
    {
        "state": "RU",
        "rules": ["6-minke"],
        "kind": "objection",
        "footnote": 1,
        "since": None,
        "until": None,
        "scope": {},
        "not_bound": QT_TRANSLATE_NOOP(
            "Footnotes", "objection (as the USSR) to the second sentence of para 6 lodged, not withdrawn"
        ),
        "bound": "",
    },
    {
        "state": "NO",
        "rules": ["6-minke"],
        "kind": "objection",
        "footnote": 1,
        "since": None,
        "until": date(1985, 7, 9),
        "scope": {},
        "not_bound": QT_TRANSLATE_NOOP(
            "Footnotes", "objection to the second sentence of para 6 lodged, withdrawn only on 9 July 1985"
        ),
        "bound": QT_TRANSLATE_NOOP(
            "Footnotes",
            "binding on Norway: its objection to the second sentence of para 6 was withdrawn on 9 July 1985",
        ),
    },
    {
        "state": "BR",
        "rules": ["6-minke"],
        "kind": "objection",
        "footnote": 1,
        "since": None,
        "until": date(1992, 1, 8),
        "scope": {},
        "not_bound": QT_TRANSLATE_NOOP(
            "Footnotes", "objection to the second sentence of para 6 lodged, withdrawn only on 8 January 1992"
        ),
        "bound": QT_TRANSLATE_NOOP(
            "Footnotes",
            "binding on Brazil: its objection to the second sentence of para 6 was withdrawn on 8 January 1992",
        ),
    },
    {
        "state": "IS",
        "rules": ["6-minke"],
        "kind": "objection",
        "footnote": 1,
        "since": None,
        "until": date(1992, 6, 30),
        "scope": {},
        "not_bound": QT_TRANSLATE_NOOP(
            "Footnotes",
            "objection to the second sentence of para 6 lodged; it lapsed when Iceland withdrew from the "
            "Convention with effect from 30 June 1992",
        ),
        "bound": QT_TRANSLATE_NOOP(
            "Footnotes",
            "binding on Iceland: its objection lapsed when it withdrew from the Convention (30 June 1992); on "
            "adhering again it reserved para 10(e) only (footnote 6)",
        ),
    },
    # --- footnote 3: para 7(b) Southern Ocean Sanctuary --------------------------------------------------------
    {
        "state": "JP",
        "rules": ["7b"],
        "kind": "objection",
        "footnote": 3,
        "since": None,
        "until": None,
        "scope": {"species": ["minke"]},
        "not_bound": QT_TRANSLATE_NOOP(
            "Footnotes",
            "objection to para 7(b) as far as it applies to the Antarctic minke whale stocks, lodged, not withdrawn",
        ),
        "bound": QT_TRANSLATE_NOOP(
            "Footnotes", "binding on Japan: its objection to para 7(b) covers the Antarctic minke whale stocks only"
        ),
    },
    {
        "state": "RU",
        "rules": ["7b"],
        "kind": "objection",
        "footnote": 3,
        "since": None,
        "until": date(1994, 10, 26),
        "scope": {},
        "not_bound": QT_TRANSLATE_NOOP("Footnotes", "objection to para 7(b) lodged, withdrawn only on 26 October 1994"),
        "bound": QT_TRANSLATE_NOOP(
            "Footnotes",
            "binding on the Russian Federation: its objection to para 7(b) was withdrawn on 26 October 1994",
        ),
    },
    # --- footnote 5: para 10(e) zero catch limits for commercial whaling ----------------------------------------
    {
        "state": "NO",
        "rules": ["10e"],
        "kind": "objection",
        "footnote": 5,
        "since": None,
        "until": None,
        "scope": {},
        "not_bound": QT_TRANSLATE_NOOP("Footnotes", "objection lodged, not withdrawn"),
        "bound": "",
    },
    {
        "state": "RU",
        "rules": ["10e"],
        "kind": "objection",
        "footnote": 5,
        "since": None,
        "until": None,
        "scope": {},
        "not_bound": QT_TRANSLATE_NOOP("Footnotes", "objection (as the USSR) lodged, not withdrawn"),
        "bound": "",
    },
    {
        "state": "PE",
        "rules": ["10e"],
        "kind": "objection",
        "footnote": 5,
        "since": None,
        "until": date(1983, 7, 22),
        "scope": {},
        "not_bound": QT_TRANSLATE_NOOP("Footnotes", "objection lodged, withdrawn only on 22 July 1983"),
        "bound": QT_TRANSLATE_NOOP("Footnotes", "binding on Peru: its objection was withdrawn on 22 July 1983"),
    },
    {
        "state": "JP",
        "rules": ["10e"],
        "kind": "objection",
        "footnote": 5,
        "since": None,
        "until": date(1987, 5, 1),
        "scope": {"operations": PELAGIC},
        "not_bound": QT_TRANSLATE_NOOP(
            "Footnotes", "objection lodged; withdrawn for commercial pelagic whaling only with effect from 1 May 1987"
        ),
        "bound": QT_TRANSLATE_NOOP(
            "Footnotes",
            "binding on Japan: its objection was withdrawn for commercial pelagic whaling with effect from 1 May 1987",
        ),
    },
    {
        "state": "JP",
        "rules": ["10e"],
        "kind": "objection",
        "footnote": 5,
        "since": None,
        "until": date(1987, 10, 1),
        "scope": {"operations": COASTAL, "species": ["minke", "bryde"]},
        "not_bound": QT_TRANSLATE_NOOP(
            "Footnotes",
            "objection lodged; withdrawn for commercial coastal minke and Bryde's whaling only with effect "
            "from 1 October 1987",
        ),
        "bound": QT_TRANSLATE_NOOP(
            "Footnotes",
            "binding on Japan: its objection was withdrawn for commercial coastal minke and Bryde's whaling with "
            "effect from 1 October 1987",
        ),
    },
    {
        "state": "JP",
        "rules": ["10e"],
        "kind": "objection",
        "footnote": 5,
        "since": None,
        "until": date(1988, 4, 1),
        "scope": {"operations": COASTAL, "species": ["sperm"]},
        "not_bound": QT_TRANSLATE_NOOP(
            "Footnotes",
            "objection lodged; withdrawn for commercial coastal sperm whaling only with effect from 1 April 1988",
        ),
        "bound": QT_TRANSLATE_NOOP(
            "Footnotes",
            "binding on Japan: its objection was withdrawn for commercial coastal sperm whaling with effect from "
            "1 April 1988",
        ),
    },
    {
        "state": "JP",
        "rules": ["10e"],
        "kind": "objection",
        "footnote": 5,
        "since": None,
        "until": None,
        "scope": {"operations": COASTAL, "species_not": ["minke", "bryde", "sperm"]},
        "not_bound": QT_TRANSLATE_NOOP(
            "Footnotes",
            "objection lodged; withdrawn only for pelagic whaling and for coastal minke, Bryde's and sperm "
            "whaling, not for coastal whaling of this species",
        ),
        "bound": "",
    },
    # --- footnotes 6 and 7: Iceland's reservation on adherence (10 October 2002) ------------------------------
    {
        "state": "IS",
        "rules": ["10e"],
        "kind": "undertaking",
        "footnote": 6,
        "since": date(2002, 10, 10),
        "until": date(2006, 1, 1),
        "scope": {},
        "not_bound": "",
        "bound": QT_TRANSLATE_NOOP(
            "Footnotes",
            "treated as binding on Iceland: despite its reservation, Iceland undertook not to authorise "
            "whaling for commercial purposes by Icelandic vessels before 2006",
        ),
    },
    {
        "state": "IS",
        "rules": ["10e"],
        "kind": "reservation",
        "footnote": 6,
        "since": date(2006, 1, 1),
        "until": None,
        "scope": {},
        "not_bound": QT_TRANSLATE_NOOP(
            "Footnotes",
            "reservation made on adherence (instrument deposited 10 October 2002), objected to by 18 "
            "Governments (footnote 7)",
        ),
        "bound": "",
    },
]
