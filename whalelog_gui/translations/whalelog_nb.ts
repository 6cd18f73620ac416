<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AlertBar</name>
    <message>
        <source>Regulated areas NOT monitored — no position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALARM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAUTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNACKNOWLEDGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SILENCED — unacknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ CLEARED — acknowledge to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule para {paragraph}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distance {distance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA {eta}</source>
        <extracomment>ETA: estimated time of arrival at the area&apos;s boundary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge
{keys}</source>
        <extracomment>the bridge-alert verb (MSC.302(87)); the keys after the line break stay as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence
{keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose GPS
port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulated areas are being monitored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No area alarm can be raised until a valid GPS position comes in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the GPS receiver&apos;s port (File → Settings → GPS) or check its cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation: {note}</source>
        <extracomment>the interpretation note that comes with a regulated area (Schedule para 7/8)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n other active alert(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✕ sound unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ sound unavailable ({tone} tone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>♪ {tone} tone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Inside {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approaching {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside {area} (not applicable to {operation})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approaching {area} (not applicable to {operation})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position is dead-reckoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver estimates the position from course and speed (no satellite fix); area alerts still run on it. Check the position by other means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position jump: {start} → {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{distance} NM in {seconds} s ({speed} kn implied). One of the positions is wrong; area alerts still run on the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position source lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid position: regulated-area alerts cannot be trusted. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Simulated GPS: {voyage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS receiver {port} at {baud} baud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS from {port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPS source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logbook damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhaleLog cannot open this logbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhaleLog cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>WhaleLog keeps the Schedule Appendix A logbook and catch records, and warns the bridge before and when the vessel is in a sanctuary (Schedule para 7) or an area closed to factory ships (para 8).

These few steps set it up for this vessel. It works without internet; every record is kept in UTC and shown in ship&apos;s time as well. Everything here can be changed later under Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vessel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look-ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Finish to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet (simulated or later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{port} (network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{port} at {baud} baud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to WhaleLog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up WhaleLog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit set-up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the set-up? Nothing is saved and WhaleLog closes; the set-up starts again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageController</name>
    <message>
        <source>No Japanese font is installed: Japanese text may show as empty boxes. Install Noto Sans CJK (Debian: fonts-noto-cjk), Yu Gothic or Meiryo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPS source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO logbook: simulated positions, not the ship&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPLAY logbook: replayed positions, not the ship&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READ-ONLY: nothing is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPLAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT RECORDING</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) active</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not acknowledged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the regulated-area monitor is running: after quitting no alarm will sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{palette} palette (cycle with {key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit WhaleLog?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit WhaleLog now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schooling report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Factory ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catcher attached to a factory ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land-station catcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small-type whaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not whaling (transit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionPanel</name>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>float RTK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DR (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALID FIX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIX LOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DR: POSITION DEAD-RECKONED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOG</source>
        <extracomment>speed over ground / course over ground: keep the IMO abbreviations if the crew&apos;s instruments do</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satellites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quality} (not valid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPS source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the receiver&apos;s port in File → Settings → GPS (or with “Choose GPS port…” in the alert bar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sentences {sentences} · accepted {accepted} · bad checksum {bad_checksum} · unparsable {unparsable} · skipped {skipped} · epochs {epochs} · valid fixes {valid_fixes} · rejected fields {rejected_fields}</source>
        <extracomment>NMEA 0183 receiver counters; &quot;epoch&quot;: one position report assembled from several sentences</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feet and inches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the ship&apos;s time zone, e.g. UTC+12 or Pacific/Auckland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone}: offsets run from UTC-12 to UTC+14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone} is not a time zone name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone} is not a known time zone; use a name like Pacific/Auckland or an offset like UTC+12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {what} contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {what} is longer than {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {n} {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name appears twice in the {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vessel name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catcher names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crew names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspector names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch officer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the factory ship itself is listed as one of its catchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port name contains a control character or is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{baud} baud is not a receiver rate; choose one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose metres or feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look-ahead must be between {low:g} and {high:g} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost-fix time must be between {low:g} and {high:g} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speed limit must be between {low:g} and {high:g} knots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>WhaleLog settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <source>4800 (NMEA 0183 standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>38400 (high speed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the receiver&apos;s NMEA 0183 output (through a USB adapter), pick its port and test it. NMEA sent over the network by a multiplexer, chart plotter or OpenCPN (udp://:10110), or a gpsd on this computer (gpsd://localhost), can be picked the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to run without a receiver for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baud &amp;rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept sentences without a checksum (old receivers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position &amp;lost after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a valid fix for this long the bridge gets a position-lost alarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speed limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receiver speed above this is rejected, and a position that moves faster raises a position-jump caution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vessel and operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vessel and how it is whaling decide which regulated areas apply (Schedule paras 7 and 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kyo Maru No. 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vessel name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operation</source>
        <extracomment>Schedule para 8: &quot;factory ship&quot; and &quot;catcher&quot; as in the glossary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctuaries apply to all commercial whaling; the para 8 areas to factory ships and their catchers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one catcher per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Catchers of the fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a factory ship: its catchers. For a catcher: the factory ship and the other catchers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship&apos;s &amp;time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offset such as UTC+12 or a zone name such as Pacific/Auckland. Records are kept in UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew and inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names offered when a record is signed or an alert acknowledged. They can be changed at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one name per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;rew (officers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule para 21: inspectors on board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who is on watch now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer of the &amp;watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units, alerts and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How lengths are entered and shown, how far ahead the bridge is warned of a regulated area, and the language WhaleLog speaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length &amp;units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule para 23: lengths are logged to the nearest foot or 0.1 metre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look-ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when the present course and speed would enter an applicable area within this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied at once; forms keep what has been typed. The Appendix A forms in bundles stay in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dusk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
