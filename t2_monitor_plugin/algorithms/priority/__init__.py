"""Restoration priority: standardisation, AHP weights, overlay."""
