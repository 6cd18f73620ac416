"""Fixtures for the authority-side tests."""

import pytest
from vessel_builders import Vessel


@pytest.fixture
def vessel(tmp_path):
    return Vessel(tmp_path / "ship")
