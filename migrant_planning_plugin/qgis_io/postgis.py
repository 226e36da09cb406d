"""PostgreSQL/PostGIS: connections, checks of PostGIS layers read in bulk, and the output tables of a run.

Reading: ``ogr_read`` streams a PostGIS table through GDAL's PG driver (:func:`gdal_table`) when the result is
certain to equal the QGIS iterator's; either way :func:`verify_read` then counts the rows on the server, so a
connection lost in the middle of a read is an error, never a layer with fewer features.

Writing (:class:`OutputSession`): every PostGIS destination of a run is checked before the analysis starts
(connection, schema, rights, an existing table, the SRID of the output CRS); the tables are then created and
filled with COPY inside one transaction per database, committed only when the whole run has succeeded, so a
failed or cancelled run leaves no table behind. Each table gets an integer primary key (``fid``), a geometry
column of the exact type and SRID, a spatial index, and the aliases and abstract as comments.

SRIDs: the output CRS (e.g. EPSG:9377, missing from PostGIS 3.3's ``spatial_ref_sys``) is looked up by
authority and code, then by its PROJ definition (``ogr2ogr`` registers EPSG:9377 as srid 900914); when absent
it is registered (with the EPSG code as srid) if the user may insert into ``spatial_ref_sys``, else the run is
refused before the analysis with the SQL an administrator can run.

SQL goes through ``psycopg2`` (shipped with QGIS: the DB Manager uses it), imported only when a PostGIS
layer or destination is used; numpy, pandas and shapely only when a table is written (the provider reads
:data:`REPLACE_SETTING` from here while the plugin loads, even without them).
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Dict, List, Optional, Tuple
from urllib.parse import parse_qsl, unquote, urlsplit

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsField,
    QgsFields,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProperty,
    QgsSettings,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QVariant

from ..core.errors import InputError
from ..core.i18n import tr
from .destinations import property_text

if TYPE_CHECKING:
    import pandas as pd

LOG = logging.getLogger("migrant_planning")

PROVIDER = "postgres"
PREFIXES = ("postgres://", "postgis://", "postgres:", "postgis:")
KEY = "fid"
GEOMETRY = "geom"
MAX_IDENTIFIER = 63  # bytes: PostgreSQL cuts longer names silently
# Processing option (Settings > Options > Processing > Providers): replace a destination table that exists.
REPLACE_SETTING = "MIGRANT_PLANNING_REPLACE_TABLES"
_SETTINGS_KEY = "Processing/Configuration/" + REPLACE_SETTING
_CHUNK = 10_000
# Below this many rows the QGIS iterator (on QGIS's open connection) beats opening a GDAL connection.
BULK_MIN_ROWS = 10_000
_SAFE_NAME = re.compile(r"^[^.,()\"'\s]+$")
_INTEGER = (QVariant.Int, QVariant.UInt, QVariant.LongLong, QVariant.ULongLong)


# ------------------------------------------------------------------------------------- connections


def _psycopg2():
    """The psycopg2 module, or a clear refusal when this QGIS has none."""
    try:
        import psycopg2
    except ImportError:
        raise InputError(
            tr(
                "PostgreSQL layers and tables need the Python module psycopg2, which QGIS normally includes. "
                "Install it (OSGeo4W Setup: python3-psycopg2; Linux: the package python3-psycopg2) and restart QGIS."
            )
        ) from None
    return psycopg2


def where(uri: QgsDataSourceUri) -> str:
    """'database "x" on host:port' for messages (never the password)."""
    if uri.service():
        return tr("the database of the service '{service}'").format(service=uri.service())
    host = uri.host() or "localhost"
    port = uri.port() or "5432"
    return tr("the database '{db}' on {host}:{port}").format(db=uri.database(), host=host, port=port)


def _connection_problem(error: Exception, uri: QgsDataSourceUri, what: str) -> str:
    """A message that says why a connection failed and what to do, from libpq's error text."""
    text = str(error).strip()
    lower = text.lower()
    place = where(uri)
    if "password authentication failed" in lower or "no password supplied" in lower:
        return tr(
            "{what}: {place} refused the user '{user}' (wrong user name or password). Correct them in the "
            "connection (Browser > PostgreSQL > Edit Connection) or in the URI, then run again."
        ).format(what=what, place=place, user=uri.username() or tr("(none saved)"))
    if re.search(r'database ".*" does not exist', lower):
        return tr("{what}: {place} does not exist. Check the database name of the connection.").format(
            what=what, place=place
        )
    if any(
        marker in lower
        for marker in ("connection refused", "could not connect", "timeout expired", "server closed the connection")
    ) or ("connection to server" in lower and "failed" in lower):
        return tr(
            "{what}: the PostgreSQL server of {place} does not answer ({detail}). Check that it is running and "
            "reachable from this computer, then run again; nothing was written."
        ).format(what=what, place=place, detail=text.splitlines()[0].strip() if text else "")
    return tr("{what}: cannot use {place}: {detail}").format(what=what, place=place, detail=text)


def connect(uri: QgsDataSourceUri, what: str):
    """A psycopg2 connection for a QGIS data source URI (stored credentials expanded), or a clear refusal."""
    psycopg2 = _psycopg2()
    try:
        connection = psycopg2.connect(uri.connectionInfo(True), connect_timeout=15)
    except psycopg2.Error as error:
        raise InputError(_connection_problem(error, uri, what)) from None
    connection.set_client_encoding("UTF8")
    return connection


