"""Exports to FERM, the CBD ORT and UNCCD PRAIS."""
