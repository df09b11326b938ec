#!/usr/bin/env python3
"""
One 1x1 convolution 480 -> 480 (the recogniser's largest GEMM) in each form ONNX Runtime can run it:
fp32 Conv and MatMul, QLinearConv (uint8 activations, int8 weights per channel), the QDQ form it fuses
into QLinearConv, ConvInteger, MatMulInteger, QLinearMatMul, and DynamicQuantizeLinear + MatMulInteger.
For gemm.mjs. Needs python3-onnx.

  /usr/bin/python3 bench/ocr/int8/gemm-models.py OUTDIR
"""
import os
import sys
import numpy as np, onnx
from onnx import helper as h, numpy_helper as nh, TensorProto as T
rng=np.random.default_rng(0)
os.makedirs(sys.argv[1], exist_ok=True)
C=480
W=(rng.standard_normal((C,C,1,1))*0.05).astype(np.float32)
B=(rng.standard_normal(C)*0.1).astype(np.float32)
shape=[8,C,6,200]
def save(nodes, inits, inp, out, name, opset=13):
    g=h.make_graph(nodes,'g',[inp],[out],initializer=inits)
    m=h.make_model(g,opset_imports=[h.make_opsetid('',opset),h.make_opsetid('com.microsoft',1)]); m.ir_version=8
    onnx.save(m,os.path.join(sys.argv[1],name))
fin=h.make_tensor_value_info('x',T.FLOAT,shape); fout=h.make_tensor_value_info('y',T.FLOAT,None)
u8in=h.make_tensor_value_info('x',T.UINT8,shape); u8out=h.make_tensor_value_info('y',T.UINT8,None)
i32out=h.make_tensor_value_info('y',T.INT32,None)
# fp32
save([h.make_node('Conv',['x','w','b'],['y'])],[nh.from_array(W,'w'),nh.from_array(B,'b')],fin,fout,'fp32.onnx')
ws=(np.abs(W).reshape(C,-1).max(1)/127).astype(np.float32)
Wq=np.round(W/ws.reshape(-1,1,1,1)).astype(np.int8)
xs=np.float32(4/255); xz=np.uint8(128); ys=np.float32(8/255); yz=np.uint8(128)
bq=np.round(B/(xs*ws)).astype(np.int32)
inits=[nh.from_array(np.array(xs),'xs'),nh.from_array(np.array(xz),'xz'),nh.from_array(Wq,'wq'),nh.from_array(ws,'ws'),nh.from_array(np.zeros(C,np.int8),'wz'),nh.from_array(np.array(ys),'ys'),nh.from_array(np.array(yz),'yz'),nh.from_array(bq,'bq')]
# QLinearConv u8 in/out
save([h.make_node('QLinearConv',['x','xs','xz','wq','ws','wz','ys','yz','bq'],['y'])],inits,u8in,u8out,'qlinear.onnx')
# QDQ float in/out: Q -> DQ -> Conv(DQ w, DQ b) -> Q -> DQ
bsc=(xs*ws).astype(np.float32)
inits2=inits+[nh.from_array(bsc,'bs'),nh.from_array(np.zeros(C,np.int32),'bz')]
save([h.make_node('QuantizeLinear',['x','xs','xz'],['xq']),h.make_node('DequantizeLinear',['xq','xs','xz'],['xd']),
      h.make_node('DequantizeLinear',['wq','ws','wz'],['wd'],axis=0),h.make_node('DequantizeLinear',['bq','bs','bz'],['bd'],axis=0),
      h.make_node('Conv',['xd','wd','bd'],['c']),h.make_node('QuantizeLinear',['c','ys','yz'],['cq']),h.make_node('DequantizeLinear',['cq','ys','yz'],['y'])],inits2,fin,fout,'qdq.onnx')
# ConvInteger u8 x, s8 w -> int32
save([h.make_node('ConvInteger',['x','wq','xz'],['y'])],[nh.from_array(Wq,'wq'),nh.from_array(np.array(xz),'xz')],u8in,i32out,'convint.onnx')
# MatMulInteger on [M,K] x [K,N]
M=8*6*200
u8m=h.make_tensor_value_info('x',T.UINT8,[M,C])
save([h.make_node('MatMulInteger',['x','wm','xz'],['y'])],[nh.from_array(Wq.reshape(C,C).T.copy(),'wm'),nh.from_array(np.array(xz),'xz')],u8m,i32out,'matmulint.onnx')
# fp32 MatMul same shape
fm=h.make_tensor_value_info('x',T.FLOAT,[M,C])
save([h.make_node('MatMul',['x','wf'],['y'])],[nh.from_array(W.reshape(C,C).T.copy(),'wf')],fm,fout,'matmul.onnx')
# dynamic: DynamicQuantizeLinear + MatMulInteger + scale (float in/out), MatMul layout
save([h.make_node('DynamicQuantizeLinear',['x'],['xq','s','z']),h.make_node('MatMulInteger',['xq','wm','z'],['yi']),
      h.make_node('Cast',['yi'],['yf'],to=T.FLOAT),h.make_node('Mul',['s','wsr'],['sc']),h.make_node('Mul',['yf','sc'],['y'])],
     [nh.from_array(Wq.reshape(C,C).T.copy(),'wm'),nh.from_array(ws,'wsr')],fm,fout,'dynmatmul.onnx')
# QLinearMatMul u8 x s8 (per-tensor weights)
wst=np.float32(np.abs(W).max()/127); Wqt=np.round(W/wst).astype(np.int8).reshape(C,C).T.copy()
save([h.make_node('QLinearMatMul',['x','xs','xz','wm','wst','wzt','ys','yz'],['y'])],[nh.from_array(np.array(xs),'xs'),nh.from_array(np.array(xz),'xz'),nh.from_array(Wqt,'wm'),nh.from_array(np.array(wst),'wst'),nh.from_array(np.array(np.int8(0)),'wzt'),nh.from_array(np.array(ys),'ys'),nh.from_array(np.array(yz),'yz')],u8m,h.make_tensor_value_info('y',T.UINT8,None),'qlmatmul.onnx')
