# Bulletin: `make site` builds the sample portal into public/, `make test` runs the whole suite.
# Each target installs what this machine lacks (Debian packages with apt-get, Python tools in a
# venv under .build/) before running, so both work on a fresh machine.

SWIFT      ?= swift
CONTENT    ?= content
TEMPLATES  ?= templates
OUTPUT     ?= public
RELEASE_BIN = .build/release/bulletin
APT_GET     = DEBIAN_FRONTEND=noninteractive apt-get

VENV        = .build/venv
PYTHON     ?= python3

.PHONY: site test unit lint deps browser browser-deps bench bench-incremental bench-disk bench-images search-bench clean release install kill-test fuzz fuzz-build fuzz-smoke leaks soak messages-doc

## site: build the sample portal into public/
site: deps
	$(SWIFT) build -c release --product bulletin
	$(RELEASE_BIN) build --content $(CONTENT) --templates $(TEMPLATES) --output $(OUTPUT)

## test: the whole suite (unit and golden tests, lint, leaks, a short fuzz run, browser tests)
test: deps unit lint leaks fuzz-smoke browser

unit: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

## messages-doc: write docs/messages.md (every message code, in English and Vietnamese) from the catalogs
messages-doc: deps
	$(SWIFT) build --build-tests
	BULLETIN_WRITE_DOCS=1 $(SWIFT) test --skip-build --filter MessageCatalogTests/theDocsListEveryCode

## browser: builds the sample site for http://127.0.0.1:PORT/bantin/ into a temporary folder and runs
## Tests/browser (served on loopback under /bantin/ by conftest.py). A site that does not build
## fails here, loudly, with the build's messages.
browser: deps browser-deps
	$(SWIFT) build --product bulletin
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	port=$$($(VENV)/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])') && \
	echo "Building the sample site for http://127.0.0.1:$$port/bantin/" && \
	.build/debug/bulletin build --content $(CONTENT) --templates $(TEMPLATES) --output "$$tmp/bantin" \
		--base-url "http://127.0.0.1:$$port/bantin/" && \
	BULLETIN_SERVE_ROOT="$$tmp" BULLETIN_PORT="$$port" $(VENV)/bin/python -m pytest Tests/browser -q -o cache_dir=.build/pytest-cache

## browser-deps: Debian's chromium, chromium-driver and a Java runtime (for the Nu HTML checker),
## fonts with Vietnamese, and the Python packages in a venv under .build/
browser-deps: $(VENV)/.installed
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v chromedriver >/dev/null 2>&1 || missing="$$missing chromium-driver"; \
	command -v java >/dev/null 2>&1 || missing="$$missing default-jre-headless"; \
	command -v fc-list >/dev/null 2>&1 || missing="$$missing fontconfig"; \
	fc-list 2>/dev/null | grep -qi dejavu || missing="$$missing fonts-dejavu-core"; \
	if [ -n "$$missing" ]; then \
		echo "Installing$$missing with apt-get"; \
		$(APT_GET) update -qq && $(APT_GET) install -y -qq $$missing >/dev/null; \
	fi

$(VENV)/.installed: Tests/browser/requirements.txt
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { \
		echo "Installing python3-venv with apt-get"; \
		$(APT_GET) update -qq && $(APT_GET) install -y -qq python3-venv >/dev/null && $(PYTHON) -m venv $(VENV); }
	$(VENV)/bin/pip install -q --disable-pip-version-check -r Tests/browser/requirements.txt
	@touch $@

## deps: libcmark-dev (the Markdown parser), libxxhash-dev (content hashes of published files),
## libvips-dev and libturbojpeg0-dev (photos), Debian's cmark command (the reference the Markdown tests compare with),
## and the tools the image tests make photos with (vips, exiftool), through apt-get when missing
deps:
	@missing=""; \
	pkg-config --exists libcmark 2>/dev/null || missing="$$missing libcmark-dev pkg-config"; \
	pkg-config --exists libxxhash 2>/dev/null || missing="$$missing libxxhash-dev pkg-config"; \
	pkg-config --exists vips libwebpmux 2>/dev/null || missing="$$missing libvips-dev pkg-config"; \
	pkg-config --exists libturbojpeg 2>/dev/null || missing="$$missing libturbojpeg0-dev pkg-config"; \
	test -x /usr/bin/cmark || missing="$$missing cmark"; \
	test -x /usr/bin/vips || missing="$$missing libvips-tools"; \
	test -x /usr/bin/exiftool || missing="$$missing libimage-exiftool-perl"; \
	if [ -n "$$missing" ]; then \
		echo "Installing$$missing with apt-get"; \
		$(APT_GET) update -qq && $(APT_GET) install -y -qq $$missing >/dev/null; \
	fi

