"""Choose the sequence model's regularisation by k-fold cross-validation on the training
part of ANERcorp only (the dev split is never looked at here).

Folds are contiguous blocks of sentences (ANERcorp is ordered by article, so a fold holds
whole articles); Wojood train is added to every fold's training set. Prints the mean
exact-span F1 of PERS and LOC (sequence model alone, PERS spans trimmed as
trim_person_edges trims them) for each setting, and PERS F1 at other trimming thresholds.

With --pipeline, each fold's model also tags the held-out fold through the whole engine
(extract(), in blocks of 25 sentences as benchmarks/entities_dev.py reads the dev split):
overlap F1 of person and place, and where they are lost, counted by kind of error (a
gold place read as a person, a false place that is a gold ORG...).

--keep DIR keeps each fold's model in DIR and reuses it (the same features and settings:
for trying rules of the engine without training again).

Usage: python scripts/cv_person_model.py [DATA_DIR] [--folds 5] [--jobs 2] [--pipeline]
       [--keep DIR]
       CV_GRID='[{"c1": 0.2, "c2": 0.001}, ...]' to choose the settings tried.
"""

from __future__ import annotations

import hashlib
import json
import os
import statistics
import sys
import tempfile
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

import pycrfsuite  # noqa: E402
from train_person_model import (  # noqa: E402
    DEV_FRACTION,
    PARAMS,
    _raw_tags,
    _wojood_sentences,
    export_weights,
    retokenize,
)

from evaluation.blocks import predict_blocks  # noqa: E402
from evaluation.conll import ANERCORP_TYPES, read_conll, score  # noqa: E402
from reader.entities.clitics import proclitic_splits  # noqa: E402
from reader.entities.cues import CUE_HEADS, PLACE_HEADS  # noqa: E402
from reader.entities.engine import extract_entities  # noqa: E402
from reader.entities.features import FeatureExtractor  # noqa: E402
from reader.entities.gazetteer import lexicons  # noqa: E402
from reader.entities.sequence_model import (  # noqa: E402
    EDGE_CONFIDENCE,
    SequenceTagger,
    labels_to_spans,
    trim_person_edges,
)

# trim_person_edges drops a PERS span's last words the model is less sure of than this.
EDGE_THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7)
GRID = [
    {"c1": 0.2, "c2": 0.001},
    {"c1": 0.1, "c2": 0.001},
    {"c1": 0.05, "c2": 0.001},
    {"c1": 0.1, "c2": 0.01},
    {"c1": 0.3, "c2": 0.001},
    {"c1": 0.2, "c2": 0.01},
    {"c1": 0.05, "c2": 0.05},
]


def run_fold(args: tuple[Path, dict, int, int, bool, Path | None]) -> dict[str, float]:
    data, params, fold, folds, pipeline, keep = args
    path = data / "anercorp" / "ANERCorp_CamelLab_train.txt"
    sentences = read_conll(path)
    raw_tags = _raw_tags(path)
    n_train = len(sentences) - round(len(sentences) * DEV_FRACTION)
    lo, hi = n_train * fold // folds, n_train * (fold + 1) // folds
    fx = FeatureExtractor(lexicons())
    with tempfile.TemporaryDirectory() as tmp:
        tag = hashlib.sha1(json.dumps(params, sort_keys=True).encode()).hexdigest()[:8]
        model = (keep or Path(tmp)) / f"{tag}-fold{fold}of{folds}.crfsuite"
        if not model.exists():  # --keep DIR: a fold trained before is reused
            trainer = pycrfsuite.Trainer(verbose=False)
            for i in range(n_train):
                if not lo <= i < hi:
                    words, labels, _ = retokenize(sentences[i].tokens, raw_tags[i])
                    trainer.append(fx.sequence(words), labels)
            for words, labels in _wojood_sentences(data / "wojood-sample" / "train.txt"):
                trainer.append(fx.sequence(words), labels)
            trainer.set_params({**PARAMS, **params})
            trainer.train(str(model))
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        gold = sentences[lo:hi]
        predicted: dict[float, list] = {t: [] for t in EDGE_THRESHOLDS}
        for i in range(lo, hi):
            words, _, owner = retokenize(sentences[i].tokens)
            spans = labels_to_spans(tagger.tag(fx.sequence(words)))
            for threshold, out in predicted.items():
                trimmed = trim_person_edges(
                    spans, lambda i: float(tagger.marginal("I-PERS", i)), threshold
                )
                out.append([(s.kind, owner[s.first], owner[s.end - 1] + 1) for s in trimmed])
        engine: dict[str, float] = {}
        if pipeline:
            weights = Path(tmp) / "weights.json.gz"
            export_weights(tagger, weights)
            engine = pipeline_scores(gold, SequenceTagger(weights))
        tagger.close()
    results = score(gold, predicted[EDGE_CONFIDENCE], ["PERS", "LOC"])
    got = {kind: s.exact_f1 for kind, s in results.items()}
    for threshold, out in predicted.items():
        got[f"PERS@{threshold}"] = score(gold, out, ["PERS"])["PERS"].exact_f1
    return {**got, **engine}


