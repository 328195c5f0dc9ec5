"""Target 2 indicators and area statistics."""
