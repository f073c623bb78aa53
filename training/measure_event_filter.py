"""Would an event-level filter beat the rules? Cross-validated measurement of a logistic regression
that scores each event the rules code (issue 11, item 8).

    python training/measure_event_filter.py [--shared ../shared]        (or: make eval-filter)

The rules code too many events that did not happen as told. The candidate fix is a small linear model
over what the pipeline knows of each event and its sentence, dropping events that score under a
threshold. This script measures it on the data we may learn from, and only there: the pipeline (its
merge step tapped, nothing else changed) runs on the `tune` split of gold/events*.jsonl and
gold/negatives.jsonl and on the dev set of ../shared; an event is positive when it matches a gold event
of its document by type (strikewatch.evaluate's one-to-one matching, type-only), negative otherwise, and
left out when it matches only an optional gold event. Regularisation, feature groups and threshold are
chosen by 5-fold cross-validation grouped by document (folds seeded): the highest type-only F1 over all
those documents, missed gold events counted. It prints every trial and the verdict; it writes nothing.
Deterministic: same data, same figures.
"""
from __future__ import annotations

import argparse
import math
import random
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from unittest import mock

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from spacy.tokens import Span

from strikewatch import pipeline, relevance
from strikewatch.clauses import clause_head
from strikewatch.evaluate import load_gold, match, optional
from strikewatch.extraction.lexicon import Lexicon, fold, load_lexicon
from strikewatch.extraction.modality import is_background
from strikewatch.ingest import read_documents
from strikewatch.dates import Publication, publication_period
from strikewatch.merge import Draft
from strikewatch.model import COUNT_FIELDS, Document, Event

ROOT = Path(__file__).resolve().parents[1]
# gold file -> the corpora of ../shared/corpora holding its documents
GOLD = {"events.jsonl": ("events-fr/docs.jsonl", "events-en/docs.jsonl"),
        "events-es.jsonl": ("events-es/docs.jsonl",),
        "negatives.jsonl": ("negatives-fr/docs.jsonl", "negatives-en/docs.jsonl", "events-es/negatives.jsonl")}
C_GRID = (0.1, 0.3, 1.0, 3.0)
# feature groups a trial may leave out (by the prefix of their names); the others are always in
OPTIONAL_GROUPS: dict[str, tuple[str, ...]] = {"words": ("w=",), "triggers": ("trigger=", "root=")}
TRIALS = ((), ("words",), ("triggers",), ("words", "triggers"))
FOLDS = 5
SEED = 13
CLAUSE_FEATURES = ("Tense", "Mood", "VerbForm")  # Universal Features of the trigger's clause: when and how told
QUOTES = frozenset("\"«»“”")
AGE_DAYS = ((0, "0"), (1, "1"), (7, "7"), (31, "31"), (365, "365"))  # upper bounds of the age buckets
Features = dict[str, float]


@dataclass
class Example:
    doc_id: str
    language: str
    type: str
    features: Features
    label: int  # 1: matches a gold event by type
    strict: int  # 1: matches one on every criterion (for the figures only)


def _age(event: Event, published: date | None) -> str:
    """How long before publication the event ended, in buckets ("after": past publication)."""
    if published is None or event.date_end is None:
        return "unknown"
    days = (published - date.fromisoformat(event.date_end)).days
    return "after" if days < 0 else next((name for bound, name in AGE_DAYS if days <= bound), "older")


def _position(index: int, total: int) -> str:
    """Where the sentence stands: the lead tells the news, the end its background."""
    if index == 0:
        return "first"
    share = index / max(1, total)
    return "top" if share < 0.25 else "middle" if share < 0.6 else "end"


def _draft_of(event: Event, drafts: list[Draft]) -> Draft | None:
    """The report the event was made from: the first of its type told in its evidence sentence."""
    return next((d for d in drafts if d.found.type == event.type
                 and d.sentence.start_char <= (event.evidence_start or -1) < d.sentence.end_char), None)


def describe(events: list[Event], drafts: list[Draft], doc: Document) -> list[Features]:
    """The features of each event of a document: what the pipeline knows of it, of its sentence and of
    the document (type, trigger word and role, tense and mood, own date and place, counts, position,
    how often the text tells it, the document's relevance, the sentence's words, language)."""
    language = doc.language
    lexicon = load_lexicon(language)
    period = publication_period(doc.published)
    published = period.day if period else None
    sents = list(drafts[0].sentence.doc.sents) if drafts else []
    index_of = {s.start: i for i, s in enumerate(sents)}
    mentions = Counter(d.found.type for d in {id(d.found): d for d in drafts}.values())
    of_type = Counter(e.type for e in events)
    siblings = Counter((e.type, e.evidence_start) for e in events)  # one sentence, one type, several places
    types_of: dict[int, set[str]] = {}
    for d in drafts:
        types_of.setdefault(d.sentence.start, set()).add(d.found.type)
    screen = relevance.load_model(language)
    relevant = screen.score(relevance.document_text(doc.title, doc.text)) if screen is not None else None
    out = []
    for event in events:
        f: Features = {f"type={event.type}": 1.0, f"lang={language}": 1.0, f"age={_age(event, published)}": 1.0,
                       f"time={event.time_precision}": 1.0, f"geo={event.geo_precision or 'none'}": 1.0,
                       "mentions": math.log1p(mentions[event.type]), "same_type": math.log1p(of_type[event.type] - 1),
                       "doc_events": math.log1p(len(events) - 1),
                       "siblings": math.log1p(siblings[(event.type, event.evidence_start)] - 1)}
        if relevant is not None:
            f["relevance"] = relevant
        if any(getattr(event, name) is not None for name in COUNT_FIELDS):
            f["count"] = 1.0
        f.update({name: 1.0 for name in ("actor1", "employer") if getattr(event, name) is not None})
        draft = _draft_of(event, drafts)
        if draft is not None:
            where = _position(index_of.get(draft.sentence.start, 0), len(sents))
            f.update(_sentence_features(draft, lexicon, where, len(types_of[draft.sentence.start])))
        out.append(f)
    return out


