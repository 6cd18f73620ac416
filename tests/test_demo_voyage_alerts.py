"""`make demo` must show a warning and then an alarm within its first minute (issue 3), for the default
factory-ship profile: the real simulator, decoder, zone monitor and alert manager, through `whalelog watch`."""

import json
from datetime import datetime, timedelta, timezone

from whalelog_gui.cli import main
from whalelog_gui.utc import parse_utc


def test_demo_voyage_warns_then_alarms_for_the_sanctuary_in_its_first_minute(capsys):
    start = datetime.now(timezone.utc).replace(microsecond=0)
    assert main(["watch", "--demo", "--duration", "60"]) == 0
    changes = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    raised = [c for c in changes if c["state"] == "active-unacknowledged"]

    assert (raised[0]["kind"], raised[0]["severity"], raised[0]["paragraph"]) == ("approach:sos", "warning", "7(b)")
    assert parse_utc(raised[0]["time"]) - start < timedelta(seconds=5)
    alarms = [c for c in raised if c["severity"] == "alarm"]
    assert [a["kind"] for a in alarms] == ["inside:sos"]  # the only applicable area on the demo track
    assert parse_utc(alarms[0]["time"]) - start < timedelta(seconds=60)
    assert alarms[0]["lat"] < -60.0  # raised on the first fix south of 60°S (Schedule para 7(b))