def quoted(name: str) -> str:
    """An SQL identifier in double quotes."""
    return '"' + name.replace('"', '""') + '"'


def literal(text: str) -> str:
    """An SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def _server_of(uri: QgsDataSourceUri) -> Tuple[str, str, str, str]:
    """What identifies a database: service, host, port, name."""
    return (uri.service(), uri.host() or "localhost", uri.port() or "5432", uri.database())


# ------------------------------------------------------------------------------------- destinations


@dataclass(frozen=True)
class Table:
    """A destination table: the connection (a QGIS data source URI without a table), schema, name, columns."""

    connection: str
    schema: str
    name: str
    geometry: str = GEOMETRY
    key: str = KEY

    @property
    def uri(self) -> QgsDataSourceUri:
        """The connection as a QgsDataSourceUri."""
        return QgsDataSourceUri(self.connection)

    @property
    def label(self) -> str:
        """'"schema"."table"' for messages."""
        return f"{quoted(self.schema)}.{quoted(self.name)}" if self.schema else quoted(self.name)

    @property
    def sql(self) -> str:
        """The qualified table name in SQL."""
        return self.label

    def same_table(self, schema: str, name: str, uri: QgsDataSourceUri) -> bool:
        """Whether this is table ``schema.name`` of the database of ``uri``."""
        return (self.schema, self.name) == (schema, name) and _server_of(self.uri) == _server_of(uri)

    def source(self, srid: Optional[int], wkb_type) -> str:
        """The QGIS ``postgres`` data source of the written table."""
        uri = QgsDataSourceUri(self.connection)
        has_geometry = wkb_type != QgsWkbTypes.Type.NoGeometry
        uri.setDataSource(self.schema, self.name, self.geometry if has_geometry else "", "", self.key)
        if has_geometry and srid is not None:
            uri.setSrid(str(srid))
            uri.setWkbType(wkb_type)
        return uri.uri(False)


def strip_prefix(text: str) -> Optional[str]:
    """The data source URI of a ``postgres://``/``postgis:``/``postgres:`` value, or None for other values."""
    text = (text or "").strip()
    for prefix in PREFIXES:
        if text.lower().startswith(prefix):
            return text[len(prefix) :].strip()
    if re.match(r"^(dbname|service|host)\s*=", text):  # a bare connection string (key=value pairs)
        return text
    return None


def _from_libpq_url(text: str) -> Optional[QgsDataSourceUri]:
    """A QgsDataSourceUri from a libpq URL ``postgresql://user:pw@host:port/db?schema=x`` (None otherwise)."""
    if not re.match(r"^postgres(ql)?://[^=]*$", text.split("?", 1)[0]):
        return None
    parts = urlsplit(text)
    if not parts.hostname and not parts.path.strip("/"):
        return None
    uri = QgsDataSourceUri()
    options = dict(parse_qsl(parts.query))
    uri.setConnection(
        parts.hostname or "",
        str(parts.port or ""),
        unquote(parts.path.lstrip("/")),
        unquote(parts.username or ""),
        unquote(parts.password or ""),
    )
    if options.get("sslmode"):
        uri.setParam("sslmode", options["sslmode"])
    if options.get("schema"):
        uri.setSchema(options["schema"])
    return uri


def parse_schema(text: str) -> Optional[Tuple[QgsDataSourceUri, str]]:
    """The connection and schema of a schema destination (``postgres://dbname=... schema=x``, a bare
    ``dbname=... schema=x`` or a libpq URL ``postgresql://...?schema=x``; no schema: ``public``), else None."""
    uri = _from_libpq_url((text or "").strip())
    if uri is None:
        stripped = strip_prefix(text)
        if stripped is None:
            return None
        uri = QgsDataSourceUri(stripped)
    schema = uri.schema() or "public"
    connection = QgsDataSourceUri(uri.connectionInfo(False))
    if uri.authConfigId():
        connection.setAuthConfigId(uri.authConfigId())
    return connection, schema


def parse_table(text: str) -> Optional[Table]:
    """The destination table of a sink value (``postgres://<uri with table>``, ``postgis:<uri>``), else None."""
    stripped = strip_prefix(text)
    if stripped is None:
        return None
    uri = QgsDataSourceUri(stripped)
    if not uri.table():
        raise InputError(
            tr(
                "The PostgreSQL destination '{value}' names no table. Write it as postgres://dbname=... "
                'table="schema"."name", or choose Save to Database Table in the output menu.'
            ).format(value=hide_password(text))
        )
    connection = QgsDataSourceUri(uri.connectionInfo(False))
    if uri.authConfigId():
        connection.setAuthConfigId(uri.authConfigId())
    return Table(
        connection.uri(False),
        uri.schema(),
        uri.table(),
        uri.geometryColumn() or GEOMETRY,
        uri.keyColumn() if uri.keyColumn() and "," not in uri.keyColumn() else KEY,
    )


