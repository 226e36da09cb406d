"""The Processing option "Replace existing database tables": shown under the provider, read by the PostGIS writer,
removed with the provider. No server needed."""

from __future__ import annotations

from migrant_planning_plugin.qgis_io import postgis


def test_replace_option_is_a_processing_setting_of_the_provider(provider):
    from processing.core.ProcessingConfig import ProcessingConfig
    from qgis.core import QgsApplication, QgsSettings

    setting = ProcessingConfig.settings[postgis.REPLACE_SETTING]
    assert setting.group == provider.name() and setting.default is False
    assert "Replace existing database tables" in setting.description
    try:
        ProcessingConfig.setSettingValue(postgis.REPLACE_SETTING, True)
        assert postgis.replace_allowed()
        ProcessingConfig.setSettingValue(postgis.REPLACE_SETTING, False)
        assert not postgis.replace_allowed()
    finally:
        ProcessingConfig.setSettingValue(postgis.REPLACE_SETTING, False)
        QgsSettings().remove("Processing/Configuration/" + postgis.REPLACE_SETTING)  # leave the profile as it was
    registry = QgsApplication.processingRegistry()
    registry.removeProvider(provider)
    assert postgis.REPLACE_SETTING not in ProcessingConfig.settings


def test_destination_values_are_recognised():
    assert postgis.parse_table("ogr:dbname='/tmp/a.gpkg' table=\"x\" (geom)") is None
    assert postgis.parse_table("/tmp/out.gpkg") is None
    table = postgis.parse_table(
        'postgres://dbname=\'planeacion\' host=10.0.0.5 port=5433 table="riesgo"."expuestos" (geom)'
    )
    assert (table.schema, table.name, table.geometry, table.key) == ("riesgo", "expuestos", "geom", "fid")
    assert postgis.parse_table('postgis:dbname=planeacion table="t"').schema == ""  # resolved on the server later
    uri, schema = postgis.parse_schema("postgresql://ana:s%40cret@db.example.org:5433/pot?schema=ciudad")
    assert (uri.host(), uri.port(), uri.database(), uri.username(), uri.password(), schema) == (
        "db.example.org",
        "5433",
        "pot",
        "ana",
        "s@cret",
        "ciudad",
    )
    assert postgis.parse_schema("dbname='pot' host=h schema=base")[1] == "base"
    assert postgis.parse_schema("/home/ana/ciudad") is None
    assert postgis.hide_password("dbname=x password='a b' user=u") == "dbname=x password=*** user=u"
