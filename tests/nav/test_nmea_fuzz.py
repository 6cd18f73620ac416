"""No byte a serial line can deliver makes the decoder raise; counters always add up."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from whalelog_gui.nav.nmea import NmeaDecoder
from tests.nav.conftest import GGA, GSA, RMC, VTG, s

GOOD = [
    s(RMC),
    s(GGA),
    s(VTG),
    s(GSA),
    s("GPZDA,120001.00,01,05,2024,00,00"),
    s("GNGLL,4512.3450,S,16030.0000,E,120001.00,A,A"),
    s("GNGNS,120001.00,4512.3450,S,16030.0000,E,AAN,14,0.7,12.0,-30.0,,"),
]


def check(decoder: NmeaDecoder, chunks: list[bytes]) -> None:
    fixes = []
    for chunk in chunks:
        fixes += decoder.feed(chunk)
    fixes += decoder.flush()
    c = decoder.counters
    assert c.sentences == c.accepted + c.bad_checksum + c.unparsable + c.skipped
    assert c.epochs == len(fixes) and c.valid_fixes == sum(f.valid for f in fixes)
    for f in fixes:
        assert f.valid is False or (f.lat is not None and -90 <= f.lat <= 90 and -180 <= f.lon <= 180)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.binary(max_size=300), max_size=8))
def test_random_bytes_never_raise(chunks):
    check(NmeaDecoder(), chunks)
    check(NmeaDecoder(allow_missing_checksum=True), chunks)


@st.composite
def mutated_stream(draw):
    lines = draw(st.lists(st.sampled_from(GOOD), min_size=1, max_size=12))
    out = []
    for line in lines:
        b = bytearray(line.encode())
        for _ in range(draw(st.integers(0, 3))):
            op = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "dup"]))
            i = draw(st.integers(0, max(0, len(b) - 1)))
            if op == "flip" and b:
                b[i] ^= 1 << draw(st.integers(0, 7))
            elif op == "insert":
                b.insert(i, draw(st.sampled_from([0, 36, 42, 44, 13, 10, 33, 255, 46, 45])))
            elif op == "delete" and b:
                del b[i]
            elif op == "truncate":
                b = b[:i]
            elif op == "dup":
                b = b[:i] + b
        out.append(bytes(b) + draw(st.sampled_from([b"\r\n", b"\n", b"\r", b""])))
    data = b"".join(out)
    cut = draw(st.integers(0, len(data)))
    return [data[:cut], data[cut:]]


@settings(max_examples=400, deadline=None)
@given(mutated_stream())
def test_mutated_sentences_never_raise(chunks):
    check(NmeaDecoder(), chunks)
    check(NmeaDecoder(allow_missing_checksum=True), chunks)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="0123456789.,NSEWAV-+*$ ", max_size=40), min_size=1, max_size=14))
def test_wrong_fields_with_valid_checksums_never_raise(fields):
    from whalelog_gui.nav.nmea import with_checksum

    for kind in ("GPRMC", "GPGGA", "GPGLL", "GNGNS", "GPVTG", "GPGSA", "GPZDA"):
        body = kind + "," + ",".join(f.replace("*", "").replace("$", "") for f in fields)
        check(NmeaDecoder(), [(with_checksum(body) + "\r\n").encode()])
