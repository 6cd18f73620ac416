"""Diagnostics zip: logs, settings without secrets, recent raw NMEA; never key material."""

import json
import zipfile

from whalelog_gui.diagnostics import default_zip_name, write_diagnostics
from whalelog_gui.export.keys import KEY_FILE_NAME
from whalelog_gui.settings import AppSettings

SETTINGS = AppSettings(vessel_name="Kyo Maru", gps_port="/dev/ttyUSB0", crew_names=("Aki Sato",))
PEM = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIKc0ffeeMadeUpKeyMaterial0123456789abcdef\n-----END PRIVATE KEY-----\n"


def _zip(tmp_path, **kw):
    log = tmp_path / "logs" / "whalelog.log"
    log.parent.mkdir()
    log.write_text("2024-05-01T12:00:00.000Z INFO whalelog.nav: fix 45°12.345′S\n", encoding="utf-8")
    old = tmp_path / "logs" / "whalelog.log.1"
    old.write_text("older line\n" + PEM, encoding="utf-8")
    # a signing key lives in the data dir beside the logs: it must never be swept in
    (tmp_path / KEY_FILE_NAME).write_text(PEM)
    args = dict(
        settings=SETTINGS,
        log_files=[log, old, tmp_path / "logs" / "gone.log"],
        nmea_lines=["$GPRMC,120000,A*00\r\n", "\x00\xff$GPGGA,junk"],
    )
    args.update(kw)
    return write_diagnostics(tmp_path / "out" / default_zip_name(), **args)


def test_zip_holds_logs_settings_nmea_and_about(tmp_path):
    path = _zip(tmp_path, extra={"counters": {"accepted": 12}, "signing_key": "abc"})
    with zipfile.ZipFile(path) as archive:
        names = sorted(archive.namelist())
        assert names == ["about.json", "logs/whalelog.log", "logs/whalelog.log.1", "nmea-recent.txt", "settings.json"]
        settings = json.loads(archive.read("settings.json"))
        assert settings["vessel_name"] == "Kyo Maru" and settings["crew_names"] == ["Aki Sato"]
        assert settings == SETTINGS.to_dict()
        nmea = archive.read("nmea-recent.txt").decode("ascii")
        assert nmea.splitlines() == ["$GPRMC,120000,A*00", "\\x00\\xff$GPGGA,junk"]
        about = json.loads(archive.read("about.json"))
        assert about["whalelog"] and about["created_utc"].endswith("Z")
        assert about["extra"] == {"counters": {"accepted": 12}, "signing_key": "[redacted]"}
        assert "fix 45°12.345′S" in archive.read("logs/whalelog.log").decode("utf-8")


def test_no_key_material_reaches_the_zip(tmp_path):
    path = _zip(tmp_path)
    with zipfile.ZipFile(path) as archive:
        everything = b"".join(archive.read(n) for n in archive.namelist())
        assert KEY_FILE_NAME.encode() not in b" ".join(n.encode() for n in archive.namelist())
    assert b"PRIVATE KEY" not in everything and b"MadeUpKeyMaterial" not in everything
    assert b"older line" in everything  # the rest of that log file is kept


def test_no_temp_file_left_and_existing_zip_replaced_whole(tmp_path):
    first = _zip(tmp_path)
    second = write_diagnostics(first, settings=None, log_files=[], nmea_lines=[])
    assert second == first
    assert sorted(p.name for p in first.parent.iterdir()) == [first.name]
    with zipfile.ZipFile(first) as archive:
        assert json.loads(archive.read("settings.json")) == {}
