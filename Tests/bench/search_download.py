#!/usr/bin/env python3
"""How much one search query downloads, on a large site (make_corpus.py, 10,000 articles).

    Tests/bench/search_download.py [--articles N] [--queries Q] [--site DIR] [--no-browser]

Builds the synthetic corpus with the release binary (unless --site names a built site), prints
the build phases, then measures the search index two ways:

1. A bound from the file sizes, for any query: the manifest, plus the largest word shards (one
   per distinct query word, at most `maxWords`), the largest pair shards (one per adjacent pair,
   at most maxWords - 1) and the largest document shards (one per result shown, 10 at most).
2. Real queries in headless Chromium (search.js, as a visitor runs it): titles of articles, the
   commonest words, long and accented queries. The bytes of every index file a query fetched
   (the Performance API's encodedBodySize: what a visitor with an empty cache downloads).

The last line is machine-readable:
    RESULT articles=N bound_bytes=B max_query_bytes=M queries=Q
Run from the project root; needs chromium, chromium-driver and selenium (Tests/browser).
"""

import argparse
import json
import os
import pathlib
import random
import re
import socket
import subprocess
import sys
import tempfile
import time
import unicodedata
import urllib.parse
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS_SCRIPT = ROOT.parent / "shared" / "bench" / "make_corpus.py"
RESULTS_PER_PAGE = 10


def build(articles, work):
    corpus = work / "corpus"
    subprocess.run([sys.executable, str(CORPUS_SCRIPT), str(corpus), "--articles", str(articles)],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["swift", "build", "-c", "release", "--product", "bulletin"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    binary = ROOT / ".build" / "release" / "bulletin"
    site = work / "serve" / "bantin"
    site.parent.mkdir(parents=True, exist_ok=True)
    # The site is served under /bantin/: only the path of --base-url matters to search.js.
    result = subprocess.run([str(binary), "build", "--content", str(corpus / "content"), "--output", str(site),
                             "--base-url", "http://127.0.0.1/bantin/", "--timings"],
                            cwd=ROOT, capture_output=True, text=True, check=True)
    phases = [line for line in result.stderr.splitlines() if re.match(r"^\S.*\s+[0-9.]+ s$", line)]
    print("Build phases (release):")
    for line in phases:
        print("   ", line)
    print("   ", result.stdout.strip())
    return site


def bound(site):
    index = site / "tim-kiem" / "chi-muc"
    manifest = json.loads((index / "manifest.json").read_text(encoding="utf-8"))
    sizes = {kind: sorted((p.stat().st_size for p in (index / kind).iterdir()), reverse=True) for kind in "wpd"}
    words = manifest["maxWords"]
    total = ((index / "manifest.json").stat().st_size + sum(sizes["w"][:words]) + sum(sizes["p"][:words - 1])
             + sum(sizes["d"][:RESULTS_PER_PAGE]))
    print(f"Index: {manifest['documents']} documents; {len(sizes['w'])} word shards (largest {sizes['w'][0]} B), "
          f"{len(sizes['p'])} pair shards (largest {sizes['p'][0]} B), {len(sizes['d'])} document shards "
          f"(largest {sizes['d'][0]} B); total {sum(map(sum, sizes.values())) / 1e6:.1f} MB")
    print(f"Bound for any query ({words} words, {words - 1} pairs, {RESULTS_PER_PAGE} results): {total} B "
          f"= {total / 1024:.1f} KiB")
    return total


def queries(site, count):
    """Titles of random articles, the commonest words, long and accented queries, NFD forms."""
    rows = []
    for path in sorted((site / "tim-kiem" / "chi-muc" / "d").iterdir()):
        rows += json.loads(path.read_text(encoding="utf-8"))
    rng = random.Random(5)
    titles = [row[1] for row in rng.sample(rows, min(len(rows), count))]
    words = {}
    for row in rows:
        for w in re.findall(r"\w+", row[1].lower()):
            words[w] = words.get(w, 0) + 1
    common = [w for w, _ in sorted(words.items(), key=lambda kv: -kv[1])[:40]]
    found = list(titles)
    found += [" ".join(common[i:i + 8]) for i in range(0, 40, 8)]
    found += [" ".join(common[i:i + 2]) for i in range(0, 20, 2)]
    found += [unicodedata.normalize("NFD", t) for t in titles[:5]]
    found += ["cai cach hanh chinh", "cải cách hành chính", "chỉ số hài lòng", "dang uy", "hoà bình"]
    return found


def measure(site, query_list):
    sys.path.insert(0, str(ROOT / "Tests" / "browser"))
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.support.ui import WebDriverWait

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                               "--directory", str(site.parent)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}/{site.name}/"
    options = Options()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")),
                              options=options)
    done = """const s = document.querySelector('.search-status').textContent;
              return document.querySelectorAll('.search-result').length > 0 || s.startsWith('Không')"""
    sizes = """return performance.getEntriesByType('resource').filter(e => e.name.includes('/chi-muc/'))
               .map(e => [e.name, e.encodedBodySize])"""
    worst = (0, "")
    try:
        for _ in range(50):
            try:
                urllib.request.urlopen(base, timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        for query in query_list:
            driver.get(base + "tim-kiem/?q=" + urllib.parse.quote(query))
            WebDriverWait(driver, 60).until(lambda d: d.execute_script(done))
            fetched = dict(driver.execute_script(sizes))
            total = sum(fetched.values())
            if total > worst[0]:
                worst = (total, query)
    finally:
        driver.quit()
        server.terminate()
    print(f"Chromium, {len(query_list)} queries: largest download {worst[0]} B = {worst[0] / 1024:.1f} KiB "
          f"for {worst[1]!r}")
    return worst[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--queries", type=int, default=60)
    parser.add_argument("--site", help="a site already built, whose folder name is its base path (…/bantin/)")
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir="/dev/shm" if os.access("/dev/shm", os.W_OK) else None) as work:
        site = pathlib.Path(args.site) if args.site else build(args.articles, pathlib.Path(work))
        limit = bound(site)
        query_list = queries(site, args.queries)
        largest = 0 if args.no_browser else measure(site, query_list)
        documents = json.loads((site / "tim-kiem" / "chi-muc" / "manifest.json").read_text())["documents"]
        print(f"RESULT articles={documents} bound_bytes={limit} max_query_bytes={largest} "
              f"queries={0 if args.no_browser else len(query_list)}")


if __name__ == "__main__":
    main()
