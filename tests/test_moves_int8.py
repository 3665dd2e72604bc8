"""The embedding model's weight products rewritten to run in int8 (int8_graph.py)."""

from __future__ import annotations

import numpy as np

from voicecoach.understanding.int8_graph import int8_products
from voicecoach.understanding.meaning import Embedder, model_file


def test_a_graph_without_int8_weights_is_left_as_it_is() -> None:
    rewrite = int8_products(b"")
    assert rewrite.products == 0 and rewrite.model == b""


def test_every_weight_product_of_the_model_runs_in_int8_and_means_the_same() -> None:
    assert int8_products(model_file().read_bytes()).products == 36  # 6 layers x 6 matrices
    lines = ["you make everyone feel welcome", "the buses here are a joke", "okay"]
    fast = Embedder().embed(lines)
    exact = Embedder(int8=False).embed(lines)
    assert np.all(np.sum(fast * exact, axis=1) > 0.95)
