"""The analysis, in pure Python (geopandas, shapely, numpy, scipy, GDAL): no Qt, no QGIS.

Every function here can be used from a notebook or a script, e.g.
``from migrant_planning_plugin.core import exposure``.
"""
