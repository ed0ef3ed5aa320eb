"""A real Neo4j 5.26 Community server without Docker: jars from Maven Central, started with a
single-file Java launcher. Used by the test suite and by `scripts/neo4j-local`.

    python scripts/neo4j_local.py fetch          # download the jars (cached in ~/.cache/provgraph)
    python scripts/neo4j_local.py start [--port 7687] [--data DIR]
    python scripts/neo4j_local.py stop
    python scripts/neo4j_local.py admin --data DIR -- database import full …   # neo4j-admin
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent / "neo4j"
VERSION = "5.26.31"
CACHE = Path(os.environ.get("PROVGRAPH_NEO4J_HOME", Path.home() / ".cache" / "provgraph" / f"neo4j-{VERSION}"))
LIB = CACHE / "lib"
PIDFILE = CACHE / "server.pid"


def java_available() -> bool:
    return shutil.which("java") is not None


def fetch() -> Path:
    """Download Neo4j and its dependencies once (about 125 MB)."""
    if LIB.exists() and any(LIB.glob("neo4j-bolt-*.jar")):
        return LIB
    if shutil.which("mvn") is None:
        raise RuntimeError("Maven (mvn) is needed to fetch Neo4j from Maven Central")
    LIB.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["mvn", "-q", "-B", "-f", str(HERE / "pom.xml"), "dependency:copy-dependencies", f"-DoutputDirectory={LIB}"],
        check=True,
    )
    return LIB


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(
    data_dir: Path, port: int, timeout: float = 180.0, heap: str = "1g", pagecache: str = "256m", auth: bool = False
) -> subprocess.Popen:
    """Start a server and wait for its READY line; returns the process. The defaults suit tests
    and a laptop; size ``pagecache`` to the store. With ``auth`` the server asks for a password
    (user neo4j, initial password neo4j, to be changed: see ``set_password``)."""
    lib = fetch()
    data_dir.mkdir(parents=True, exist_ok=True)
    log = open(data_dir / "launcher.log", "w")  # noqa: SIM115 - the server outlives this function
    proc = subprocess.Popen(
        ["java", f"-Xmx{heap}", "-cp", f"{lib}/*", str(HERE / "Launcher.java"), str(data_dir / "db"), str(port), pagecache]
        + (["auth"] if auth else []),
        stdout=subprocess.PIPE,
        stderr=log,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + timeout
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line.startswith("READY"):
            return proc
        if not line and proc.poll() is not None:
            break
    proc.kill()
    raise RuntimeError(f"Neo4j did not start; see {data_dir / 'launcher.log'}")


def set_password(uri: str, password: str) -> None:
    """Replace a fresh server's initial password (neo4j/neo4j), as `neo4j-admin` would."""
    import neo4j

    with neo4j.GraphDatabase.driver(uri, auth=("neo4j", "neo4j")) as driver:
        driver.execute_query("ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO $new", new=password, database_="system")


def admin(data_dir: Path, args: list[str], heap: str = "1g") -> subprocess.CompletedProcess:
    """Run `neo4j-admin` (its Java entry point, from the same jars) on the server whose data
    lives in ``data_dir`` (as ``start`` lays it out); the server must be stopped."""
    lib = fetch()
    home = data_dir / "db"
    (home / "conf").mkdir(parents=True, exist_ok=True)
    (home / "conf" / "neo4j.conf").touch()
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    return subprocess.run(
        ["java", f"-Xmx{heap}", "-cp", f"{lib}/*", "org.neo4j.cli.AdminTool", *args],
        env=env, cwd=home, capture_output=True, text=True, check=False,  # its import.report lands there
    )  # fmt: skip


def stop(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        proc.kill()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=["fetch", "start", "stop", "admin"])
    ap.add_argument("--port", type=int, default=7687)
    ap.add_argument("--data", type=Path, default=CACHE / "data", help="server data folder (default: beside the jars, never the current folder)")
    ap.add_argument("--heap", default="1g", help="JVM heap, e.g. 2g")
    ap.add_argument("--pagecache", default="256m", help="Neo4j page cache, e.g. 1g")
    ap.add_argument("admin_args", nargs="*", help="admin: the neo4j-admin arguments (after --)")
    a = ap.parse_args()
    if a.command == "admin":
        done = admin(a.data.resolve(), a.admin_args, heap=a.heap)
        sys.stdout.write(done.stdout)
        sys.stderr.write(done.stderr)
        return done.returncode
    if a.command == "fetch":
        print(fetch())
        return 0
    if a.command == "stop":
        if not PIDFILE.exists():
            print("no server started by neo4j-local is running")
            return 1
        pid = int(PIDFILE.read_text())
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, signal.SIGTERM)
        PIDFILE.unlink()
        print("stopped")
        return 0
    proc = start(a.data.resolve(), a.port, heap=a.heap, pagecache=a.pagecache)
    PIDFILE.write_text(str(proc.pid))
    print(f"bolt://127.0.0.1:{a.port}  (data in {a.data}; stop with: scripts/neo4j-local stop)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
