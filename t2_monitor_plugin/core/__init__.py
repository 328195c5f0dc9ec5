"""T2 Monitor core library: numpy + GDAL only, no Qt or QGIS imports.

Everything here can be used outside QGIS (scripts, notebooks, scale-out jobs) and is tested on its own.
"""
