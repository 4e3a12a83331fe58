#!/bin/bash
# approximate size before wasm-bindgen is available: wasm-opt -Oz on the raw cargo output, custom sections stripped
name=$1; shift
OPT=${*:--Oz}
WO=/tmp/sz/node/node_modules/.bin/wasm-opt
mkdir -p /tmp/sz/approx
python3 /tmp/sz/stripdesc.py /tmp/sz/$name.raw.wasm /tmp/sz/approx/$name.in.wasm; $WO /tmp/sz/approx/$name.in.wasm $OPT --strip-debug --strip-producers --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue -o /tmp/sz/approx/$name.wasm 2>&1 | grep -v "^$" | head -3
python3 - /tmp/sz/approx/$name.wasm <<'PY'
import sys
sys.path.insert(0,'/tmp/sz'); from wasmsize import leb
b=open(sys.argv[1],'rb').read(); out=bytearray(b[:8]); i=8
while i<len(b):
    sid=b[i]; s,j=leb(b,i+1); e=j+s
    if sid!=0: out+=b[i:e]
    i=e
open(sys.argv[1],'wb').write(out)
PY
echo -e "$name\t$(node /tmp/sz/br.js /tmp/sz/approx/$name.wasm | cut -f1,2)" | tee -a /tmp/sz/approx.tsv
