"""Shared fixtures for the browser tests: the sample site built for the sub-path /bantin/,
served on loopback, and a headless Chromium driven by Selenium.

`make browser` (part of `make test`) builds the site and passes its folder in
BULLETIN_SERVE_ROOT (the folder that holds bantin/) and the port in BULLETIN_PORT. Run by hand
without them, the fixtures build the site themselves with .build/debug/bulletin.

Fixtures other test files reuse:
- site_dir: the built site (the folder with index.html), as a pathlib.Path;
- base_url: "http://127.0.0.1:PORT/bantin/" (always ends with /bantin/);
- driver: a headless Chromium (Debian's chromium and chromium-driver); resize it with
  set_width(driver, 375). Storage is cleared before each test that asks for it.
"""

import os
import pathlib
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

ROOT = pathlib.Path(__file__).resolve().parents[2]
SUB_PATH = "bantin"
SCREENSHOTS = ROOT / ".build" / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_site(serve_root, port):
    """Builds content/ into serve_root/bantin; stops the whole run when the build fails."""
    binary = os.environ.get("BULLETIN_BIN", str(ROOT / ".build" / "debug" / "bulletin"))
    if not os.path.exists(binary):
        pytest.exit(f"{binary} does not exist: run `swift build --product bulletin` first (or `make browser`)", returncode=1)
    result = subprocess.run(
        [binary, "build", "--content", "content", "--templates", "templates",
         "--output", str(serve_root / SUB_PATH), "--base-url", f"http://127.0.0.1:{port}/{SUB_PATH}/"],
        cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        pytest.exit("the sample site does not build:\n" + result.stderr + result.stdout, returncode=1)


def start_web_server(root, port, base):
    """A static web server for `root` on loopback, once it answers on `base`."""
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(root)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 15
    while True:
        try:
            urllib.request.urlopen(base, timeout=1).read()
            return server
        except OSError:
            if time.time() > deadline or server.poll() is not None:
                server.kill()
                pytest.exit(f"the test web server did not answer on {base}", returncode=1)
            time.sleep(0.1)


@pytest.fixture(scope="session")
def served_site():
    """(site folder, base URL) with a web server running on loopback for the whole session."""
    given = os.environ.get("BULLETIN_SERVE_ROOT")
    if given:
        serve_root = pathlib.Path(given).resolve()
        port = int(os.environ["BULLETIN_PORT"])
        made = None
    else:
        made = tempfile.mkdtemp(prefix="bulletin-browser-")
        serve_root = pathlib.Path(made)
        port = free_port()
        build_site(serve_root, port)
    site = serve_root / SUB_PATH
    if not (site / "index.html").exists():
        pytest.exit(f"no site at {site}: the build did not write index.html", returncode=1)
    base = f"http://127.0.0.1:{port}/{SUB_PATH}/"
    server = start_web_server(serve_root, port, base)
    yield site, base
    server.terminate()
    server.wait(timeout=10)
    if made:
        shutil.rmtree(made, ignore_errors=True)


@pytest.fixture(scope="session")
def site_dir(served_site):
    return served_site[0]


@pytest.fixture(scope="session")
def base_url(served_site):
    return served_site[1]


def make_driver(javascript=True):
    options = Options()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=vi",
                     "--window-size=1280,900"):
        options.add_argument(argument)
    if not javascript:
        options.add_argument("--blink-settings=scriptEnabled=false")
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def set_width(driver, width, height=900):
    """Resizes the window so that the page's viewport is `width` CSS pixels wide. The page may
    still report its old width just after a resize: read it again until it is near the asked
    one, so the correction for the window's frame is never computed from a stale width."""
    driver.set_window_size(width, height)
    for _ in range(20):
        inner = driver.execute_script("return window.innerWidth")
        if inner == width:
            return
        if 0 < inner and abs(inner - width) < 100:
            driver.set_window_size(width + (width - inner), height)
            return
        time.sleep(0.05)


@pytest.fixture(scope="session")
def browser():
    driver = make_driver()
    yield driver
    driver.quit()


@pytest.fixture
def driver(browser, base_url):
    """The session's browser at 1280 px with empty storage (saved text size and contrast)."""
    browser.get(base_url + "404.html")
    browser.execute_script("window.localStorage.clear()")
    set_width(browser, 1280)
    return browser


@pytest.fixture(scope="session")
def driver_without_js():
    driver = make_driver(javascript=False)
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def pages(site_dir):
    """Addresses (relative to base_url) of representative pages of the sample site."""
    def first(pattern):
        found = sorted(site_dir.glob(pattern))
        assert found, f"no page matches {pattern} in {site_dir}"
        return found[0].parent.relative_to(site_dir).as_posix() + "/"
    return {
        "home": "",
        "article": "tin-tuc/hoi-nghi-truc-tuyen-tong-ket-cong-tac-cai-cach-hanh-chinh-nam-2022-cong-bo-chi/",
        "category": "chuyen-muc/cai-cach-hanh-chinh/",
        "scores": "chi-so/",
        "documents": "van-ban/",
        "document": first("van-ban/*/index.html"),
        "page": "gioi-thieu/",
    }
