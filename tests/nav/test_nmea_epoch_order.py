"""Timeless sentences (VTG, GSA) go to their own epoch whatever order the receiver sends an epoch in.

Each epoch i carries its own COG/SOG (only in VTG) and HDOP (only in GSA), so a sentence counted in the
neighbouring epoch shows up as a wrong value. Checked in decode_lines (a log, no idle gaps) and in the live
reader on a real pty (one burst per epoch, as a receiver sends it).
"""

from __future__ import annotations

import pytest

from whalelog_gui.nav.nmea import NmeaDecoder, decode_lines
from whalelog_gui.nav.reader import NavReader
from whalelog_gui.nav.sources import SerialSource
from tests.nav.conftest import s, stream, wait_for

EPOCHS = 5


def hms(i: int) -> str:
    return f"1200{i:02d}.00"


# per-epoch sentence bodies; RMC without COG/SOG and GGA/GNS without HDOP so only VTG/GSA carry them
def vtg(i: int) -> str:
    return f"GPVTG,{10 * i + 10:.1f},T,,M,{i + 2:.1f},N,{(i + 2) * 1.852:.1f},K,A"


def gsa(i: int, talker: str = "GP") -> str:
    return f"{talker}GSA,A,3,01,02,03,04,05,06,,,,,,,{i + 2}.0,{i + 1}.5,{i + 3}.0"


def gga(i: int) -> str:
    return f"GPGGA,{hms(i)},4512.3450,S,16030.0000,E,1,09,,12.0,M,-30.0,M,,"


def rmc(i: int, talker: str = "GP") -> str:
    return f"{talker}RMC,{hms(i)},A,4512.3450,S,16030.0000,E,,,010524,,,A"


def gns(i: int) -> str:
    return f"GNGNS,{hms(i)},4512.3450,S,16030.0000,E,AA,14,,12.0,-30.0,,"


ORDERS = {
    "GGA+VTG, VTG first": lambda i: [vtg(i), gga(i)],
    "GGA+VTG, VTG last": lambda i: [gga(i), vtg(i)],
    "GP RMC,GGA,GSA,VTG": lambda i: [rmc(i), gga(i), gsa(i), vtg(i)],
    "GN GNS,GSA,GSA,VTG,RMC": lambda i: [gns(i), gsa(i, "GN"), gsa(i, "GN"), vtg(i), rmc(i, "GN")],
    "GSA,VTG first then RMC,GGA": lambda i: [gsa(i), vtg(i), rmc(i), gga(i)],
}
WITH_GSA = {"GP RMC,GGA,GSA,VTG", "GN GNS,GSA,GSA,VTG,RMC", "GSA,VTG first then RMC,GGA"}


def expected(order: str, epochs=range(EPOCHS)) -> list[tuple]:
    return [(i, 10.0 * i + 10, i + 2.0, i + 1.5 if order in WITH_GSA else None) for i in epochs]


def observed(fixes) -> list[tuple]:
    return [(f.time_of_day.second, f.cog_deg, f.sog_kn, f.hdop) for f in fixes]


def test_the_reviewers_repro_vtg_before_gga():
    lines = [s(line) for i in range(EPOCHS) for line in (vtg(i), gga(i))]
    fixes, c = decode_lines(lines)
    assert [(f.time_of_day.second, f.cog_deg, f.sog_kn) for f in fixes] == [
        (0, 10.0, 2.0),
        (1, 20.0, 3.0),
        (2, 30.0, 4.0),
        (3, 40.0, 5.0),
        (4, 50.0, 6.0),
    ]
    assert c.epochs == EPOCHS and c.accepted == 2 * EPOCHS


@pytest.mark.parametrize("order", ORDERS)
def test_decode_lines_puts_every_sentence_in_its_own_epoch(order):
    lines = [s(line) for i in range(EPOCHS) for line in ORDERS[order](i)]
    fixes, c = decode_lines(lines)
    assert observed(fixes) == expected(order)
    assert c.epochs == EPOCHS and c.valid_fixes == EPOCHS


@pytest.mark.parametrize("order", ORDERS)
def test_decoder_with_idle_gaps_between_bursts(order):
    """What the reader does: each burst fed, then the line goes quiet (close_epoch)."""
    decoder = NmeaDecoder()
    fixes = []
    for i in range(EPOCHS):
        fixes += decoder.feed(stream(*ORDERS[order](i)))
        fixes += decoder.close_epoch()
    assert observed(fixes) == expected(order)


