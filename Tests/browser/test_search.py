"""Site search in Chromium, on the sample site served under /bantin/: Vietnamese folding
(accents, đ, NFC/NFD, hoà/hòa), phrase and exact-accent ranking, highlighted results, and no
request to any other host. Fixtures (site_dir, base_url, driver) come from conftest.py.

The expected first results follow from the sample articles and the ranking rule (an exact
accented word or an adjacent pair of query words each count a point; ties go to the newer
article); each test says why its article should come first.
"""

import unicodedata
import urllib.parse

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

NEWEST_ON_REFORM = "tin-tuc/trien-khai-bo-chi-so-cai-cach-hanh-chinh-moi-cua-cac-so-ban-nganh-va-ubnd-cap/"
DECREE_29 = "tin-tuc/trien-khai-nghi-dinh-so-29-2023-nd-cp-ve-tinh-gian-bien-che/"
RECORDS_TRAINING = "tin-tuc/tap-huan-nghiep-vu-van-thu-luu-tru-va-lap-ho-so-dien-tu-nam-2022/"
YOUTH_TRAINING = "tin-tuc/tap-huan-cong-tac-quan-ly-nha-nuoc-ve-thanh-nien-nam-2023/"

# Done: results are on the page, or the status says none were found or the index did not load.
# (A partial match's status, "Không có tin bài nào chứa đủ mọi từ…", is written before its
# results are: waiting for any status starting "Không" raced with them.)
DONE = """
const status = document.querySelector('.search-status').textContent;
return document.querySelectorAll('.search-result').length > 0
    || status.startsWith('Không tìm thấy') || status.startsWith('Không tải được');
"""


def wait_for_results(driver):
    WebDriverWait(driver, 15).until(lambda d: d.execute_script(DONE))


def search(driver, base_url, query):
    """Opens the search page for `query`; returns the result addresses relative to base_url."""
    driver.get(base_url + "tim-kiem/?q=" + urllib.parse.quote(query))
    wait_for_results(driver)
    return result_routes(driver, base_url)


def result_routes(driver, base_url):
    links = driver.find_elements(By.CSS_SELECTOR, ".search-result h2 a")
    hrefs = [a.get_attribute("href") for a in links]
    assert all(h.startswith(base_url) for h in hrefs), hrefs
    return [h[len(base_url):] for h in hrefs]


def test_query_without_accents_finds_accented_text(driver, base_url):
    plain = search(driver, base_url, "cai cach hanh chinh")
    accented = search(driver, base_url, "cải cách hành chính")
    # The newest article with the whole phrase comes first, typed either way.
    assert plain[0] == NEWEST_ON_REFORM
    assert accented[0] == NEWEST_ON_REFORM
    assert len(plain) >= 5


def test_nfd_query_equals_nfc_query(driver, base_url):
    nfc = unicodedata.normalize("NFC", "tinh giản biên chế")
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    from_nfd = search(driver, base_url, nfd)
    from_nfc = search(driver, base_url, nfc)
    assert from_nfd == from_nfc
    # Decree 29 has the phrase in its title and text; other articles mention the words apart.
    assert from_nfd[0] == DECREE_29


def test_adjacent_words_rank_before_newer_articles(driver, base_url):
    found = search(driver, base_url, "văn bản giấy")
    # Two articles of 2023 hold "văn", "bản" and "giấy" apart; the records training of 2022 has
    # "văn bản giấy" as a phrase, so it comes first although it is older.
    assert found[0] == RECORDS_TRAINING
    assert len(found) >= 2


def test_exact_accents_rank_first(driver, base_url):
    # "tinh" (no accents) matches tỉnh, tình, tính…: the newest article comes first.
    assert search(driver, base_url, "tinh")[0] == NEWEST_ON_REFORM
    # "tình" matches the same articles, but those with "tình" itself come first: the newest is
    # the youth-work training of August 2023 (the October article has "tỉnh" only).
    exact = search(driver, base_url, "tình")
    assert exact[0] == YOUTH_TRAINING
    assert NEWEST_ON_REFORM in exact


def test_tone_placement_and_d(driver, base_url):
    assert search(driver, base_url, "hoà") == search(driver, base_url, "hòa")
    assert search(driver, base_url, "HÒA") == search(driver, base_url, "hòa")
    dang = search(driver, base_url, "đảng ủy")
    assert dang and dang == search(driver, base_url, "dang uy")


def test_results_show_title_date_category_and_highlights(driver, base_url):
    search(driver, base_url, "cai cach hanh chinh")
    first = driver.find_element(By.CSS_SELECTOR, ".search-result")
    marks = [m.text for m in first.find_elements(By.TAG_NAME, "mark")]
    assert [m.lower() for m in marks[:4]] == ["cải", "cách", "hành", "chính"]
    meta = first.find_element(By.CSS_SELECTOR, ".meta").text
    date, _, category = meta.partition(" · ")
    assert len(date) == 10 and date[2] == "/" and date[5] == "/"
    assert category == "Cải cách hành chính"
    assert first.find_element(By.CSS_SELECTOR, "time").get_attribute("datetime").count("-") == 2
    status = driver.find_element(By.CSS_SELECTOR, ".search-status").text
    assert status.startswith("Tìm thấy")


def test_form_searches_without_leaving_the_page(driver, base_url):
    driver.get(base_url + "tim-kiem/")
    box = driver.find_element(By.CSS_SELECTOR, "#tim-kiem input[name=q]")
    box.send_keys("van ban giay", Keys.ENTER)
    wait_for_results(driver)
    assert result_routes(driver, base_url)[0] == RECORDS_TRAINING
    assert driver.current_url == base_url + "tim-kiem/?q=van%20ban%20giay"


def test_no_result_says_so(driver, base_url):
    assert search(driver, base_url, "xyzzy quux") == []
    assert "Không tìm thấy" in driver.find_element(By.CSS_SELECTOR, ".search-status").text


def test_no_request_leaves_the_site(driver, base_url):
    search(driver, base_url, "cải cách hành chính")
    origin = urllib.parse.urlsplit(base_url)
    urls = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert any("/tim-kiem/chi-muc/" in u for u in urls)
    for url in urls:
        parts = urllib.parse.urlsplit(url)
        assert (parts.scheme, parts.netloc) == (origin.scheme, origin.netloc), url
        assert parts.path.startswith(origin.path), url


def test_search_page_says_what_to_do_without_javascript(site_dir, base_url):
    page = (site_dir / "tim-kiem" / "index.html").read_text(encoding="utf-8")
    start = page.index("<noscript>")
    noscript = page[start:page.index("</noscript>", start)]
    assert "JavaScript" in noscript
    path = urllib.parse.urlsplit(base_url).path
    for link in ("chuyen-muc/", "luu-tru/"):
        assert f'href="{path}{link}"' in noscript


def test_words_that_name_object_properties_are_ordinary_words(driver, base_url):
    # "constructor" is a key of every JavaScript object: it must be looked up in the shard's own
    # keys, so the query ends as "nothing found", not as a failed search; with a real word beside
    # it, that word's articles are found.
    assert search(driver, base_url, "constructor") == []
    status = driver.find_element(By.CSS_SELECTOR, ".search-status").text
    assert status.startswith("Không tìm thấy"), status
    assert search(driver, base_url, "constructor tinh giản") != []
