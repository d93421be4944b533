"""How many requests a second gunicorn serves, against nginx serving the same output/ as static files.

    .venv/bin/python bench/load.py [--articles 1000] [--duration 10] [--connections 16]

Needs gunicorn (`pip install -e '.[serve]'`), nginx and wrk (Debian packages
`nginx` and `wrk`; as root, missing ones are installed with apt-get).

1. Builds a calendar in a temporary folder: 1,000 synthetic media advisories
   (bench/refresh_speed.py's `write_sources`, about five events each: 5,000
   events), one full `refresh.refresh` into a SQLite store and output/.
2. Starts gunicorn on a free 127.0.0.1 port serving `web:create_app()`, with
   $PRESSCAL_CONFIG naming a TOML file written for that folder:
   `--workers 2 --worker-class gthread --threads 4`. Two workers for two cores.
   gthread rather than sync because gunicorn's sync worker closes the connection
   after every response (no keep-alive), so a sync run would mostly measure TCP
   set-up, while calendar apps and wrk reuse connections; the threads overlap
   the sending of a multi-megabyte calendar with the next request (the app itself
   holds the GIL for little: it answers from bytes cached in memory).
3. Starts nginx on another free port with its own configuration in the temporary
   folder (daemon off, pid there, access_log off, root at output/): the ceiling.
4. Runs `wrk -t2 -c16 -d10s` (after a 2 s warm-up that fills each worker's cache) on:
   gunicorn /calendar.ics; gunicorn /calendar.ics with If-None-Match (304);
   gunicorn /feed.atom?category=press+conference (a filtered feed, rendered once,
   then from the LRU); nginx /calendar.ics; nginx /calendar.ics with If-None-Match.
   Each case is first checked with one request (status, size). Only 127.0.0.1.
Prints a table and the ratios gunicorn/nginx for the full and the conditional
GET, and writes everything to bench/results/load.json. Servers are stopped by
their PIDs at the end, on errors too.

wrk, nginx and gunicorn share the same cores, so the figures are a comparison
on one machine, not a capacity figure for a server.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from refresh_speed import write_sources  # noqa: E402
from results import write_results  # noqa: E402 (bench/ is the script's folder)

from config import Config, Source  # noqa: E402
from refresh import refresh  # noqa: E402

HOST = "127.0.0.1"
GUNICORN_ARGS = ["--workers", "2", "--worker-class", "gthread", "--threads", "4"]
FILTERED = "/feed.atom?category=press+conference"  # already the canonical spelling: no 301

NGINX_CONF = """\
# presscal load benchmark: nginx serves output/ as static files (the ceiling).
daemon off;
master_process on;
worker_processes 2;
pid {folder}/nginx.pid;
error_log {folder}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path {folder}/nginx-tmp/body;
    proxy_temp_path {folder}/nginx-tmp/proxy;
    fastcgi_temp_path {folder}/nginx-tmp/fastcgi;
    uwsgi_temp_path {folder}/nginx-tmp/uwsgi;
    scgi_temp_path {folder}/nginx-tmp/scgi;
    types {{
        text/calendar ics;
        application/atom+xml atom;
        application/json json;
        text/html html;
    }}
    charset utf-8;
    charset_types text/calendar application/atom+xml application/json;
    server {{
        listen {host}:{port};
        root {folder}/output;
        index index.html;
    }}
}}
"""


def free_port() -> int:
    """A port nobody listens on now (the kernel picks it; the server binds it a moment later)."""
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def ensure_tools() -> None:
    """Install nginx and wrk from Debian when they are missing (as root); gunicorn must be in the venv."""
    missing = [tool for tool in ("nginx", "wrk") if shutil.which(tool) is None and not Path("/usr/sbin", tool).exists()]
    if missing:
        if os.geteuid() != 0:
            sys.exit(f"missing {', '.join(missing)}: apt-get install -y {' '.join(missing)}")
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True)
    if not gunicorn_path().exists():
        sys.exit("gunicorn is not installed: .venv/bin/pip install -e '.[serve]'")


def gunicorn_path() -> Path:
    return Path(sys.executable).parent / "gunicorn"


def nginx_path() -> str:
    return shutil.which("nginx") or "/usr/sbin/nginx"


def build(folder: Path, articles: int) -> dict[str, object]:
    """Sources, store and output/ of `articles` advisories, and the TOML configuration that names them."""
    write_sources(folder / "sources", articles)
    config = Config(database=f"sqlite:///{folder / 'presscal.db'}", output=folder / "output",
                    sources=(Source("advisories", path=str(folder / "sources" / "*.txt")),))
    start = time.perf_counter()
    report = refresh(config, dt.datetime(2026, 11, 27, 12, tzinfo=dt.UTC))
    seconds = time.perf_counter() - start
    (folder / "presscal.toml").write_text(
        "[calendar]\n"
        'name = "presscal load benchmark"\n'
        'base_url = "http://events.example.org"\n'
        'database = "sqlite:///presscal.db"\n'
        'output = "output"\n\n'
        "[[sources]]\n"
        'name = "advisories"\n'
        'path = "sources/*.txt"\n', encoding="utf-8")
    return {"articles": articles, "events": report.total, "refresh_s": round(seconds, 2),
            "calendar_bytes": (folder / "output" / "calendar.ics").stat().st_size}


def get(port: int, path: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def wait_until_answering(process: subprocess.Popen[bytes], port: int, name: str, log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited with {process.returncode}:\n{log.read_text(errors='replace')[-2000:]}")
        try:
            if get(port, "/calendar.ics")[0] == 200:
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{name} did not answer on {HOST}:{port} within 30 s")


def start_gunicorn(folder: Path, port: int) -> subprocess.Popen[bytes]:
    log = folder / "gunicorn.log"
    env = {**os.environ, "PRESSCAL_CONFIG": str(folder / "presscal.toml")}
    command = [str(gunicorn_path()), "--bind", f"{HOST}:{port}", *GUNICORN_ARGS, "--chdir", str(ROOT),
               "--error-logfile", str(log), "web:create_app()"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    wait_until_answering(process, port, "gunicorn", log)
    return process


def start_nginx(folder: Path, port: int) -> subprocess.Popen[bytes]:
    for sub in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (folder / "nginx-tmp" / sub).mkdir(parents=True, exist_ok=True)
    conf = folder / "nginx.conf"
    conf.write_text(NGINX_CONF.format(folder=folder, host=HOST, port=port), encoding="utf-8")
    # Run as root, nginx's workers drop to `nobody`: they must be able to read the temporary folder.
    for path in [folder, *folder.rglob("*")]:
        path.chmod(path.stat().st_mode | 0o755 if path.is_dir() else path.stat().st_mode | 0o644)
    log = folder / "nginx-error.log"
    check = subprocess.run([nginx_path(), "-t", "-q", "-p", str(folder), "-e", str(log), "-c", str(conf)],
                           capture_output=True, text=True)
    if check.returncode:
        raise RuntimeError(f"nginx -t failed: {check.stderr}")
    process = subprocess.Popen([nginx_path(), "-p", str(folder), "-e", str(log), "-c", str(conf)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    wait_until_answering(process, port, "nginx", log)
    return process


def stop(process: subprocess.Popen[bytes] | None, graceful: int = signal.SIGTERM) -> None:
    """Stop one server we started, by its PID; its master stops its own workers."""
    if process is None or process.poll() is not None:
        return
    os.kill(process.pid, graceful)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()


_RPS = re.compile(r"^Requests/sec:\s+([\d.]+)", re.M)
_TRANSFER = re.compile(r"^Transfer/sec:\s+([\d.]+)([KMGT]?B)", re.M)
_LATENCY = re.compile(r"^\s+Latency\s+([\d.]+)(us|ms|s)\s", re.M)
_REQUESTS = re.compile(r"^\s+(\d+) requests in", re.M)
_NON_2XX = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")
_SOCKET = re.compile(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")
_UNITS = {"B": 1, "KB": 2**10, "MB": 2**20, "GB": 2**30, "TB": 2**40, "us": 1e-3, "ms": 1.0, "s": 1e3}


def parse_wrk(output: str) -> dict[str, float]:
    """Requests/sec, MB/sec, mean latency (ms), request count and error counts from wrk's summary."""
    rps = _RPS.search(output)
    if rps is None:
        raise RuntimeError(f"no Requests/sec in wrk's output:\n{output}")
    transfer, latency, count = _TRANSFER.search(output), _LATENCY.search(output), _REQUESTS.search(output)
    non_2xx, sockets = _NON_2XX.search(output), _SOCKET.search(output)
    return {
        "requests_per_s": float(rps.group(1)),
        "mb_per_s": round(float(transfer.group(1)) * _UNITS[transfer.group(2)] / 2**20, 1) if transfer else 0.0,
        "latency_ms": round(float(latency.group(1)) * _UNITS[latency.group(2)], 2) if latency else 0.0,
        "requests": int(count.group(1)) if count else 0,
        "non_2xx_3xx": int(non_2xx.group(1)) if non_2xx else 0,
        "socket_errors": sum(int(n) for n in sockets.groups()) if sockets else 0,
    }


