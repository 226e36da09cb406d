"""Where a run for many municipalities keeps its results: an output folder, or a PostGIS database (tables) with
the folder (rasters, report, logs). Both are :class:`..core.national_run.Store` objects.

Folder (:class:`FolderStore`)::

    OUTPUT_FOLDER/
      54001/                  one finished municipality: exposure.gpkg, access.gpkg, ..., suitability.tif,
                              scenarios/, report.pdf, run.log (the worker's log) and run.json (its marker)
      failed_54874.log        the log of a municipality that failed (removed once it finishes)
      .work/                  attempts in progress (inputs, outputs, log) and claims; empty after a run

An attempt writes into ``.work/<code>-<token>/``; when its worker succeeded, ``run.json`` is written into its
outputs last, and the outputs folder is renamed to ``<code>/`` (an earlier result is moved away first and then
deleted): a municipality folder is always complete. A claim is a file ``.work/claims/<code>.claim`` created
exclusively; its owner renews it every few seconds, so a claim left by a group that stopped (a crash, a machine
switched off) is taken over after :data:`CLAIM_TTL_S`, or at once on the same computer when its process is gone.

PostGIS (:class:`PostgisStore`): the vector outputs of municipality 54001 go to the schema ``<prefix>54001``
(for example ``mpio_54001``), the rasters, the report and the logs to the folder as above. An attempt writes into
the schema ``<prefix>54001_<token>``; when it succeeded, the table ``_run`` (the marker) is added to it, the
municipality's folder is published, then in one transaction the earlier schema (only one this algorithm wrote:
it holds ``_run``) is dropped and the attempt's schema renamed. Claims are PostgreSQL advisory locks held by this
group's connection: the server releases them when the group stops, however it stops. Machines that share the
database share the work.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import time
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

import pandas as pd
from qgis.core import QgsCoordinateReferenceSystem, QgsDataSourceUri, QgsVectorLayer

from ..core.errors import InputError
from ..core.i18n import tr
from ..core.national import Municipality
from ..core.national_run import Staged
from . import postgis
from .vector import source_to_gdf
from .workers import pid_alive

WORK = ".work"
MARKER = "run.json"
LOG_NAME = "run.log"
MARKER_TABLE = "_run"
CLAIM_TTL_S = 120.0
# The model's outputs and the name each gets in a municipality's folder or schema; vector outputs become
# <name>.gpkg (a folder) or the table <name> (PostGIS), the others are files and folders.
OUTPUT_NAMES: Dict[str, str] = {
    "exposure:OUTPUT": "exposure",
    "exposure:SUMMARY": "exposure_summary",
    "access:OUTPUT": "access",
    "access:SUMMARY": "access_summary",
    "ahp:OUTPUT": "ahp_weights",
    "suitability:OUTPUT": "suitability.tif",
    "suitability:CLASSIFIED": "suitability_classes.tif",
    "ranking:OUTPUT": "ranked_parcels",
    "sensitivity:OUTPUT": "weight_sensitivity",
    "scenarios:OUTPUT_FOLDER": "scenarios",
    "scenarios:SUMMARY": "scenario_summary",
    "report:OUTPUT_PDF": "report.pdf",
}
VECTOR_OUTPUTS = frozenset(k for k, v in OUTPUT_NAMES.items() if "." not in v and k != "scenarios:OUTPUT_FOLDER")
SUMMARIES = ("exposure:SUMMARY", "access:SUMMARY", "scenarios:SUMMARY")
_PREFIX = re.compile(r"^[a-z_][a-z0-9_]{0,39}$")


def destinations(folder: Path, outputs: Iterable[str]) -> Dict[str, str]:
    """The file or folder each model output gets in ``folder`` (vector outputs: ``<name>.gpkg``)."""
    return {
        name: str(Path(folder) / (OUTPUT_NAMES[name] + ".gpkg" if name in VECTOR_OUTPUTS else OUTPUT_NAMES[name]))
        for name in outputs
    }


def worker_name() -> str:
    """'host:pid' of this worker group, for markers and claims."""
    return f"{socket.gethostname()}:{os.getpid()}"


def remove_tree(path: Path, attempts: int = 5) -> None:
    """Delete a folder (retrying a little: Windows keeps files of a process that just ended locked briefly)."""
    for attempt in range(attempts):
        if not path.exists():
            return
        try:
            shutil.rmtree(path)
            return
        except OSError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.2 * (attempt + 1))


def write_json(path: Path, value: dict) -> None:
    """Write a JSON file atomically (a temporary file renamed over it)."""
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(value, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(partial, path)


def read_json(path: Path) -> Optional[dict]:
    """A JSON object from a file, or None when it is missing or unreadable."""
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def _frame_of(layer: QgsVectorLayer, what: str) -> pd.DataFrame:
    """The attributes of a written table."""
    if not layer.isValid():
        raise InputError(tr("The worker's table {what} cannot be read back.").format(what=what))
    frame = source_to_gdf(layer)
    return pd.DataFrame(frame.drop(columns=[c for c in (frame.geometry.name,) if c in frame.columns]))


class FolderStore:
    """Results in an output folder; see the module docstring."""

    def __init__(self, root: str, outputs: Iterable[str], claims: bool = True) -> None:
        self.root = Path(root)
        self.work = self.root / WORK
        self.claims_dir = self.work / "claims"
        self.outputs = [name for name in outputs if name in OUTPUT_NAMES]
        self.use_claims = claims
        self.name = worker_name()
        self._claimed: Dict[str, Path] = {}
        try:
            self.claims_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise InputError(
                tr("The output folder {folder} cannot be written: {error}").format(folder=self.root, error=error)
            ) from None

    # -- markers and claims
    def folder(self, code: str) -> Path:
        """The folder of a finished municipality."""
        return self.root / code

    def finished(self, code: str) -> Optional[dict]:
        """The marker of a finished municipality, or None."""
        return read_json(self.folder(code) / MARKER)

    def _stale(self, path: Path) -> bool:
        """Whether a claim file belongs to a group that stopped."""
        try:
            age = time.time() - path.stat().st_mtime
        except OSError:
            return False
        if age > CLAIM_TTL_S:
            return True
        owner = read_json(path) or {}
        host, _, pid = str(owner.get("worker", "")).rpartition(":")
        return host == socket.gethostname() and pid.isdigit() and not pid_alive(int(pid))

    def claim(self, code: str) -> bool:
        """Create the claim file exclusively (a stale one is taken over)."""
        if not self.use_claims:
            return True
        path = self.claims_dir / f"{code}.claim"
        for _attempt in range(2):
            try:
                handle = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                if self._stale(path):
                    try:
                        path.unlink()
                    except OSError:
                        return False
                    continue
                return False
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump({"worker": self.name, "claimed": time.time()}, stream)
            self._claimed[code] = path
            return True
        return False

    def release(self, code: str) -> None:
        """Remove this group's claim."""
        path = self._claimed.pop(code, None)
        if path is not None:
            try:
                path.unlink()
            except OSError:
                pass

    def keep_alive(self) -> None:
        """Renew this group's claims."""
        for path in self._claimed.values():
            try:
                os.utime(path)
            except OSError:
                pass

    # -- attempts
    def begin(self, municipality: Municipality, token: str) -> Staged:
        """A fresh attempt folder (earlier attempts at the municipality, left by a stopped group, are removed)."""
        code = municipality.code
        for stale in self.work.glob(f"{code}-*"):
            remove_tree(stale)
        job = self.work / f"{code}-{token}"
        inputs, outputs = job / "inputs", job / "outputs"
        inputs.mkdir(parents=True)
        outputs.mkdir()
        files = destinations(outputs, self.outputs)
        return Staged(code, token, str(inputs), files, str(job / "worker.log"), {"job": str(job)})

    def read_summaries(self, staged: Staged) -> Tuple[pd.DataFrame, Optional[pd.DataFrame], Optional[pd.DataFrame]]:
        """The exposure, access and scenario SUMMARY tables of an attempt (GeoPackages)."""
        frames = []
        for name in SUMMARIES:
            path = staged.outputs.get(name)
            if path is None or not os.path.exists(path):
                if name == "exposure:SUMMARY":
                    raise InputError(tr("The worker wrote no exposure summary."))
                frames.append(None)
                continue
            layer_name = OUTPUT_NAMES[name]
            frames.append(_frame_of(QgsVectorLayer(f"{path}|layername={layer_name}", layer_name, "ogr"), layer_name))
        return frames[0], frames[1], frames[2]

    def publish(self, staged: Staged, marker: dict) -> None:
        """Log and marker into the outputs, then the outputs folder becomes the municipality's folder."""
        job = Path(staged.extra["job"])
        outputs = job / "outputs"
        if os.path.exists(staged.log):
            shutil.copyfile(staged.log, outputs / LOG_NAME)
        marker = dict(marker, outputs=sorted(p.name for p in outputs.iterdir()) + [MARKER])
        write_json(outputs / MARKER, marker)
        final = self.folder(staged.code)
        old = job / "previous"
        if final.exists():
            os.replace(final, old)
        os.replace(outputs, final)
        remove_tree(job)
        failed_log = self.root / f"failed_{staged.code}.log"
        if failed_log.exists():
            failed_log.unlink()

    def discard(self, staged: Staged, failed: bool) -> None:
        """Remove an attempt; a failed one leaves its log as ``failed_<code>.log``."""
        if failed and os.path.exists(staged.log):
            try:
                shutil.copyfile(staged.log, self.root / f"failed_{staged.code}.log")
            except OSError:
                pass
        remove_tree(Path(staged.extra["job"]))

    def close(self) -> None:
        """Release every claim and remove the work folder when nothing is left in it."""
        for code in list(self._claimed):
            self.release(code)
        tidy(str(self.root))


