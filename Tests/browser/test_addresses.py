"""Addresses that don't move: a title corrected after the article was published gives a warning
and a page at the old address that the browser follows to the new one."""

import os
import shutil
import subprocess

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import ROOT, SUB_PATH, free_port, start_web_server

ARTICLE = "articles/2022/03/ket-qua-chi-so-cchc-2021.md"
NEW_TITLE = "Công bố kết quả Chỉ số CCHC và SIPAS năm 2021"


def run_build(content, output, base):
    binary = os.environ.get("BULLETIN_BIN", str(ROOT / ".build" / "debug" / "bulletin"))
    return subprocess.run(
        [binary, "build", "--content", str(content), "--templates", str(ROOT / "templates"),
         "--output", str(output), "--base-url", base],
        capture_output=True, text=True, env={**os.environ, "BULLETIN_LANG": "en"})


def test_a_corrected_title_leaves_a_page_at_the_old_address(browser, tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    port = free_port()
    base = f"http://127.0.0.1:{port}/{SUB_PATH}/"
    output = tmp_path / "root" / SUB_PATH
    output.parent.mkdir()
    first = run_build(content, output, base)
    assert first.returncode == 0, first.stderr
    old_pages = {p.parent for p in (output / "tin-tuc").glob("*/index.html")}

    article = content / ARTICLE
    text = article.read_text(encoding="utf-8")
    assert "\nslug:" not in text, "the test needs an article whose address comes from its title"
    lines = text.split("\n")
    lines = [f'title: "{NEW_TITLE}"' if line.startswith("title:") else line for line in lines]
    article.write_text("\n".join(lines), encoding="utf-8")
    second = run_build(content, output, base)
    assert second.returncode == 0, second.stderr
    assert "BLT1201" in second.stderr and "warning:" in second.stderr, second.stderr

    new_pages = {p.parent for p in (output / "tin-tuc").glob("*/index.html")}
    moved_to = [p for p in new_pages - old_pages]
    assert len(moved_to) == 1, moved_to
    old_address = next(line for line in second.stderr.splitlines() if "BLT1201" in line)
    old_route = old_address.split(" was ")[1].split(" ")[0]
    assert old_route.startswith(f"/{SUB_PATH}/tin-tuc/")

    server = start_web_server(tmp_path / "root", port, base)
    try:
        old_url = f"http://127.0.0.1:{port}{old_route}"
        browser.get(old_url)
        WebDriverWait(browser, 10).until(lambda d: d.current_url != old_url)
        assert browser.current_url == base + "tin-tuc/" + moved_to[0].name + "/"
        heading = WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.TAG_NAME, "h1"))
        assert heading[0].text == NEW_TITLE
    finally:
        server.terminate()
        server.wait(timeout=10)

    # The third build says nothing more, and the old address still leads on.
    third = run_build(content, output, base)
    assert third.returncode == 0 and "BLT1201" not in third.stderr, third.stderr
    assert (output / old_route.strip("/").removeprefix(SUB_PATH + "/") / "index.html").exists()
