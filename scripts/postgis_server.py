#!/usr/bin/env python3
"""A throw-away PostgreSQL + PostGIS server for tests, benchmarks and demos: ``make postgis-up`` / ``postgis-down``.

The cluster lives in one folder (``build/postgis`` by default) made with Debian's ``initdb`` and run with
``pg_ctl``; it listens on 127.0.0.1 only, on a free port, with password (SCRAM) authentication, and holds
one database (``migrant_planning``) with the ``postgis`` extension, owned by an ordinary role (``migrant``).
The superuser (``postgres``) has its own password, for tests that need one (registering a CRS, roles
without rights). The system's own clusters are never touched. PostgreSQL refuses to run as root: when run
as root the cluster belongs to the ``postgres`` system user and every server command runs as that user.

Only the standard library is used, so ``/usr/bin/python3`` runs it before the project's environment exists.

Command line: ``python3 scripts/postgis_server.py up|down|status|uri [--dir FOLDER]``; ``up`` prints the URI.
From Python::

    from scripts import postgis_server
    server = postgis_server.start()          # or start(folder); idempotent
    server.uri                               # postgresql://migrant:...@127.0.0.1:PORT/migrant_planning
    server.psql("SELECT postgis_version()")  # as the superuser
    postgis_server.stop()                    # stops and deletes the cluster
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import List, Optional
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT / "build" / "postgis"
HOST = "127.0.0.1"
DATABASE = "migrant_planning"
USER = "migrant"
SUPERUSER = "postgres"
SYSTEM_USER = "postgres"  # the OS user that owns the cluster when we run as root
PACKAGES = ("postgresql", "postgresql-postgis")
STATE = "server.json"


class Unavailable(RuntimeError):
    """PostgreSQL or PostGIS is not installed and cannot be installed here."""


@dataclass
class Server:
    """A running throw-away server: where it listens and how to log in."""

    directory: str  # where server.json is (build/postgis)
    bin_dir: str
    port: int
    password: str
    admin_password: str
    host: str = HOST
    user: str = USER
    dbname: str = DATABASE
    admin: str = SUPERUSER
    cluster: str = ""  # the cluster's own folder (data, socket, log): ``directory``, or a private one in /tmp

    @property
    def cluster_dir(self) -> Path:
        """The folder that holds ``data`` (the cluster), ``run`` (its socket) and ``server.log``."""
        return Path(self.cluster or self.directory)

    @property
    def uri(self) -> str:
        """The libpq connection URI of the ordinary role, for ``psql``, GDAL (``PG:``) or psycopg2."""
        return f"postgresql://{self.user}:{quote(self.password, safe='')}@{self.host}:{self.port}/{self.dbname}"

    def conninfo(self, dbname: Optional[str] = None, user: Optional[str] = None, password: Optional[str] = None) -> str:
        """A libpq key=value connection string (also a QGIS data source URI without a table)."""
        user = user or self.user
        if password is None:
            password = self.admin_password if user == self.admin else self.password
        return (
            f"dbname='{dbname or self.dbname}' host={self.host} port={self.port} user='{user}' "
            f"password='{password}' sslmode=disable"
        )

    def qgis_uri(self, schema: str, table: str, geometry: Optional[str] = "geom", **extra: str) -> str:
        """A QGIS ``postgres`` data source URI of a table (``extra``: key='fid', sql=..., dbname=...)."""
        sql = extra.pop("sql", None)
        dbname = extra.pop("dbname", None)
        user = extra.pop("user", None)
        password = extra.pop("password", None)
        parts = [self.conninfo(dbname, user, password)]
        parts += [f"{key}='{value}'" for key, value in extra.items()]
        parts.append(f'table="{schema}"."{table}"' + (f" ({geometry})" if geometry else ""))
        if sql:
            parts.append(f"sql={sql}")
        return " ".join(parts)

    def psql(self, sql: str, dbname: Optional[str] = None, user: Optional[str] = None, check: bool = True) -> str:
        """Run SQL with ``psql`` (as the superuser unless ``user`` is given); returns the unaligned output."""
        user = user or self.admin
        env = dict(os.environ, PGPASSWORD=self.admin_password if user == self.admin else self.password)
        command = [
            str(Path(self.bin_dir) / "psql"),
            "-X",
            "-q",
            "-A",
            "-t",
            "-v",
            "ON_ERROR_STOP=1",
            "-h",
            self.host,
            "-p",
            str(self.port),
            "-U",
            user,
            "-d",
            dbname or self.dbname,
            "-c",
            sql,
        ]
        done = subprocess.run(command, env=env, capture_output=True, text=True)
        if check and done.returncode != 0:
            raise RuntimeError(f"psql failed: {done.stderr.strip()}")
        return done.stdout.strip()

    def create_database(self, name: str, postgis: bool = True) -> None:
        """A new database owned by the ordinary role, with the ``postgis`` extension unless told otherwise."""
        self.psql(f'CREATE DATABASE "{name}" OWNER "{self.user}"', dbname="postgres")
        if postgis:
            self.psql("CREATE EXTENSION postgis", dbname=name)


# ------------------------------------------------------------------------------------- installation


def _version(path: str) -> float:
    """The PostgreSQL major version of a /usr/lib/postgresql/<version> folder (0 when not a number)."""
    try:
        return float(Path(path).name)
    except ValueError:
        return 0.0


def find_bin_dir() -> Optional[Path]:
    """The newest PostgreSQL ``bin`` folder that has ``initdb`` and a PostGIS extension, or None."""
    for folder in sorted(glob.glob("/usr/lib/postgresql/*"), key=_version, reverse=True):
        version = Path(folder).name
        has_postgis = glob.glob(f"/usr/share/postgresql/{version}/extension/postgis.control")
        if (Path(folder) / "bin" / "initdb").exists() and has_postgis:
            return Path(folder) / "bin"
    return None


def ensure_installed() -> Path:
    """The PostgreSQL ``bin`` folder; installs Debian's ``postgresql`` and ``postgresql-postgis`` when missing.

    Raises :class:`Unavailable` with the reason when they are missing and cannot be installed (not root, no apt).
    """
    found = find_bin_dir()
    if found is not None:
        return found
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        raise Unavailable(
            "PostgreSQL with PostGIS is not installed (apt-get install " + " ".join(PACKAGES) + " as root)"
        )
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = ["apt-get", "install", "-y", "-q", "--no-install-recommends", *PACKAGES]
    done = subprocess.run(install, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        subprocess.run(["apt-get", "update", "-q"], env=env, capture_output=True)
        done = subprocess.run(install, env=env, capture_output=True, text=True)
    found = find_bin_dir()
    if found is None:
        raise Unavailable("installing " + " ".join(PACKAGES) + " failed: " + done.stderr.strip()[-300:])
    return found


# ------------------------------------------------------------------------------------- the cluster


def _as_owner(command: List[str]) -> List[str]:
    """``command`` run as the cluster's owner: the ``postgres`` system user when we are root."""
    if os.geteuid() == 0:
        return ["runuser", "-u", SYSTEM_USER, "--", *command]
    return command