def hide_password(text: str) -> str:
    """A URI for messages and logs, its password hidden."""
    return re.sub(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", r"\1***", str(text))


def destination_text(value: object, context: QgsProcessingContext, default: str = "") -> str:
    """The destination string of a sink parameter value (a string or a QgsProcessingOutputLayerDefinition)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        return property_text(value, context, default)
    return str(value) if value is not None else default


def replace_allowed() -> bool:
    """Whether the user allowed replacing existing destination tables (Processing option of the provider)."""
    return bool(QgsSettings().value(_SETTINGS_KEY, False, type=bool))


# ------------------------------------------------------------------------------------- SRIDs


def _proj_terms(text: str) -> Dict[str, object]:
    """The terms of a PROJ string as a dict (numbers as floats, order and +no_defs/+type ignored)."""
    terms: Dict[str, object] = {}
    for token in (text or "").split():
        if not token.startswith("+"):
            continue
        key, _, value = token[1:].partition("=")
        if key in ("no_defs", "type", "wktext"):
            continue
        try:
            terms[key] = float(value)
        except ValueError:
            terms[key] = value
    return terms


def find_srid(cursor, crs: QgsCoordinateReferenceSystem) -> Optional[int]:
    """The srid of ``spatial_ref_sys`` that is ``crs``: by authority and code, else by its PROJ definition."""
    authid = crs.authid()
    if ":" in authid:
        authority, code = authid.split(":", 1)
        if code.isdigit():
            cursor.execute(
                "SELECT srid FROM spatial_ref_sys WHERE upper(auth_name) = upper(%s) AND auth_srid = %s "
                "ORDER BY srid LIMIT 1",
                (authority, int(code)),
            )
            row = cursor.fetchone()
            if row is not None:
                return int(row[0])
    wanted = _proj_terms(crs.toProj())
    if not wanted or "proj" not in wanted:
        return None
    cursor.execute(
        "SELECT srid, proj4text FROM spatial_ref_sys WHERE proj4text LIKE %s ORDER BY srid",
        ("%+proj=" + str(wanted["proj"]) + " %",),
    )
    for srid, proj4text in cursor.fetchall():
        if _proj_terms(proj4text) == wanted:
            return int(srid)
    return None


def may_register(cursor) -> bool:
    """Whether the current user may add rows to ``spatial_ref_sys``."""
    cursor.execute("SELECT has_table_privilege('spatial_ref_sys', 'INSERT')")
    return bool(cursor.fetchone()[0])


def _new_srid(cursor, crs: QgsCoordinateReferenceSystem) -> int:
    """The srid to register ``crs`` under: its EPSG code when free, else the next free one from 910000."""
    authid = crs.authid()
    if authid.upper().startswith("EPSG:") and authid[5:].isdigit():
        code = int(authid[5:])
        cursor.execute("SELECT 1 FROM spatial_ref_sys WHERE srid = %s", (code,))
        if code <= 998999 and cursor.fetchone() is None:
            return code
    cursor.execute("SELECT greatest(coalesce(max(srid), 0) + 1, 910000) FROM spatial_ref_sys WHERE srid < 998999")
    return int(cursor.fetchone()[0])


def _registration(crs: QgsCoordinateReferenceSystem, srid: int) -> Tuple[str, Tuple]:
    """The INSERT that registers ``crs`` as ``srid``, and its values."""
    authority, _, code = crs.authid().partition(":")
    wkt = crs.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT1_GDAL)
    values = (srid, authority or None, int(code) if code.isdigit() else None, wkt, crs.toProj())
    sql = "INSERT INTO spatial_ref_sys (srid, auth_name, auth_srid, srtext, proj4text) VALUES (%s, %s, %s, %s, %s)"
    return sql, values


def registration_sql(crs: QgsCoordinateReferenceSystem, srid: int) -> str:
    """The INSERT an administrator can run to register ``crs`` (shown in refusals)."""
    _sql, (srid, authority, code, wkt, proj) = _registration(crs, srid)
    return (
        "INSERT INTO spatial_ref_sys (srid, auth_name, auth_srid, srtext, proj4text) VALUES "
        f"({srid}, {literal(authority) if authority else 'NULL'}, {code if code is not None else 'NULL'}, "
        f"{literal(wkt)}, {literal(proj)});"
    )


# ------------------------------------------------------------------------------------- tables


def column_type(field: QgsField) -> str:
    """The PostgreSQL type of a column that stores a QGIS field."""
    kind = field.type()
    if kind == QVariant.Bool:
        return "boolean"
    if kind in (QVariant.Int, QVariant.UInt):
        return "integer"
    if kind in (QVariant.LongLong, QVariant.ULongLong):
        return "bigint"
    if kind == QVariant.Double:
        return "double precision"
    if kind == QVariant.Date:
        return "date"
    if kind == QVariant.DateTime:
        return "timestamp"
    if kind == QVariant.Time:
        return "time"
    return "text"


def _escape(text: str) -> str:
    """Text for COPY's text format."""
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _copy_column(series: pd.Series, field: QgsField) -> List[str]:
    """One column as COPY text values (\\N for NULL and NaN)."""
    import pandas as pd

    kind = field.type()
    if kind == QVariant.Double:
        convert = lambda v: repr(float(v))  # noqa: E731 (repr: the shortest text that reads back the same double)
    elif kind in _INTEGER:
        convert = lambda v: str(int(v))  # noqa: E731
    elif kind == QVariant.Bool:
        convert = lambda v: "t" if v else "f"  # noqa: E731
    elif kind == QVariant.DateTime:
        convert = lambda v: pd.Timestamp(v).isoformat()  # noqa: E731
    elif kind == QVariant.Date:
        convert = lambda v: pd.Timestamp(v).date().isoformat()  # noqa: E731
    else:
        convert = lambda v: _escape(str(v))  # noqa: E731
    missing = series.isna().to_numpy()
    return ["\\N" if gone else convert(v) for v, gone in zip(series.to_numpy(dtype=object), missing)]


def _geometry_column(frame: pd.DataFrame, srid: int, multi: bool) -> List[str]:
    """The geometries as hex EWKB with ``srid`` (2D; single parts promoted when ``multi``)."""
    import numpy as np
    import shapely

    from .vector import promote_to_multi

    geoms = np.asarray(frame.geometry.values, dtype=object)
    if multi:
        geoms = promote_to_multi(geoms)
    missing = shapely.is_missing(geoms)
    present = shapely.set_srid(geoms[~missing], srid)
    out = np.full(len(geoms), "\\N", dtype=object)
    out[~missing] = shapely.to_wkb(present, hex=True, include_srid=True, output_dimension=2)
    return out.tolist()


def create_table(
    cursor,
    table: Table,
    frame: pd.DataFrame,
    fields: QgsFields,
    wkb_type,
    srid: Optional[int],
    comment: str = "",
    keys=None,
) -> int:
    """Create ``table`` and fill it with ``frame`` (COPY, in the cursor's transaction); returns the rows written.

    Columns: the key (``integer``: ``keys``, else 1..n in the frame's order; a sequence for later edits), the fields in
    order, then the geometry column ``geometry(<type>, srid)`` with a GiST index. Aliases of ``fields`` and
    ``comment`` become column and table comments.
    """
    has_geometry = wkb_type != QgsWkbTypes.Type.NoGeometry
    names = [fields.at(i).name() for i in range(fields.count())]
    columns = [f"{quoted(table.key)} serial PRIMARY KEY"]
    columns += [f"{quoted(name)} {column_type(fields.at(i))}" for i, name in enumerate(names)]
    if has_geometry:
        kind = QgsWkbTypes.displayString(wkb_type)
        columns.append(f"{quoted(table.geometry)} geometry({kind}, {int(srid)})")
    cursor.execute(f"CREATE TABLE {table.sql} ({', '.join(columns)})")
    targets = [table.key, *names] + ([table.geometry] if has_geometry else [])
    copy = f"COPY {table.sql} ({', '.join(quoted(n) for n in targets)}) FROM STDIN"
    multi = QgsWkbTypes.isMultiType(wkb_type)
    written = 0
    for start in range(0, len(frame), _CHUNK):
        part = frame.iloc[start : start + _CHUNK]
        ids = range(start + 1, start + len(part) + 1) if keys is None else keys[start : start + len(part)]
        values = [[str(int(k)) for k in ids]]
        values += [_copy_column(part[name], fields.at(i)) for i, name in enumerate(names)]
        if has_geometry:
            values.append(_geometry_column(part, int(srid), multi))
        text = "".join("\t".join(row) + "\n" for row in zip(*values))
        cursor.copy_expert(copy, io.StringIO(text))
        written += cursor.rowcount if cursor.rowcount >= 0 else len(part)
    cursor.execute(
        f"SELECT setval(pg_get_serial_sequence({literal(table.sql)}, {literal(table.key)}), "
        f"coalesce(max({quoted(table.key)}), 1), count(*) > 0) FROM {table.sql}"
    )
    if has_geometry:
        cursor.execute(f"CREATE INDEX ON {table.sql} USING GIST ({quoted(table.geometry)})")
    if comment:
        cursor.execute(f"COMMENT ON TABLE {table.sql} IS {literal(comment)}")
    for i, name in enumerate(names):
        alias = fields.at(i).alias()
        if alias:
            cursor.execute(f"COMMENT ON COLUMN {table.sql}.{quoted(name)} IS {literal(alias)}")
    cursor.execute(f"ANALYZE {table.sql}")
    return written


# ------------------------------------------------------------------------------------- a run's outputs


def _schema_problem(cursor, table: Table, what: str) -> Optional[str]:
    """Why ``table`` cannot be created (schema missing, no right to create in it, name too long), or None."""
    if len(table.name.encode("utf-8")) > MAX_IDENTIFIER:
        return tr(
            "{what}: the table name '{name}' is longer than PostgreSQL allows ({n} bytes). Choose a shorter name."
        ).format(what=what, name=table.name, n=MAX_IDENTIFIER)
    cursor.execute("SELECT has_schema_privilege(%s, 'CREATE')", (table.schema,))
    if not cursor.fetchone()[0]:
        return tr(
            "{what}: the user '{user}' may not create tables in the schema '{schema}' of {place}. Choose a "
            "schema you can write to, or ask the database administrator for the right: "
            "GRANT USAGE, CREATE ON SCHEMA {schema_sql} TO {user_sql};"
        ).format(
            what=what,
            user=table.uri.username() or "?",
            schema=table.schema,
            place=where(table.uri),
            schema_sql=quoted(table.schema),
            user_sql=quoted(table.uri.username() or "CURRENT_USER"),
        )
    return None


def _exists(cursor, table: Table) -> bool:
    """Whether a table, view or other relation of that name exists."""
    cursor.execute("SELECT to_regclass(%s) IS NOT NULL", (table.sql,))
    return bool(cursor.fetchone()[0])


def _schema_exists(cursor, schema: str) -> bool:
    """Whether the schema exists."""
    cursor.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (schema,))
    return cursor.fetchone() is not None