def _sentence_features(draft: Draft, lexicon: Lexicon, where: str, types_in_sentence: int) -> Features:
    """What the event's sentence says: the trigger's word and role, the tense and mood of its clause,
    whether it is told in passing or quoted, dated and placed there, and the sentence's words."""
    sent: Span = draft.sentence
    trigger, language = draft.found.trigger, lexicon.language
    head = trigger.head(sent)
    clause = clause_head(head)
    f: Features = {f"trigger={language}:{draft.found.type}:{fold(head.lemma_.lower())}": 1.0,
                   f"root={language}:{fold(sent.root.lemma_.lower())}": 1.0, f"pos={head.pos_}": 1.0,
                   f"clause_pos={clause.pos_}": 1.0, f"where={where}": 1.0,
                   "sentence_types": math.log1p(types_in_sentence - 1)}
    f.update({f"clause_{name}={value}": 1.0 for name in CLAUSE_FEATURES for value in clause.morph.get(name, [])})
    flags = {"weak": trigger.weak, "background": is_background(trigger, sent, lexicon), "headline": draft.headline,
             "quoted": bool(QUOTES & set(sent.text)), "own_date": draft.own_date is not None}
    if draft.place is not None:
        flags["own_place" if sent.start_char <= draft.place.start < sent.end_char else "carried_place"] = True
    f.update({name: 1.0 for name, on in flags.items() if on})
    f.update({f"w={language}:{fold(t.lemma_.lower())}": 1.0 for t in sent
              if t.is_alpha and not t.is_stop and len(t) > 2})
    return f


@contextmanager
def tapped() -> Iterator[list[tuple[Document, list[Event], list[Features]]]]:
    """(document, its events, their features) for every document analysed in the block, read at the
    pipeline's merge step (where the parse and the reports behind each event are still at hand)."""
    seen: list[tuple[Document, list[Event], list[Features]]] = []
    merge = pipeline.merge_document

    def recorded(drafts: list[Draft], doc: Document, period: Publication | None, demands: list[str],
                 employer: str | None = None, timeless: bool = False) -> list[Event]:
        events = merge(drafts, doc, period, demands, employer, timeless)
        seen.append((doc, list(events), describe(events, drafts, doc)))
        return events

    with mock.patch.object(pipeline, "merge_document", recorded):
        yield seen


def training_documents(shared: Path) -> tuple[list[Document], dict[str, list[dict]]]:
    """The documents we may learn from and their gold events."""
    gold: dict[str, list[dict]] = {}
    files: list[Path] = []
    for name, corpora in GOLD.items():
        if (ROOT / "gold" / name).exists():
            gold.update(load_gold(ROOT / "gold" / name, split="tune"))
            files += [shared / "corpora" / c for c in corpora]
    gold.update(load_gold(shared / "devset" / "gold.jsonl"))
    files.append(shared / "devset" / "docs.jsonl")
    docs = {d.id: d for _, d, _ in read_documents([str(f) for f in files if f.exists()])
            if isinstance(d, Document) and d.id in gold}
    return [docs[i] for i in sorted(docs)], {i: gold[i] for i in sorted(docs)}


def examples_of(docs: list[Document], gold: dict[str, list[dict]]) -> list[Example]:
    """Every event the rules code on the documents, with its features and labels."""
    with tapped() as seen:
        for _ in pipeline.analyse_documents(docs):
            pass
    out = []
    for doc, events, features in seen:
        golds, preds = gold[doc.id], [e.to_dict() for e in events]
        typed = {pi: gi for gi, pi in match(golds, preds, located=False, dated=False)}
        strict = {pi for _, pi in match(golds, preds)}
        for pi, (event, f) in enumerate(zip(events, features)):
            if pi in typed and optional(golds[typed[pi]]):
                continue  # neither rewarded nor punished by the scorer: no lesson either way
            out.append(Example(doc.id, doc.language, event.type, f, int(pi in typed), int(pi in strict)))
    return out