def test_a_lost_gga_does_not_shift_the_later_epochs():
    lines = [s(line) for i in range(EPOCHS) for line in (vtg(i), gga(i))]
    lines[5] = lines[5][:-2] + "00"  # epoch 2's GGA fails its checksum
    fixes, c = decode_lines(lines)
    assert c.bad_checksum == 1
    assert observed(fixes) == expected("GGA+VTG, VTG first", [0, 1, 3, 4])


def test_vtg_first_epoch_is_emitted_on_its_gga_once_learned():
    decoder = NmeaDecoder()
    fixes = decoder.feed(stream(vtg(0), gga(0), vtg(1), gga(1), vtg(2), gga(2)))
    assert [f.time_of_day.second for f in fixes] == [0, 1, 2]  # epoch 2 goes out on its GGA, not on the next VTG
    assert decoder.epochs.closer == b"GGA"


def test_a_closer_learned_on_gga_only_is_unlearned_when_vtg_trails_on_the_line():
    decoder = NmeaDecoder()
    fixes = []
    for i in range(3):  # GGA-only start teaches "GGA ends an epoch"
        fixes += decoder.feed(stream(gga(i))) + decoder.close_epoch()
    assert decoder.epochs.closer == b"GGA"
    for i in range(3, 8):  # then the receiver adds VTG after GGA; the idle line shows VTG trailing
        fixes += decoder.feed(stream(gga(i), vtg(i))) + decoder.close_epoch()
    assert [f.time_of_day.second for f in fixes] == list(range(8))
    assert decoder.epochs.trailing and decoder.epochs.closer == b"VTG"
    assert observed(fixes[4:]) == expected("GGA+VTG, VTG last", range(4, 8))  # epoch 3's VTG came too late


class Sink:
    def __init__(self) -> None:
        self.fixes, self.status = [], None

    def fix(self, f) -> None:
        self.fixes.append(f)

    def on_status(self, st) -> None:
        self.status = st


@pytest.mark.parametrize("order", ORDERS)
def test_live_reader_on_a_pty_puts_every_sentence_in_its_own_epoch(pty, order):
    sink = Sink()
    reader = NavReader(SerialSource(pty.path, 4800, name="gps"), sink.fix, sink.on_status)
    reader.start()
    try:
        assert wait_for(lambda: sink.status is not None and sink.status.message == "connected")
        for i in range(EPOCHS):
            pty.write(stream(*ORDERS[order](i)))  # one burst per epoch, as a receiver sends it
            assert wait_for(lambda count=i + 1: len(sink.fixes) == count)
    finally:
        reader.stop()
    assert observed(sink.fixes) == expected(order)


def test_replayed_log_that_starts_mid_epoch_puts_vtg_on_its_own_epoch(tmp_path):
    """Issue 12: receiver order RMC, GGA, VTG; the log starts with the VTG whose RMC/GGA were cut off."""
    from whalelog_gui.nav.sources import ReplaySource

    log = tmp_path / "cut.nmea"
    log.write_bytes(stream(*[line for i in range(EPOCHS) for line in (rmc(i), gga(i), vtg(i))][2:]))
    sink = Sink()
    reader = NavReader(ReplaySource(log, speed=None), sink.fix, sink.on_status)
    reader.start()
    try:
        assert reader.finished.wait(10)
    finally:
        reader.stop()
    assert observed(sink.fixes) == expected("GGA+VTG, VTG last", range(1, EPOCHS))


@pytest.mark.parametrize(
    "order, cut",
    [("GP RMC,GGA,GSA,VTG", 1), ("GP RMC,GGA,GSA,VTG", 2), ("GP RMC,GGA,GSA,VTG", 3), ("GGA+VTG, VTG last", 1)],
)
def test_decode_lines_from_a_log_cut_anywhere_in_an_epoch(order, cut):
    bodies = [line for i in range(EPOCHS) for line in ORDERS[order](i)]
    fixes, _ = decode_lines([s(b) for b in bodies[cut:]])
    whole = [f for f in observed(fixes) if f[0] >= 1]
    assert whole == expected(order, range(1, EPOCHS))