def _can_drop(cursor, table: Table) -> Optional[str]:
    """None when ``table`` can be dropped now (tried and rolled back), else the server's reason."""
    psycopg2 = _psycopg2()
    cursor.execute("SAVEPOINT probe")
    try:
        cursor.execute(f"DROP TABLE {table.sql}")
        return None
    except psycopg2.Error as error:
        return str(error).strip().splitlines()[0]
    finally:
        cursor.execute("ROLLBACK TO SAVEPOINT probe")


@dataclass
class _Target:
    """One table a run writes: where, what the user calls it, whether it has geometry, whether it replaces one."""

    table: Table
    label: str
    geometry: bool = True
    replace: bool = False


class OutputSession:
    """The PostGIS output tables of one run (see the module docstring).

    :meth:`prepare` finds the PostGIS destinations of an algorithm's parameters; other callers (the sample
    city) :meth:`add` tables and call :meth:`check` themselves. Then :meth:`write` (an output parameter) or
    :meth:`write_table`, and :meth:`commit` at the end, or :meth:`close` to drop everything.
    """

    def __init__(self) -> None:
        self.targets: Dict[str, _Target] = {}
        self._connections: Dict[Tuple[str, str, str, str], object] = {}
        self._srids: Dict[Tuple[Tuple[str, str, str, str], str], Optional[int]] = {}

    # -- checks before the analysis
    @classmethod
    def prepare(cls, algorithm, parameters: dict, context: QgsProcessingContext) -> Optional[OutputSession]:
        """Check every PostGIS destination of a run before it computes anything; None when there is none."""
        session = cls()
        for definition in algorithm.destinationParameterDefinitions():
            value = parameters.get(definition.name())
            if definition.type() not in ("sink", "vectorDestination"):
                continue
            if isinstance(value, QgsProcessingOutputLayerDefinition) and value.useRemapping():
                continue  # appending to an existing layer: QGIS's own sink does it
            table = parse_table(destination_text(value, context))
            if table is not None:
                geometry = definition.type() != "sink" or definition.hasGeometry()
                session.add(definition.name(), table, definition.description(), geometry)
        if not session.targets:
            return None
        try:
            session.check(candidate_crs(algorithm, parameters, context), _input_tables(algorithm, parameters, context))
        except BaseException:
            session.close()
            raise
        return session

    def add(self, name: str, table: Table, label: str, geometry: bool = True) -> None:
        """A table to write, under the name :meth:`write_table` will use."""
        self.targets[name] = _Target(table, label, geometry)

    def check(
        self,
        crs_list: List[QgsCoordinateReferenceSystem],
        inputs: Optional[Dict[str, Tuple[str, str, QgsDataSourceUri]]] = None,
    ) -> None:
        """Connection, schema, rights, existing tables, clashes (with each other and ``inputs``) and SRIDs."""
        psycopg2 = _psycopg2()
        seen: Dict[Tuple, str] = {}
        for target in self.targets.values():
            cursor = self._cursor(target)
            try:
                if not target.table.schema:
                    cursor.execute("SELECT current_schema()")
                    old = target.table
                    target.table = Table(old.connection, cursor.fetchone()[0], old.name, old.geometry, old.key)
                table, what = target.table, target.label
                key = (*_server_of(table.uri), table.schema, table.name)
                if key in seen:
                    raise InputError(
                        tr(
                            "The outputs {a} and {b} would both be written to the table {table}. Choose two tables."
                        ).format(a=seen[key], b=what, table=table.label)
                    )
                seen[key] = what
                for input_name, (schema, relation, uri) in (inputs or {}).items():
                    if table.same_table(schema, relation, uri):
                        raise InputError(
                            tr(
                                "{what}: the table {table} is the input {input}; an input is never overwritten. "
                                "Choose another table."
                            ).format(what=what, table=table.label, input=input_name)
                        )
                if not _schema_exists(cursor, table.schema):
                    raise InputError(
                        tr(
                            "{what}: the schema '{schema}' does not exist in {place}. Create it (CREATE SCHEMA "
                            "{schema_sql};) or choose an existing one."
                        ).format(
                            what=what, schema=table.schema, place=where(table.uri), schema_sql=quoted(table.schema)
                        )
                    )
                problem = _schema_problem(cursor, table, what)
                if problem:
                    raise InputError(problem)
                target.replace = _exists(cursor, table)
                if target.replace and not replace_allowed():
                    raise InputError(
                        tr(
                            "{what}: the table {table} already exists in {place}. Choose another name, delete the "
                            "table, or allow replacing tables: Settings > Options > Processing > Providers > "
                            "Migrant Integration Planner > Replace existing database tables."
                        ).format(what=what, table=table.label, place=where(table.uri))
                    )
                if target.replace:
                    reason = _can_drop(cursor, table)
                    if reason:
                        raise InputError(
                            tr("{what}: the existing table {table} cannot be replaced: {reason}").format(
                                what=what, table=table.label, reason=reason
                            )
                        )
                if target.geometry:
                    self._check_srids(target, crs_list)
            except psycopg2.Error as error:
                raise InputError(_connection_problem(error, target.table.uri, target.label)) from None

    def _check_srids(self, target: _Target, crs_list: List[QgsCoordinateReferenceSystem]) -> None:
        """Find (or plan to register) the srid of every CRS the table may have; refuse when impossible."""
        table = target.table
        server = _server_of(table.uri)
        cursor = self._cursor(target)
        for crs in crs_list:
            if (server, crs.toWkt()) in self._srids:
                continue
            srid = find_srid(cursor, crs)
            if srid is None and not may_register(cursor):
                raise InputError(
                    tr(
                        "{place} has no spatial reference system for {crs} (table spatial_ref_sys) and the user "
                        "'{user}' may not add one, so the table {table} could not get a usable SRID. Ask the "
                        "database administrator to run:\n{sql}\nor write the output to a GeoPackage. Nothing "
                        "was computed."
                    ).format(
                        place=where(table.uri),
                        crs=_describe(crs),
                        user=table.uri.username() or "?",
                        table=table.label,
                        sql=registration_sql(crs, _new_srid(cursor, crs)),
                    )
                )
            self._srids[(server, crs.toWkt())] = srid

    def _cursor(self, target: _Target):
        """A cursor of the open connection (one transaction) to the database of ``target``."""
        server = _server_of(target.table.uri)
        if server not in self._connections:
            self._connections[server] = connect(target.table.uri, target.label)
        return self._connections[server].cursor()

    # -- writing
    def handles(self, name: str) -> bool:
        """Whether output ``name`` goes to a PostGIS table."""
        return name in self.targets

    def _srid(self, target: _Target, crs: QgsCoordinateReferenceSystem) -> int:
        """The srid of ``crs`` in the database of ``target``, registered (in the run's transaction) when missing."""
        table = target.table
        cursor = self._cursor(target)
        key = (_server_of(table.uri), crs.toWkt())
        srid = self._srids.get(key)
        if srid is None:
            srid = find_srid(cursor, crs)
        if srid is None:
            if not may_register(cursor):  # a CRS the checks did not foresee
                raise InputError(
                    tr(
                        "{place} has no spatial reference system for {crs}; ask its administrator to run:\n{sql}"
                    ).format(
                        place=where(table.uri), crs=_describe(crs), sql=registration_sql(crs, _new_srid(cursor, crs))
                    )
                )
            srid = _new_srid(cursor, crs)
            sql, values = _registration(crs, srid)
            cursor.execute(sql, values)
            LOG.info(
                tr("{crs} registered in {place} as SRID {srid}.").format(
                    crs=_describe(crs), place=where(table.uri), srid=srid
                )
            )
        self._srids[key] = srid
        return srid

    def write_table(
        self,
        name: str,
        frame: pd.DataFrame,
        fields: QgsFields,
        wkb_type,
        crs: Optional[QgsCoordinateReferenceSystem],
        comment: str = "",
        keys=None,
    ) -> str:
        """Create and fill table ``name`` in the run's transaction; returns its ``postgres://`` data source.

        ``keys`` (optional) are the primary key values, else 1..n.
        """
        psycopg2 = _psycopg2()
        target = self.targets[name]
        table = target.table
        has_geometry = wkb_type != QgsWkbTypes.Type.NoGeometry
        taken = {fields.at(i).name().lower() for i in range(fields.count())}
        key = table.key
        while key.lower() in taken:  # a result column of the key's name keeps its name; the key gets another
            key += "_pk"
        table = target.table = replace(table, key=key)
        try:
            srid = self._srid(target, crs) if has_geometry and crs is not None and crs.isValid() else 0
            cursor = self._cursor(target)
            if target.replace:
                cursor.execute(f"DROP TABLE IF EXISTS {table.sql}")
            written = create_table(cursor, table, frame, fields, wkb_type, srid, comment, keys)
        except (psycopg2.OperationalError, psycopg2.InterfaceError) as error:  # the connection is gone
            raise InputError(_connection_problem(error, table.uri, f"{target.label} ({table.label})")) from None
        except psycopg2.Error as error:
            raise InputError(
                tr("{what}: writing the table {table} failed, nothing was written: {detail}").format(
                    what=target.label, table=table.label, detail=str(error).strip().splitlines()[0]
                )
            ) from None
        if written != len(frame):
            raise InputError(
                tr("{what}: {n} of {total} rows reached the table {table}; nothing was written.").format(
                    what=target.label, n=written, total=len(frame), table=table.label
                )
            )
        LOG.info(
            tr("{n} rows written to {table} in {place}.").format(n=written, table=table.label, place=where(table.uri))
        )
        return "postgres://" + table.source(srid if has_geometry else None, wkb_type)

    def write(
        self,
        parameters: dict,
        name: str,
        context: QgsProcessingContext,
        frame: pd.DataFrame,
        fields: QgsFields,
        wkb_type,
        crs: Optional[QgsCoordinateReferenceSystem],
        abstract: str = "",
    ) -> str:
        """Write output parameter ``name`` and have it loaded when the run ends, as Processing does for sinks."""
        destination = self.write_table(name, frame, fields, wkb_type, crs, abstract)
        value = parameters.get(name)
        if isinstance(value, QgsProcessingOutputLayerDefinition) and value.destinationProject is not None:
            details = QgsProcessingContext.LayerDetails(
                value.destinationName or self.targets[name].label,
                value.destinationProject,
                name,
                QgsProcessingUtils.LayerHint.Vector,
            )
            context.addLayerToLoadOnCompletion(destination, details)
        return destination

    def commit(self) -> None:
        """Make every table of the run visible (one commit per database)."""
        psycopg2 = _psycopg2()
        for server, connection in list(self._connections.items()):
            try:
                connection.commit()
            except psycopg2.Error as error:
                raise InputError(
                    tr("Saving the tables in the database failed, nothing was written: {detail}").format(
                        detail=str(error).strip()
                    )
                ) from None
            finally:
                connection.close()
                del self._connections[server]

    def close(self) -> None:
        """Roll back what was not committed (a failed or cancelled run) and close the connections."""
        for connection in self._connections.values():
            try:
                connection.rollback()
                connection.close()
            except Exception:  # the server may be gone: its transaction is gone with it
                pass
        self._connections = {}


