"""GPS input chain: bytes from a source → NMEA framing → pynmea2 → epoch assembly → Fix. No Qt here."""
