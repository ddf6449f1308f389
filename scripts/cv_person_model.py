"""Choose the sequence model's regularisation by k-fold cross-validation on the training
part of ANERcorp only (the dev split is never looked at here).

Folds are contiguous blocks of sentences (ANERcorp is ordered by article, so a fold holds
whole articles); Wojood train is added to every fold's training set. Prints the mean
exact-span F1 of PERS and LOC (sequence model alone, PERS spans trimmed as
trim_person_edges trims them) for each setting, and PERS F1 at other trimming thresholds.

Usage: python scripts/cv_person_model.py [DATA_DIR] [--folds 5] [--jobs 2]
       CV_GRID='[{"c1": 0.2, "c2": 0.001}, ...]' to choose the settings tried.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
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
    retokenize,
)

from evaluation.conll import read_conll, score  # noqa: E402
from reader.entities.features import FeatureExtractor  # noqa: E402
from reader.entities.gazetteer import lexicons  # noqa: E402
from reader.entities.sequence_model import (  # noqa: E402
    EDGE_CONFIDENCE,
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


def run_fold(args: tuple[Path, dict, int, int]) -> dict[str, float]:
    data, params, fold, folds = args
    path = data / "anercorp" / "ANERCorp_CamelLab_train.txt"
    sentences = read_conll(path)
    raw_tags = _raw_tags(path)
    n_train = len(sentences) - round(len(sentences) * DEV_FRACTION)
    lo, hi = n_train * fold // folds, n_train * (fold + 1) // folds
    fx = FeatureExtractor(lexicons())
    trainer = pycrfsuite.Trainer(verbose=False)
    for i in range(n_train):
        if not lo <= i < hi:
            words, labels, _ = retokenize(sentences[i].tokens, raw_tags[i])
            trainer.append(fx.sequence(words), labels)
    for words, labels in _wojood_sentences(data / "wojood-sample" / "train.txt"):
        trainer.append(fx.sequence(words), labels)
    trainer.set_params({**PARAMS, **params})
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "model.crfsuite"
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
        tagger.close()
    results = score(gold, predicted[EDGE_CONFIDENCE], ["PERS", "LOC"])
    got = {kind: s.exact_f1 for kind, s in results.items()}
    for threshold, out in predicted.items():
        got[f"PERS@{threshold}"] = score(gold, out, ["PERS"])["PERS"].exact_f1
    return got


def main(argv: list[str]) -> None:
    folds = int(argv[argv.index("--folds") + 1]) if "--folds" in argv else 5
    jobs = int(argv[argv.index("--jobs") + 1]) if "--jobs" in argv else 2
    positional = [a for a in argv if not a.startswith("--") and not a.isdigit()]
    data = Path(positional[0]) if positional else REPO.parent / "shared" / "data"
    grid = json.loads(os.environ["CV_GRID"]) if os.environ.get("CV_GRID") else GRID
    tasks = [(data, params, k, folds) for params in grid for k in range(folds)]
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


if __name__ == "__main__":
    main(sys.argv[1:])
