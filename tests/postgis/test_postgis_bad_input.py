"""Bad PostGIS input and destinations: each ends in a clear message (or in the right result), the inputs stay as they
were, and a failed or cancelled run leaves no table behind.

Cases: a wrong password (input and output), a server that stops in the middle of a run, a table without a primary
key, a view (without and with a key), a layer with an SQL filter, an output table that exists (refused unless
replacing is allowed), an output that is an input, two outputs to one table, a schema that is missing or that the
user cannot write, a cancelled run.
"""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from tests.postgis.conftest import ogr_rows, start_server, stop_server
from tests.qgis import workshop_support as ws


def exposure(settlements: str, output: str, summary: str, feedback=None, hazards: str = "") -> dict:
    """settlement_exposure with the sample hazards (from the GeoPackage unless ``hazards``)."""
    import processing

    parameters = {
        "SETTLEMENTS": settlements,
        "HAZARDS": hazards or ws.layer("zonas_amenaza"),
        "OUTPUT": output,
        "SUMMARY": summary,
    }
    return processing.run("migrant_planning:settlement_exposure", parameters, feedback=feedback)


def summary_of(source: str) -> dict:
    """The exposure SUMMARY rows (area, type, level) -> population, read with OGR."""
    rows = ogr_rows(source).values()
    key = ("area_name", "hazard_type", "hazard_level")
    return {tuple(r["attributes"][k] for k in key): r["attributes"]["population"] for r in rows}


@pytest.fixture(scope="module")
def reference(module_provider, tmp_path_factory) -> str:
    """The exposure SUMMARY of the shipped GeoPackage's settlements (for the cases that must give the same)."""
    folder = tmp_path_factory.mktemp("reference")
    result = exposure(ws.layer("asentamientos"), str(folder / "e.gpkg"), str(folder / "s.gpkg"))
    return result["SUMMARY"]


class StopAt(QgsProcessingFeedback):
    """A feedback that runs ``action`` once, when the progress first reaches ``percent``."""

    def __init__(self, percent: float, action) -> None:
        super().__init__()
        self.percent, self.action, self.done = percent, action, False

    def setProgress(self, progress: float) -> None:
        super().setProgress(progress)
        if progress >= self.percent and not self.done:
            self.done = True
            self.action()


def test_wrong_password_of_an_input(city_db, module_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match=r"Settlements: .* refused the user 'migrant'.*password"):
        exposure(city_db.layer("asentamientos", password="wrong"), str(tmp_path / "e.gpkg"), str(tmp_path / "s.gpkg"))
    assert not (tmp_path / "e.gpkg").exists()


def test_wrong_password_of_an_output_is_refused_before_the_analysis(city_db, module_provider, tmp_path):
    wrong = "postgres://" + city_db.server.qgis_uri("resultados", "mala", dbname=city_db.dbname, password="wrong")
    feedback = QgsProcessingFeedback()
    with pytest.raises(QgsProcessingException, match="refused the user 'migrant'"):
        exposure(ws.layer("asentamientos"), wrong, city_db.out("mala_resumen", geometry=None), feedback)
    assert feedback.progress() == 0  # nothing was read or computed
    assert "mala_resumen" not in city_db.tables("resultados")


def test_server_that_stops_during_the_run_leaves_no_table(spare_server, module_provider, tmp_path):
    """Inputs and outputs on a server that stops while the analysis runs: a clear message, no table after."""
    from scripts.postgis_server import Server

    spare_server.psql(f'CREATE SCHEMA IF NOT EXISTS salida AUTHORIZATION "{spare_server.user}"')
    server: Server = spare_server

    def out(table: str, geometry="geom") -> str:
        return "postgres://" + server.qgis_uri("salida", table, geometry)

    feedback = StopAt(30.0, lambda: stop_server(server))  # after reading, before writing
    try:
        with pytest.raises(QgsProcessingException, match=r"does not answer \(server closed the connection") as raised:
            exposure(ws.layer("asentamientos"), out("expuestos"), out("resumen", None), feedback)
        assert "nothing was written" in str(raised.value)
        assert feedback.done
    finally:
        start_server(server)
    assert server.psql("SELECT count(*) FROM pg_tables WHERE schemaname = 'salida'") == "0"


