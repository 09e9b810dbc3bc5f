"""What readers do: change the text size and contrast (remembered across pages), print, open
the menu on a phone, filter the documents, read pages from 320 to 1920 px without scrolling
sideways."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import ROOT, set_width


def html_state(driver):
    return tuple(driver.execute_script(
        "const h = document.documentElement;"
        "return [h.getAttribute('data-text-size'), h.classList.contains('contrast'),"
        " parseFloat(getComputedStyle(h).fontSize), getComputedStyle(document.body).backgroundColor]"))


def click(driver, action):
    driver.find_element(By.CSS_SELECTOR, f'.toolbar [data-action="{action}"]').click()


# ---------- toolbar ----------

def test_toolbar_changes_text_size_and_contrast_and_remembers_them(driver, base_url, pages):
    driver.get(base_url + pages["article"])
    size, contrast, font, background = html_state(driver)
    assert (size, contrast) == (None, False)
    prose = driver.find_element(By.CSS_SELECTOR, ".prose p")
    before = float(prose.value_of_css_property("font-size").replace("px", ""))

    click(driver, "text-larger")
    click(driver, "text-larger")
    after = float(prose.value_of_css_property("font-size").replace("px", ""))
    assert after > before * 1.2, f"A+ twice: text went from {before}px to {after}px"

    click(driver, "contrast")
    size, contrast, font, background = html_state(driver)
    assert (size, contrast) == ("2", True)
    assert background == "rgb(0, 0, 0)"
    assert driver.find_element(By.CSS_SELECTOR, '.toolbar [data-action="contrast"]').get_attribute("aria-pressed") == "true"

    # Another page, then the home page: both choices hold, and the header's toggle shows it.
    driver.get(base_url + pages["category"])
    assert html_state(driver)[:2] == ("2", True)
    driver.get(base_url)
    size, contrast, font, background = html_state(driver)
    assert (size, contrast) == ("2", True)
    assert font == pytest.approx(20.0)
    assert driver.find_element(By.CSS_SELECTOR, ".contrast-toggle").get_attribute("aria-pressed") == "true"

    # Back to normal: "A" resets the size, the toggle turns contrast off, and that is remembered too.
    driver.get(base_url + pages["article"])
    click(driver, "text-reset")
    click(driver, "contrast")
    driver.get(base_url + pages["article"])
    assert html_state(driver)[:2] == (None, False)
    click(driver, "text-smaller")
    click(driver, "text-smaller")  # the smallest size is one step down
    assert html_state(driver)[0] == "-1"


def test_saved_choices_apply_before_first_paint(driver, base_url, pages):
    """site.js runs in <head> without defer or async, so html carries the classes before the
    body is parsed; the choice is read from localStorage there."""
    driver.get(base_url + pages["article"])
    script = driver.find_element(By.CSS_SELECTOR, 'head script[src$="assets/site.js"]')
    assert script.get_attribute("defer") is None and script.get_attribute("async") is None
    driver.execute_script("localStorage.setItem('bulletin:contrast', '1'); localStorage.setItem('bulletin:text-size', '1')")
    driver.get(base_url + pages["document"])
    assert html_state(driver)[:2] == ("1", True)


def test_print_button_prints(driver, base_url, pages):
    driver.get(base_url + pages["article"])
    driver.execute_script("window.__printed = 0; window.print = () => { window.__printed += 1; };")
    click(driver, "print")
    assert driver.execute_script("return window.__printed") == 1


def test_print_stylesheet_shows_the_article_alone(driver, base_url, pages):
    driver.get(base_url + pages["article"])
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        hidden = ["header.site-header", "footer.site-footer", "aside.sidebar", ".toolbar", "nav.breadcrumbs", ".more-news"]
        for selector in hidden:
            for element in driver.find_elements(By.CSS_SELECTOR, selector):
                assert not element.is_displayed(), f"{selector} is printed"
        assert driver.find_element(By.CSS_SELECTOR, "article.article").is_displayed()
        assert driver.find_element(By.CSS_SELECTOR, ".print-source").is_displayed()
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


# ---------- menu ----------

def test_menu_opens_on_a_phone(driver, base_url, pages):
    set_width(driver, 375)
    driver.get(base_url + pages["article"])
    toggle = driver.find_element(By.CSS_SELECTOR, ".menu-toggle")
    links = driver.find_elements(By.CSS_SELECTOR, ".menu-list a")
    assert toggle.is_displayed()
    assert not any(link.is_displayed() for link in links), "the menu starts folded on a phone"
    toggle.click()
    assert all(link.is_displayed() for link in links), "the menu shows every item once opened"
    target = next(link for link in links if link.get_attribute("href").endswith("/van-ban/"))
    target.click()
    assert driver.current_url.endswith("/bantin/van-ban/")
    toggle = driver.find_element(By.CSS_SELECTOR, ".menu-toggle")
    toggle.click()
    current = driver.find_element(By.CSS_SELECTOR, '.menu-list a[aria-current]')
    assert current.get_attribute("href").endswith("/van-ban/")


def test_menu_is_a_plain_bar_on_a_desktop(driver, base_url):
    driver.get(base_url)
    assert not driver.find_element(By.CSS_SELECTOR, ".menu-toggle").is_displayed()
    assert all(link.is_displayed() for link in driver.find_elements(By.CSS_SELECTOR, ".menu-list a"))


def test_menu_works_without_javascript(driver_without_js, base_url):
    driver = driver_without_js
    set_width(driver, 375)
    driver.get(base_url)
    links = driver.find_elements(By.CSS_SELECTOR, ".menu-list a")
    assert all(link.is_displayed() for link in links), "without JavaScript the menu is open"
    driver.find_element(By.CSS_SELECTOR, ".menu-toggle").click()
    assert not any(link.is_displayed() for link in links), "and it still folds"
    # Controls that need JavaScript are hidden rather than broken.
    assert not driver.find_element(By.CSS_SELECTOR, ".contrast-toggle").is_displayed()


# ---------- documents ----------

def visible_rows(driver):
    return [row for row in driver.find_elements(By.CSS_SELECTOR, ".doc-table tbody tr") if row.is_displayed()]


def test_documents_filter_narrows_the_table(driver, base_url, pages):
    driver.get(base_url + pages["documents"])
    rows = driver.find_elements(By.CSS_SELECTOR, ".doc-table tbody tr")
    total = len(rows)
    assert total >= 6
    types = [row.get_attribute("data-type") for row in rows]
    years = [row.get_attribute("data-year") for row in rows]

    Select(driver.find_element(By.ID, "loc-loai")).select_by_value("quyet-dinh")
    shown = visible_rows(driver)
    assert 0 < len(shown) < total
    assert len(shown) == types.count("quyet-dinh")
    assert all(row.get_attribute("data-type") == "quyet-dinh" for row in shown)
    assert f"Tìm thấy {len(shown)} trên {total}" in driver.find_element(By.ID, "so-van-ban").text

    Select(driver.find_element(By.ID, "loc-nam")).select_by_value("2023")
    both = [t == "quyet-dinh" and y == "2023" for t, y in zip(types, years)]
    assert len(visible_rows(driver)) == both.count(True)
    assert "loai=quyet-dinh" in driver.current_url and "nam=2023" in driver.current_url

    # Words match without accents too: "sipas" and "hai long" find the SIPAS decision.
    Select(driver.find_element(By.ID, "loc-loai")).select_by_value("")
    Select(driver.find_element(By.ID, "loc-nam")).select_by_value("")
    box = driver.find_element(By.ID, "loc-tu-khoa")
    box.send_keys("hai long")
    shown = visible_rows(driver)
    assert len(shown) >= 1 and all("hài lòng" in row.text.lower() for row in shown)

    driver.find_element(By.CSS_SELECTOR, '.doc-filter button[type="reset"]').click()
    assert len(visible_rows(driver)) == total


def test_documents_filter_reads_the_address(driver, base_url, pages):
    driver.get(base_url + pages["documents"] + "?loai=ke-hoach")
    shown = visible_rows(driver)
    assert shown and all(row.get_attribute("data-type") == "ke-hoach" for row in shown)


def test_documents_are_complete_without_javascript(driver_without_js, base_url, pages, site_dir):
    driver = driver_without_js
    set_width(driver, 1280)
    driver.get(base_url + pages["documents"])
    rows = visible_rows(driver)
    assert len(rows) == len(list((ROOT / "content" / "documents").glob("*.md"))) >= 6
    assert not driver.find_element(By.ID, "loc-van-ban").is_displayed()


# ---------- layout ----------

@pytest.mark.parametrize("width", [320, 375, 768, 1024, 1280, 1920])
def test_no_horizontal_scrolling(driver, base_url, pages, site_dir, width):
    set_width(driver, width)
    for kind in ["home", "article", "category", "documents", "document", "page", "scores"]:
        if not (site_dir / pages[kind] / "index.html").exists():
            continue  # the score pages arrive with the scores feature
        driver.get(base_url + pages[kind])
        overflow = driver.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{pages[kind] or 'home'} at {width} px scrolls sideways by {overflow}px"


# ---------- old addresses ----------

def test_an_old_address_leads_to_the_article(driver, base_url):
    """aliases: the page at the address the article had before its title was corrected sends
    the browser on to the article (meta refresh), with no script."""
    from selenium.webdriver.support.ui import WebDriverWait
    old = base_url + "tin-tuc/tap-huan-xay-dung-de-an-vi-tri-viec-lam/"
    driver.get(old)
    WebDriverWait(driver, 10).until(lambda d: d.current_url != old)
    assert driver.current_url.startswith(base_url + "tin-tuc/tap-huan-xay-dung-de-an-vi-tri-viec-lam-theo-thong-tu")
    assert "Tập huấn xây dựng đề án vị trí việc làm" in driver.find_element(By.TAG_NAME, "h1").text
