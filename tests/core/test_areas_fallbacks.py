"""Pixel areas never fall back silently: a grid whose lattice cannot be transformed at all is refused."""
import numpy as np
import pytest

from t2_monitor_plugin.core import area_lattice
from t2_monitor_plugin.core.errors import InputError


def test_all_lattice_points_invalid_is_refused():
    with pytest.raises(InputError, match="can be transformed to longitude and latitude"):
        area_lattice.fill_invalid(np.full((3, 4), np.nan))


def test_some_invalid_lattice_points_are_interpolated():
    values = np.array([[1.0, np.nan, 3.0], [1.0, 2.0, 3.0]])
    np.testing.assert_allclose(area_lattice.fill_invalid(values), [[1.0, 2.0, 3.0], [1.0, 2.0, 3.0]])
