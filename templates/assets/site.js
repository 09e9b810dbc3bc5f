/* Bulletin default theme. Loaded in <head> without defer, so the reader's saved text size and
   contrast are applied before the page is first painted (no flash); the rest waits for the DOM.
   Everything works without this file: the menu is then simply open and the toolbar hidden. */
(function () {
  "use strict";
  var root = document.documentElement;
  var SIZE_KEY = "bulletin:text-size";
  var CONTRAST_KEY = "bulletin:contrast";
  var MIN_SIZE = -1;
  var MAX_SIZE = 3;

  function load(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function save(key, value) {
    try {
      if (value === null) { window.localStorage.removeItem(key); } else { window.localStorage.setItem(key, value); }
    } catch (e) { /* private mode or storage disabled: the choice lasts for this page only */ }
  }

  function textSize() {
    var value = parseInt(root.getAttribute("data-text-size") || "0", 10);
    return isNaN(value) ? 0 : value;
  }
  function setTextSize(value) {
    value = Math.max(MIN_SIZE, Math.min(MAX_SIZE, value));
    if (value === 0) { root.removeAttribute("data-text-size"); } else { root.setAttribute("data-text-size", String(value)); }
    return value;
  }
  function setContrast(on) {
    root.classList.toggle("contrast", on);
    var buttons = document.querySelectorAll('[data-action="contrast"]');
    for (var i = 0; i < buttons.length; i++) { buttons[i].setAttribute("aria-pressed", on ? "true" : "false"); }
  }

  // Before first paint.
  root.classList.add("js");
  setTextSize(parseInt(load(SIZE_KEY) || "0", 10) || 0);
  if (load(CONTRAST_KEY) === "1") { root.classList.add("contrast"); }

  var narrow = window.matchMedia ? window.matchMedia("(max-width: 48em)") : null;

  function setUpMenu() {
    var menu = document.querySelector(".main-nav .menu");
    if (!menu) { return; }
    function fit() { menu.open = !(narrow && narrow.matches); }
    fit();
    menu.classList.add("ready");
    if (narrow) {
      if (narrow.addEventListener) { narrow.addEventListener("change", fit); } else if (narrow.addListener) { narrow.addListener(fit); }
    }
  }

  function onAction(event) {
    var button = event.target.closest ? event.target.closest("[data-action]") : null;
    if (!button) { return; }
    switch (button.getAttribute("data-action")) {
      case "text-smaller": save(SIZE_KEY, String(setTextSize(textSize() - 1))); break;
      case "text-larger": save(SIZE_KEY, String(setTextSize(textSize() + 1))); break;
      case "text-reset": setTextSize(0); save(SIZE_KEY, null); break;
      case "contrast":
        var on = !root.classList.contains("contrast");
        setContrast(on);
        save(CONTRAST_KEY, on ? "1" : null);
        break;
      case "print": window.print(); break;
      default: return;
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    setContrast(root.classList.contains("contrast"));
    setUpMenu();
    document.addEventListener("click", onAction);
  });
})();
