"""Migrant Integration Planner (Planificador de Integración Urbana de Migrantes), a QGIS plugin."""


def classFactory(iface):
    """Build the plugin object; QGIS calls this when it loads the plugin."""
    from .plugin import MigrantPlanningPlugin

    return MigrantPlanningPlugin(iface)