def f1(kept: list[Example], gold_total: int, key: Callable[[Example], int]) -> float:
    """F1 once the events not kept are dropped (missed gold events still count)."""
    return 2 * sum(key(e) for e in kept) / (len(kept) + gold_total) if kept or gold_total else 0.0


def without(groups: tuple[str, ...], features: Features) -> Features:
    """The features a trial keeps (it leaves out whole groups, to see whether they help)."""
    prefixes = tuple(p for g in groups for p in OPTIONAL_GROUPS[g])
    return {k: v for k, v in features.items() if not k.startswith(prefixes)} if prefixes else features


def fit(examples: list[Example], c: float, dropped: tuple[str, ...]) -> tuple[DictVectorizer, LogisticRegression]:
    """A logistic regression (lbfgs: deterministic) with `c` as the inverse of its L2 penalty."""
    vectorizer = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(vectorizer.fit_transform([without(dropped, e.features) for e in examples]), [e.label for e in examples])
    return vectorizer, model


def folds(examples: list[Example]) -> dict[str, int]:
    """The fold of each document (seeded): all events of a document are in the same fold."""
    ids = sorted({e.doc_id for e in examples})
    random.Random(SEED).shuffle(ids)
    return {doc_id: i % FOLDS for i, doc_id in enumerate(ids)}


def cross_validated(examples: list[Example], c: float, dropped: tuple[str, ...]) -> list[float]:
    """Each event's score by a model that never saw its document."""
    fold_of = folds(examples)
    scores = [0.0] * len(examples)
    for k in range(FOLDS):
        vectorizer, model = fit([e for e in examples if fold_of[e.doc_id] != k], c, dropped)
        test = [i for i, e in enumerate(examples) if fold_of[e.doc_id] == k]
        rows = vectorizer.transform([without(dropped, examples[i].features) for i in test])
        for i, p in zip(test, model.predict_proba(rows)[:, 1]):
            scores[i] = float(p)
    return scores


def best_threshold(examples: list[Example], scores: list[float], gold_total: int) -> tuple[float, float]:
    """(threshold, type-only F1) of the best cut of the scores; 0 when keeping every event is best."""
    best = (0.0, f1(examples, gold_total, lambda e: e.label))
    for t in sorted({round(s, 2) for s in scores}):
        value = f1([e for e, s in zip(examples, scores) if s >= t], gold_total, lambda e: e.label)
        if value > best[1] + 1e-9:
            best = (t, value)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    if not (args.shared / "devset" / "docs.jsonl").exists():
        sys.exit(f"{args.shared}: no dev set and corpora there (the measurement reads the texts from ../shared)")
    docs, gold = training_documents(args.shared)
    examples = examples_of(docs, gold)
    gold_total = sum(not optional(g) for events in gold.values() for g in events)
    right = sum(e.label for e in examples)
    keep_all = f1(examples, gold_total, lambda e: e.label), f1(examples, gold_total, lambda e: e.strict)
    wrong = Counter(e.type for e in examples if not e.label)
    print(f"{len(docs)} documents, {gold_total} gold events; the rules code {len(examples)} events, {right} right "
          f"by type ({len(examples) - right} wrong: {', '.join(f'{t} {n}' for t, n in wrong.most_common())}); "
          f"keeping all: type-only F1 {keep_all[0]:.3f}, strict {keep_all[1]:.3f}")
    print(f"{'without':<16}{'C':>6}{'AUC':>7}{'cut':>6}{'type F1':>9}{'strict':>8}{'dropped':>9}{'of them right':>15}"
          f"{'lowest 10 %: right':>20}")
    trials = []
    for dropped in TRIALS:
        for c in C_GRID:
            scores = cross_validated(examples, c, dropped)
            threshold, value = best_threshold(examples, scores, gold_total)
            kept = [e for e, s in zip(examples, scores) if s >= threshold]
            auc = roc_auc_score([e.label for e in examples], scores)
            lowest = sorted(range(len(examples)), key=lambda i: scores[i])[:len(examples) // 10]
            print(f"{'+'.join(dropped) or '-':<16}{c:>6}{auc:>7.3f}{threshold:>6.2f}{value:>9.3f}"
                  f"{f1(kept, gold_total, lambda e: e.strict):>8.3f}{len(examples) - len(kept):>9}"
                  f"{right - sum(e.label for e in kept):>15}"
                  f"{sum(examples[i].label for i in lowest):>11} of {len(lowest)}")
            trials.append((value, threshold))
    vectorizer, model = fit(examples, 1.0, ())
    fitted = model.predict_proba(vectorizer.transform([e.features for e in examples]))[:, 1]
    print(f"in-sample AUC (fitted and scored on all of them, C=1, every feature): "
          f"{roc_auc_score([e.label for e in examples], fitted):.3f}")
    value, threshold = max(trials)
    if threshold == 0.0:
        print("verdict: no model and threshold beats keeping every event in cross-validation; nothing to ship")
    else:
        print(f"verdict: cross-validated type-only F1 {keep_all[0]:.3f} -> {value:.3f}; worth measuring held out")


if __name__ == "__main__":
    main()
