# Hjælpeguiden: two commands.
#   make run   - install what is missing, build the release app, serve it at http://127.0.0.1:8080
#   make test  - install what is missing, then every check, cheapest first
# Every install step checks first and is skipped when the tool is present, so repeat runs are quick.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

TRUNK_VERSION := 0.21.14
WASM_BINDGEN_VERSION := 0.2.130
MUTANTS_VERSION := 27.1.0
# The files `make mutants` changes: the whole domain unless named, e.g. make mutants MUTATE=src/domain/hours.rs
MUTATE ?= src/domain/**/*.rs
E2E := tests/e2e
NODE_BIN := $(CURDIR)/$(E2E)/node_modules/.bin
export PATH := $(NODE_BIN):$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver

.PHONY: help run test bench fuzz mutants setup setup-rust setup-browser setup-node build lint audit test-native \
  test-wasm test-e2e

help:
	@echo "make run    build and serve the app at http://127.0.0.1:8080"
	@echo "make test   every check: fmt, clippy (native + wasm32), doc links, no yanked crate, native tests, release build,"
	@echo "            wasm tests, e2e"
	@echo "make bench  sizes (raw/gzip/brotli), first-load total, timings and Lighthouse scores"
	@echo "make fuzz   a longer run of the never-panic properties of the decoders and the search"
	@echo "make mutants  change the domain's code one way at a time and check that a native test fails each time"

setup: setup-rust setup-browser setup-node

setup-rust:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@rustup component list --installed | grep -q '^clippy' || rustup component add clippy
	@rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
	@trunk --version 2>/dev/null | grep -qF "$(TRUNK_VERSION)" || cargo install trunk --version $(TRUNK_VERSION) --locked
	@# Not --locked: wasm-bindgen-cli 0.2.130's own lock file names webpki-roots 1.0.11, which the crates.io index
	@# these machines reach does not list; the CLI version is exact.
	@wasm-bindgen --version 2>/dev/null | grep -qF "$(WASM_BINDGEN_VERSION)" || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)

setup-browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver; fi

setup-node:
	@command -v node >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y nodejs npm; }
	@# npm writes node_modules/.package-lock.json on install: older than the lock file means the packages changed.
	@[ $(E2E)/node_modules/.package-lock.json -nt $(E2E)/package-lock.json ] || (cd $(E2E) && npm ci --no-audit --no-fund)

build: setup-rust setup-node
	trunk build --release

run: build
	node $(E2E)/server.mjs dist

lint: setup-rust
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --workspace --target wasm32-unknown-unknown -- -D warnings
	@# Doc comments are part of the code: a link that does not resolve fails like a lint.
	RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --document-private-items

# Asks crates.io's index whether a locked version has been yanked (the reason is in the script).
audit: setup-node
	node .ci/yanked.mjs Cargo.lock

test-native: setup-rust
	cargo test

test-wasm: setup-rust setup-browser
	cargo test --target wasm32-unknown-unknown --test web

test-e2e: build setup-browser setup-node
	cd $(E2E) && npx playwright test

test: setup lint audit test-native build test-wasm test-e2e
	@echo "make test: all checks passed"

# Lighthouse is only for bench, so its packages (tests/lighthouse/package-lock.json) are not part of `make test`.
bench: build setup-browser
	@[ -x tests/lighthouse/node_modules/.bin/lighthouse ] || (cd tests/lighthouse && npm ci --no-audit --no-fund)
	node $(E2E)/bench.mjs dist
	node tests/lighthouse/run.mjs dist
	cargo test --release --test bench -- --ignored --nocapture

fuzz: setup-rust
	PROPTEST_CASES=200000 cargo test --profile fuzz --test decoders
	PROPTEST_CASES=100000 cargo test --profile fuzz --test search a_query_of_the_searchs_own_words

# Mutation testing: cargo-mutants changes the code one way at a time (`<` for `<=`, a function that returns a default,
# a match arm deleted) and runs the native tests; a change no test notices is a rule no test holds. Not part of
# `make test`: the whole domain is about 2,000 changes, roughly 15 s each on two cores. The property tests try 64
# cases each here, which is enough to notice a broken rule. The report is in target/mutants.out (missed.txt).
mutants: setup-rust
	@cargo mutants --version 2>/dev/null | grep -qF "$(MUTANTS_VERSION)" || \
	  cargo install cargo-mutants --version $(MUTANTS_VERSION) --locked
	PROPTEST_CASES=64 cargo mutants $(foreach file,$(MUTATE),--file '$(file)') --profile mutants --jobs 2 \
	  --timeout 120 --output target