def _describe(crs: QgsCoordinateReferenceSystem) -> str:
    """'EPSG:9377 (MAGNA-SIRGAS / Origen-Nacional)'."""
    from .crs import describe

    return describe(crs)


def _layers_of(algorithm, parameters: dict, context: QgsProcessingContext) -> Dict[str, object]:
    """The map layers given as inputs of a run, by parameter description."""
    layers: Dict[str, object] = {}
    for definition in algorithm.parameterDefinitions():
        if definition.isDestination() or definition.name() not in parameters:
            continue
        kind = definition.type()
        if kind in ("source", "vector"):
            layer = algorithm.parameterAsVectorLayer(parameters, definition.name(), context)
        elif kind == "raster":
            layer = algorithm.parameterAsRasterLayer(parameters, definition.name(), context)
        elif kind == "multilayer":
            for i, item in enumerate(algorithm.parameterAsLayerList(parameters, definition.name(), context)):
                layers[f"{definition.description()} {i + 1}"] = item
            continue
        else:
            continue
        if layer is not None:
            layers[definition.description()] = layer
    return layers


def _input_tables(algorithm, parameters: dict, context: QgsProcessingContext) -> Dict[str, Tuple[str, str, object]]:
    """The PostGIS tables read by a run: description -> (schema, table, connection URI)."""
    tables = {}
    for label, layer in _layers_of(algorithm, parameters, context).items():
        if isinstance(layer, QgsVectorLayer) and layer.providerType() == PROVIDER:
            uri = QgsDataSourceUri(layer.source())
            tables[label] = (uri.schema() or "public", uri.table(), uri)
    return tables