def pipeline_scores(gold: list, tagger: SequenceTagger) -> dict[str, float]:
    """The engine's overlap F1 on the held-out sentences, and counts of its errors."""
    predicted = predict_blocks(gold, lambda text: extract_entities(text, None, tagger))
    results = score(gold, predicted, ["person", "place"], mapping=ANERCORP_TYPES)
    got: dict[str, float] = {}
    for kind, s in results.items():
        got[f"engine {kind} F1"] = s.overlap_f1
        got[f"engine {kind} P"] = s.overlap_precision
        got[f"engine {kind} R"] = s.overlap_recall
    for sentence, spans in zip(gold, predicted, strict=True):
        for name, n in error_kinds(sentence, spans).items():
            got[name] = got.get(name, 0) + n
    return got


def error_kinds(sentence, predicted: list[tuple[str, int, int]]) -> Counter:
    """Each missed gold person/place and each false one, by what it was instead."""
    lex = lexicons()
    words = sentence.tokens
    wanted = {"PERS": "person", "LOC": "place"}
    out: Counter = Counter()

    def overlaps(a: tuple[str, int, int], b: tuple[str, int, int]) -> bool:
        return a[1] < b[2] and b[1] < a[2]

    for g in sentence.spans:
        kind = wanted.get(g[0])
        if kind is None or any(p[0] == kind and overlaps(p, g) for p in predicted):
            continue
        other = [p[0] for p in predicted if overlaps(p, g)]
        if other:
            out[f"missed {kind}: read as {other[0]}"] += 1
            continue
        first = words[g[1]]
        before = words[g[1] - 1] if g[1] > 0 else ""
        stems = [stem for _, stem in proclitic_splits(first)]
        if kind == "place" and any(stem in lex.places.first_words for stem in stems):
            why = "a gazetteer name"
        elif any(stem in PLACE_HEADS | CUE_HEADS for _, stem in proclitic_splits(before)):
            why = "after a place head noun"
        elif g[2] - g[1] == 1 and any(stem in lex.name_units for stem in stems):
            why = "one word the name lists know"
        elif g[2] - g[1] == 1:
            why = "one unknown word"
        else:
            why = "several words"
        out[f"missed {kind}: {why}"] += 1
    for p in predicted:
        if p[0] not in wanted.values():
            continue
        if any(wanted.get(g[0]) == p[0] and overlaps(p, g) for g in sentence.spans):
            continue
        other = [g[0] for g in sentence.spans if overlaps(p, g)]
        out[f"false {p[0]}: gold {other[0] if other else 'nothing'}"] += 1
    return out


def main(argv: list[str]) -> None:
    folds = int(argv[argv.index("--folds") + 1]) if "--folds" in argv else 5
    jobs = int(argv[argv.index("--jobs") + 1]) if "--jobs" in argv else 2
    options = {"--folds", "--jobs", "--keep"}
    positional = [
        a
        for k, a in enumerate(argv)
        if not a.startswith("--") and not (k and argv[k - 1] in options)
    ]
    data = Path(positional[0]) if positional else REPO.parent / "shared" / "data"
    grid = json.loads(os.environ["CV_GRID"]) if os.environ.get("CV_GRID") else GRID
    pipeline = "--pipeline" in argv
    keep = Path(argv[argv.index("--keep") + 1]) if "--keep" in argv else None
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
    tasks = [(data, params, k, folds, pipeline, keep) for params in grid for k in range(folds)]
    with ProcessPoolExecutor(jobs) as pool:
        results = list(pool.map(run_fold, tasks))
    print(f"{folds}-fold CV on the ANERcorp training part, exact-span F1 (model alone)")
    for n, params in enumerate(grid):
        scores = results[n * folds : (n + 1) * folds]
        pers = statistics.mean(s["PERS"] for s in scores)
        loc = statistics.mean(s["LOC"] for s in scores)
        mean = (pers + loc) / 2
        print(f"{json.dumps(params):40} PERS {pers:.3f}  LOC {loc:.3f}  mean {mean:.3f}")
        edges = "  ".join(
            f"{t}: {statistics.mean(s[f'PERS@{t}'] for s in scores):.3f}" for t in EDGE_THRESHOLDS
        )
        print(f"    PERS with the last-word trimming at  {edges}")
        if pipeline:
            rates = "   ".join(
                f"{kind} "
                + "/".join(
                    f"{statistics.mean(s[f'engine {kind} {m}'] for s in scores):.3f}"
                    for m in ("P", "R", "F1")
                )
                for kind in ("person", "place")
            )
            print(f"    whole engine, overlap P/R/F1: {rates}")
            for kind in ("person", "place"):
                each = " ".join(f"{s[f'engine {kind} F1']:.3f}" for s in scores)
                print(f"    whole engine {kind} F1 by fold: {each}")
            counts: Counter = Counter()
            for s in scores:
                kinds = {k: int(v) for k, v in s.items() if k.startswith(("missed", "false"))}
                counts.update(kinds)
            for name, n in sorted(counts.items()):
                print(f"      {name:45} {n:5}")


if __name__ == "__main__":
    main(sys.argv[1:])
