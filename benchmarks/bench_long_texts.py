"""Time and peak memory of extraction against text length: one document of 25k, 50k, 100k and 200k
characters (French articles of the bundled corpus, repeated), and one sentence of 40k characters
without a full stop. Each size runs in a fresh process so that peak RSS is its own. Prints figures;
the target is 200k within 5x the time of 50k (linear), and nothing over 2 GB."""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHILD = """
import json, resource, sys, time
from strikewatch import extract
from strikewatch.extraction.nlp import load_pipeline
load_pipeline("fr")
text = sys.stdin.read()
started = time.perf_counter()
events = extract(text, published="2023-03-30", language="fr")
print(json.dumps({"seconds": time.perf_counter() - started, "events": len(events),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def french_text(size: int) -> str:
    articles = [json.loads(line) for line in (ROOT / "examples/corpus/news-articles.jsonl").read_text("utf-8").splitlines()]
    french = "\n\n".join(a["text"] for a in articles if a.get("language", "fr") == "fr") or articles[0]["text"]
    return (french + "\n\n") * (size // len(french) + 1)


def measure(text: str) -> dict[str, float]:
    env_path = str(ROOT / "src")
    result = subprocess.run([sys.executable, "-c", CHILD], input=text, capture_output=True, text=True,
                            env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin"}, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="25000,50000,100000,200000")
    args = parser.parse_args()
    figures = {}
    for size in (int(s) for s in args.sizes.split(",")):
        figures[size] = measure(french_text(size)[:size])
        print(f"{size:>8,} characters  {figures[size]['seconds']:7.2f} s  {figures[size]['peak_mb']:7.0f} MB peak  "
              f"{figures[size]['events']} events", flush=True)
    sentence = " ".join(["les dockers du Havre ont cessé le travail et manifesté à Marseille"] * 600)[:40_000]
    one = measure(sentence)
    print(f"one sentence of 40,000 characters  {one['seconds']:7.2f} s  {one['peak_mb']:7.0f} MB peak")
    if 50000 in figures and 200000 in figures:
        print(f"200k / 50k time ratio: {figures[200000]['seconds'] / figures[50000]['seconds']:.1f} (target ≤ 5)")


if __name__ == "__main__":
    main()
