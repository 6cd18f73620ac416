"""The demo season's catch records and schooling reports (Schedule paras 24(b), 29; Appendix A Table 2).

Every whale shot in the day plans becomes a catch saved through store.catches (so the compliance rules run on it);
every flag gets the crew's explanation (para 24(b)(6)) and the catch is signed by the master. Days with sperm
whale schools chased get a schooling report with the noon position from the track.
"""

from __future__ import annotations

import dataclasses
import random
from datetime import timedelta, timezone
from decimal import Decimal

import sqlite_utils

from whalelog_gui.records.catch import Catch, Sex, Specimen, SpecimenKind
from whalelog_gui.records.catch_areas import compliance_context
from whalelog_gui.records.daily_sheet import Signature, SignerRole
from whalelog_gui.records.events import EventKind
from whalelog_gui.records.measurement import LengthReading
from whalelog_gui.records.schooling import DID_NOT_CHASE, School
from whalelog_gui.records.seen_species import SeenSpecies
from whalelog_gui.store import catches as catch_store
from whalelog_gui.store import schooling as schooling_store
from whalelog_gui.store.db import transaction

STATION = "Hvalfjörður land station"
FLEET = ["Hvalur 9", "Hvalur 8"]
MASTER = "Einar Jónsson"
FLAG_STATE = "IS"  # an Icelandic fin whaler: para 10(e) is reserved (Schedule footnotes 6 and 7)
# Typical logged lengths (m): mean, spread. Some fall under the para 15/18 limits and get flagged.
LENGTHS = {"fin": (18.5, 1.8), "sei": (14.0, 1.4), "sperm": (12.5, 1.8), "minke": (7.8, 0.7)}
SPECIES_KEY = {SeenSpecies.FIN: "fin", SeenSpecies.SEI: "sei", SeenSpecies.SPERM: "sperm", SeenSpecies.MINKE: "minke"}
# The crew's explanation of each flag (para 24(b)(6)), by rule id: an explanation must answer its own rule.
EXPLANATIONS: dict[str, tuple[str, ...]] = {
    "6": ("Cold grenade harpoon loaded by mistake from the old stock; the stock has been landed.",),
    "6-minke": ("Cold grenade harpoon loaded by mistake from the old stock; the stock has been landed.",),
    "10e": (
        "Taken under the Government's catch limit set under its reservation; quota number given to the inspector.",
    ),
    "16-south": ("Taken under national special permit (Article VIII); permit number given to the inspector.",),
    "16-north": ("Taken under national special permit (Article VIII); permit number given to the inspector.",),
    "26b": ("Whale struck before midnight of the closure date; hauled alongside after it.",),
    "7a": (
        "Position taken before the GPS fix was restored; the catch was made while leaving the Indian Ocean Sanctuary.",
    ),
    "7b": ("Whale struck outside the Southern Ocean Sanctuary and died after running inside it.",),
    "8a": ("Catcher drifted north of 66°N while towing; the whale was struck south of the limit.",),
    "8b": ("Taken by the station's catcher, not for the factory ship; operation profile to be corrected.",),
    "8c": ("Taken by the station's catcher, not for the factory ship; operation profile to be corrected.",),
    "8d": ("Taken by the station's catcher, not for the factory ship; operation profile to be corrected.",),
    "8e": ("Taken by the station's catcher, not for the factory ship; operation profile to be corrected.",),
    "10d": ("Taken under national special permit; permit number given to the inspector.",),
    "2a": ("Whale struck on the last day of the season; hauled aboard after midnight ship's time.",),
    "14": ("Calf not seen from the gun platform in the swell; reported to the station inspector.",),
    "17": ("Calf not seen from the gun platform in the swell; reported to the station inspector.",),
    "15a": (
        "Length misjudged at sea in heavy swell; the gunner took it for a larger animal.",
        "Undersized whale surfaced alongside a larger one and was struck by mistake; reported to the inspector.",
    ),
    "15b-north": (
        "Length misjudged at sea in heavy swell; the gunner took it for a larger fin whale.",
        "Fin whale under the size limit surfaced beside a larger one and was struck by mistake; reported.",
    ),
    "15b-south": ("Length misjudged at sea in heavy swell; the gunner took it for a larger fin whale.",),
    "18a": ("Sperm whale under the size limit struck by mistake in poor visibility; reported to the inspector.",),
    "18a-north-atlantic": (
        "Sperm whale under the North Atlantic size limit struck by mistake in poor visibility; reported to the "
        "station inspector.",
        "Length misjudged at sea: the sperm whale lay low in the water; reported to the station inspector.",
    ),
    "18b": ("Large sperm bull misjudged as smaller at range; reported to the inspector.",),
    "18c": ("Large sperm bull misjudged as smaller at range; reported to the inspector.",),
    "20a": ("Carcass lost overnight in fog and found again the next morning.",),
    "1-small-type": ("Species misidentified at range; reported to the inspector.",),
}


