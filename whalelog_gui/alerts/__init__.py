"""BAM-style bridge alerts (IMO MSC.302(87)): categories, states, one alert per situation. No Qt here."""
