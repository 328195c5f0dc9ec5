"""Headless command line: run T2 Monitor algorithms without QGIS, on the block engine or on a Dask cluster.

``python -m t2_monitor_plugin.cli run <algorithm> --KEY value ... [--scheduler tcp://host:8786]`` (or the
``t2monitor`` console script of ``pip install .[dask]``). Nothing here is imported by the QGIS plugin.
"""
