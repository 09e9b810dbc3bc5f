/* Filters the table of documents by type, year and words (number or summary), in the browser.
   Without JavaScript the filter form stays hidden and every row is shown. The choice is kept in
   the address (?loai=…&nam=…&tu-khoa=…) so that a filtered list can be shared. */
(function () {
  "use strict";
  var form = document.getElementById("loc-van-ban");
  var table = document.querySelector(".doc-table");
  var status = document.getElementById("so-van-ban");
  if (!form || !table) { return; }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var type = form.elements["loai"];
  var year = form.elements["nam"];
  var words = form.elements["tu-khoa"];

  // Vietnamese without accents, lower case: "Quyết định" → "quyet dinh", so typing either matches.
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }
  var texts = rows.map(function (row) {
    return fold(row.cells[0].textContent + " " + row.cells[3].textContent);
  });

  function apply() {
    var wantType = type.value, wantYear = year.value;
    var terms = fold(words.value).split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row, i) {
      var ok = (!wantType || row.getAttribute("data-type") === wantType) &&
        (!wantYear || row.getAttribute("data-year") === wantYear) &&
        terms.every(function (term) { return texts[i].indexOf(term) !== -1; });
      row.hidden = !ok;
      if (ok) { shown += 1; }
    });
    var filtered = wantType || wantYear || terms.length;
    status.textContent = filtered
      ? "Tìm thấy " + shown + " trên " + rows.length + " văn bản."
      : "Có " + rows.length + " văn bản.";
    if (window.history && window.history.replaceState) {
      var params = new URLSearchParams();
      if (wantType) { params.set("loai", wantType); }
      if (wantYear) { params.set("nam", wantYear); }
      if (words.value.trim()) { params.set("tu-khoa", words.value.trim()); }
      var query = params.toString();
      window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : ""));
    }
  }

  var params = new URLSearchParams(window.location.search);
  if (params.get("loai")) { type.value = params.get("loai"); }
  if (params.get("nam")) { year.value = params.get("nam"); }
  if (params.get("tu-khoa")) { words.value = params.get("tu-khoa"); }

  form.addEventListener("change", apply);
  form.addEventListener("input", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  apply();
})();
