#!/bin/bash
# usage: measure.sh name [wasm-opt level/flags...]   (default -Oz + booking.html params)
# input /tmp/sz/<name>.raw.wasm ; output /tmp/sz/out/<name>/
set -e
name=$1; shift
OPT=${*:--Oz}
WB=${WB:-wasm-bindgen}
out=/tmp/sz/out/$name${TAG:+-$TAG}; rm -rf $out; mkdir -p $out
PARAMS="--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue"
$WB --target=web --out-dir=$out --out-name=booking --no-typescript /tmp/sz/$name.raw.wasm
/tmp/sz/node/node_modules/.bin/wasm-opt --output=$out/final.wasm $OPT $out/booking_bg.wasm $PARAMS
if [ -n "$NAMES" ]; then /tmp/sz/node/node_modules/.bin/wasm-opt -g --output=$out/named.wasm $OPT $out/booking_bg.wasm $PARAMS; fi
node -e '
const {minify}=require("/tmp/sz/node/node_modules/terser");
const fs=require("fs");
minify(fs.readFileSync(process.argv[1],"utf8"),{module:true,ecma:2020,compress:{passes:2},mangle:true}).then(r=>fs.writeFileSync(process.argv[2],r.code));
' $out/booking.js $out/glue.min.js
w=$(node /tmp/sz/br.js $out/final.wasm | cut -f1,2); g=$(node /tmp/sz/br.js $out/glue.min.js | cut -f1,2)
echo -e "$name${TAG:+-$TAG}\twasm raw/br $w\tglue raw/br $g" | tee -a /tmp/sz/results.tsv
