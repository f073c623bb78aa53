"""Load on the web server: an archive of 500 documents (about 5,000 events, written directly: no
parsing), `strikewatch serve` on loopback, and 20 concurrent clients with keep-alive connections.
For each endpoint: requests per second, median and 95th-percentile latency, errors. Bounded: at most
--requests per endpoint and --seconds each. Then SIGTERM, and how long the server took to stop.
Targets (issue #15): /api/events and /events at >= 50 requests/s with p95 < 1 s."""
from __future__ import annotations

import argparse
import http.client
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TYPES = ("strike", "protest", "riot", "repression", "arrest")
PLACES = [("Le Havre", "FR", "FR-NOR", 49.49, 0.11), ("Marseille", "FR", "FR-PAC", 43.3, 5.37),
          ("Almaty", "KZ", "KZ-75", 43.25, 76.9), ("Leeds", "GB", "GB-ENG", 53.8, -1.55)]


def build_archive(path: Path, documents: int, per_document: int) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from strikewatch.archive import Archive
    from strikewatch.model import Document, Event

    rng = random.Random(15)
    with Archive(path) as archive:
        for i in range(documents):
            text = " ".join(f"Les dockers du port n° {i} ont fait grève le {d % 28 + 1} mars, phrase {d}."
                            for d in range(per_document))
            doc = Document(id=f"doc-{i:04d}", text=text, raw_text=text, language="fr", published="2023-03-30",
                           title=f"Grève n° {i}", offset_map=[[0, 0]])
            events = []
            for d in range(per_document):
                place = rng.choice(PLACES)
                event = Event(doc_id=doc.id, type=rng.choice(TYPES), date_start=f"2023-03-{d % 28 + 1:02d}",
                              date_end=f"2023-03-{d % 28 + 1:02d}", time_precision="day", location=place[0],
                              country=place[1], admin1=place[2], latitude=place[3], longitude=place[4],
                              participants=rng.choice([None, 100, 800, 5000]), evidence=text[:120],
                              evidence_start=0, evidence_end=120, confidence=0.7)
                event.evidence_start = d * 10
                event.assign_id()
                events.append(event)
            archive.add_document(doc, events)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_up(port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not start")


def hammer(port: int, path: str, clients: int, requests: int, seconds: float) -> dict[str, float]:
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    remaining = [requests]
    deadline = time.monotonic() + seconds

    def client() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while time.monotonic() < deadline:
            with lock:
                if remaining[0] <= 0:
                    break
                remaining[0] -= 1
            started = time.perf_counter()
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
                ok = response.status == 200
            except (OSError, http.client.HTTPException):
                ok = False
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            with lock:
                latencies.append(time.perf_counter() - started)
                errors[0] += not ok
        connection.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    ordered = sorted(latencies) or [0.0]
    return {"requests": len(latencies), "per_second": len(latencies) / elapsed, "p50": statistics.median(ordered),
            "p95": ordered[int(0.95 * (len(ordered) - 1))], "errors": errors[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=500)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=1000, help="most requests per endpoint")
    parser.add_argument("--seconds", type=float, default=30, help="longest run per endpoint")
    parser.add_argument("--src", default=str(ROOT / "src"), help="the strikewatch sources to serve")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "stress.db"
        build_archive(db, args.documents, 10)
        port = free_port()
        env = {**os.environ, "PYTHONPATH": args.src}
        server = subprocess.Popen([sys.executable, "-m", "strikewatch", "serve", "--db", str(db), "--port", str(port),
                                   "--read-only"], env=env, stderr=subprocess.DEVNULL)
        try:
            wait_until_up(port)
            print(f"{args.documents} documents, {args.clients} clients, at most {args.requests} requests "
                  f"or {args.seconds:g} s per endpoint")
            for path in ("/api/events", "/api/events?per_document=true", "/events",
                         "/events?sort=participants&desc=true&page=7", "/chronology", "/api/chronology",
                         "/?q=dockers", "/api/search?q=greve", "/api/documents"):
                r = hammer(port, path, args.clients, args.requests, args.seconds)
                print(f"  {path:<45} {r['per_second']:7.1f} req/s  p50 {r['p50']:6.3f} s  p95 {r['p95']:6.3f} s  "
                      f"{r['requests']} requests, {r['errors']} errors", flush=True)
            started = time.perf_counter()
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=60)
                print(f"SIGTERM: stopped in {time.perf_counter() - started:.2f} s")
            except subprocess.TimeoutExpired:
                print("SIGTERM: still running after 60 s")
        finally:
            if server.poll() is None:
                server.kill()
                server.wait()


if __name__ == "__main__":
    main()
