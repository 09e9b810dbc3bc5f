# Bulletin: `make site` builds the sample portal into public/, `make test` runs the whole suite.
# Each target installs what this machine lacks (Debian packages with apt-get, Python tools in a
# venv under .build/) before running, so both work on a fresh machine.

SWIFT      ?= swift
CONTENT    ?= content
TEMPLATES  ?= templates
OUTPUT     ?= public
RELEASE_BIN = .build/release/bulletin
APT_GET     = DEBIAN_FRONTEND=noninteractive apt-get

.PHONY: site test unit lint deps bench search-bench clean

## site: build the sample portal into public/
site: deps
	$(SWIFT) build -c release --product bulletin
	$(RELEASE_BIN) build --content $(CONTENT) --templates $(TEMPLATES) --output $(OUTPUT)

## test: the whole suite (unit and golden tests, lint)
test: deps unit lint

unit: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

## deps: libcmark-dev (the Markdown parser) through apt-get when pkg-config cannot find it
deps:
	@pkg-config --exists libcmark 2>/dev/null || { \
		echo "Installing libcmark-dev with apt-get"; \
		$(APT_GET) update -qq && $(APT_GET) install -y -qq libcmark-dev pkg-config >/dev/null; }

## bench: this project against Hugo on the synthetic corpus (N articles, default 10000)
bench: deps
	../shared/bench/compare.sh $(or $(N),10000)

## search-bench: what one search query downloads on the synthetic corpus (N articles, default
## 10000): the bound over all queries and real queries in headless Chromium; build phases too
search-bench: deps
	@test -x .build/venv-bench/bin/python || { python3 -m venv .build/venv-bench && .build/venv-bench/bin/pip install -q selenium; }
	.build/venv-bench/bin/python Tests/bench/search_download.py --articles $(or $(N),10000)

clean:
	rm -rf .build $(OUTPUT)