def _run(command: List[str], **kwargs) -> subprocess.CompletedProcess:
    """Run a server command as the cluster's owner; raise with its output when it fails."""
    done = subprocess.run(_as_owner(command), capture_output=True, text=True, **kwargs)
    if done.returncode != 0:
        raise RuntimeError(f"{Path(command[0]).name} failed: {(done.stderr or done.stdout).strip()}")
    return done


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def _give_to_owner(path: Path) -> None:
    """Make ``path`` (and what is in it) belong to the cluster's owner, private to it."""
    if os.geteuid() == 0:
        shutil.chown(path, SYSTEM_USER, SYSTEM_USER)
        for inner in path.rglob("*"):
            shutil.chown(inner, SYSTEM_USER, SYSTEM_USER)
    path.chmod(0o700)


def _state_path(directory: Path) -> Path:
    return directory / STATE


def _load(directory: Path) -> Optional[Server]:
    """The server recorded in ``directory``, or None."""
    path = _state_path(directory)
    if not path.exists():
        return None
    try:
        return Server(**json.loads(path.read_text()))
    except (ValueError, TypeError):
        return None


def is_running(server: Server) -> bool:
    """Whether the server answers on its port."""
    ready = Path(server.bin_dir) / "pg_isready"
    done = subprocess.run(
        [str(ready), "-q", "-h", server.host, "-p", str(server.port), "-d", "postgres"], capture_output=True
    )
    return done.returncode == 0


