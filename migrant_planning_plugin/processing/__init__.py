"""Processing provider and algorithms: thin adapters over ``core`` through ``qgis_io``."""
