"""Compliance rules as data, one table per Schedule edition; records/compliance.py interprets them."""
