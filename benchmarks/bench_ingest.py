"""Archive-only ingest throughput (--no-extract): a folder of N documents (default 1,000) built from
the bundled corpus, ingested into a fresh archive through the real command. Prints documents/s and
peak RSS. (`strikewatch bench` measures the whole pipeline with extraction.)"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build_corpus(folder: Path, n: int) -> int:
    """N distinct .txt documents (each a bundled article with a numbered line, so hashes differ)."""
    texts = [json.loads(line)["text"] for line in
             (ROOT / "examples/corpus/news-articles.jsonl").read_text(encoding="utf-8").splitlines()]
    words = 0
    for i in range(n):
        text = f"{texts[i % len(texts)]}\n\nDépêche n° {i}.\n"
        (folder / f"doc{i:05d}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        words = build_corpus(folder, args.n)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "strikewatch", "ingest", str(folder), "--quiet", "--no-extract",
                        "--db", str(Path(tmp) / "bench.db")], check=True)
        elapsed = time.perf_counter() - start
    rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"ingest --no-extract: {args.n} documents, {words} words in {elapsed:.1f} s: "
          f"{args.n / elapsed:.0f} documents/s, {words / elapsed:.0f} words/s, peak RSS {rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
