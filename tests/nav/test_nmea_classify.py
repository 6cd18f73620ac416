"""Which counter a sentence lands in: skipped is only for well-formed sentences WhaleLog does not use;
anything that is not NMEA 0183 syntax is unparsable (bad_checksum when it ends in a checksum that fails)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from whalelog_gui.nav.nmea import NmeaDecoder, checksum
from tests.nav.conftest import RMC, s

ROOT = Path(__file__).resolve().parents[2]


def counts(data: bytes) -> dict[str, int]:
    decoder = NmeaDecoder()
    decoder.feed(data)
    decoder.flush()
    c = decoder.counters
    assert c.sentences == c.accepted + c.bad_checksum + c.unparsable + c.skipped
    return {k: getattr(c, k) for k in ("sentences", "accepted", "bad_checksum", "unparsable", "skipped")}


def only(counter: str) -> dict[str, int]:
    return {"sentences": 1, "accepted": 0, "bad_checksum": 0, "unparsable": 0, "skipped": 0} | {counter: 1}


def line(body: bytes) -> bytes:
    """body with a correct checksum computed over its bytes, CRLF-terminated."""
    cs = 0
    for b in body:
        cs ^= b
    return b"$" + body + f"*{cs:02X}".encode() + b"\r\n"


@pytest.mark.parametrize(
    "data",
    [
        line(b"gprmc,120001.00,A,4512.3450,S"),  # lower-case address
        line(b"GP RMC,120001.00,A"),  # space in the address
        line(b"G,1,2"),  # address too short
        line(b"GPRMCGPRMCGPRMC,1"),  # address too long
        line(b"GP#MC,1,2"),  # punctuation in the address
        line(b"GPRMC,120001.00,\x01A,4512.3450"),  # control byte inside, checksum matches
        line(b"GPXYZ,1,\xe92"),  # non-ASCII byte inside, checksum matches
        line(b"PGRME,1,\x7f"),  # DEL inside a proprietary sentence
        b"$\x8a\x13\xff\x00zz\r\n",  # line noise after a $
        b"$AB\r\n",  # an address alone, no fields
        b"$GPRMC\r\n",
        line(b"GP1MC,1"),  # digit in the formatter
        b"!\x02\x03AIVDM\r\n",  # noise after a !
    ],
)
def test_not_nmea_syntax_is_unparsable(data):
    assert counts(data) == only("unparsable")


@pytest.mark.parametrize(
    "data",
    [
        b"$GPRMC,120001.00,\x01A,4512.3450*00\r\n",  # control byte, and the checksum fails
        b"$GP RMC,1*00\r\n",
        b"$PGRME,1,M*00\r\n",  # a proprietary sentence damaged on the line is not a sentence we chose to skip
    ],
)
def test_a_failing_checksum_is_bad_checksum_even_when_the_rest_is_broken(data):
    assert counts(data) == only("bad_checksum")


@pytest.mark.parametrize(
    "data",
    [
        line(b"PGRME,15.0,M,45.0,M,25.0,M"),  # proprietary, Garmin
        line(b"PUBX,00,120001.00,4512.3450,S"),  # proprietary, u-blox (4-letter address)
        line(b"PSRF103,00,01,00,01"),  # proprietary, SiRF (7-letter address)
        b"!AIVDM,1,1,,A,13aEOK?P00PD2wVMdLDRhgvL289?,0*26\r\n",  # AIS
        line(b"GPGSV,3,1,11,03,03,111,00"),  # a standard type we do not use
        line(b"SDDBT,1.2,f,0.4,M,0.2,F"),  # another instrument's talker
        b"$PUBX,00\r\n",  # proprietary without a checksum: still a well-formed sentence
    ],
)
def test_well_formed_sentences_we_do_not_use_are_skipped(data):
    assert counts(data) == only("skipped")


def test_supported_sentence_still_accepted():
    assert counts((s(RMC) + "\r\n").encode()) == only("accepted")


def test_random_bytes_are_unparsable_never_skipped():
    noise = random.Random(20240501).randbytes(200_000)
    c = counts(noise)
    assert c["sentences"] > 1000 and c["skipped"] == 0 and c["accepted"] == 0
    assert c["unparsable"] > 0.9 * c["sentences"]


def test_random_bytes_around_real_sentences_do_not_hide_them():
    rng = random.Random(7)
    good = (s(RMC) + "\r\n").encode()
    data = b"".join(rng.randbytes(rng.randrange(0, 300)) + b"\r\n" + good for _ in range(50))
    decoder = NmeaDecoder()
    decoder.feed(data)
    decoder.flush()
    assert decoder.counters.accepted == 50 and decoder.counters.skipped == 0


def test_cli_on_random_stdin_counts_them_unparsable():
    noise = random.Random(99).randbytes(200_000)
    proc = subprocess.run(
        [sys.executable, "-m", "whalelog_gui", "nmea", "parse", "-"],
        input=noise,
        capture_output=True,
        cwd=ROOT,
        timeout=60,
    )
    assert proc.returncode == 0
    summary = json.loads(proc.stdout.decode().splitlines()[-1])["summary"]
    assert summary["skipped"] == 0 and summary["unparsable"] > 1000
    assert summary["sentences"] == (
        summary["accepted"] + summary["bad_checksum"] + summary["unparsable"] + summary["skipped"]
    )


def test_checksum_helper_matches_the_line_builder():
    assert line(b"GPGSV,3,1,11").endswith(f"*{checksum('GPGSV,3,1,11')}\r\n".encode())