def run_wrk(port: int, path: str, headers: dict[str, str], args: argparse.Namespace) -> dict[str, float]:
    url = f"http://{HOST}:{port}{path}"
    header_args = [arg for name, value in headers.items() for arg in ("-H", f"{name}: {value}")]
    common = ["wrk", f"-t{args.threads}", f"-c{args.connections}", "--timeout", "10s", *header_args]
    subprocess.run([*common, "-d2s", url], check=True, capture_output=True)  # warm-up: every worker's cache
    done = subprocess.run([*common, f"-d{args.duration}s", url], check=True, capture_output=True, text=True)
    return parse_wrk(done.stdout)


def cases(gunicorn: int, nginx: int) -> list[tuple[str, int, str, dict[str, str], int]]:
    """(name, port, path, headers, expected status); each conditional GET sends its own server's ETag."""
    gunicorn_etag = get(gunicorn, "/calendar.ics")[1]["etag"]
    nginx_etag = get(nginx, "/calendar.ics")[1]["etag"]
    return [
        ("gunicorn full /calendar.ics", gunicorn, "/calendar.ics", {}, 200),
        ("gunicorn 304 /calendar.ics", gunicorn, "/calendar.ics", {"If-None-Match": gunicorn_etag}, 304),
        (f"gunicorn filtered {FILTERED}", gunicorn, FILTERED, {}, 200),
        ("nginx full /calendar.ics", nginx, "/calendar.ics", {}, 200),
        ("nginx 304 /calendar.ics", nginx, "/calendar.ics", {"If-None-Match": nginx_etag}, 304),
    ]


