"""Accuracy assessment and area estimation: sample design and stratified estimators."""
