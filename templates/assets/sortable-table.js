/* Sorts score tables by any column when a header is pressed. Progressive enhancement: the
   table is complete without this script, which only turns each header marked
   data-sort-type into a button and keeps aria-sort on the sorted column. No requests. */
(function () {
  'use strict';
  if (window.bulletinSortableTables) { return; }
  window.bulletinSortableTables = true;

  var collator = window.Intl && Intl.Collator ? new Intl.Collator('vi') : null;

  function value(cell, type) {
    var raw = cell.getAttribute('data-sort-value');
    if (raw === null) { raw = cell.textContent.trim(); }
    if (raw === '') { return null; }
    if (type === 'number') {
      var number = parseFloat(raw);
      return isNaN(number) ? null : number;
    }
    return raw;
  }

  function compare(x, y, type) {
    if (type === 'number') { return x - y; }
    if (collator) { return collator.compare(x, y); }
    return x < y ? -1 : x > y ? 1 : 0;
  }

  function sortRows(table, column, type, direction) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = value(a.cells[column], type);
      var y = value(b.cells[column], type);
      /* Empty cells stay at the bottom in both directions. */
      if (x === null) { return y === null ? 0 : 1; }
      if (y === null) { return -1; }
      var order = compare(x, y, type);
      return direction === 'ascending' ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  function enhance(table) {
    if (table.getAttribute('data-sortable-ready') || !table.tHead || !table.tBodies.length) { return; }
    table.setAttribute('data-sortable-ready', 'true');
    var headers = table.tHead.rows[table.tHead.rows.length - 1].cells;
    Array.prototype.forEach.call(headers, function (header, column) {
      var type = header.getAttribute('data-sort-type');
      if (!type) { return; }
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'score-sort-button';
      while (header.firstChild) { button.appendChild(header.firstChild); }
      header.appendChild(button);
      button.addEventListener('click', function () {
        var current = header.getAttribute('aria-sort');
        /* First press: rank and names A→Z, scores highest first. */
        var first = type === 'number' && column !== 0 ? 'descending' : 'ascending';
        var next = current === 'ascending' ? 'descending' : current === 'descending' ? 'ascending' : first;
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute('aria-sort'); });
        header.setAttribute('aria-sort', next);
        sortRows(table, column, type, next);
      });
    });
    if (table.caption) {
      var hint = document.createElement('span');
      hint.className = 'score-sort-hint';
      hint.textContent = ' (bấm vào tiêu đề cột để sắp xếp)';
      table.caption.appendChild(hint);
    }
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('table[data-sortable]'), enhance);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
