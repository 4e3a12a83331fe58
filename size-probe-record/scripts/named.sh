#!/bin/bash
n=$1
python3 /tmp/sz/stripdesc.py /tmp/sz/$n.raw.wasm /tmp/sz/approx/$n.in.wasm && /tmp/sz/node/node_modules/.bin/wasm-opt /tmp/sz/approx/$n.in.wasm -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue -o /tmp/sz/approx/$n.named.wasm
