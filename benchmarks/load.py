"""Load on the HTTP API: N concurrent clients for S seconds against `sitrep serve` on 127.0.0.1.

    python benchmarks/load.py [DB_PATH] [--clients 50] [--seconds 30]

DB_PATH is the database to serve; when it does not exist it is made from the bundled example story.
Each client is a thread with one keep-alive connection, looping over a mix of read requests until
the deadline (the loop is bounded by time: it stops by itself). Any status other than 200, or any
connection failure, is an error. Then oversized bodies (by Content-Length and chunked) must get 413
and a POST without the API token 401; a wrong answer there is an error too.

Last line: `errors=<n> p99_ms=<x> rps=<y>` (plus requests, p50_ms, clients, seconds).
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import secrets
import socket
import subprocess
import sys
import threading
import time
from importlib.resources import as_file, files
from pathlib import Path

HOST = "127.0.0.1"  # loopback only: a load test never leaves the machine
OVERSIZED_BYTES = 9 * 1024 * 1024  # over the API's 8 MB body cap
REFUSAL_CASES = 3
CLI = [sys.executable, "-c", "from sitrep.cli import app; app()"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def ensure_db(db: Path) -> None:
    if db.exists():
        return
    with as_file(files("sitrep") / "data" / "examples" / "daraa-2021-09-08.txt") as example:
        subprocess.run([*CLI, "ingest", str(example), "--db", str(db)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def request(conn: http.client.HTTPConnection, method: str, path: str, body=None, headers=None) -> tuple[int, bytes]:
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    return response.status, response.read()


def start_server(db: Path, port: int, token: str) -> subprocess.Popen:
    env = dict(os.environ, SITREP_API_TOKEN=token)
    server = subprocess.Popen([*CLI, "serve", "--db", str(db), "--host", HOST, "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"error: the server did not start: {server.stderr.read().strip()}")
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=5)
            if request(conn, "GET", "/api/stats")[0] == 200:
                conn.close()
                return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("error: the server did not answer within 60 s")


def read_paths(port: int) -> list[str]:
    """A mix of what the web page asks for, with ids taken from the database being served."""
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    _, body = request(conn, "GET", "/api/events?limit=20")
    events = json.loads(body)["items"]
    conn.close()
    paths = ["/api/stats", "/api/events?limit=50", "/api/events?type=ASSAULT&limit=20",
             "/api/events?country=SY&since=2000-01-01", "/api/timeline", "/api/articles?limit=20", "/"]
    for event in events[:5]:
        paths += [f"/api/events/{event['id']}", f"/api/articles/{event['article_id']}"]
    return paths


def client(port: int, paths: list[str], offset: int, deadline: float, latencies: list[float], errors: list[str]) -> None:
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    n = offset
    while time.monotonic() < deadline:
        path = paths[n % len(paths)]
        n += 1
        started = time.perf_counter()
        try:
            status, _ = request(conn, "GET", path)
        except (OSError, http.client.HTTPException) as exc:
            errors.append(f"{path}: {type(exc).__name__}: {exc}")
            conn.close()
            conn = http.client.HTTPConnection(HOST, port, timeout=30)
            continue
        latencies.append(time.perf_counter() - started)
        if status != 200:
            errors.append(f"{path}: HTTP {status}")
    conn.close()


def refusals(port: int) -> list[str]:
    """Oversized bodies get 413 (declared or chunked), a POST without the token 401. Returns problems."""
    problems = []
    big = b'{"text": "' + b"x" * OVERSIZED_BYTES + b'"}'
    cases = [
        ("declared length", big, {"Content-Type": "application/json"}, 413),
        # an iterable body without a length: http.client sends it chunked, so only counting can refuse it
        ("chunked", iter([big[i:i + 65536] for i in range(0, len(big), 65536)]),
         {"Content-Type": "application/json"}, 413),
        ("no token", json.dumps({"text": "Troops shelled the town."}).encode(),
         {"Content-Type": "application/json"}, 401),
    ]
    for name, body, headers, wanted in cases:
        conn = http.client.HTTPConnection(HOST, port, timeout=60)
        try:
            status, _ = request(conn, "POST", "/api/articles", body=body, headers=headers)
        except (OSError, http.client.HTTPException) as exc:
            # The server may answer 413 and close before the whole body is sent.
            status = _status_after_reset(conn) or f"{type(exc).__name__}"
        finally:
            conn.close()
        if status != wanted:
            problems.append(f"POST /api/articles ({name}): got {status}, wanted {wanted}")
    return problems


def _status_after_reset(conn: http.client.HTTPConnection):
    try:
        return conn.getresponse().status
    except (OSError, http.client.HTTPException):
        return None


def percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, max(0, round(q * (len(sorted_values) - 1))))
    return sorted_values[index]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="?", default="sitrep-load.db", help="database to serve")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args()

    db = Path(args.db)
    ensure_db(db)
    port = free_port()
    server = start_server(db, port, token=secrets.token_urlsafe(16))
    try:
        paths = read_paths(port)
        latencies: list[float] = []
        errors: list[str] = []
        started = time.monotonic()
        deadline = started + args.seconds
        threads = [threading.Thread(target=client, args=(port, paths, k, deadline, latencies, errors))
                   for k in range(args.clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        refused = refusals(port)
        errors += refused
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
    for line in errors[:10]:
        print(f"error: {line}", file=sys.stderr)
    latencies.sort()
    print(f"requests={len(latencies)} p50_ms={percentile(latencies, 0.50) * 1000:.1f} "
          f"clients={args.clients} seconds={args.seconds:g} refusals_ok={REFUSAL_CASES - len(refused)}/{REFUSAL_CASES}")
    print(f"errors={len(errors)} p99_ms={percentile(latencies, 0.99) * 1000:.1f} rps={len(latencies) / elapsed:.1f}")


if __name__ == "__main__":
    main()
