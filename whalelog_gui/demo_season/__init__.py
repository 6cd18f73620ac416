"""The synthetic season behind `whalelog demo-data`: day plans (events, positions) and the fleet's records."""
