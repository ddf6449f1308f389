"""Train the person/place sequence model (CRF) on ANERcorp and ship it gzipped.

Reproducible: the split is fixed (the last 10% of sentences are the development split,
never trained on) and L-BFGS training is deterministic. Prints dev scores at the end.
The model is trained on ANERcorp (CC BY-SA 4.0); see NOTICE.md.

Usage: python scripts/train_person_model.py [DATA_DIR]   (default ../shared/data)
"""

from __future__ import annotations

import gzip
import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import pycrfsuite  # noqa: E402

from evaluation.conll import format_scores, read_conll, score  # noqa: E402
from reader.entities.crf import WEIGHTS_FILE  # noqa: E402
from reader.entities.features import FeatureExtractor  # noqa: E402
from reader.entities.gazetteer import lexicons  # noqa: E402
from reader.entities.sequence_model import MODEL_FILE, labels_to_spans  # noqa: E402
from reader.entities.tokens import tokenize  # noqa: E402

DEV_FRACTION = 0.10
# c1 chosen by 5-fold CV on the training part (scripts/cv_person_model.py), with the
# name-unit and frequent-word features: PERS / LOC exact F1 0.668 / 0.835 at c1=0.1,
# 0.665 / 0.835 at 0.05, 0.664 / 0.833 at 0.2 (c2=0.001, PERS edges trimmed at 0.3);
# with the cue, event and sports head flags too, 0.671 / 0.835 at c1=0.1; with the
# و-word flag and the coordination feature ("co", features.coordinated) too, 0.676 /
# 0.835, and the whole engine's overlap F1 (--pipeline) person 0.823 -> 0.823, place
# 0.885 -> 0.884; with the unknown-word flag ("uk": a word of Arabic letters no list
# knows) too, 0.672 / 0.844 -> 0.676 / 0.841, whole engine person 0.851 -> 0.855, place
# 0.908 -> 0.909 (shipped).
PARAMS = {"c1": 0.1, "c2": 0.001, "max_iterations": 250, "feature.possible_transitions": True}
if os.environ.get("CRF_PARAMS"):  # for tuning runs only; the shipped model uses PARAMS
    PARAMS.update(json.loads(os.environ["CRF_PARAMS"]))


def retokenize(tokens, tags=None):
    """Split corpus tokens the way the engine's tokenizer does; keep a map back."""
    words, labels, owner = [], [], []
    for index, token in enumerate(tokens):
        pieces = tokenize(token).texts or [token]
        for k, piece in enumerate(pieces):
            words.append(piece)
            owner.append(index)
            if tags is not None:
                tag = tags[index]
                labels.append("I" + tag[1:] if k and tag != "O" else tag)
    return words, labels, owner


def main() -> None:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared" / "data"
    path = data / "anercorp" / "ANERCorp_CamelLab_train.txt"
    sentences = read_conll(path)
    raw_tags = _raw_tags(path)
    n_dev = round(len(sentences) * DEV_FRACTION)
    train_idx = range(len(sentences) - n_dev)
    dev_idx = range(len(sentences) - n_dev, len(sentences))
    fx = FeatureExtractor(lexicons())

    trainer = pycrfsuite.Trainer(verbose=False)
    for i in train_idx:
        words, labels, _ = retokenize(sentences[i].tokens, raw_tags[i])
        trainer.append(fx.sequence(words), labels)
    extra = _wojood_sentences(data / "wojood-sample" / "train.txt")
    for words, labels in extra:
        trainer.append(fx.sequence(words), labels)
    print(f"+ {len(extra)} Wojood train sentences (PERS; GPE/LOC/FAC as LOC; ORG)")
    trainer.set_params(PARAMS)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "model.crfsuite"
        trainer.train(str(model))
        blob = model.read_bytes()
    print(f"trained on {len(train_idx)} sentences in {time.perf_counter() - started:.1f}s")
    out = Path(os.environ.get("CRF_OUT", MODEL_FILE))
    with open(out, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0) as gz:
        gz.write(blob)
    print(f"wrote {out} ({out.stat().st_size:,} bytes)")

    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(blob)
    weights_out = Path(os.environ.get("CRF_WEIGHTS_OUT", WEIGHTS_FILE))
    export_weights(tagger, weights_out)
    print(f"wrote {weights_out} ({weights_out.stat().st_size:,} bytes)")
    gold, predicted = [], []
    for i in dev_idx:
        words, _, owner = retokenize(sentences[i].tokens)
        spans = labels_to_spans(tagger.tag(fx.sequence(words)))
        predicted.append([(s.kind, owner[s.first], owner[s.end - 1] + 1) for s in spans])
        gold.append(sentences[i])
    print(f"dev split: last {n_dev} sentences, sequence model alone (token spans)")
    print(format_scores(score(gold, predicted, ["PERS", "LOC", "ORG"])))


def export_weights(tagger: pycrfsuite.Tagger, path: Path) -> None:
    """The model's labels, transitions and state features as gzipped JSON, for the numpy
    tagger (reader/entities/crf.py); byte-identical for the same model."""
    info = tagger.info()
    labels = sorted(info.labels, key=lambda label: int(info.labels[label]))
    index = {label: k for k, label in enumerate(labels)}
    transitions = [[0.0] * len(labels) for _ in labels]
    for (source, target), weight in info.transitions.items():
        transitions[index[source]][index[target]] = weight
    attributes: dict[str, list[list[float]]] = {}
    for (attr, label), weight in info.state_features.items():
        attributes.setdefault(attr, []).append([index[label], weight])
    payload = {
        "labels": labels,
        "transitions": transitions,
        "attributes": {a: sorted(pairs) for a, pairs in sorted(attributes.items())},
    }
    raw = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    with open(path, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0) as gz:
        gz.write(raw.encode("utf-8"))


def _wojood_sentences(path: Path) -> list[tuple[list[str], list[str]]]:
    """Wojood train sentences with the outermost layer mapped to ANERcorp's tag set."""
    mapping = {"PERS": "PERS", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG"}
    out, tokens, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        fields = line.split()
        if fields and fields[0] == "$#$":
            continue
        if not fields:
            if tokens:
                words, labels, _ = retokenize(tokens, tags)
                out.append((words, labels))
                tokens, tags = [], []
            continue
        tag = fields[1]
        kind = mapping.get(tag[2:]) if tag != "O" else None
        tokens.append(fields[0])
        tags.append(f"{tag[:2]}{kind}" if kind else "O")
    return out


def _raw_tags(path: Path) -> list[list[str]]:
    """The tag column of each sentence, aligned with read_conll's sentences."""
    out: list[list[str]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if not fields:
            if out[-1]:
                out.append([])
        elif fields[0] != "$#$":
            out[-1].append(fields[-1])
    return [tags for tags in out if tags]


if __name__ == "__main__":
    main()