def tidy(root: str) -> None:
    """Remove the work folder of an output folder when nothing is left in it (after a run, or a refusal)."""
    work = Path(root) / WORK
    for folder in (work / "claims", work):
        try:
            folder.rmdir()
        except OSError:
            pass


def check_prefix(prefix: str) -> str:
    """A schema prefix that makes valid, unquoted schema names; a clear refusal otherwise."""
    if not _PREFIX.match(prefix or ""):
        raise InputError(
            tr(
                "Schema prefix '{prefix}': use lower-case letters, digits and '_' (starting with a letter or '_', at "
                "most 40 characters), e.g. mpio_; each municipality's schema is the prefix and its DIVIPOLA code."
            ).format(prefix=prefix)
        )
    return prefix


def ensure_srid(cursor, crs: QgsCoordinateReferenceSystem, place: str) -> int:
    """The srid of ``crs`` in the database, registered now when missing and allowed; else a refusal.

    Done once before the workers start, so that they never race to register it.
    """
    srid = postgis.find_srid(cursor, crs)
    if srid is not None:
        return srid
    if not postgis.may_register(cursor):
        raise InputError(
            tr(
                "{place} has no spatial reference system for {crs} and this user may not add one. Ask the database "
                "administrator to run:\n{sql}\nNothing was computed."
            ).format(place=place, crs=crs.authid(), sql=postgis.registration_sql(crs, postgis._new_srid(cursor, crs)))
        )
    srid = postgis._new_srid(cursor, crs)
    sql, values = postgis._registration(crs, srid)
    cursor.execute(sql, values)
    return srid