def status(directory: Path = DEFAULT_DIR) -> Optional[Server]:
    """The server of ``directory`` when it is running, else None."""
    server = _load(Path(directory))
    return server if server is not None and is_running(server) else None


def _reachable(folder: Path) -> bool:
    """Whether the cluster's owner can reach and write ``folder`` (when we are root; else we are the owner)."""
    if os.geteuid() != 0:
        return True
    return subprocess.run(["runuser", "-u", SYSTEM_USER, "--", "test", "-w", str(folder)]).returncode == 0


def _cluster_folder(directory: Path) -> Path:
    """Where the cluster lives: ``directory`` itself, or (when ``postgres`` cannot reach it, as under a root-only
    home) a private folder in the temporary directory, recorded in ``server.json`` and removed with it."""
    _give_to_owner(directory)
    if _reachable(directory):
        return directory
    cluster = Path(tempfile.mkdtemp(prefix="migrant-postgis-"))
    _give_to_owner(cluster)
    if not _reachable(cluster):
        raise Unavailable(f"the user {SYSTEM_USER} can reach neither {directory} nor {cluster}")
    return cluster


def _pg_ctl(server: Server, *action: str) -> None:
    """Run ``pg_ctl`` on the server's cluster as its owner."""
    cluster = server.cluster_dir
    _run(
        [
            str(Path(server.bin_dir) / "pg_ctl"),
            "-D",
            str(cluster / "data"),
            "-l",
            str(cluster / "server.log"),
            "-w",
            "-t",
            "60",
            *action,
        ]
    )


def start(directory: Path = DEFAULT_DIR, attempts: int = 5) -> Server:
    """Start (creating it first) the throw-away cluster of ``directory``; returns it. Idempotent."""
    directory = Path(directory).resolve()
    running = status(directory)
    if running is not None:
        return running
    bin_dir = ensure_installed()
    resumed = resume(directory)
    if resumed is not None:
        return resumed
    if directory.exists():  # a cluster that cannot run any more: throw it away
        stop(directory)
    directory.parent.mkdir(parents=True, exist_ok=True)
    directory.mkdir()
    cluster = _cluster_folder(directory)
    data, run = cluster / "data", cluster / "run"
    password, admin_password = secrets.token_hex(12), secrets.token_hex(12)
    pwfile = cluster / "pwfile"
    pwfile.write_text(admin_password + "\n")
    run.mkdir()
    _give_to_owner(cluster)
    _run(
        [
            str(bin_dir / "initdb"),
            "-D",
            str(data),
            "-U",
            SUPERUSER,
            "--pwfile",
            str(pwfile),
            "--auth",
            "scram-sha-256",
            "-E",
            "UTF8",
            "--locale",
            "C.UTF-8",
            "--no-sync",
        ]
    )
    pwfile.unlink()
    (data / "pg_hba.conf").write_text(
        "# throw-away test cluster: password logins over the loopback interface only\n"
        "host all all 127.0.0.1/32 scram-sha-256\n"
    )
    server = Server(str(directory), str(bin_dir), 0, password, admin_password, cluster=str(cluster))
    for attempt in range(attempts):
        server.port = free_port()
        settings = {
            "listen_addresses": f"'{HOST}'",
            "port": str(server.port),
            "unix_socket_directories": f"'{run}'",
            "max_connections": "40",
            "shared_buffers": "32MB",
            "fsync": "off",  # throw-away data: speed over durability
            "synchronous_commit": "off",
            "full_page_writes": "off",
        }
        with open(data / "postgresql.conf", "a") as conf:
            conf.write("\n# throw-away cluster (scripts/postgis_server.py)\n")
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())
        try:
            _pg_ctl(server, "start")
            break
        except RuntimeError:  # most likely the port was taken in between: try another one
            if attempt == attempts - 1:
                raise
    server.psql(f"CREATE ROLE \"{USER}\" LOGIN PASSWORD '{password}'", dbname="postgres")
    server.psql(f'CREATE DATABASE "{DATABASE}" OWNER "{USER}"', dbname="postgres")
    server.psql("CREATE EXTENSION postgis")
    state = _state_path(directory)
    state.write_text(json.dumps(asdict(server), indent=2))
    state.chmod(0o600)
    return server