def explanation_for(rng: random.Random, rule_id: str, paragraph: str) -> str:
    """A plausible crew explanation answering this rule; a rule added by an amendment gets a plain one."""
    choices = EXPLANATIONS.get(rule_id) or (f"Possible infraction of para {paragraph} reported to the inspector.",)
    return rng.choice(choices)


def _catch(rng: random.Random, shot, order: int, hauled_at) -> Catch:
    species = SPECIES_KEY[shot.species]
    mean, spread = LENGTHS[species]
    metres = Decimal(str(round(max(4.0, rng.gauss(mean, spread)), 2)))
    sex = rng.choice((Sex.MALE, Sex.FEMALE)) if species != "sperm" else Sex.MALE
    return Catch(
        catcher=FLEET[0],
        order=order,
        species=species,
        time_taken=shot.at,
        lat=shot.lat,
        lon=shot.lon,
        time_hauled_up=hauled_at,
        length=LengthReading.metres(metres),
        sex=sex,
        milk_present=False if sex is Sex.FEMALE else None,
        specimens=(Specimen(SpecimenKind.EAR_PLUG, f"{shot.serial} EP"),),
        remarks=f"serial {shot.serial}",
    )


def _report(db, plan, shots_by_school: dict) -> str:
    report = schooling_store.new_schooling_report(db, STATION, plan.day, FLEET, timezone.utc)
    for found_at, total in plan.sperm_schools:
        caught = shots_by_school.get(found_at, 0)
        report.schools.append(
            School(
                time_found=found_at.astimezone(timezone.utc).time().replace(tzinfo=None),
                total=total,
                takeable=max(caught, total - 1),
                caught={FLEET[0]: caught, FLEET[1]: DID_NOT_CHASE},
            )
        )
    return schooling_store.save_schooling_report(db, report, MASTER)


def add_fleet_records(db: sqlite_utils.Database, rng: random.Random, plans: list, who: str) -> tuple[int, int]:
    """Catches for every whale shot in the plans and a schooling report for each day with sperm schools.
    Returns (catches, schooling reports)."""
    order = 0
    reports = 0
    for plan in plans:
        delivered = next((e.delivered_at for e in plan.events if e.kind is EventKind.DELIVERED), None)
        shots_by_school = {}
        with transaction(db):
            for shot in plan.shots:
                order += 1
                catch = _catch(rng, shot, order, delivered or shot.at + timedelta(hours=6))
                # The real area lookup: off Iceland that is fs-8b and the North Atlantic (para 18(a) limit).
                context = dataclasses.replace(
                    compliance_context(catch, "land-station", flag_state=FLAG_STATE), local_date=plan.day
                )
                saved = catch_store.save_catch(db, catch, context, who)
                for flag in (f for f in saved.flags if f.needs_explanation):  # information flags need none
                    catch_store.explain_flag(
                        db, saved.id, flag.rule_id, explanation_for(rng, flag.rule_id, flag.paragraph), who
                    )
                catch_store.sign_catch(db, saved.id, Signature(MASTER, SignerRole.MASTER, plan.ceased_at), MASTER)
                if shot.species is SeenSpecies.SPERM:
                    school = max((t for t, _ in plan.sperm_schools if t <= shot.at), default=None)
                    shots_by_school[school] = shots_by_school.get(school, 0) + 1
            if plan.sperm_schools:
                _report(db, plan, shots_by_school)
                reports += 1
    return order, reports
