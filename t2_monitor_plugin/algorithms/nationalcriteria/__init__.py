"""National degradation criteria and map comparison."""