def resume(directory: Path = DEFAULT_DIR) -> Optional[Server]:
    """Start again a cluster stopped with ``stop(keep=True)`` (same port and passwords); None when it cannot."""
    server = _load(Path(directory).resolve())
    if server is None or not (server.cluster_dir / "data" / "PG_VERSION").exists():
        return None
    if is_running(server):
        return server
    try:
        _pg_ctl(server, "start")
    except RuntimeError:  # its port is taken now, for example
        return None
    return server


def stop(directory: Path = DEFAULT_DIR, keep: bool = False) -> None:
    """Stop the cluster of ``directory`` and, unless ``keep`` (then :func:`resume` starts it again), delete it."""
    directory = Path(directory).resolve()
    server = _load(directory)
    cluster = server.cluster_dir if server is not None else directory
    bin_dir = Path(server.bin_dir) if server is not None else find_bin_dir()
    if bin_dir is not None and (cluster / "data" / "postmaster.pid").exists():
        subprocess.run(
            _as_owner([str(bin_dir / "pg_ctl"), "-D", str(cluster / "data"), "-m", "fast", "-w", "-t", "60", "stop"]),
            capture_output=True,
        )
    if keep:
        return
    for folder in {cluster, directory}:
        for _ in range(20):
            try:
                if folder.exists():
                    shutil.rmtree(folder)
                break
            except OSError:  # a file the stopping server still writes
                time.sleep(0.2)


def sweep(pattern: str) -> None:
    """Stop and delete the clusters in folders matching ``pattern`` whose ``.pid`` process is gone.

    Test sessions make one cluster each (``build/postgis-tests-<pid>``); a session that was killed leaves its
    cluster behind, which the next session removes.
    """
    for folder in glob.glob(pattern):
        try:
            pid = int(folder.rsplit("-", 1)[1])
            os.kill(pid, 0)
        except (ValueError, IndexError):
            continue
        except ProcessLookupError:
            stop(Path(folder))
        except PermissionError:  # alive, someone else's
            continue


def main(argv: Optional[List[str]] = None) -> int:
    """Command line: up, down, status, uri."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("up", "down", "status", "uri"))
    parser.add_argument("--dir", default=str(DEFAULT_DIR), help="cluster folder (default build/postgis)")
    args = parser.parse_args(argv)
    directory = Path(args.dir)
    try:
        if args.action == "up":
            server = start(directory)
            print(server.uri)
        elif args.action == "down":
            stop(directory)
            print(f"PostGIS test server in {directory} stopped and removed.")
        else:
            server = status(directory)
            if server is None:
                print(f"No PostGIS test server running in {directory} (make postgis-up).", file=sys.stderr)
                return 1
            print(server.uri if args.action == "uri" else f"running on {server.host}:{server.port}: {server.uri}")
    except (Unavailable, RuntimeError) as error:
        print(f"postgis_server: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