def candidate_crs(algorithm, parameters: dict, context: QgsProcessingContext) -> List[QgsCoordinateReferenceSystem]:
    """Every CRS the outputs of a run may have: the metric CRS each input layer would give, and EPSG:9377."""
    from .crs import choose_metric_crs

    found: List[QgsCoordinateReferenceSystem] = []
    for layer in _layers_of(algorithm, parameters, context).values():
        crs = choose_metric_crs([layer], context, log=False)
        if crs.isValid() and crs not in found:
            found.append(crs)
    default = QgsCoordinateReferenceSystem("EPSG:9377")
    if default not in found:
        found.append(default)
    return found


# ------------------------------------------------------------------------------------- reading


def layer_behind(source) -> Optional[QgsVectorLayer]:
    """The valid vector layer behind a source read whole: the layer itself, or the ``ogr_layer`` the algorithm base
    sets on a feature source. None when there is none, or when the project has deleted that layer meanwhile (the
    dock replacing a result while a run reads it: the feature source keeps its own copy of the data)."""
    layer = source if isinstance(source, QgsVectorLayer) else getattr(source, "ogr_layer", None)
    if not isinstance(layer, QgsVectorLayer) or sip.isdeleted(layer) or not layer.isValid():
        return None
    return layer


def layer_of(source) -> Optional[QgsVectorLayer]:
    """The PostGIS layer behind a source read whole (a layer, or a feature source on which ``ogr_layer`` is set)."""
    layer = layer_behind(source)
    return layer if layer is not None and layer.providerType() == PROVIDER else None


