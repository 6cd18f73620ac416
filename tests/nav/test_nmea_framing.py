"""Framing and checksum: what real receivers and cables deliver, byte by byte."""

from __future__ import annotations

import pytest

from whalelog_gui.nav.nmea import NmeaDecoder, decode_lines
from tests.nav.conftest import GGA, GSA, LAT, LON, RMC, VTG, s, stream


def decode(data: bytes, chunks: int = 1, **kw):
    decoder = NmeaDecoder("test", **kw)
    fixes = []
    step = max(1, len(data) // chunks)
    for i in range(0, len(data), step):
        fixes += decoder.feed(data[i : i + step])
    fixes += decoder.flush()
    return fixes, decoder.counters


@pytest.mark.parametrize("ending", ["\r\n", "\n", "\r", "\n\r"])
def test_every_line_ending_gives_the_same_fix(ending):
    fixes, c = decode(stream(RMC, GGA, VTG, GSA, ending=ending))
    assert len(fixes) == 1 and fixes[0].valid
    assert (c.sentences, c.accepted, c.bad_checksum, c.unparsable, c.skipped) == (4, 4, 0, 0, 0)


def test_mixed_endings_and_byte_by_byte_delivery():
    data = (s(RMC) + "\r\n" + s(GGA) + "\n" + s(VTG) + "\r" + s(GSA) + "\r\n").encode()
    fixes, c = decode(data, chunks=len(data))
    assert c.accepted == 4 and len(fixes) == 1
    assert fixes[0].lat == pytest.approx(LAT) and fixes[0].lon == pytest.approx(LON)


def test_double_dollar_prefix():
    fixes, c = decode(("$" + s(RMC) + "\r\n").encode())
    assert c.accepted == 1 and c.sentences == 1 and fixes[0].valid


def test_two_sentences_fused_on_one_line():
    fixes, c = decode((s(RMC) + s(GGA) + "\r\n").encode())
    assert c.accepted == 2 and len(fixes) == 1 and fixes[0].satellites == 9


def test_truncated_sentence_fused_with_the_next_is_rejected_and_the_next_kept():
    fixes, c = decode((s(RMC)[:30] + s(GGA) + "\r\n").encode())
    assert c.accepted == 1 and c.bad_checksum == 1
    assert fixes[0].quality == "gps" and fixes[0].sog_kn is None  # only GGA made it


def test_nul_and_binary_noise_between_sentences():
    data = b"\x00\x00\xff\xfe\x80" + stream(RMC) + b"\x00\x13\x11garbage\xff\r\n" + stream(GGA)
    fixes, c = decode(data)
    assert c.accepted == 2 and c.sentences == 2 and len(fixes) == 1


def test_nul_inside_a_sentence_is_rejected_even_though_xor_with_zero_keeps_the_checksum():
    good = s(RMC)
    bad = good[:20] + "\x00" + good[20:]
    fixes, c = decode((bad + "\r\n").encode())
    assert fixes == [] and c.unparsable == 1 and c.accepted == 0


def test_overlong_line_is_rejected_and_does_not_swallow_the_next():
    long_body = "GPGGA," + "1" * 200
    fixes, c = decode((s(long_body) + "\r\n" + s(RMC) + "\r\n").encode())
    assert c.unparsable == 1 and c.accepted == 1 and len(fixes) == 1


def test_endless_noise_without_line_endings_stays_bounded():
    decoder = NmeaDecoder()
    for _ in range(100):
        decoder.feed(b"\xaa" * 10_000)
    assert len(decoder._pending) <= 4096
    assert decoder.feed(b"\r\n" + stream(RMC)) == [] and decoder.counters.accepted == 1


def test_bad_checksum_rejected():
    line = s(RMC)
    wrong = line[:-2] + ("00" if line[-2:] != "00" else "01")
    fixes, c = decode((wrong + "\r\n").encode())
    assert fixes == [] and c.bad_checksum == 1 and c.accepted == 0


def test_lowercase_checksum_accepted():
    line = s(RMC)
    fixes, c = decode((line[:-2] + line[-2:].lower() + "\r\n").encode())
    assert c.accepted == 1


@pytest.mark.parametrize("tail", ["", "*", "*6", "*ZZ", "*6A7"])
def test_missing_or_garbled_checksum_rejected_by_default(tail):
    fixes, c = decode(("$" + RMC + tail + "\r\n").encode())
    assert fixes == [] and c.bad_checksum == 1


def test_missing_checksum_accepted_when_allowed():
    fixes, c = decode(("$" + RMC + "\r\n").encode(), allow_missing_checksum=True)
    assert c.accepted == 1 and fixes[0].valid
    _, c = decode(("$" + RMC + "*00\r\n").encode(), allow_missing_checksum=True)
    assert c.bad_checksum == 1  # a present checksum is still verified


def test_ais_and_proprietary_sentences_are_skipped():
    data = b"!AIVDM,1,1,,A,13aEOK?P00PD2wVMdLDRhgvL289?,0*26\r\n" + stream("PGRME,15.0,M,45.0,M,25.0,M", RMC)
    fixes, c = decode(data)
    assert c.skipped == 2 and c.accepted == 1 and len(fixes) == 1


def test_unsupported_talker_sentences_are_skipped():
    fixes, c = decode(
        stream("GPGSV,3,1,11,03,03,111,00,04,15,270,00,06,01,010,00,13,06,292,00", "SDDBT,1.2,f,0.4,M,0.2,F")
    )
    assert c.skipped == 2 and c.sentences == 2 and fixes == []


def test_malformed_field_with_good_checksum_is_unparsable():
    fixes, c = decode(stream("GPRMC,120001.00,A,45x2.3450,S,16030.0000,E,11.5,181.2,010524,,,A"))
    assert c.unparsable == 1 and fixes == []


def test_last_line_without_ending_is_decoded_at_flush():
    fixes, c = decode(s(RMC).encode())
    assert c.accepted == 1 and len(fixes) == 1


def test_counters_add_up():
    lines = [s(RMC), s(GGA)[:-1] + "0", "$" + VTG, "$PUBX,00", s(GSA)]
    _, c = decode_lines(lines)
    assert c.sentences == c.accepted + c.bad_checksum + c.unparsable + c.skipped == 5


def test_repeated_identical_sentences_are_each_counted_and_merged():
    bad_gsa = s(GSA)[:-2] + "00"
    epochs = [
        s(RMC.replace("120001.00", f"1200{i:02d}.00")) + "\r\n" + s(GSA) + "\r\n" + bad_gsa + "\r\n" for i in range(5)
    ]
    fixes, c = decode("".join(epochs).encode())
    assert (c.sentences, c.accepted, c.bad_checksum) == (15, 10, 5)
    assert len(fixes) == 5 and all(f.hdop == 0.8 for f in fixes)
