"""Feeds, sitemap and robots.txt of the sample site, read as a feed reader and a crawler would
(feedparser and the standard XML parser), over HTTP from the site served under /bantin/."""

import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import feedparser

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        assert response.status == 200, url
        return response.read()


def feed_paths(site_dir):
    return sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*.xml")
                  if p.name in ("rss.xml", "atom.xml"))


def test_every_feed_parses_without_error(site_dir, base_url):
    paths = feed_paths(site_dir)
    assert "rss.xml" in paths and "atom.xml" in paths
    assert sum(p.startswith("chuyen-muc/") for p in paths) >= 8, "both feeds of every category"
    for path in paths:
        parsed = feedparser.parse(fetch(base_url + path))
        assert parsed.bozo == 0, (path, parsed.get("bozo_exception"))
        assert parsed.version in ("rss20", "atom10"), path
        ids = [entry.id for entry in parsed.entries]
        assert ids, path
        assert len(set(ids)) == len(ids), f"{path}: repeated ids"
        assert len(ids) <= 50
        for entry in parsed.entries:
            assert entry.link.startswith(base_url), entry.link
            assert entry.title and entry.summary
            assert entry.published_parsed is not None


def test_feed_dates_carry_the_site_offset(site_dir, base_url):
    rss = fetch(base_url + "rss.xml").decode("utf-8")
    atom = fetch(base_url + "atom.xml").decode("utf-8")
    assert "+0700</pubDate>" in rss and "+0000" not in rss
    assert "+07:00</published>" in atom and "+07:00</updated>" in atom


def test_pages_link_their_feeds(driver, base_url):
    driver.get(base_url + "chuyen-muc/cai-cach-hanh-chinh/")
    links = driver.execute_script(
        "return [...document.querySelectorAll('link[rel=alternate]')].map(l => [l.type, l.href])")
    hrefs = {href for _, href in links}
    assert base_url + "rss.xml" in hrefs and base_url + "atom.xml" in hrefs
    assert base_url + "chuyen-muc/cai-cach-hanh-chinh/rss.xml" in hrefs
    for _, href in links:
        assert feedparser.parse(fetch(href)).bozo == 0


def test_sitemap_lists_every_page(site_dir, base_url):
    root = ET.fromstring(fetch(base_url + "sitemap.xml"))
    listed = [loc.text for loc in root.iter(SITEMAP + "loc")]
    assert len(set(listed)) == len(listed)
    pages = set()
    for path in site_dir.rglob("*.html"):
        relative = path.relative_to(site_dir).as_posix()
        # The not-found page, and the pages at old addresses that send readers on (aliases:).
        if relative == "404.html" or 'http-equiv="refresh"' in path.read_text(encoding="utf-8"):
            continue
        pages.add(base_url + (relative[:-len("index.html")] if relative.endswith("index.html") else relative))
    assert set(listed) == pages
    for url in listed:
        assert url.startswith(base_url)
        fetch(url)
    dated = [u for u in root.iter(SITEMAP + "url") if u.find(SITEMAP + "lastmod") is not None]
    assert all(u.find(SITEMAP + "lastmod").text.endswith("+07:00") for u in dated)
    dated_urls = {u.find(SITEMAP + "loc").text for u in dated}
    with_dates = [u for u in listed if u == base_url
                  or u[len(base_url):].startswith(("tin-tuc/", "chuyen-muc/", "the/", "luu-tru/"))]
    assert with_dates and set(with_dates) <= dated_urls, \
        "the home page, every article and every list page carry <lastmod>"


def test_robots_points_to_the_sitemap(base_url):
    robots = fetch(base_url + "robots.txt").decode("utf-8")
    assert f"Sitemap: {base_url}sitemap.xml" in robots.splitlines()