## bench: this project against Hugo on the synthetic corpus (N articles, default 10000)
bench: deps
	../shared/bench/compare.sh $(or $(N),10000)

## search-bench: what one search query downloads on the synthetic corpus (N articles, default
## 10000): the bound over all queries and real queries in headless Chromium; build phases too
search-bench: deps
	@test -x .build/venv-bench/bin/python || { python3 -m venv .build/venv-bench && .build/venv-bench/bin/pip install -q selenium; }
	.build/venv-bench/bin/python Tests/bench/search_download.py --articles $(or $(N),10000)

## bench-incremental: rebuild times after one-article edits (body, title, new article) on the
## corpus of Tests/bench/corpus.py with N articles (default 10000), as `bulletin serve` rebuilds; the result is
## compared byte for byte with a clean build. Output goes to a tmpfs when there is one.
BENCH_CORPUS ?= /tmp/bulletin-bench-incremental
bench-incremental: deps
	$(SWIFT) build -c release --product bench-incremental
	rm -rf $(BENCH_CORPUS) && python3 Tests/bench/corpus.py $(BENCH_CORPUS) --articles $(or $(N),10000) >/dev/null
	out=$$( [ -d /dev/shm ] && [ -w /dev/shm ] && echo /dev/shm || echo /tmp )/bulletin-bench-incremental-out; \
		rm -rf $$out; .build/release/bench-incremental --content $(BENCH_CORPUS)/content --templates $(TEMPLATES) --output $$out; \
		status=$$?; rm -rf $$out $(BENCH_CORPUS); exit $$status

## bench-images: 20 camera-size photos (4000×3000) processed cold and from the cache, against
## Hugo's image processing with the same copies (a few minutes; not in make test)
bench-images: release
	Tests/bench/images.sh

## bench-disk: the everyday rebuild on a real disk (first build, nothing changed, one body
## changed, one new article, and serve's first answer) against Hugo in the same run, on the
## shared corpus of N articles (default 10000) under .build/bench-disk (several minutes)
bench-disk: release
	ARTICLES=$(or $(N),10000) Tests/bench/disk.sh

release: deps
	$(SWIFT) build -c release --product bulletin

## install: the program into PREFIX/bin and the default theme into PREFIX/share/bulletin/templates
PREFIX ?= /usr/local
install: release
	install -D -m 755 $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/bulletin
	mkdir -p $(DESTDIR)$(PREFIX)/share/bulletin
	rm -rf $(DESTDIR)$(PREFIX)/share/bulletin/templates
	cp -R $(TEMPLATES) $(DESTDIR)$(PREFIX)/share/bulletin/templates

## kill-test: SIGKILL a 10,000-article build at random moments (TRIALS, default 21); public/ must
## stay as it was each time, and the next build must succeed and clean up (~15 s a trial)
kill-test: release
	Tests/reliability/kill-trials.sh

## fuzz: build the libFuzzer targets (Tests/fuzz) and run each for FUZZ_TIME seconds (default 60)
FUZZ_TIME    ?= 60
FUZZ_TARGETS ?= FuzzFrontMatter FuzzMarkdown FuzzSlugs FuzzScores FuzzTemplates
fuzz: fuzz-build
	Tests/fuzz/run.sh $(FUZZ_TIME) $(FUZZ_TARGETS)

## fuzz-smoke: each fuzz target for FUZZ_SMOKE_TIME seconds (default 10) from the committed corpus,
## as part of make test
FUZZ_SMOKE_TIME ?= 10
fuzz-smoke: fuzz-build
	Tests/fuzz/run.sh $(FUZZ_SMOKE_TIME) $(FUZZ_TARGETS)

# Target by target: a plain `swift build` of the fuzz package would also build the bulletin
# command and the preview server (Hummingbird, SwiftNIO) with the sanitizers, which no target uses.
fuzz-build: deps
	for target in $(FUZZ_TARGETS); do \
		$(SWIFT) build --package-path Tests/fuzz -c release --product $$target \
			-Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -enable-testing || exit 1; \
	done

## leaks: whole builds (sample site, fixtures, a corpus, hostile input) under LeakSanitizer;
## fails on any leak
leaks: deps
	Tests/reliability/leaks.sh

## soak: serve on a 1,000-article corpus through 1,000 one-article edits; resident memory may
## not grow by more than 2 MB after the first 100 rebuilds (a few minutes; not in make test)
soak: deps
	Tests/reliability/soak.sh

clean:
	rm -rf .build .build-asan $(OUTPUT) $(dir $(OUTPUT)).$(notdir $(OUTPUT)).* Tests/fuzz/.build
