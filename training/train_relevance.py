"""Train the document relevance model of each language (see src/strikewatch/relevance.py).

    python training/train_relevance.py [--shared ../shared]

Learns only from data we may tune on: the `tune` split of gold/events*.jsonl and gold/negatives.jsonl
and the dev set of ../shared (texts are read from ../shared; the gold holds ids and offsets). A
document with at least one gold event is positive, a negative document negative. The decision
threshold is chosen by 5-fold cross-validation (seeded) as the highest that keeps TARGET_RECALL of
the positive documents, and the figures are printed. Deterministic: same data, same weights.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

ROOT = Path(__file__).resolve().parents[1]
LANG = ROOT / "src" / "strikewatch" / "lang"
GOLD_FILES = ("events.jsonl", "events-es.jsonl", "negatives.jsonl")
CORPUS_FILES = {"events-fr": "events-fr/docs.jsonl", "events-en": "events-en/docs.jsonl",
                "events-es": "events-es/docs.jsonl", "negatives-fr": "negatives-fr/docs.jsonl",
                "negatives-en": "negatives-en/docs.jsonl", "negatives-es": "events-es/negatives.jsonl"}
TARGET_RECALL = 1.0  # losing a real report costs more than parsing a stray one, which the rules still judge
MIN_AUC = 0.85  # a model that cannot tell the classes apart in cross-validation is not shipped
MIN_WORDS = 30
C = 10.0
FOLDS = 5
SEED = 13


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def labelled_documents(shared: Path) -> dict[str, list[tuple[str, int]]]:
    """Per language, (title + text, label) for every document we may tune on."""
    texts: dict[str, dict] = {}
    wanted: list[tuple[str, str, int]] = []  # (corpus, id, label)
    for name in GOLD_FILES:
        path = ROOT / "gold" / name
        if path.exists():
            wanted += [(r["corpus"], r["id"], int(bool(r["events"]))) for r in read_jsonl(path) if r["split"] == "tune"]
    for corpus in {c for c, _, _ in wanted}:
        texts.update({d["id"]: d for d in read_jsonl(shared / "corpora" / CORPUS_FILES[corpus])})
    devset = read_jsonl(shared / "devset" / "docs.jsonl")
    texts.update({d["id"]: d for d in devset})
    wanted += [("devset", d["id"], 1) for d in devset]
    by_language: dict[str, list[tuple[str, int]]] = {}
    for _, doc_id, label in sorted(wanted, key=lambda w: w[1]):
        doc = texts[doc_id]
        by_language.setdefault(doc["language"], []).append((f"{doc.get('title') or ''}\n{doc['text']}", label))
    return by_language


def fit(texts: list[str], labels: list[int]) -> tuple[TfidfVectorizer, LogisticRegression]:
    vectorizer = TfidfVectorizer(min_df=2, sublinear_tf=True, token_pattern=r"(?u)\b\w+\b")
    model = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    model.fit(vectorizer.fit_transform(texts), labels)
    return vectorizer, model


def cross_validated_scores(data: list[tuple[str, int]]) -> list[float]:
    order = list(range(len(data)))
    random.Random(SEED).shuffle(order)
    scores = [0.0] * len(data)
    for k in range(FOLDS):
        test = set(order[k::FOLDS])
        train = [i for i in order if i not in test]
        vectorizer, model = fit([data[i][0] for i in train], [data[i][1] for i in train])
        for i in test:
            scores[i] = float(model.predict_proba(vectorizer.transform([data[i][0]]))[0, 1])
    return scores


def choose_threshold(scores: list[float], labels: list[int]) -> float:
    positives = sorted(s for s, y in zip(scores, labels) if y)
    kept = positives[int(len(positives) * (1 - TARGET_RECALL))]  # the score TARGET_RECALL of them reach
    return round(min(0.5, kept - 0.005), 3)


def train_language(language: str, data: list[tuple[str, int]]) -> dict:
    labels = [y for _, y in data]
    scores = cross_validated_scores(data)
    threshold = choose_threshold(scores, labels)
    kept_pos = sum(s >= threshold for s, y in zip(scores, labels) if y) / max(1, sum(labels))
    kept_neg = sum(s >= threshold for s, y in zip(scores, labels) if not y) / max(1, labels.count(0))
    cv = {"auc": round(roc_auc_score(labels, scores), 4), "positives_kept": round(kept_pos, 4),
          "negatives_kept": round(kept_neg, 4), "threshold": threshold}
    print(f"{language}: {sum(labels)} positive, {labels.count(0)} negative documents; cross-validated "
          f"AUC {cv['auc']}, threshold {threshold}: keeps {kept_pos:.1%} of positives, {kept_neg:.1%} of negatives")
    vectorizer, model = fit([t for t, _ in data], labels)
    words = vectorizer.get_feature_names_out()
    return {
        "about": "Document relevance model (logistic regression over TF-IDF words); made by `make train`.",
        "trained_on": {"positive": sum(labels), "negative": labels.count(0), "scikit_learn": sklearn.__version__},
        "cross_validation": cv,
        "threshold": threshold,
        "min_words": MIN_WORDS,
        "bias": round(float(model.intercept_[0]), 6),
        "idf": {w: round(float(v), 5) for w, v in zip(words, vectorizer.idf_)},
        "coef": {w: round(float(v), 5) for w, v in zip(words, model.coef_[0]) if abs(v) >= 1e-4},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    if not (args.shared / "devset" / "docs.jsonl").exists():
        sys.exit(f"{args.shared}: no dev set and corpora there (training reads the texts from ../shared)")
    for language, data in sorted(labelled_documents(args.shared).items()):
        if not (LANG / language).is_dir():
            print(f"{language}: no lang/{language}/ folder; skipped")
            continue
        if min(sum(y for _, y in data), sum(1 - y for _, y in data)) < FOLDS:
            print(f"{language}: too few documents of one class to train; skipped")
            continue
        out = LANG / language / "relevance.json"
        model = train_language(language, data)
        if model["cross_validation"]["auc"] < MIN_AUC:
            out.unlink(missing_ok=True)
            print(f"  not shipped: cross-validated AUC under {MIN_AUC} (too few documents); every {language} "
                  "document is parsed")
            continue
        out.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
        print(f"  written {out.relative_to(ROOT)} ({out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
