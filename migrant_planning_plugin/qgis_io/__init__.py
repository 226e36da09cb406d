"""The only bridge between QGIS and the analysis: layers and sources <-> GeoDataFrames and grids."""
