"""Screenshots of the home page and an article at desktop and phone width, written to
.build/screenshots/ for a person to look at."""

import pytest

from conftest import SCREENSHOTS, set_width


@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("kind", ["home", "article", "documents"])
def test_screenshot(driver, base_url, pages, kind, width):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    set_width(driver, width)
    driver.get(base_url + pages[kind])
    height = driver.execute_script("return document.documentElement.scrollHeight")
    set_width(driver, width, min(max(height, 600), 8000))
    path = SCREENSHOTS / f"{kind}-{width}.png"
    assert driver.save_screenshot(str(path)), f"could not write {path}"
    assert path.stat().st_size > 10_000
