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
</TS>
