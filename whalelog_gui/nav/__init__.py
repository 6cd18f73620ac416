"""GPS input chain: bytes from a source → NMEA framing → pynmea2 → epoch assembly → Fix. No Qt here.

fix.py (Fix, SourceStatus) · nmea.py (NmeaDecoder: framing, checksum, counters) · sentences.py (per-sentence
fields) · epochs.py (one Fix per epoch, date roll-over) · sources.py (Source, SerialSource, ReplaySource,
list_ports) · simulator.py + voyage.py (SimulatorSource sailing resources/demo voyages) · reader.py (NavReader
thread, source state) · commands.py (`whalelog nmea parse`).
"""
