"""Train the move classifier (voicecoach/understanding/meaning.py) and write its weights.

    PYTHONPATH=. .venv/bin/python scripts/train_meaning.py

Reproducible: fixed folds and a deterministic full-batch optimiser. What it reads:
- the examples of every built-in pack (prompts/moves), each with its pattern's label;
- the labelled sets tests/data/moves_dev.tsv, moves_test.tsv (the old splits, which the packs
  were fitted to) and moves_hard_dev.tsv. moves_hard_test.tsv is never read here.

The hard dev split is cut in two by line parity: the even lines are the ones pack changes may
be written from; the odd lines (the calibration half) choose each label's threshold. Per label:
5-fold cross-validation gives every labelled line a score from a model that did not see it (the
mean of the regression's probability and the share of its nearest labelled lines, those of the
other folds and the pack examples, that carry the label: meaning.neighbour_share); on the
calibration half the threshold that maximises the F1 of "matcher OR classifier" is
kept, and a label where the classifier does not beat the matcher alone by CALIBRATION_GAIN is
left to the matcher (threshold +inf). The question-form labels are never the classifier's: the
word-order rules decide them.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

# One BLAS thread: the regressions are small, and on a shared 2-core machine a threaded BLAS
# spinning against other jobs made a retrain take 7 minutes instead of half of one.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from voicecoach.understanding.match import STRUCTURAL_IDS, Matcher  # noqa: E402
from voicecoach.understanding.meaning import (  # noqa: E402
    EMBEDDING_DIM,
    Embedder,
    Neighbours,
    meaning_dir,
    neighbour_share,
)
from voicecoach.understanding.moves import QUESTION_LABELS, MoveLabel  # noqa: E402
from voicecoach.understanding.packs import load_packs  # noqa: E402

DATA = ROOT / "tests" / "data"
FOLDS = 5
L2 = 1e-3  # weight decay of the regression
STEPS = 400
LEARNING_RATE = 0.5
CALIBRATION_GAIN = 0.01  # the classifier must add at least this much F1 on calibration
GRID = np.round(np.arange(0.30, 0.96, 0.025), 3)
CLASSIFIED = [label for label in MoveLabel if label not in QUESTION_LABELS]


def read_split(path: Path) -> list[tuple[str, frozenset[MoveLabel]]]:
    rows: list[tuple[str, frozenset[MoveLabel]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line == "text\tlabels":
            continue
        text, _, names = line.partition("\t")
        labels = frozenset() if names == "none" else frozenset(
            MoveLabel(n) for n in names.split(","))
        rows.append((text, labels))
    return rows


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2, steps: int = STEPS
        ) -> tuple[np.ndarray, float]:
    """Logistic regression, class-balanced, by full-batch gradient descent with momentum."""
    positives = max(float(y.sum()), 1.0)
    negatives = max(float(len(y) - y.sum()), 1.0)
    sample = np.where(y > 0, len(y) / (2 * positives), len(y) / (2 * negatives))
    weights = np.zeros(x.shape[1])
    bias = 0.0
    velocity_w = np.zeros_like(weights)
    velocity_b = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ weights + bias)))
        error = (p - y) * sample
        grad_w = x.T @ error / len(y) + l2 * weights
        grad_b = float(error.mean())
        velocity_w = 0.9 * velocity_w - LEARNING_RATE * grad_w
        velocity_b = 0.9 * velocity_b - LEARNING_RATE * grad_b
        weights += velocity_w
        bias += velocity_b
    return weights, bias


def f1(gold: np.ndarray, predicted: np.ndarray) -> float:
    tp = float(np.sum(gold & predicted))
    fp = float(np.sum(~gold & predicted))
    fn = float(np.sum(gold & ~predicted))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


Part = tuple[np.ndarray, np.ndarray, np.ndarray]  # gold, matcher's, classifier's probability


def calibrated(t: float, typed: Part, heard: Part) -> float:
    """F1 of "matcher or probability >= t"; the mean of typed and heard when heard lines exist."""
    score = f1(typed[0], typed[1] | (typed[2] >= t))
    if not len(heard[0]):
        return score
    return (score + f1(heard[0], heard[1] | (heard[2] >= t))) / 2


def embed_all(texts: list[str], cache: Path | None) -> np.ndarray:
    """Every text's sentence vector; with `cache`, vectors already computed are reused."""
    known: dict[str, np.ndarray] = {}
    if cache is not None and cache.exists():
        data = np.load(cache, allow_pickle=False)
        known = dict(zip((str(t) for t in data["texts"]), data["vectors"], strict=True))
    missing = sorted({t for t in texts if t not in known})
    if missing:
        embedder = Embedder(threads=2)
        for i in range(0, len(missing), 64):
            for text, vector in zip(missing[i : i + 64], embedder.embed(missing[i : i + 64]),
                                    strict=True):
                known[text] = vector
        if cache is not None:
            np.savez(cache, texts=np.array(list(known)), vectors=np.stack(list(known.values())))
    return np.stack([known[t] for t in texts]).astype(np.float64)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=meaning_dir() / "moves_classifier.npz")
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--steps", type=int, default=STEPS)
    parser.add_argument("--dry-run", action="store_true", help="report, write nothing")
    parser.add_argument("--with-heard", action="store_true",
                        help="also train on moves_hard_dev_heard.tsv (what tiny.en heard); "
                             "tried, not shipped: see README, Conversation moves")
    parser.add_argument("--score-heard", action="store_true",
                        help="score the calibration half on its heard copies too, without "
                             "training on them (to compare with --with-heard)")
    parser.add_argument("--no-neighbours", action="store_true",
                        help="the regressions alone, as before round three (for comparison)")
    parser.add_argument("--embedding-cache", type=Path,
                        help="keep sentence vectors in this .npz between runs (faster retraining)")
    args = parser.parse_args()

    packs = load_packs()
    pack_rows = [(example, frozenset({p.label})) for p in packs.patterns
                 if p.id not in STRUCTURAL_IDS for example in p.examples]
    hard = read_split(DATA / "moves_hard_dev.tsv")
    labelled = read_split(DATA / "moves_dev.tsv") + read_split(DATA / "moves_test.tsv") + hard
    calibration = np.zeros(len(labelled), dtype=bool)
    calibration[len(labelled) - len(hard) + 1 :: 2] = True  # odd lines of the hard dev split

    # What tiny.en heard of the hard dev lines: each heard copy stays in its line's fold, and
    # the calibration half is scored on its heard copies too.
    offset = len(labelled) - len(hard)
    heard_path = DATA / "moves_hard_dev_heard.tsv"
    heard_rows: list[tuple[str, int]] = []
    if heard_path.exists() and (args.with_heard or args.score_heard):
        for line in heard_path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            text, _, number = line.rsplit("\t", 2)
            heard_rows.append((text, offset + int(number)))

    texts = [t for t, _ in pack_rows] + [t for t, _ in labelled] + [t for t, _ in heard_rows]
    vectors = embed_all(texts, args.embedding_cache)
    pack_x = vectors[: len(pack_rows)]
    x = vectors[len(pack_rows) : len(pack_rows) + len(labelled)]
    hx = vectors[len(pack_rows) + len(labelled) :]
    source = np.array([row for _, row in heard_rows], dtype=np.int64)

    matcher = Matcher.from_packs(packs)
    matched = [frozenset(matcher.match(t).labels) for t, _ in labelled]
    heard_matched = [frozenset(matcher.match(t).labels) for t, _ in heard_rows]
    folds = np.arange(len(labelled)) % FOLDS
    heard_folds = folds[source] if len(source) else np.zeros(0, dtype=np.int64)
    heard_calibration = calibration[source] if len(source) else np.zeros(0, dtype=bool)

    # Each line's neighbour share from the pack examples and the other folds' lines only.
    pack_labels = np.array([[label in labels for label in CLASSIFIED] for _, labels in pack_rows])
    line_labels = np.array([[label in labels for label in CLASSIFIED] for _, labels in labelled])
    share = np.zeros((len(labelled), len(CLASSIFIED)))
    heard_share = np.zeros((len(heard_rows), len(CLASSIFIED)))
    for fold in range(FOLDS):
        train = folds != fold
        near = Neighbours.of(np.concatenate([pack_x, x[train]]),
                             np.concatenate([pack_labels, line_labels[train]]))
        share[~train] = neighbour_share(x[~train], near)
        if len(heard_rows) and (heard_folds == fold).any():
            heard_share[heard_folds == fold] = neighbour_share(hx[heard_folds == fold], near)
    blend = 0.0 if args.no_neighbours else 0.5  # the neighbours' part of a label's score

    weights = np.zeros((len(CLASSIFIED), EMBEDDING_DIM), dtype=np.float32)
    biases = np.zeros(len(CLASSIFIED), dtype=np.float32)
    thresholds = np.full(len(CLASSIFIED), np.inf, dtype=np.float32)
    print(f"{len(pack_rows)} pack examples, {len(labelled)} labelled lines "
          f"({int(calibration.sum())} for calibration), {len(heard_rows)} heard copies; "
          "F1 on calibration" + (" (mean of typed and heard)" if heard_rows else ""))
    alone_all: list[float] = []
    best_all: list[float] = []
    print(f"{'label':<16} {'matcher F1':>10} {'+ classifier':>12} {'threshold':>9}")
    for row, label in enumerate(CLASSIFIED):
        pack_y = np.array([label in labels for _, labels in pack_rows], dtype=np.float64)
        y = np.array([label in labels for _, labels in labelled], dtype=np.float64)
        hy = y[source] if len(source) else np.zeros(0)
        out_of_fold = np.zeros(len(labelled))
        heard_oof = np.zeros(len(heard_rows))
        for fold in range(FOLDS):
            train = folds != fold
            heard_train = (heard_folds != fold) & args.with_heard
            w, b = fit(np.concatenate([pack_x, x[train], hx[heard_train]]),
                       np.concatenate([pack_y, y[train], hy[heard_train]]), args.l2, args.steps)
            out_of_fold[~train] = 1.0 / (1.0 + np.exp(-(x[~train] @ w + b)))
            heard_oof[~heard_train] = 1.0 / (1.0 + np.exp(-(hx[~heard_train] @ w + b)))
        out_of_fold = (1 - blend) * out_of_fold + blend * share[:, row]
        heard_oof = (1 - blend) * heard_oof + blend * heard_share[:, row]
        gold = y[calibration] > 0
        by_matcher = np.array([label in m for m in matched])[calibration]
        heard_gold = hy[heard_calibration] > 0
        heard_by_matcher = np.array([label in m for m in heard_matched],
                                    dtype=bool)[heard_calibration]

        typed_part = (gold, by_matcher, out_of_fold[calibration])
        heard_part = (heard_gold, heard_by_matcher, heard_oof[heard_calibration])

        alone = calibrated(np.inf, typed_part, heard_part)
        best_f1, best_t = alone, np.inf
        for t in GRID:
            score = calibrated(float(t), typed_part, heard_part)
            if score > best_f1 + 1e-9:
                best_f1, best_t = score, float(t)
        if best_f1 < alone + CALIBRATION_GAIN:
            best_t = np.inf
        alone_all.append(alone)
        best_all.append(best_f1)
        trained = slice(None) if args.with_heard else slice(0)
        w, b = fit(np.concatenate([pack_x, x, hx[trained]]),
                   np.concatenate([pack_y, y, hy[trained]]), args.l2, args.steps)
        weights[row], biases[row], thresholds[row] = w, b, best_t
        shown = "off" if not np.isfinite(best_t) else f"{best_t:.3f}"
        print(f"{label.value:<16} {alone:>10.3f} {best_f1:>12.3f} {shown:>9}")
    print(f"macro-F1 over these labels on calibration: matcher {np.mean(alone_all):.3f}, "
          f"+ classifier {np.mean(best_all):.3f}")
    if args.dry_run:
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    near = Neighbours.of(np.concatenate([pack_x, x]), np.concatenate([pack_labels, line_labels]))
    neighbours = {} if args.no_neighbours else {
        "neighbour_vectors": near.vectors.astype(np.float16), "neighbour_labels": near.labels,
        "neighbour_mean": near.mean, "neighbour_basis": near.basis}
    np.savez_compressed(args.out, labels=np.array([label.value for label in CLASSIFIED]),
                        weights=weights, bias=biases, thresholds=thresholds, **neighbours)
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
