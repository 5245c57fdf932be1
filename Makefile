# The README's two commands are `make serve` and `make test`; both install
# what they need first (scripts/setup, quick when everything is present).

SHELL := bash
.SHELLFLAGS := -euo pipefail -c

# wasm-opt comes from the npm package binaryen; trunk and wasm-bindgen from
# cargo's bin folder.
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CURDIR)/tests/e2e/node_modules/.bin:$(CARGO_BIN):$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver

# Panic locations put source paths into the wasm; remapping them keeps the
# build machine's folders out of what readers download (and 1.8 KB of it).
# Deferred (=): the registry folder exists only once setup has fetched.
CRATES = $(firstword $(wildcard $(CARGO_BIN)/../registry/src/index.crates.io-*))
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS = \
  $(if $(CRATES),--remap-path-prefix=$(abspath $(CRATES))/=) --remap-path-prefix=$(CURDIR)/=

WASM := --target wasm32-unknown-unknown

.PHONY: setup serve build studio package test lint unit stats wording browser e2e size bench screenshots builtin-data clean

setup:
	@scripts/setup

## Serve the widget at http://127.0.0.1:8080 (release build, rebuilt on
## change), the pack studio at /studio.html (built once, as it starts), and
## the tally server at http://127.0.0.1:8090 (its dashboard at /dashboard).
serve: setup studio
	scripts/serve

## Build the standalone page, the embedding kit and the pack studio into dist/.
build: setup studio
	trunk build --offline --release

# The pack studio: its own page and wasm, built by Trunk (Trunk.studio.toml)
# into target/studio; the widget's build (scripts/post-build.mjs) copies it
# into dist/.
studio:
	trunk build --offline --release --config Trunk.studio.toml

## Everything CI checks: formatting, lints, native, browser and end-to-end tests.
test: setup lint unit stats wording browser e2e

lint:
	cargo fmt --all -- --check
	scripts/check-imports src
	cargo clippy --locked --all-targets --features prerender -- -D warnings
	cargo clippy --locked --all-targets --features studio $(WASM) -- -D warnings
	# The widget's own wasm, without the studio (English words only), split.
	cargo clippy --locked --lib --bins --features split $(WASM) -- -D warnings
	cargo clippy --locked -p role-quiz-stats --all-targets -- -D warnings

# With the build tools' feature, so the pack schema's tests run too.
unit:
	cargo test --locked --features prerender

# The tally server over HTTP, on SQLite and on a throw-away PostgreSQL
# cluster (scripts/with-postgres starts it and removes it).
stats:
	scripts/with-postgres cargo test --locked -p role-quiz-stats

# The built-in pack (in each language: the quotes stay the articles' English)
# and the example post against the source articles: no run
# of 8+ words copied, every quote verbatim in the section it cites. The
# articles live outside the repository (../shared/sources); without them there
# is nothing to check against.
SOURCES := ../shared/sources
wording:
	@if [ -d $(SOURCES) ]; then \
	  for pack in content/cio-cto.json content/cio-cto.??.json; do \
	    scripts/check-wording $$pack $(SOURCES)/*.txt || exit 1; \
	  done && \
	  scripts/check-wording examples/blog-post.html $(SOURCES)/*.txt; \
	else \
	  echo "wording: $(SOURCES) is not here; skipping the check against the articles"; \
	fi

browser:
	cargo test --locked $(WASM) --test browser

# The tally server's binary too: stats.test.mjs starts it.
e2e: build
	cargo build --locked --release -p role-quiz-stats
	cd tests/e2e && node --test --test-concurrency=1 ./*.test.mjs

## The kit for bloggers who build nothing: target/package/role-quiz-<version>.zip
## (START-HERE.txt and the role-quiz/ folder) and an npm-ready .tgz of it.
package: build
	node scripts/package.mjs

## Transfer sizes of what a reader downloads.
size: build
	@node scripts/sizes.mjs dist

## What the widget costs a reader: sizes, start-up, interaction, scale, memory;
## and the tally server's answers per second and latency, on SQLite and PostgreSQL.
bench: build
	node tests/e2e/bench.mjs
	scripts/bench-stats

## Rewrite src/content/data.rs, the built-in pack as Rust data, after an
## edit of content/cio-cto.json (make unit fails until then).
builtin-data:
	UPDATE_BUILTIN_DATA=1 cargo test --locked --lib --features prerender builtin_data

## Refresh the README's screenshot from the e2e suite's.
screenshots: e2e
	cp target/screenshots/feedback-wrong-1280.png docs/screenshot.png

clean:
	cargo clean
	rm -rf dist
