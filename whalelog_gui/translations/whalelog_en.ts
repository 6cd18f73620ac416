<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AlertBar</name>
        <message numerus="yes">
            <source>+%n other active alert(s)</source>
            <translation>
                <numerusform>+%n other active alert</numerusform>
                <numerusform>+%n other active alerts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AlertHistoryWindow</name>
        <message numerus="yes">
            <source>%n alert change(s) (the latest {limit}), newest first</source>
            <translation>
                <numerusform>%n alert change (the latest {limit}), newest first</numerusform>
                <numerusform>%n alert changes (the latest {limit}), newest first</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n alert change(s) (all), newest first</source>
            <translation>
                <numerusform>%n alert change (all), newest first</numerusform>
                <numerusform>%n alert changes (all), newest first</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BridgeCautions</name>
        <message numerus="yes">
            <source>%n track point(s)</source>
            <translation>
                <numerusform>%n track point</numerusform>
                <numerusform>%n track points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n alert change(s)</source>
            <translation>
                <numerusform>%n alert change</numerusform>
                <numerusform>%n alert changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The oldest %n track point(s) were dropped (at most {limit} are kept in memory).</source>
            <translation>
                <numerusform>The oldest %n track point was dropped (at most {limit} are kept in memory).</numerusform>
                <numerusform>The oldest %n track points were dropped (at most {limit} are kept in memory).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Track gap: %n track point(s) were not stored</source>
            <translation>
                <numerusform>Track gap: %n track point was not stored</numerusform>
                <numerusform>Track gap: %n track points were not stored</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Track gap: %n track point(s) between {start} and {end} UTC were not stored</source>
            <translation>
                <numerusform>Track gap: %n track point between {start} and {end} UTC was not stored</numerusform>
                <numerusform>Track gap: %n track points between {start} and {end} UTC were not stored</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CatchController</name>
        <message numerus="yes">
            <source>Not saved: %n field(s) to correct.</source>
            <translation>
                <numerusform>Not saved: %n field to correct.</numerusform>
                <numerusform>Not saved: %n fields to correct.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved {marking} with %n flag(s).</source>
            <translation>
                <numerusform>Saved {marking} with %n flag.</numerusform>
                <numerusform>Saved {marking} with %n flags.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventLabels</name>
        <message numerus="yes">
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n group</numerusform>
                <numerusform>%n groups</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n alert(s) active</source>
            <translation>
                <numerusform>%n alert active</numerusform>
                <numerusform>%n alerts active</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n not acknowledged</source>
            <translation>
                <numerusform>, %n not acknowledged</numerusform>
                <numerusform>, %n not acknowledged</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PortTestPanel</name>
        <message numerus="yes">
            <source>%n line(s) from {port} in {seconds} s: the receiver is talking.</source>
            <translation>
                <numerusform>%n line from {port} in {seconds} s: the receiver is talking.</numerusform>
                <numerusform>%n lines from {port} in {seconds} s: the receiver is talking.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message numerus="yes">
            <source>%n baleen whale(s) in {week}; notify by {due}.</source>
            <translation>
                <numerusform>%n baleen whale in {week}; notify by {due}.</numerusform>
                <numerusform>%n baleen whales in {week}; notify by {due}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Para 25(a): %n whale(s) killed by a method other than a harpoon;</source>
            <translation>
                <numerusform>Para 25(a): %n whale killed by a method other than a harpoon;</numerusform>
                <numerusform>Para 25(a): %n whales killed by a method other than a harpoon;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n struck but lost.</source>
            <translation>
                <numerusform>%n struck but lost.</numerusform>
                <numerusform>%n struck but lost.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Para 27: %n whale(s) with their particulars.</source>
            <translation>
                <numerusform>Para 27: %n whale with their particulars.</numerusform>
                <numerusform>Para 27: %n whales with their particulars.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Para 28(a)(2): %n catcher season(s).</source>
            <translation>
                <numerusform>Para 28(a)(2): %n catcher season.</numerusform>
                <numerusform>Para 28(a)(2): %n catcher seasons.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SchoolingController</name>
        <message numerus="yes">
            <source>Saved: %n school(s),</source>
            <translation>
                <numerusform>Saved: %n school,</numerusform>
                <numerusform>Saved: %n schools,</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n whale(s) caught.</source>
            <translation>
                <numerusform>%n whale caught.</numerusform>
                <numerusform>%n whales caught.</numerusform>
            </translation>
        </message>
    </context>
</TS>
