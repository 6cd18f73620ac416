<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
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
        <source>, %n not acknowledged</source>
        <translation type="unfinished"></translation>
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
