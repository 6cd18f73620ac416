"""Transmission bundles for authorities: manifest, hashes, signature, JSON/CSV/GPX, PDF forms, verify."""
