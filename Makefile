# Pendamping Prakerja Jatim — the two commands that matter are `make run` and `make test`.
SHELL := /bin/bash
PORT ?= 8090

.PHONY: run test backend bench setup build diagrams clean

## Install what is missing, build the release bundle, serve it with the booking store.
run:
	bash scripts/run.sh

## Every test: native, wasm-in-browser, backend integration, end-to-end.
test:
	bash scripts/test.sh

## The booking store alone (PocketBase), fresh throwaway data, foreground. PORT=8090
backend:
	PORT=$(PORT) bash scripts/backend.sh

## Size, speed and load figures, one `name: value` per line.
bench:
	@bash scripts/bench.sh

setup:
	bash scripts/setup.sh

build:
	bash scripts/build.sh

## Every troubleshooting flow as a Mermaid diagram (docs/flows/).
diagrams:
	cargo run --quiet --bin flow-diagram -- docs/flows

clean:
	rm -rf dist target
