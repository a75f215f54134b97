# The two commands of the README:
#   make run    install what is missing, build, serve on http://127.0.0.1:3000 with demo data
#   make test   install what is missing, run every check and test, browser tests included
# Both are safe to run again: nothing installed is installed twice.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

CARGO_LEPTOS_VERSION := 0.3.10
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ {getline; gsub(/"/, "", $$3); print $$3}' Cargo.lock)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# cargo-leptos finds wasm-opt (binaryen 132 from npm) and wasm-bindgen on PATH.
export PATH := $(CURDIR)/tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

DATA_DIR ?= data

.PHONY: help run test tools test-services browser-tools build lint unit-tests browser-tests clean-data bench-report soak bench-tools bench bench-smoke dataset-tool

help:
	@echo "make run   - install what is missing and serve the platform with demo data on http://127.0.0.1:3000"
	@echo "make test  - install what is missing and run every check and test"

## Tools for building: the wasm target, cargo-leptos, wasm-bindgen-cli and wasm-opt.
tools:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
		|| rustup target add wasm32-unknown-unknown
	@cargo leptos --version 2>/dev/null | grep -q " $(CARGO_LEPTOS_VERSION)$$" \
		|| cargo install cargo-leptos --version $(CARGO_LEPTOS_VERSION) --locked
	@wasm-bindgen --version 2>/dev/null | grep -q " $(WASM_BINDGEN_VERSION)$$" \
		|| cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)
	@[ -x tools/node_modules/.bin/wasm-opt ] \
		|| (cd tools && npm ci --no-audit --no-fund)

## Tools for browser tests: Debian's Chromium, poppler-utils (pdftotext reads
## the certificate PDF) and playwright-core.
browser-tools:
	@command -v chromium >/dev/null && command -v pdftotext >/dev/null \
		|| ($(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends chromium poppler-utils)
	@[ -d end2end/node_modules/playwright-core ] && [ -d end2end/node_modules/axe-core ] \
		|| (cd end2end && npm ci --no-audit --no-fund)

## A real SMTP server for the mail tests: Python's aiosmtpd, from PyPI.
test-services:
	@python3 -c "import aiosmtpd" 2>/dev/null \
		|| python3 -m pip install --quiet --disable-pip-version-check aiosmtpd==1.4.6 \
		|| python3 -m pip install --quiet --disable-pip-version-check --break-system-packages aiosmtpd==1.4.6

## Release build: server binary, wasm, JavaScript and CSS under target/site.
build: tools
	cargo leptos build --release

run: build
	./target/release/server --data-dir "$(DATA_DIR)" --demo

lint: tools
	cargo fmt --all -- --check
	cargo clippy -p server --all-targets -- -D warnings
	cargo clippy -p app --features ssr --all-targets -- -D warnings
	cargo clippy -p app --no-default-features --features hydrate --target wasm32-unknown-unknown -- -D warnings

# Time limits turn a hung test into a failure instead of a stalled CI run.
unit-tests: test-services
	timeout 1200 cargo test -p app --features ssr
	timeout 1800 cargo test -p server

browser-tests: build browser-tools
	cd end2end && npm test

test: lint unit-tests browser-tests bench-smoke

## Times the progress report of a 300-participant cohort (docs/benchmarks.md).
bench-report:
	cargo bench -p server --bench progress_report

## wrk and nginx for the load benchmark (Debian packages).
bench-tools:
	@command -v wrk >/dev/null && command -v nginx >/dev/null \
		|| ($(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends wrk nginx-light)

## The benchmark's data generator, a binary of its own outside the
## platform's, built with the tests' (debug) artifacts so that it costs no
## second release build.
dataset-tool:
	cargo build -p server --bin generate-dataset

## The load benchmark at full and one-tenth scale against the static-file
## ceiling; rewrites the results in docs/benchmarks.md (about 10 minutes).
bench: build bench-tools dataset-tool
	scripts/bench/run.sh

## The same script on a tiny dataset with one-second runs, so it cannot rot.
bench-smoke: build bench-tools dataset-tool
	scripts/bench/run.sh --smoke

## Bounded load test on loopback (docs/soak.md): 300 participants for 600 s by
## default; PARTICIPANTS=20 DURATION_SECONDS=30 make soak for a smoke run.
soak: build
	node scripts/soak/soak.mjs

## Starts the next `make run` on an empty database (with fresh demo data).
clean-data:
	rm -rf "$(DATA_DIR)"
