"""Smoke test of a built WhaleLog (make package-test): python packaging/smoke_test.py dist/whalelog

Runs the frozen binary the way a ship and an inspector would: the GUI on the simulated voyage under the offscreen
platform (a fix and an alert must be logged), and the headless contracts: nmea parse, zones check, measure length,
demo-data -> bundle export -> bundle verify (and a tampered copy must fail). Standard library only, so it runs with
any Python; every run uses a fresh temporary HOME so nothing touches the user's settings or data.
Exit 0 when every check passes; otherwise each failure is listed and the exit status is 1.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from functools import reduce
from operator import xor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# issue 2's keys in their order; issue 12 added "quality" and the two summary counters
PARSE_KEYS = ["time", "time_of_day", "lat", "lon", "sog_kn", "cog_deg", "valid", "quality"]
FIX_LINE = re.compile(r" INFO whalelog\.nav: fix valid ")
ALERT_LINE = re.compile(r" INFO whalelog\.alerts: alert \S+ (alarm|warning|caution) ")
AREA_IDS = {"ios", "sos", "fs-8a", "fs-8b", "fs-8c", "fs-8d", "fs-8e"}  # Schedule paras 7(a), 7(b), 8(a)-(e)
SUMMARY_KEYS = {
    "sentences",
    "accepted",
    "bad_checksum",
    "unparsable",
    "skipped",
    "epochs",
    "valid_fixes",
    "rejected_fields",
    "proprietary",
}


def nmea(body: str) -> str:
    return f"${body}*{reduce(xor, body.encode('ascii'), 0):02X}\r\n"


SAMPLE_NMEA = (
    nmea("GPRMC,120000.00,A,6000.000,S,10000.000,E,10.0,90.0,010524,,,A")
    + nmea("GPGGA,120000.00,6000.000,S,10000.000,E,1,08,0.9,10.0,M,0.0,M,,")
    + "$GPRMC,120000.50,A,6000.000,S,10000.000,E,10.0,90.0,010524,,,A*00\r\n"  # bad checksum
    + "\x00\xff garbage \x07\r\n"
    + nmea("GNRMC,120001.00,A,6000.003,S,10000.010,E,10.0,90.0,010524,,,A")
)


class Smoke:
    def __init__(self, command: list[str], work: Path, timeout: float):
        self.command = command
        self.work = work
        self.timeout = timeout
        self.failures: list[str] = []
        self.env = dict(os.environ)
        home = work / "home"
        for var, sub in (
            ("HOME", ""),
            ("XDG_CONFIG_HOME", ".config"),
            ("XDG_DATA_HOME", ".local/share"),
            ("XDG_CACHE_HOME", ".cache"),
            ("APPDATA", "AppData/Roaming"),
            ("LOCALAPPDATA", "AppData/Local"),
        ):
            path = home / sub
            path.mkdir(parents=True, exist_ok=True)
            self.env[var] = str(path)
        self.env["QT_QPA_PLATFORM"] = "offscreen"
        if len(command) == 1:
            self.env.pop("PYTHONPATH", None)  # the binary must not borrow modules from a checkout

    def run(self, *args: str, stdin: str | None = None, timeout: float | None = None) -> subprocess.CompletedProcess:
        started = time.perf_counter()
        try:
            done = subprocess.run(
                [*self.command, *args],
                input=stdin,
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                env=self.env,
                cwd=self.work,
                timeout=timeout or self.timeout,
            )
        except subprocess.TimeoutExpired as exc:
            done = subprocess.CompletedProcess(exc.cmd, -9, exc.stdout or "", f"TIMEOUT after {exc.timeout} s")
        print(f"  $ whalelog {' '.join(args)}  -> exit {done.returncode} in {time.perf_counter() - started:.1f} s")
        return done

    def check(self, ok: bool, what: str, detail: str = "") -> bool:
        print(f"  {'ok  ' if ok else 'FAIL'} {what}")
        if not ok:
            self.failures.append(what + (f"\n      {detail.strip()[-2000:]}" if detail else ""))
            if detail:
                print("      " + detail.strip()[-2000:].replace("\n", "\n      "))
        return ok

    # --- checks ------------------------------------------------------------------------------------
    def version(self) -> None:
        print("version")
        # tomllib is 3.11+; the smoke test must run on any Python the build machine has
        expected = re.search(r'^version\s*=\s*"([^"]+)"', (ROOT / "pyproject.toml").read_text(), re.M).group(1)
        done = self.run("--version")
        self.check(
            done.returncode == 0 and done.stdout.strip() == f"whalelog {expected}",
            f"--version prints whalelog {expected}",
            done.stdout + done.stderr,
        )

    def gui_demo(self) -> None:
        print("GUI on the simulated voyage")
        db = self.work / "gui.sqlite"
        done = self.run("--demo", "--exit-after", "10", "--db", str(db), timeout=self.timeout + 10)
        log_file = Path(self.env["XDG_DATA_HOME"]) / "WhaleLog" / "logs" / "whalelog.log"
        logged = done.stderr + (log_file.read_text(encoding="utf-8", errors="replace") if log_file.exists() else "")
        self.check(done.returncode == 0, "--demo --exit-after 10 exits 0", done.stderr)
        self.check(bool(FIX_LINE.search(logged)), "a valid fix was logged (whalelog.nav 'fix valid ...')", done.stderr)
        self.check(
            bool(ALERT_LINE.search(logged)),
            "an alert was logged (whalelog.alerts 'alert <change> <category>')",
            done.stderr,
        )
        self.check(log_file.exists(), f"rotating log written in the data dir ({log_file.name})")
        self.check("Traceback" not in logged, "no traceback in the log", logged)
        self.check(db.exists(), "the --db database was created")

    def nmea_parse(self) -> None:
        print("nmea parse")
        done = self.run("nmea", "parse", "-", stdin=SAMPLE_NMEA)
        lines = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
        if not self.check(done.returncode == 0 and len(lines) >= 2, "nmea parse - exits 0 with output", done.stderr):
            return
        first, summary = lines[0], lines[-1].get("summary", {})
        self.check(list(first) == PARSE_KEYS, "epoch objects have exactly the contract keys", json.dumps(first))
        self.check(
            first.get("time") == "2024-05-01T12:00:00.000Z"
            and first.get("lat") == -60.0
            and first.get("lon") == 100.0
            and first.get("valid") is True,
            "first epoch decoded",
            json.dumps(first),
        )
        self.check(
            set(summary) == SUMMARY_KEYS and summary.get("bad_checksum") == 1 and summary.get("valid_fixes") == 2,
            "summary counts the bad checksum and two valid fixes",
            json.dumps(summary),
        )
        self._nmea_parse_tcp()
        missing = self.run("nmea", "parse", str(self.work / "no-such.nmea"))
        self.check(
            missing.returncode == 2 and missing.stderr.strip() and len(missing.stderr.strip().splitlines()) == 1,
            "nmea parse of a missing file: one-line error, exit 2",
            missing.stderr,
        )

    def _nmea_parse_tcp(self) -> None:
        """A receiver behind a network gateway: socket:// must open in the frozen build too (pyserial URL handlers)."""
        server = socket.create_server(("127.0.0.1", 0))
        port = server.getsockname()[1]

        def serve() -> None:
            try:
                conn, _ = server.accept()
                with conn:
                    # longer than --duration: a gateway that goes away first is an error (exit 1, issue 12)
                    for _ in range(100):
                        conn.sendall(SAMPLE_NMEA.encode("latin-1"))
                        time.sleep(0.05)
            except OSError:
                pass

        threading.Thread(target=serve, daemon=True).start()
        try:
            done = self.run("nmea", "parse", "--port", f"socket://127.0.0.1:{port}", "--duration", "2")
        finally:
            server.close()
        valid = [json.loads(line) for line in done.stdout.splitlines() if '"valid": true' in line]
        self.check(
            done.returncode == 0 and len(valid) >= 2,
            "nmea parse --port socket://127.0.0.1:PORT reads a TCP stream",
            done.stdout[-500:] + done.stderr,
        )

    def zones_check(self) -> None:
        print("zones check")
        done = self.run("zones", "check", "--operation", "factory-ship", stdin="-60,100\n30,-170\nnot,a,number\n")
        try:
            rows = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
        except json.JSONDecodeError:
            rows = []
        if not self.check(
            done.returncode == 0 and len(rows) == 3,
            "zones check exits 0, one line per input",
            done.stdout + done.stderr,
        ):
            return
        self.check(
            "sos" in rows[0].get("inside", []), "60°S 100°E is inside the Southern Ocean Sanctuary", json.dumps(rows[0])
        )
        self.check(
            rows[1].get("inside") == [] and set(rows[1].get("distance_nm", {})) == AREA_IDS,
            "30°N 170°W (North Pacific) is in no area and has a distance to every area",
            json.dumps(rows[1]),
        )
        self.check(
            rows[2].get("line") == 3 and "error" in rows[2],
            "a malformed line is reported with its number",
            json.dumps(rows[2]),
        )

    def measure(self) -> None:
        print("measure length")
        done = self.run("measure", "length", "10.25", "m")
        self.check(
            done.returncode == 0 and json.loads(done.stdout or "{}") == {"logged": "10.3", "unit": "m"},
            "10.25 m is logged as 10.3 m (Schedule para 23)",
            done.stdout + done.stderr,
        )
        done = self.run("measure", "length", "--feet", "76", "--inches", "6")
        self.check(
            done.returncode == 0 and json.loads(done.stdout or "{}") == {"logged": "77", "unit": "ft"},
            "76 ft 6 in is logged as 77 ft (Schedule para 23)",
            done.stdout + done.stderr,
        )
        bad = self.run("measure", "length", "ten", "m")
        self.check(bad.returncode == 2 and bad.stderr.strip(), "a bad length: message on stderr, exit 2", bad.stderr)

    def check_catch(self) -> None:
        """A flag-State lookup in the frozen app: pycountry's ISO databases must have been packed (issue 13)."""
        print("check catch (flag State)")
        catch = {
            "species": "minke",
            "sex": "male",
            "length": {"value": "8.1", "unit": "m"},
            "taken": "2026-12-01T10:00:00Z",
            "lat": 65.0,
            "lon": -10.0,
            "operation": "land-station",
            "flag_state": "NO",
            "calf": None,
            "local_consumption": False,
            "fender": False,
            "weapon": None,
            "hauled_up": None,
            "gland_cm": None,
            "milk": None,
        }
        done = self.run(
            "check", "catch", stdin=json.dumps(catch) + "\n" + json.dumps({**catch, "flag_state": "XX"}) + "\n"
        )
        try:
            rows = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
        except json.JSONDecodeError:
            rows = []
        if not self.check(
            done.returncode == 0 and len(rows) == 2,
            "check catch exits 0, one line per input",
            done.stdout + done.stderr,
        ):
            return
        reasons = " ".join(f.get("reason", "") for f in rows[0].get("flags", []))
        self.check(
            "not binding on Norway" in reasons,
            "flag State NO is named Norway (pycountry data packed)",
            json.dumps(rows[0]),
        )
        self.check("error" in rows[1], "flag State XX is refused", json.dumps(rows[1]))

    def bundle(self) -> None:
        print("demo-data -> bundle export -> bundle verify")
        db, out = self.work / "season.sqlite", self.work / "bundles"
        out.mkdir()
        done = self.run("demo-data", "--db", str(db), "--days", "3")
        if not self.check(done.returncode == 0 and db.exists(), "demo-data fills a database", done.stderr):
            return
        done = self.run("bundle", "export", "--db", str(db), "--out", str(out), timeout=self.timeout + 30)
        path = Path(done.stdout.strip().splitlines()[-1]) if done.stdout.strip() else None
        if not self.check(
            done.returncode == 0 and path is not None and path.is_file(),
            "bundle export writes a bundle and prints its path",
            done.stdout + done.stderr,
        ):
            return
        done = self.run("bundle", "verify", str(path))
        summary = json.loads(done.stdout) if done.returncode == 0 and done.stdout.strip() else {}
        self.check(
            done.returncode == 0 and summary.get("valid") is True, "bundle verify accepts it", done.stdout + done.stderr
        )
        tampered = self._tampered_copy(path)
        if tampered is not None:
            done = self.run("bundle", "verify", str(tampered))
            self.check(
                done.returncode == 1, "bundle verify rejects a tampered copy (exit 1)", done.stdout + done.stderr
            )

    def _tampered_copy(self, path: Path) -> Path | None:
        """Change one byte of one record file inside the bundle, keeping the zip itself readable."""
        if not zipfile.is_zipfile(path):
            return None
        target = self.work / f"tampered-{path.name}"
        with zipfile.ZipFile(path) as src, zipfile.ZipFile(target, "w") as dst:
            names = src.namelist()
            victim = next(
                (n for n in names if n.endswith((".json", ".csv")) and "manifest" not in n and "signature" not in n),
                None,
            )
            for name in names:
                data = src.read(name)
                if name == victim and data:
                    data = data[:-1] + bytes([data[-1] ^ 0x01])
                dst.writestr(src.getinfo(name), data)
        return target if victim else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dist", type=Path, nargs="?", help="the one-folder build, e.g. dist/whalelog")
    parser.add_argument(
        "--source",
        action="store_true",
        help="check the source install instead (this Python's -m whalelog_gui): tests the smoke test",
    )
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds allowed per command")
    args = parser.parse_args(argv)
    if args.source:
        command = [sys.executable, "-m", "whalelog_gui"]
    else:
        if args.dist is None:
            parser.error("give the build folder (dist/whalelog) or --source")
        binary = args.dist / ("whalelog.exe" if os.name == "nt" else "whalelog")
        if not binary.is_file():
            print(f"smoke test: no binary at {binary} (run make package first)", file=sys.stderr)
            return 2
        command = [str(binary.resolve())]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="whalelog-smoke-") as tmp:
        smoke = Smoke(command, Path(tmp), args.timeout)
        for step in (
            smoke.version,
            smoke.gui_demo,
            smoke.nmea_parse,
            smoke.zones_check,
            smoke.measure,
            smoke.check_catch,
            smoke.bundle,
        ):
            step()
    elapsed = time.perf_counter() - started
    if smoke.failures:
        print(f"\nsmoke test FAILED ({len(smoke.failures)} checks, {elapsed:.0f} s):")
        for failure in smoke.failures:
            print(f"  - {failure}")
        return 1
    print(f"\nsmoke test passed ({elapsed:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
