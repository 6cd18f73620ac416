"""The notification reports as printable forms (issue 13): blocks for export/pdf.py to print, no Qt here.

Para 26(a): baleen whales by species taken south of 40°S per calendar week (and per day once 85 % of a limit is
reached); paras 25(a), 27 and 28(a)(2): the season statistics. Dates are the ship's dates.
"""

from __future__ import annotations

from whalelog_gui.export.form_blocks import Form, Grid, Heading, Para
from whalelog_gui.nav.format import format_lat, format_lon
from whalelog_gui.records.species import BY_KEY


def _species(key: str) -> str:
    sp = BY_KEY.get(key)
    return sp.name if sp is not None else key


def _counts(counts: dict) -> str:
    return ", ".join(f"{_species(k)} {n}" for k, n in counts.items()) or "none"


def weekly_form(weekly: dict, week: str | None = None) -> Form:
    """Para 26(a), one calendar week (`week`) or every week with whales counted."""
    form = Form("Para 26(a) notification").add(
        Heading(
            "WEEKLY NOTIFICATION OF BALEEN WHALES TAKEN SOUTH OF 40°S",
            "Schedule para 26(a)",
            "factory ships and their catchers; ship's dates; due within two days after the end of each calendar week",
        )
    )
    weeks = [w for w in weekly["weeks"] if week is None or w["week"] == week]
    if not weeks:
        form.add(Para(f"No baleen whales counted by para 26(a) in {week or 'the logbook'}."))
    rows = [("Week", "From", "To", "Due by", "Baleen whales by species", "Total")]
    rows += [
        (w["week"], w["from"], w["to"], w["due"], _counts(w["baleen_south_of_40s"]), str(w["total"])) for w in weeks
    ]
    form.add(Grid(tuple(rows), (0.1, 0.12, 0.12, 0.12, 0.44, 0.1), header=True, size=7.5))
    for w in weeks:
        if w.get("daily"):
            form.add(
                Para(
                    f"{w['week']}: daily notification (85 % of a catch limit reached), each due at the end of its day",
                    bold=True,
                    size=7.5,
                )
            )
            days = [("Date", "Baleen whales by species", "Total")]
            days += [(d["date"], _counts(d["baleen_south_of_40s"]), str(d["total"])) for d in w["days"]]
            form.add(Grid(tuple(days), (0.2, 0.6, 0.2), header=True, size=7))
    return form


def season_form(season: dict) -> Form:
    form = Form("Season statistics").add(
        Heading("SEASON STATISTICS", "Schedule paras 25(a), 27, 28(a)(2)", "ship's dates; lengths as logged (para 23)")
    )
    part = season["25(a)"]
    form.add(Para("Para 25(a)(1): methods used to kill each whale, other than a harpoon", bold=True))
    methods = [("Whale", "Date", "Species", "Method")]
    methods += [
        (m["marking"], m["date"], _species(m["species"] or ""), m["method"]) for m in part["methods_other_than_harpoon"]
    ]
    form.add(
        Grid(tuple(methods), (0.25, 0.15, 0.2, 0.4), header=True, size=7)
        if len(methods) > 1
        else Para("None recorded.", size=7.5)
    )
    form.add(Para(f"Para 25(a)(2): whales struck but lost: {part['struck_but_lost']}", bold=True))
    form.add(Para("Para 27(a): whales taken, lost and treated, by species", bold=True))
    by_species = [("Species", "Taken", "Lost", "Treated")]
    by_species += [
        (_species(s["species"]), str(s["taken"]), str(s["lost"]), str(s["treated"])) for s in season["27"]["by_species"]
    ]
    form.add(Grid(tuple(by_species), (0.4, 0.2, 0.2, 0.2), header=True, size=7.5))
    form.add(Para("Para 27(c): particulars of each whale", bold=True))
    rows = [("Whale", "Date", "Position", "Species", "Sex", "Length", "Foetus (length, sex)")]
    for p in season["27"]["particulars"]:
        length, foetus = p["length"], p["foetus"]
        position = "" if p["lat"] is None else f"{format_lat(p['lat'])} {format_lon(p['lon'])}"
        foetus_text = ""
        if foetus is not None:
            size = foetus["length"]
            foetus_text = f"{size['logged']} {size['unit']}, " if size else ""
            foetus_text += foetus["sex"]
        rows.append(
            (
                p["marking"],
                p["date"],
                position,
                _species(p["species"]),
                p["sex"],
                "" if length is None else f"{length['logged']} {length['unit']}",
                foetus_text,
            )
        )
    form.add(Grid(tuple(rows), (0.14, 0.11, 0.25, 0.14, 0.09, 0.11, 0.16), header=True, size=7))
    form.add(
        Para("Para 28(a)(2): catchers — commissioned, ceased whaling, days at sea on the whaling grounds", bold=True)
    )
    catchers = [("Catcher", "Season", "Commissioned", "Ceased", "Days on the grounds")]
    catchers += [
        (c["catcher"], c["season"], c["commissioned"] or "", c["ceased"] or "", str(c["days_at_sea_on_grounds"]))
        for c in season["28(a)(2)"]
    ]
    form.add(
        Grid(tuple(catchers), (0.3, 0.15, 0.2, 0.2, 0.15), header=True, size=7.5)
        if len(catchers) > 1
        else Para("No catcher logbooks.", size=7.5)
    )
    return form
