"""Dialogs and GUI actions (need a running QGIS interface)."""
