"""Epoch assembly: one Fix per receiver epoch; the date from RMC/ZDA, rolled at midnight, never the PC clock."""

from __future__ import annotations

from datetime import datetime, timezone

from whalelog_gui.nav.nmea import NmeaDecoder, decode_lines
from tests.nav.conftest import s, stream


def rmc(hms: str, ddmmyy: str = "010524", status: str = "A") -> str:
    return f"GPRMC,{hms},{status},4512.3450,S,16030.0000,E,11.5,181.2,{ddmmyy},,,A"


def gga(hms: str, quality: int = 1) -> str:
    return f"GPGGA,{hms},4512.3450,S,16030.0000,E,{quality},09,0.9,12.0,M,-30.0,M,,"


def utc(*a) -> datetime:
    return datetime(*a, tzinfo=timezone.utc)


def test_one_fix_per_epoch_merging_its_sentences():
    fixes, c = decode_lines([s(rmc("120001.00")), s(gga("120001.00")), s(rmc("120002.00")), s(gga("120002.00"))])
    assert [f.time for f in fixes] == [utc(2024, 5, 1, 12, 0, 1), utc(2024, 5, 1, 12, 0, 2)]
    assert all(f.quality == "gps" and f.sog_kn == 11.5 for f in fixes)
    assert c.epochs == 2 and c.valid_fixes == 2


def test_same_time_written_with_different_decimals_is_one_epoch():
    fixes, _ = decode_lines([s(rmc("120001.00")), s(gga("120001.000")), s(gga("120001"))])
    assert len(fixes) == 1


def test_timeless_sentences_sent_first_join_the_next_timed_epoch():
    fixes, _ = decode_lines([s("GPVTG,90.0,T,,M,5.0,N,9.3,K,A"), s(gga("120001.00"))])
    assert len(fixes) == 1 and fixes[0].cog_deg == 90.0 and fixes[0].sog_kn == 5.0


def test_gga_before_any_rmc_has_no_date_then_gets_it():
    fixes, _ = decode_lines([s(gga("120000.00")), s(rmc("120001.00")), s(gga("120001.00")), s(gga("120002.00"))])
    assert fixes[0].time is None and fixes[0].time_of_day is not None
    assert fixes[1].time == utc(2024, 5, 1, 12, 0, 1) and fixes[2].time == utc(2024, 5, 1, 12, 0, 2)


def test_gga_only_stream_rolls_the_date_forward_at_midnight():
    lines = [s(rmc("235958.00", "311224")), s(gga("235958.00"))]
    lines += [s(gga(t)) for t in ("235959.00", "000000.00", "000001.00")]
    fixes, _ = decode_lines(lines)
    assert [f.time for f in fixes] == [
        utc(2024, 12, 31, 23, 59, 58),
        utc(2024, 12, 31, 23, 59, 59),
        utc(2025, 1, 1, 0, 0, 0),
        utc(2025, 1, 1, 0, 0, 1),
    ]


def test_rmc_date_wins_over_the_rolled_date():
    fixes, _ = decode_lines([s(rmc("235959.00", "280224")), s(gga("000000.00")), s(rmc("000000.00", "290224"))])
    assert fixes[1].time == utc(2024, 2, 29, 0, 0, 0)


def test_a_small_backwards_step_does_not_roll_the_date():
    fixes, _ = decode_lines([s(rmc("120005.00")), s(gga("120004.00"))])
    assert fixes[1].time == utc(2024, 5, 1, 12, 0, 4)


def test_date_never_comes_from_the_computer_clock():
    fixes, _ = decode_lines([s(gga("120001.00")), s(gga("120002.00"))])
    assert [f.time for f in fixes] == [None, None]


def test_epoch_closed_on_idle_is_emitted_once_even_if_a_late_sentence_arrives():
    decoder = NmeaDecoder()
    fixes = decoder.feed(stream(rmc("120001.00"), gga("120001.00")))
    assert fixes == []  # the epoch is still open: more sentences may belong to it
    fixes = decoder.close_epoch()
    assert len(fixes) == 1 and fixes[0].valid
    assert decoder.feed(stream("GPZDA,120001.00,02,05,2024,00,00")) == []
    fixes = decoder.feed(stream(gga("120002.00"))) + decoder.close_epoch()
    assert len(fixes) == 1 and fixes[0].time == utc(2024, 5, 2, 12, 0, 2)  # the late ZDA's date still counts


def test_invalid_epoch_counted_but_not_as_valid_fix():
    fixes, c = decode_lines([s(rmc("120001.00", status="V")), s(gga("120001.00", quality=0))])
    assert len(fixes) == 1 and not fixes[0].valid and c.epochs == 1 and c.valid_fixes == 0


def test_lone_vtg_makes_no_fix():
    fixes, c = decode_lines([s("GPVTG,90.0,T,,M,5.0,N,9.3,K,A")])
    assert fixes == [] and c.accepted == 1 and c.epochs == 0


def vtg() -> str:
    return "GPVTG,181.2,T,,M,11.5,N,21.3,K,A"


def test_after_two_idle_bounded_epochs_the_fix_goes_out_on_the_epochs_last_sentence():
    decoder = NmeaDecoder()
    for sec in (1, 2):  # each burst, then the line goes quiet: the idle gap proves VTG ends the epoch
        assert decoder.feed(stream(rmc(f"12000{sec}.00"), gga(f"12000{sec}.00"), vtg())) == []
        assert len(decoder.close_epoch()) == 1
    assert decoder.epochs.closer == b"VTG"
    fixes = decoder.feed(stream(rmc("120003.00"), gga("120003.00"), vtg()))
    assert [f.time_of_day.second for f in fixes] == [3]  # on its VTG, before the line goes quiet
    assert decoder.close_epoch() == []
    assert decoder.feed(stream(rmc("120004.00"), gga("120004.00"))) == []
    assert [f.time_of_day.second for f in decoder.feed(stream(vtg()))] == [4]


def test_a_timeless_closer_is_not_learned_from_time_changes_alone():
    # without idle gaps a trailing VTG could as well lead the next epoch: the Fix waits for the next time
    decoder = NmeaDecoder()
    fixes = decoder.feed(b"".join(stream(rmc(f"12000{sec}.00"), gga(f"12000{sec}.00"), vtg()) for sec in range(1, 5)))
    assert [f.time_of_day.second for f in fixes] == [1, 2, 3]
    assert decoder.epochs.closer is None
    assert [f.time_of_day.second for f in decoder.flush()] == [4]


def test_a_damaged_tail_sentence_does_not_retrain_the_closer():
    decoder = NmeaDecoder()
    fixes = []
    for sec in range(1, 4):
        fixes += decoder.feed(stream(rmc(f"12000{sec}.00"), gga(f"12000{sec}.00"), vtg())) + decoder.close_epoch()
    assert decoder.epochs.closer == b"VTG"
    fixes += decoder.feed(stream(rmc("120004.00"), gga("120004.00")) + b"$GPVTG,damaged*00\r\n") + decoder.close_epoch()
    fixes += decoder.feed(stream(rmc("120005.00"), gga("120005.00"), vtg()))
    assert decoder.epochs.closer == b"VTG"
    assert [f.time_of_day.second for f in fixes] == [1, 2, 3, 4, 5]