def measure(folder: Path, args: argparse.Namespace) -> dict[str, object]:
    built = build(folder, args.articles)
    print(f"built {built['events']} events from {built['articles']} articles in {built['refresh_s']} s; "
          f"calendar.ics is {(folder / 'output' / 'calendar.ics').stat().st_size / 2**20:.1f} MB", flush=True)
    gunicorn = nginx = None
    try:
        gunicorn_port, nginx_port = free_port(), free_port()
        gunicorn = start_gunicorn(folder, gunicorn_port)
        nginx = start_nginx(folder, nginx_port)
        rows = []
        for name, port, path, headers, expected in cases(gunicorn_port, nginx_port):
            status, _, body = get(port, path, headers)
            if status != expected:
                raise RuntimeError(f"{name}: expected {expected}, got {status}: {body[:200]!r}")
            figures = run_wrk(port, path, headers, args)
            rows.append({"case": name, "status": status, "body_bytes": len(body), **figures})
            print(f"  {name}: {figures['requests_per_s']:,.0f} req/s", flush=True)
    finally:
        stop(gunicorn)
        stop(nginx, signal.SIGQUIT)  # graceful: workers finish what they send, then exit
    return {**built, "gunicorn": " ".join(GUNICORN_ARGS), "nginx": "worker_processes 2, sendfile, access_log off",
            "wrk": f"-t{args.threads} -c{args.connections} -d{args.duration}s", "cpus": os.cpu_count(),
            "cases": rows}


def ratios(rows: list[dict[str, object]]) -> dict[str, float]:
    rps = {str(row["case"]).split(" /")[0]: float(row["requests_per_s"]) for row in rows}  # type: ignore[arg-type]
    return {"full_gunicorn_over_nginx": round(rps["gunicorn full"] / rps["nginx full"], 4),
            "not_modified_gunicorn_over_nginx": round(rps["gunicorn 304"] / rps["nginx 304"], 4)}


def print_table(result: dict[str, object]) -> None:
    rows: list[dict[str, object]] = result["cases"]  # type: ignore[assignment]
    print(f"\n{'case':<58} {'status':>6} {'bytes':>10} {'req/s':>10} {'MB/s':>8} {'latency':>10} {'errors':>6}")
    for row in rows:
        errors = int(row["non_2xx_3xx"]) + int(row["socket_errors"])  # type: ignore[call-overload]
        print(f"{row['case']:<58} {row['status']:>6} {row['body_bytes']:>10,} {row['requests_per_s']:>10,.0f} "
              f"{row['mb_per_s']:>8,.0f} {row['latency_ms']:>8.2f}ms {errors:>6}")
    found: dict[str, float] = result["ratios"]  # type: ignore[assignment]
    print(f"\nfull calendar, gunicorn / nginx: {found['full_gunicorn_over_nginx']:.1%}")
    print(f"304,           gunicorn / nginx: {found['not_modified_gunicorn_over_nginx']:.1%}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--duration", type=int, default=10, help="seconds of each wrk run")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    args = parser.parse_args(argv)
    ensure_tools()
    with tempfile.TemporaryDirectory(prefix="presscal-load-") as folder:
        result = measure(Path(folder), args)
    result["ratios"] = ratios(result["cases"])  # type: ignore[arg-type]
    print_table(result)
    write_results("load", result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
