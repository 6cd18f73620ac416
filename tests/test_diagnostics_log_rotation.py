"""The rotating application log (what "Save diagnostics" zips): UTC lines in the data dir, rotation bounded,
reconfiguring does not double lines."""

import logging

import pytest

from whalelog_gui import logging_setup


@pytest.fixture
def restore_whalelog_logger():
    root = logging.getLogger("whalelog")
    before = (list(root.handlers), root.level)
    yield
    for handler in list(root.handlers):
        if handler not in before[0]:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(before[1])


def test_lines_go_to_the_file_with_utc_times(tmp_path, restore_whalelog_logger):
    path = logging_setup.configure_logging(tmp_path, stderr=False)
    logging.getLogger("whalelog.nav").info("fix %s", "45°12.345′S")
    logging.getLogger("whalelog.nav").debug("not at INFO")
    text = path.read_text(encoding="utf-8")
    assert path == tmp_path / "whalelog.log"
    assert len(text.splitlines()) == 1
    assert text.endswith("INFO whalelog.nav: fix 45°12.345′S\n")
    assert text[23] == "Z"  # 2024-05-01T12:00:00.000Z


def test_rotation_keeps_a_bounded_set_of_files(tmp_path, restore_whalelog_logger):
    logging_setup.configure_logging(tmp_path, stderr=False, max_bytes=2000, backups=3)
    log = logging.getLogger("whalelog.alerts")
    for i in range(400):
        log.info("alert %04d %s", i, "x" * 40)
    files = logging_setup.log_files(tmp_path)
    assert [p.name for p in files] == ["whalelog.log", "whalelog.log.1", "whalelog.log.2", "whalelog.log.3"]
    assert all(p.stat().st_size <= 2000 for p in files)
    assert "alert 0399" in files[0].read_text()
    assert "alert 0000" not in "".join(p.read_text() for p in files)  # oldest rotated away


def test_configuring_twice_does_not_duplicate_lines(tmp_path, restore_whalelog_logger):
    logging_setup.configure_logging(tmp_path, stderr=False)
    path = logging_setup.configure_logging(tmp_path, stderr=False)
    logging.getLogger("whalelog").warning("once")
    assert path.read_text().count("once") == 1


def test_stderr_gets_the_same_lines(tmp_path, capsys, restore_whalelog_logger):
    logging_setup.configure_logging(tmp_path, stderr=True)
    logging.getLogger("whalelog.nav").info("fix here")
    assert "INFO whalelog.nav: fix here" in capsys.readouterr().err


def test_unwritable_log_dir_still_logs_to_stderr(tmp_path, capsys, restore_whalelog_logger):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    logging_setup.configure_logging(blocker / "logs", stderr=True)
    logging.getLogger("whalelog").info("still here")
    err = capsys.readouterr().err
    assert "log file" in err and "unavailable" in err and "still here" in err