def test_server_down_before_the_run(spare_server, module_provider, tmp_path):
    layer = "postgres://" + spare_server.qgis_uri("public", "cualquiera")
    stop_server(spare_server)
    try:
        with pytest.raises(QgsProcessingException, match=r"Settlements: the PostgreSQL server of .* does not answer"):
            exposure(layer, str(tmp_path / "e.gpkg"), str(tmp_path / "s.gpkg"))
    finally:
        start_server(spare_server)


def test_table_without_primary_key_gives_the_same_results(city_db, module_provider, reference, tmp_path):
    city_db.sql(
        "CREATE TABLE ciudad.asentamientos_sin_clave AS SELECT * FROM ciudad.asentamientos ORDER BY fid; "
        f'ALTER TABLE ciudad.asentamientos_sin_clave OWNER TO "{city_db.server.user}"'
    )
    result = exposure(city_db.layer("asentamientos_sin_clave"), str(tmp_path / "e.gpkg"), str(tmp_path / "s.gpkg"))
    assert summary_of(result["SUMMARY"]) == summary_of(reference)


def test_view_without_a_key_is_explained_and_with_a_key_is_read(city_db, module_provider, reference, tmp_path):
    city_db.sql(
        "CREATE VIEW ciudad.vista_asentamientos AS SELECT * FROM ciudad.asentamientos; "
        f'ALTER VIEW ciudad.vista_asentamientos OWNER TO "{city_db.server.user}"'
    )
    with pytest.raises(QgsProcessingException, match=r"is a view.*key='<column>'"):
        exposure(city_db.layer("vista_asentamientos"), str(tmp_path / "a.gpkg"), str(tmp_path / "b.gpkg"))
    result = exposure(
        city_db.layer("vista_asentamientos", key="fid"), str(tmp_path / "e.gpkg"), str(tmp_path / "s.gpkg")
    )
    assert summary_of(result["SUMMARY"]) == summary_of(reference)


def test_missing_table_is_named(city_db, module_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match=r'there is no table "ciudad"\."no_existe"'):
        exposure(city_db.layer("no_existe"), str(tmp_path / "e.gpkg"), str(tmp_path / "s.gpkg"))


def test_table_the_user_may_not_read_and_an_invalid_filter(city_db, module_provider, tmp_path):
    city_db.sql("CREATE TABLE ciudad.reservada AS SELECT * FROM ciudad.asentamientos")  # the superuser's, no grant
    with pytest.raises(QgsProcessingException, match=r"the user 'migrant' may not read .*GRANT SELECT"):
        exposure(city_db.layer("reservada"), str(tmp_path / "e.gpkg"), str(tmp_path / "s.gpkg"))
    with pytest.raises(QgsProcessingException, match=r"asentamientos: its SQL filter is not valid: .*no_such_column"):
        exposure(
            city_db.layer("asentamientos", sql="no_such_column > 1"), str(tmp_path / "e.gpkg"), str(tmp_path / "s.gpkg")
        )


def test_sql_filter_equals_the_same_filter_on_the_geopackage(city_db, module_provider, sample_gpkg, tmp_path):
    """A PostGIS layer with an SQL filter gives the results of the GeoPackage layer with the same filter."""
    where = "\"comuna\" = 'Comuna 2 - La Ribera'"
    filtered = exposure(
        city_db.layer("asentamientos", sql=where), str(tmp_path / "pg.gpkg"), str(tmp_path / "pg_s.gpkg")
    )
    from qgis.core import QgsVectorLayer

    gpkg = QgsVectorLayer(f"{sample_gpkg}|layername=asentamientos", "asentamientos", "ogr")  # a copy: QGIS
    gpkg.setSubsetString(where)  # writes into a GeoPackage it filters
    expected = exposure(gpkg, str(tmp_path / "g.gpkg"), str(tmp_path / "g_s.gpkg"))
    assert summary_of(filtered["SUMMARY"]) == summary_of(expected["SUMMARY"])
    kept = int(city_db.sql(f"SELECT count(*) FROM ciudad.asentamientos WHERE {where}"))
    assert 0 < kept < 418
    assert len(ogr_rows(filtered["OUTPUT"])) == gpkg.featureCount() == kept


