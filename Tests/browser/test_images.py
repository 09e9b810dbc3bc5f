"""Photos on a cheap phone: the sample site's camera-size photos (4000 px wide, with GPS in the
files under content/media/anh/) reach a 375 px screen as small WebP copies, and the home page's
images stay under 250 KB in all."""

import time

from conftest import set_width

PHONE = 375
HOME_IMAGE_BUDGET = 250 * 1024


def loaded_images(driver):
    """(currentSrc, shown width) of every image the page has loaded."""
    return driver.execute_script(
        "return Array.from(document.images).filter(i => i.complete && i.currentSrc)"
        ".map(i => [i.currentSrc, i.getBoundingClientRect().width])")


def scroll_through(driver):
    """Scrolls to the bottom and waits for the lazy images to arrive."""
    height = driver.execute_script("return document.body.scrollHeight")
    for y in range(0, height + 800, 600):
        driver.execute_script("window.scrollTo(0, arguments[0])", y)
        time.sleep(0.05)
    deadline = time.time() + 10
    while time.time() < deadline:
        if driver.execute_script("return Array.from(document.images).every(i => i.complete)"):
            return
        time.sleep(0.1)


def as_a_phone(driver, base_url):
    """The home page on a 375 px screen with nothing cached: Chromium may show a wider copy it
    already holds from an earlier test at 1280 px rather than fetch the narrow one."""
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.clearBrowserCache", {})
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    set_width(driver, PHONE)
    driver.get(base_url)


def test_phone_loads_small_webp_copies_of_photos(driver, base_url):
    as_a_phone(driver, base_url)
    scroll_through(driver)
    photos = [image for image in loaded_images(driver) if "/media/anh/" in image[0] and not image[0].endswith(".svg")]
    assert photos, "the home page shows the sample site's photos"
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": False})
    for source, shown in photos:
        # (naturalWidth is no check: with srcset it is scaled to the candidate's density.)
        assert source.endswith("-480w.webp"), f"{source} on a {PHONE} px screen (shown {shown:.0f} px wide)"


def test_home_page_images_fit_the_budget(driver, base_url):
    as_a_phone(driver, base_url)
    scroll_through(driver)
    sizes = driver.execute_script(
        "return performance.getEntriesByType('resource').filter(e => e.initiatorType === 'img')"
        ".map(e => [e.name, e.encodedBodySize || e.transferSize])")
    total = sum(size for _, size in sizes)
    assert sizes, "images were loaded"
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": False})
    assert total <= HOME_IMAGE_BUDGET, f"{total} bytes of images: {sorted(sizes, key=lambda s: -s[1])[:5]}"


def test_images_have_their_size_before_they_load(site_dir):
    """Every <img> of every page says its width and height: nothing moves as photos arrive."""
    import re
    missing = []
    for page in site_dir.rglob("*.html"):
        for tag in re.findall(r"<img\b[^>]*>", page.read_text(encoding="utf-8")):
            if not re.search(r'\swidth="\d+"', tag) or not re.search(r'\sheight="\d+"', tag):
                missing.append(f"{page.relative_to(site_dir)}: {tag[:120]}")
    assert not missing, "\n".join(missing[:10])
