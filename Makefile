# Bulletin: `make site` builds the sample portal into public/, `make test` runs the whole suite.
# Each target installs what this machine lacks (Debian packages with apt-get, Python tools in a
# venv under .build/) before running, so both work on a fresh machine.

SWIFT      ?= swift
CONTENT    ?= content
TEMPLATES  ?= templates
OUTPUT     ?= public
RELEASE_BIN = .build/release/bulletin
APT_GET     = DEBIAN_FRONTEND=noninteractive apt-get

.PHONY: site test unit lint deps bench clean release kill-test fuzz fuzz-build leaks

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

release: deps
	$(SWIFT) build -c release --product bulletin

## kill-test: SIGKILL a 10,000-article build at random moments (TRIALS, default 20); public/ must
## stay as it was each time, and the next build must succeed and clean up (~1 min a trial here)
kill-test: release
	Tests/reliability/kill-trials.sh

## fuzz: build the libFuzzer targets (Tests/fuzz) and run each for FUZZ_TIME seconds (default 60)
FUZZ_TIME    ?= 60
FUZZ_TARGETS ?= FuzzFrontMatter FuzzMarkdown FuzzSlugs
fuzz: fuzz-build
	Tests/fuzz/run.sh $(FUZZ_TIME) $(FUZZ_TARGETS)

fuzz-build: deps
	$(SWIFT) build --package-path Tests/fuzz -c release \
		-Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -enable-testing

## leaks: a full build of the sample site under LeakSanitizer; fails on a leak in our code
leaks: deps
	Tests/reliability/leaks.sh

clean:
	rm -rf .build $(OUTPUT) Tests/fuzz/.build
