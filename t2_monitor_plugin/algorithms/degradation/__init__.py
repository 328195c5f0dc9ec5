"""Land degradation sub-indicators and their integration (SDG 15.3.1)."""