class PostgisStore:
    """Vector outputs in one schema per municipality, files in a :class:`FolderStore`; see the module docstring."""

    def __init__(self, uri: QgsDataSourceUri, prefix: str, root: str, outputs: Iterable[str]) -> None:
        self.uri = QgsDataSourceUri(uri.connectionInfo(True))  # stored credentials (authcfg) expanded
        self.prefix = check_prefix(prefix)
        self.folder = FolderStore(root, outputs, claims=False)
        self.outputs = self.folder.outputs
        self.place = postgis.where(self.uri)
        self.name = self.folder.name
        self.connection = postgis.connect(self.uri, tr("Municipal outputs"))
        self.connection.autocommit = True
        self._locks: Dict[str, int] = {}

    # -- helpers
    def schema(self, code: str) -> str:
        """The schema of a finished municipality."""
        return f"{self.prefix}{code}"

    def _cursor(self):
        return self.connection.cursor()

    def _ours(self, cursor, schema: str) -> Optional[bool]:
        """None: no such schema; True: one this algorithm wrote (it holds _run); False: someone else's."""
        cursor.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (schema,))
        if cursor.fetchone() is None:
            return None
        cursor.execute("SELECT to_regclass(%s) IS NOT NULL", (f"{postgis.quoted(schema)}.{MARKER_TABLE}",))
        return bool(cursor.fetchone()[0])

    def check(self, codes: Iterable[str], crs: QgsCoordinateReferenceSystem) -> int:
        """Before any worker starts: the right to create schemas, no foreign schema in the way, the srid."""
        psycopg2 = postgis._psycopg2()
        try:
            with self._cursor() as cursor:
                cursor.execute("SELECT has_database_privilege(current_database(), 'CREATE')")
                if not cursor.fetchone()[0]:
                    raise InputError(
                        tr(
                            "The user '{user}' may not create schemas in {place}, and each municipality gets its own "
                            "schema. Ask the database administrator: GRANT CREATE ON DATABASE ... TO {user};"
                        ).format(user=self.uri.username() or "?", place=self.place)
                    )
                for code in codes:
                    if self._ours(cursor, self.schema(code)) is False:
                        raise InputError(
                            tr(
                                "The schema '{schema}' already exists in {place} and was not written by this "
                                "algorithm (it has no table _run). Choose another schema prefix, or rename that "
                                "schema."
                            ).format(schema=self.schema(code), place=self.place)
                        )
                self.connection.autocommit = False
                try:
                    srid = ensure_srid(cursor, crs, self.place)
                    self.connection.commit()
                finally:
                    self.connection.autocommit = True
                return srid
        except psycopg2.Error as error:
            raise InputError(postgis._connection_problem(error, self.uri, tr("Municipal outputs"))) from None

    # -- markers and claims
    def finished(self, code: str) -> Optional[dict]:
        """The marker of a finished municipality (table _run of its schema), or None."""
        with self._cursor() as cursor:
            if not self._ours(cursor, self.schema(code)):
                return None
            cursor.execute(f"SELECT record FROM {postgis.quoted(self.schema(code))}.{MARKER_TABLE} LIMIT 1")
            row = cursor.fetchone()
        if row is None:
            return None
        value = row[0] if isinstance(row[0], dict) else json.loads(row[0])
        return value if isinstance(value, dict) else None

    def _lock_key(self, code: str) -> str:
        """The advisory lock's text key (advisory locks are per database)."""
        return f"migrant_planning:{self.schema(code)}"

    def claim(self, code: str) -> bool:
        """An advisory lock on the municipality (held until released or until this connection ends)."""
        with self._cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_lock(hashtext(%s))", (self._lock_key(code),))
            got = bool(cursor.fetchone()[0])
        if got:
            self._locks[code] = 1
        return got

    def release(self, code: str) -> None:
        """Give the advisory lock back."""
        if self._locks.pop(code, None) is not None:
            with self._cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(hashtext(%s))", (self._lock_key(code),))

    def keep_alive(self) -> None:
        """Keep the connection (and so the claims) alive."""
        with self._cursor() as cursor:
            cursor.execute("SELECT 1")

    # -- attempts
    def _staging_schemas(self, cursor, code: str) -> List[str]:
        """Attempt schemas of a municipality (left by stopped groups when we hold its claim)."""
        start = self.schema(code) + "_"
        cursor.execute("SELECT nspname FROM pg_namespace WHERE left(nspname, %s) = %s", (len(start), start))
        pattern = re.compile(re.escape(self.schema(code)) + r"_[0-9a-f]{10}$")
        return [row[0] for row in cursor.fetchall() if pattern.match(row[0])]

    def table_destination(self, schema: str, table: str) -> str:
        """A ``postgres://`` destination for a worker: the connection without its password, the table."""
        uri = QgsDataSourceUri(self.uri.connectionInfo(False))
        uri.setPassword("")
        uri.setAuthConfigId("")
        uri.setDataSource(schema, table, None, "", postgis.KEY)
        return "postgres://" + uri.uri(False)

    def begin(self, municipality: Municipality, token: str) -> Staged:
        """An attempt schema (stale ones of the municipality dropped) and an attempt folder for the files."""
        code = municipality.code
        staged = self.folder.begin(municipality, token)
        schema = f"{self.schema(code)}_{token}"
        with self._cursor() as cursor:
            for stale in self._staging_schemas(cursor, code):
                cursor.execute(f"DROP SCHEMA IF EXISTS {postgis.quoted(stale)} CASCADE")
            if self._ours(cursor, self.schema(code)) is False:
                raise InputError(
                    tr("The schema '{schema}' exists and was not written by this algorithm.").format(
                        schema=self.schema(code)
                    )
                )
            cursor.execute(f"CREATE SCHEMA {postgis.quoted(schema)}")
        for name in self.outputs:
            if name in VECTOR_OUTPUTS:
                staged.outputs[name] = self.table_destination(schema, OUTPUT_NAMES[name])
        staged.extra["schema"] = schema
        return staged

    def read_summaries(self, staged: Staged) -> Tuple[pd.DataFrame, Optional[pd.DataFrame], Optional[pd.DataFrame]]:
        """The SUMMARY tables of an attempt, from its schema."""
        frames = []
        with self._cursor() as cursor:
            for name in SUMMARIES:
                table = OUTPUT_NAMES[name]
                relation = f"{postgis.quoted(staged.extra['schema'])}.{postgis.quoted(table)}"
                cursor.execute("SELECT to_regclass(%s) IS NOT NULL", (relation,))
                if name not in self.outputs or not cursor.fetchone()[0]:
                    if name == "exposure:SUMMARY":
                        raise InputError(tr("The worker wrote no exposure summary."))
                    frames.append(None)
                    continue
                uri = QgsDataSourceUri(self.uri.connectionInfo(True))
                uri.setDataSource(staged.extra["schema"], table, None, "", postgis.KEY)
                frames.append(_frame_of(QgsVectorLayer(uri.uri(False), table, "postgres"), table))
        return frames[0], frames[1], frames[2]

    def publish(self, staged: Staged, marker: dict) -> None:
        """Files first, then (one transaction) the marker table, the old schema dropped, the new one renamed."""
        schema = staged.extra["schema"]
        final = self.schema(staged.code)
        marker = dict(marker, schema=final)
        self.folder.publish(staged, marker)
        psycopg2 = postgis._psycopg2()
        self.connection.autocommit = False
        try:
            with self._cursor() as cursor:
                quoted = postgis.quoted(schema)
                cursor.execute(
                    f"CREATE TABLE {quoted}.{MARKER_TABLE} (divipola text PRIMARY KEY, municipality text, "
                    "finished timestamptz, worker text, record jsonb)"
                )
                cursor.execute(
                    f"INSERT INTO {quoted}.{MARKER_TABLE} VALUES (%s, %s, %s, %s, %s)",
                    (
                        staged.code,
                        marker.get("municipality"),
                        marker.get("finished"),
                        marker.get("worker"),
                        json.dumps(marker, ensure_ascii=False),
                    ),
                )
                cursor.execute(
                    f"COMMENT ON TABLE {quoted}.{MARKER_TABLE} IS %s",
                    (tr("Completion marker of run_for_municipalities: this schema holds finished results."),),
                )
                ours = self._ours(cursor, final)
                if ours is False:
                    raise InputError(
                        tr("The schema '{schema}' exists and was not written by this algorithm.").format(schema=final)
                    )
                if ours:
                    cursor.execute(f"DROP SCHEMA {postgis.quoted(final)} CASCADE")
                cursor.execute(f"ALTER SCHEMA {quoted} RENAME TO {postgis.quoted(final)}")
            self.connection.commit()
        except psycopg2.Error as error:
            self.connection.rollback()
            raise InputError(
                tr("Saving the results of {code} in {place} failed: {detail}").format(
                    code=staged.code, place=self.place, detail=str(error).strip().splitlines()[0]
                )
            ) from None
        except BaseException:
            self.connection.rollback()
            raise
        finally:
            self.connection.autocommit = True

    def discard(self, staged: Staged, failed: bool) -> None:
        """Drop the attempt schema and remove the attempt folder."""
        schema = staged.extra.get("schema")
        if schema:
            try:
                with self._cursor() as cursor:
                    cursor.execute(f"DROP SCHEMA IF EXISTS {postgis.quoted(schema)} CASCADE")
            except Exception:  # the server is gone: the schema of an attempt is dropped by the next run
                pass
        self.folder.discard(staged, failed)

    def close(self) -> None:
        """Release every claim and close the connection."""
        self._locks.clear()
        try:
            self.connection.close()
        except Exception:
            pass
        self.folder.close()
