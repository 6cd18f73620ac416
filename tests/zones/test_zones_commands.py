"""The `whalelog zones check` / `zones list` contract, run as real subprocesses."""

import json
import subprocess
import sys

import pytest

from whalelog_gui.zones.areas import AREA_IDS


def run(*args, stdin=b""):
    proc = subprocess.run(
        [sys.executable, "-m", "whalelog_gui", "zones", *args], input=stdin, capture_output=True, timeout=60
    )
    text = proc.stdout.decode()
    parsed = [json.loads(line) for line in text.splitlines()] if args[0] == "check" else [json.loads(text)]
    return proc.returncode, parsed, proc.stderr.decode()


def test_check_contract_one_object_per_line_errors_continue_exit_zero():
    lines = b"-45.0,10.0\n-39.99,19.99,160,20\nnot,a,number\n\n95,0\n-39.9,179.99\n1,2,3\n-40.05,-180\n\xff\xfe\n"
    code, out, err = run("check", "--operation", "land-station", "--lookahead-min", "30", stdin=lines)
    assert code == 0, err
    assert len(out) == 8  # the blank line is skipped, every other line answers
    first = out[0]
    assert list(first) == ["lat", "lon", "inside", "distance_nm", "approaching"]
    assert first["lat"] == -45.0 and first["lon"] == 10.0 and first["inside"] == ["sos"]
    assert set(first["distance_nm"]) == set(AREA_IDS) - {"sos"} and first["approaching"] == []
    approach = out[1]["approaching"]
    assert [a["zone"] for a in approach] == ["sos", "ios"] and list(approach[0]) == ["zone", "distance_nm", "eta_min"]
    assert approach[0]["distance_nm"] < approach[1]["distance_nm"]
    assert approach[0]["eta_min"] == pytest.approx(approach[0]["distance_nm"] / 20 * 60, abs=0.01)
    assert out[2] == {"error": out[2]["error"], "line": 3} and "lat" in out[2]["error"]
    assert out[3]["line"] == 5 and "-90..90" in out[3]["error"]
    assert out[4]["inside"] == ["fs-8d"]
    assert out[5]["line"] == 7
    assert out[6]["inside"] == ["sos"] and out[6]["lon"] == -180.0  # 180 W is 180 E
    assert out[6]["distance_nm"]["fs-8d"] == pytest.approx(3.0, abs=0.01)  # 0.05 deg north, across the seam
    assert out[7]["line"] == 9 and "error" in out[7]  # bytes that are not text: an error, not a crash


def test_check_inside_lists_areas_whatever_the_operation():
    _, [ship], _ = run("check", "--operation", "transit", stdin=b"20.0,38.0\n")
    assert ship["inside"] == ["ios", "fs-8e"]


def test_check_rejects_an_unknown_operation_with_usage_error():
    code, _, err = run("check", "--operation", "pelagic", stdin=b"0,0\n")
    assert code == 2 and "invalid choice" in err


def test_list_prints_every_area_with_its_properties():
    code, [listing], _ = run("list")
    assert code == 0
    assert [a["id"] for a in listing["areas"]] == list(AREA_IDS)
    for area in listing["areas"]:
        assert set(area) == {
            "id",
            "name",
            "schedule_edition",
            "paragraph",
            "applies_to",
            "rule",
            "interpretation_notes",
        }
        assert area["schedule_edition"] == "2007"


def test_negative_lookahead_is_a_usage_error_not_a_traceback():
    code, out, err = run("check", "--lookahead-min", "-5", stdin=b"0,0\n")
    assert code == 2 and "look-ahead" in err and "Traceback" not in err and out == []


def test_zero_lookahead_reports_no_approach():
    _, [line], _ = run("check", "--lookahead-min", "0", stdin=b"-39.95,0,180,10\n")
    assert line["approaching"] == [] and line["distance_nm"]["sos"] == pytest.approx(3.0, abs=0.01)


def test_lookahead_above_24_hours_is_a_usage_error_and_24_hours_gives_the_true_entry():
    code, out, err = run("check", "--lookahead-min", "1e9", stdin=b"-30,0,180,30\n")
    assert code == 2 and out == [] and len(err.strip().splitlines()) == 1 and "1440" in err and "Traceback" not in err
    code, [line], _ = run("check", "--lookahead-min", "1440", stdin=b"-30,0,180,30\n")
    assert code == 0 and line["approaching"] == [
        {
            "zone": "sos",
            "distance_nm": pytest.approx(599.04, abs=0.01),
            "eta_min": pytest.approx(599.04 / 30 * 60, abs=0.05),
        }
    ]


@pytest.mark.parametrize(
    "line, error",
    [
        (b"-30,0,180,100.1\n", "sog_kn"),
        (b"-30,0,180,1000\n", "sog_kn"),
        (b"-30,0,360,10\n", "cog_deg"),
        (b"-30,0,400,10\n", "cog_deg"),
        (b"-30,0,-1,10\n", "cog_deg"),
        (b"-30,0,180,1_0\n", "sog_kn"),
        (b"-30,0,180,1e1\n", "sog_kn"),
        (b"-30,0,180,nan\n", "sog_kn"),
        (b"1_0,0\n", "lat"),
        (b"-3e1,0\n", "lat"),
    ],
)
def test_check_rejects_speed_and_course_outside_their_limits_like_any_bad_field(line, error):
    code, [good, out], _ = run("check", stdin=b"-30,0\n" + line)
    assert code == 0 and "error" not in good
    assert out == {"error": out["error"], "line": 2} and error in out["error"]


@pytest.mark.parametrize("line", [b"-30,0,180,100\n", b"-30,0,359.9,10\n", b"-30,0,0,0\n", b"+30,0\n"])
def test_check_accepts_the_limits_themselves(line):
    code, [out], _ = run("check", stdin=line)
    assert code == 0 and "error" not in out


def test_check_sog_limit_option():
    _, [out], _ = run("check", "--sog-limit-kn", "20", stdin=b"-30,0,180,20.5\n")
    assert "sog_kn" in out["error"]