def _relation(uri: QgsDataSourceUri) -> str:
    """The FROM item of a layer: a table, or a query layer's query."""
    table = uri.table()
    if table.startswith("("):
        return f"{table} AS query_layer"
    return f"{quoted(uri.schema())}.{quoted(table)}" if uri.schema() else quoted(table)


def count_rows(layer: QgsVectorLayer, label: str) -> int:
    """The number of rows of a PostGIS layer (its SQL filter applied), counted on the server now."""
    psycopg2 = _psycopg2()
    uri = QgsDataSourceUri(layer.source())
    sql = f"SELECT count(*) FROM {_relation(uri)}"
    if layer.subsetString():
        sql += f" WHERE ({layer.subsetString()})"
    try:
        connection = psycopg2.connect(uri.connectionInfo(True), connect_timeout=15)
    except psycopg2.Error as error:
        raise InputError(
            tr("{layer}: the connection to the database was lost while reading it. {detail}").format(
                layer=label, detail=_connection_problem(error, uri, label)
            )
        ) from None
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql)
            return int(cursor.fetchone()[0])
    except psycopg2.Error as error:
        detail = str(error).strip().splitlines()[0]
        if layer.subsetString():  # QGIS reads a layer whose filter fails as an empty layer
            raise InputError(
                tr("{layer}: its SQL filter is not valid: {detail}").format(layer=label, detail=detail)
            ) from None
        raise InputError(_connection_problem(error, uri, label)) from None
    finally:
        connection.close()


def verify_read(source, count: int, label: str) -> None:
    """Refuse a read of a PostGIS layer that did not get every row (a connection lost, a failing SQL filter)."""
    layer = layer_of(source)
    if layer is None:
        return
    expected = count_rows(layer, label)
    if expected != count:
        raise InputError(
            tr(
                "{layer}: {n} of its {total} rows could be read (the connection to the database was lost, or the "
                "table changed while it was read). Run the algorithm again."
            ).format(layer=label, n=count, total=expected)
        )


