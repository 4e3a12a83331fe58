#!/bin/bash
n=$1
for f in "-Oz --converge" "-O3" "-Os" "-O3 --low-memory-unused" "-Oz --low-memory-unused"; do
  tag=$(echo "$f" | tr -d ' -')
  node/node_modules/.bin/wasm-opt approx/$n.in.wasm $f --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue -o approx/$n.$tag.wasm
  python3 - approx/$n.$tag.wasm <<'PY'
import sys
sys.path.insert(0,'/tmp/sz'); from wasmsize import leb
b=open(sys.argv[1],'rb').read(); out=bytearray(b[:8]); i=8
while i<len(b):
    sid=b[i]; s,j=leb(b,i+1); e=j+s
    if sid!=0: out+=b[i:e]
    i=e
open(sys.argv[1],'wb').write(out)
PY
  echo -e "$n\t$f\t$(node br.js approx/$n.$tag.wasm | cut -f1,2)"
done