def test_existing_table_is_refused_unless_replacing_is_allowed(city_db, module_provider, replace_tables, tmp_path):
    from qgis.core import QgsSettings

    from migrant_planning_plugin.qgis_io import postgis

    key = "Processing/Configuration/" + postgis.REPLACE_SETTING
    city_db.sql(
        f'CREATE TABLE resultados.ocupada (x integer); ALTER TABLE resultados.ocupada OWNER TO "{city_db.server.user}"'
    )
    QgsSettings().setValue(key, False)
    feedback = QgsProcessingFeedback()
    with pytest.raises(QgsProcessingException, match=r'"resultados"\."ocupada" already exists'):
        exposure(
            ws.layer("asentamientos"), city_db.out("ocupada"), city_db.out("ocupada_resumen", geometry=None), feedback
        )
    assert feedback.progress() == 0
    assert "ocupada_resumen" not in city_db.tables("resultados")
    QgsSettings().setValue(key, True)
    result = exposure(ws.layer("asentamientos"), city_db.out("ocupada"), city_db.out("ocupada_resumen", geometry=None))
    assert len(ogr_rows(result["OUTPUT"])) == 418
    assert (
        city_db.sql(
            "SELECT count(*) FROM information_schema.columns WHERE table_name = 'ocupada' AND column_name = 'x'"
        )
        == "0"
    )


def test_an_input_table_is_never_an_output(city_db, module_provider, replace_tables):
    before = city_db.sql("SELECT count(*), sum(poblacion) FROM ciudad.asentamientos")
    with pytest.raises(QgsProcessingException, match=r'"ciudad"\."asentamientos" is the input Settlements'):
        exposure(
            city_db.layer("asentamientos"),
            city_db.out("asentamientos", schema="ciudad"),
            city_db.out("x_resumen", geometry=None),
        )
    assert city_db.sql("SELECT count(*), sum(poblacion) FROM ciudad.asentamientos") == before


def test_two_outputs_to_one_table(city_db, module_provider):
    with pytest.raises(QgsProcessingException, match=r"would both be written to the table"):
        exposure(ws.layer("asentamientos"), city_db.out("doble"), city_db.out("doble", geometry=None))


def test_schema_the_user_cannot_write(city_db, module_provider):
    city_db.sql("CREATE SCHEMA IF NOT EXISTS ajeno")  # owned by the superuser, no rights given
    with pytest.raises(
        QgsProcessingException,
        match=r"may not create tables in the schema 'ajeno'.*GRANT USAGE, CREATE",
    ):
        exposure(ws.layer("asentamientos"), city_db.out("e", schema="ajeno"), city_db.out("s", "ajeno", None))
    with pytest.raises(QgsProcessingException, match=r"the schema 'no_hay' does not exist.*CREATE SCHEMA"):
        exposure(ws.layer("asentamientos"), city_db.out("e", schema="no_hay"), city_db.out("s", "no_hay", None))


def test_cancelled_run_leaves_no_table(city_db, module_provider):
    feedback = StopAt(50.0, None)
    feedback.action = feedback.cancel
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        exposure(
            ws.layer("asentamientos"),
            city_db.out("cancelada"),
            city_db.out("cancelada_resumen", geometry=None),
            feedback,
        )
    assert not {"cancelada", "cancelada_resumen"} & set(city_db.tables("resultados"))


def test_a_result_column_named_like_the_key_keeps_its_values(city_db, module_provider):
    """Settlements with columns fid and src_fid: the output keeps both values (fid as src_fid_2, the rule of every
    output: qgis_io.vector.keep_fid_apart), and its own key is 'fid'."""
    city_db.sql(
        "CREATE TABLE ciudad.con_src AS SELECT fid, fid * 10 AS src_fid, codigo, poblacion, migrantes, hogares, geom "
        "FROM ciudad.asentamientos; ALTER TABLE ciudad.con_src ADD PRIMARY KEY (fid); "
        f'ALTER TABLE ciudad.con_src OWNER TO "{city_db.server.user}"'
    )
    result = exposure(city_db.layer("con_src"), city_db.out("con_src_exp"), city_db.out("con_src_res", geometry=None))
    assert "key='fid'" in result["OUTPUT"]
    values = city_db.rows("SELECT src_fid_2, src_fid FROM resultados.con_src_exp ORDER BY fid")
    assert len(values) == 418 and all(int(src) == 10 * int(fid) for fid, src in values)
