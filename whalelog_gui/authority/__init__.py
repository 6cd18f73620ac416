"""The receiving authority's side (no GUI): its key pair, signed receipts, and a ledger of every vessel's chain."""
