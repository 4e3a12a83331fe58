#!/bin/bash
# usage: buildloop.sh branch...   builds each branch's booking wasm into /tmp/sz/<branch-name>.raw.wasm
cd /work/wt-size
for br in "$@"; do
  name=${br#exp/}
  git checkout -q "$br" || { echo "checkout $br failed"; continue; }
  s=$(date +%s)
  if nice cargo build --release --target wasm32-unknown-unknown --bin booking > /tmp/sz/$name.log 2>&1; then
    cp target/wasm32-unknown-unknown/release/booking.wasm /tmp/sz/$name.raw.wasm
    echo "$name ok $(( $(date +%s) - s ))s"
  else
    echo "$name FAILED"; tail -20 /tmp/sz/$name.log
  fi
done
git checkout -q size-probe
echo loop-done
