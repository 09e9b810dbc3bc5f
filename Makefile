# Bulletin: `make site` builds the sample portal into public/, `make test` runs the whole suite.
# Each target installs what this machine lacks (Debian packages with apt-get, Python tools in a
# venv under .build/) before running, so both work on a fresh machine.

SWIFT      ?= swift
CONTENT    ?= content
TEMPLATES  ?= templates
OUTPUT     ?= public
RELEASE_BIN = .build/release/bulletin
APT_GET     = DEBIAN_FRONTEND=noninteractive apt-get

.PHONY: site test unit lint deps bench bench-incremental clean

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

## bench-incremental: rebuild times after one-article edits (body, title, new article) on the
## synthetic corpus of N articles (default 10000), as `bulletin serve` rebuilds; the result is
## compared byte for byte with a clean build. Output goes to a tmpfs when there is one.
BENCH_CORPUS ?= /tmp/bulletin-bench-incremental
bench-incremental: deps
	$(SWIFT) build -c release --product bulletin
	rm -rf $(BENCH_CORPUS) && python3 ../shared/bench/make_corpus.py $(BENCH_CORPUS) --articles $(or $(N),10000) >/dev/null
	out=$$( [ -d /dev/shm ] && [ -w /dev/shm ] && echo /dev/shm || echo /tmp )/bulletin-bench-incremental-out; \
		rm -rf $$out; $(RELEASE_BIN) bench-incremental --content $(BENCH_CORPUS)/content --templates $(TEMPLATES) --output $$out; \
		status=$$?; rm -rf $$out $(BENCH_CORPUS); exit $$status

clean:
	rm -rf .build $(OUTPUT)
