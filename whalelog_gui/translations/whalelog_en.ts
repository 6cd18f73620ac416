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
                <numerusform>The oldest track point was dropped (at most {limit} are kept in memory).</numerusform>
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
</TS>
