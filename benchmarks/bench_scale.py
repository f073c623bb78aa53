"""Scale-out of the Dask job (`make bench-scale`): the same corpus through a LocalCluster of 1, then
2 worker processes; documents/s of each, the speed-up, and the peak memory of each worker.

The corpus (default 2,000 documents) is built from the bundled examples in the languages with
extraction data, three articles of one language end to end plus a numbered line, and only documents
the relevance screen keeps: every document is parsed, as in a corpus of on-topic news. Workers load
their models before the clock starts (loading is paid once per worker, not per document; its time
is printed apart). Binds the loopback interface only."""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def build_corpus(path: Path, n: int) -> tuple[int, int]:
    """N on-topic JSONL documents; returns (documents, words)."""
    from strikewatch import relevance
    from strikewatch.ingest import read_documents
    from strikewatch.lang import available_languages
    from strikewatch.model import Document

    examples = sorted(str(p) for p in (ROOT / "examples" / "corpus").iterdir())
    by_language: dict[str, list[Document]] = {}
    for _, item, _ in read_documents(examples):
        if isinstance(item, Document) and item.language in available_languages():
            by_language.setdefault(item.language, []).append(item)
    languages = sorted(by_language)
    words = written = i = 0
    with open(path, "w", encoding="utf-8") as out:
        while written < n:
            language = languages[i % len(languages)]
            pool = by_language[language]
            picked = [pool[(i // len(languages) + k) % len(pool)] for k in range(3)]
            text = "\n\n".join(d.text for d in picked) + f"\n\nDépêche n° {i}."
            i += 1
            if not relevance.is_relevant(language, picked[0].title, text):
                continue
            out.write(json.dumps({"id": f"bench-{written}", "language": language, "title": picked[0].title,
                                  "published": picked[0].published or "2023-01-01", "text": text},
                                 ensure_ascii=False) + "\n")
            written += 1
            words += len(text.split())
    return written, words


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(corpus: Path, workers: int, partition_size: int, tmp: Path) -> dict[str, float]:
    from distributed import Client, LocalCluster

    from strikewatch import scale

    started = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address="127.0.0.1:0") as cluster, Client(cluster) as client:
        client.run(scale.warm_up)
        ready = time.perf_counter() - started
        cpu_before = client.run(time.process_time)
        here = time.process_time()  # this process: client and scheduler
        started = time.perf_counter()
        summary = scale.run([str(corpus)], tmp / f"out-{workers}", client, partition_size=partition_size)
        seconds = time.perf_counter() - started
        cpu = sum(client.run(time.process_time).values()) - sum(cpu_before.values())
        here = time.process_time() - here
        peaks = client.run(_peak_rss_mb)
    if summary.failures:
        raise SystemExit(f"partitions failed: {summary.failures}")
    return {"workers": workers, "seconds": round(seconds, 1), "startup_seconds": round(ready, 1),
            "documents": summary.progress.documents, "events": summary.progress.events,
            "documents_per_second": round(summary.progress.documents / seconds, 2),
            "documents_per_cpu_second": round(summary.progress.documents / cpu, 2),
            "cores_used": round(cpu / seconds, 2), "worker_cpu_seconds": round(cpu, 1),
            "client_and_scheduler_cpu_seconds": round(here, 1),
            "peak_rss_mb_per_worker": sorted(round(v) for v in peaks.values())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=2000, help="documents in the corpus (default 2,000)")
    parser.add_argument("--partition-size", type=int, default=50)
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "scale.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        corpus = tmp / "corpus.jsonl"
        n, words = build_corpus(corpus, args.n)
        print(f"corpus: {n} on-topic documents, {words / n:.0f} words each; partitions of {args.partition_size}; "
              f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} before the run", flush=True)
        results = []
        for workers in (1, 2):
            result = measure(corpus, workers, args.partition_size, tmp)
            results.append(result)
            print(f"{workers} worker{'s' if workers > 1 else ' '}: {result['documents_per_second']:6.2f} documents/s "
                  f"({result['documents']} documents, {result['events']} events in {result['seconds']} s; "
                  f"cluster up and models loaded in {result['startup_seconds']} s); "
                  f"{result['documents_per_cpu_second']} documents per CPU-second of the workers, who had "
                  f"{result['cores_used']} cores' worth of CPU; peak RSS per worker "
                  f"{', '.join(f'{v} MB' for v in result['peak_rss_mb_per_worker'])}", flush=True)
    speedup = results[1]["documents_per_second"] / results[0]["documents_per_second"]
    # On 2 free cores: 1 worker runs at 1 / (its CPU time) with the client beside it; 2 workers and the
    # client share both cores, at 2 / (all their CPU time).
    one, two = results
    bound = 2 * one["worker_cpu_seconds"] / (two["worker_cpu_seconds"] + two["client_and_scheduler_cpu_seconds"])
    print(f"speed-up with 2 workers: {speedup:.2f}x (target: 1.7x on 2 cores); load average after: "
          f"{os.getloadavg()[0]:.2f}")
    print(f"from CPU time (workers, client and scheduler): {bound:.2f}x when the 2 cores are free for the job "
          f"(other processes on this machine take the rest: compare the cores used above)")
    if results[0]["events"] != results[1]["events"]:
        raise SystemExit("1 and 2 workers found different numbers of events")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps({"runs": results, "speedup": round(speedup, 2), "speedup_with_free_cores":
                                       round(bound, 2), "words": words}, indent=2) + "\n")


if __name__ == "__main__":
    main()