def gdal_table(layer: QgsVectorLayer):
    """GDAL's dataset and PG layer for a PostGIS table whose bulk read equals the QGIS iterator's, else None.

    Equal means: a table or view with a single ``integer`` key that QGIS uses as feature id (GDAL's FID column),
    a geometry column of one declared type (no type or SRID filtering by QGIS), names GDAL's ``TABLES`` option
    can carry. The layer's SQL filter is applied on the server as GDAL's attribute filter (it is SQL for both).
    """
    from osgeo import gdal, ogr

    uri = QgsDataSourceUri(layer.source())
    schema, table, geometry = uri.schema() or "public", uri.table(), uri.geometryColumn()
    if not all(_SAFE_NAME.match(n) for n in (schema, table) + ((geometry,) if geometry else ())):
        return None
    if 0 <= layer.featureCount() < BULK_MIN_ROWS:
        return None
    keys = layer.dataProvider().pkAttributeIndexes()
    fields = layer.fields()
    if len(keys) != 1 or fields.at(keys[0]).type() != QVariant.Int:
        return None  # QGIS numbers other keys itself (bigint, text, several columns, ctid)
    spec = f"{schema}.{table}"  # with "(geom)" GDAL 3.6 leaves the geometry type unknown
    try:
        dataset = gdal.OpenEx(
            "PG:" + uri.connectionInfo(True), gdal.OF_VECTOR | gdal.OF_READONLY, open_options=[f"TABLES={spec}"]
        )
    except RuntimeError as error:
        LOG.debug("GDAL cannot open %s: %s", table, error)
        return None
    if dataset is None or dataset.GetLayerCount() != 1:  # several geometry columns: one layer each
        return None
    ogr_layer = dataset.GetLayer(0)
    if ogr_layer is None or ogr_layer.GetFIDColumn() != fields.at(keys[0]).name():
        return None
    ogr_type = ogr_layer.GetGeomType()
    wkb_type = layer.wkbType()
    if geometry:
        if ogr_layer.GetGeometryColumn() != geometry or ogr_type == ogr.wkbUnknown:
            return None
        if ogr.GT_Flatten(ogr_type) != QgsWkbTypes.flatType(wkb_type) or bool(ogr.GT_HasZ(ogr_type)) != bool(
            QgsWkbTypes.hasZ(wkb_type)
        ):
            return None
    elif wkb_type != QgsWkbTypes.Type.NoGeometry:
        return None
    if layer.subsetString():
        try:
            ogr_layer.SetAttributeFilter(layer.subsetString())
        except RuntimeError:
            return None
    return dataset, ogr_layer


def explain_unreadable(value: object, label: str) -> Optional[str]:
    """Why a PostGIS layer given as a parameter value cannot be opened, with what to do; None if not PostGIS."""
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source.staticValue()
    layer = value if isinstance(value, QgsVectorLayer) else None
    if layer is not None:
        if layer.providerType() != PROVIDER:
            return None
        text = layer.source()
    else:
        text = strip_prefix(str(value or ""))
        if text is None:
            return None
    uri = QgsDataSourceUri(text)
    if not uri.table():
        return tr('{layer}: the PostgreSQL URI names no table (table="schema"."name" (geom)).').format(layer=label)
    psycopg2 = _psycopg2()
    connection = connect(uri, label)
    schema = uri.schema() or "public"
    name = f"{quoted(schema)}.{quoted(uri.table())}"
    try:
        with connection.cursor() as cursor:
            if uri.table().startswith("("):
                return tr("{layer}: the query of this layer cannot be run on {place}.").format(
                    layer=label, place=where(uri)
                )
            cursor.execute(
                "SELECT c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = %s AND c.relname = %s",
                (schema, uri.table()),
            )
            row = cursor.fetchone()
            if row is None:
                return tr("{layer}: there is no table {table} in {place}.").format(
                    layer=label, table=name, place=where(uri)
                )
            cursor.execute("SELECT has_table_privilege(%s, 'SELECT')", (name,))
            if not cursor.fetchone()[0]:
                return tr("{layer}: the user '{user}' may not read {table}; ask for GRANT SELECT ON {table}.").format(
                    layer=label, user=uri.username(), table=name
                )
            if row[0] in ("v", "m") and not uri.keyColumn():
                return tr(
                    "{layer}: {table} is a view, and QGIS needs a column with unique values to tell its rows "
                    "apart. Add key='<column>' to the URI, or choose the column when adding the view in the "
                    "Data Source Manager."
                ).format(layer=label, table=name)
            if uri.geometryColumn():
                cursor.execute(
                    "SELECT 1 FROM information_schema.columns WHERE table_schema = %s AND table_name = %s "
                    "AND column_name = %s",
                    (schema, uri.table(), uri.geometryColumn()),
                )
                if cursor.fetchone() is None:
                    return tr("{layer}: {table} has no column '{column}'.").format(
                        layer=label, table=name, column=uri.geometryColumn()
                    )
            if uri.sql():
                try:
                    cursor.execute(f"SELECT 1 FROM {name} WHERE ({uri.sql()}) LIMIT 1")
                except psycopg2.Error as error:
                    return tr("{layer}: its SQL filter is not valid: {detail}").format(
                        layer=label, detail=str(error).strip().splitlines()[0]
                    )
    except psycopg2.Error as error:
        return _connection_problem(error, uri, label)
    finally:
        connection.close()
    return None


def explain_parameters(algorithm, parameters: dict) -> Optional[str]:
    """Why a PostGIS layer given to one of the algorithm's layer parameters cannot be opened; None if none is."""
    for definition in algorithm.parameterDefinitions():
        if definition.isDestination() or definition.type() not in ("source", "vector", "multilayer"):
            continue
        values = parameters.get(definition.name())
        for value in values if isinstance(values, (list, tuple)) else [values]:
            try:
                why = explain_unreadable(value, definition.description())
            except InputError as error:
                why = str(error)
            if why:
                return why
    return None
