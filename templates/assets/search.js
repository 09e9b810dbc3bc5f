/* Tìm kiếm tin bài: đọc ?q=, tải đúng các phần chỉ mục cần cho truy vấn, xếp hạng và hiển thị.
 *
 * Site search for Bulletin. Everything comes from this site (no other host), under whatever
 * sub-path the site is served from: the addresses are read from the page (data-index,
 * data-base), never built from '/'.
 *
 * The index (built by the generator, see docs/feeds-search.md) gives, for each folded word
 * ("cai"), its exact forms ("cai:3" for cải) with their document lists, and for each pair of
 * adjacent folded words ("cai cach") its document list. fold() and exactKey() below must
 * compute exactly what SearchFolding computes in Swift.
 */
(function () {
  'use strict';
  var root = document.getElementById('tim-kiem');
  if (!root) return;
  var form = root.querySelector('form');
  var input = root.querySelector('input[name=q]');
  var status = root.querySelector('.search-status');
  var list = root.querySelector('.search-results');
  var more = root.querySelector('.search-more');
  var indexURL = root.getAttribute('data-index');
  var base = root.getAttribute('data-base');
  var PAGE = 10;
  var LONGEST_WORD = 48;

  if (!window.fetch || !window.Promise || !''.normalize) {
    status.textContent = 'Trình duyệt này không chạy được tìm kiếm. Hãy tìm tin theo chuyên mục hoặc trong lưu trữ tin bài.';
    return;
  }

  // --- Words and their keys (same rules as SearchFolding.swift) ---------------------------
  var TONES = { '\u0301': 1, '\u0300': 2, '\u0309': 3, '\u0303': 4, '\u0323': 5 };
  var WORD;
  try {
    WORD = new RegExp('[\\p{L}\\p{N}\\p{M}]+', 'gu');
  } catch (e) {
    WORD = /[0-9A-Za-z\u00AA\u00B2\u00B3\u00B5\u00B9\u00BA\u00BC-\u00BE\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0300-\u036F\u1E00-\u1EFF]+/g;
  }
  var SPACE = /^\s*$/;
  var encoder = new TextEncoder();

  function fold(word) {
    return word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
  }

  function exactKey(word) {
    var letters = '', tone = 0;
    var chars = Array.from(word.toLowerCase().normalize('NFD'));
    for (var i = 0; i < chars.length; i++) {
      if (TONES[chars[i]]) tone = TONES[chars[i]];
      else letters += chars[i];
    }
    letters = letters.normalize('NFC');
    return tone ? letters + ':' + tone : letters;
  }

  /* Words of a text: {text, start, end, folded, exact, accented, joined}. `joined`: only white
   * space since the previous word, so the two can form a phrase. */
  function words(text) {
    var out = [], match, last = 0, onlySpace = false;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(text)) !== null) {
      var w = match[0];
      if (!SPACE.test(text.slice(last, match.index))) onlySpace = false;
      last = match.index + w.length;
      var folded = fold(w);
      if (!folded) continue; // a lone mark: no word
      if (encoder.encode(folded).length > LONGEST_WORD) { onlySpace = false; continue; }
      var exact = exactKey(w);
      out.push({
        text: w, start: match.index, end: last, folded: folded, exact: exact,
        accented: exact !== folded, joined: onlySpace && out.length > 0
      });
      onlySpace = true;
    }
    return out;
  }

  // --- Index files ----------------------------------------------------------------------
  var VALUE = {};
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('').forEach(function (c, i) {
    VALUE[c.charCodeAt(0)] = i;
  });

  /* Calls visit(doc) for each document of an encoded list (ListCode in Swift). */
  function decodeList(s, visit) {
    var kind = s.charAt(0), i = 1, n = 0, v;
    do { v = VALUE[s.charCodeAt(i++)]; n = n * 32 + (v & 31); } while (v & 32);
    if (kind === '+') {
      var current = n;
      visit(current);
      n = 0;
      for (; i < s.length; i++) {
        v = VALUE[s.charCodeAt(i)];
        n = n * 32 + (v & 31);
        if (!(v & 32)) { current += n + 1; visit(current); n = 0; }
      }
    } else {
      for (var j = 0; i < s.length; i++, j++) {
        v = VALUE[s.charCodeAt(i)];
        for (var k = 0; k < 6; k++) if (v & (1 << k)) visit(n + 6 * j + k);
      }
    }
  }

  function hash(text) {
    var bytes = encoder.encode(text), h = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) { h ^= bytes[i]; h = Math.imul(h, 0x01000193) >>> 0; }
    return h >>> 0;
  }

  var files = {};
  var manifest = null;
  function load(path) {
    if (!files[path]) {
      files[path] = fetch(indexURL + path + '?v=' + encodeURIComponent(manifest.stamp)).then(function (r) {
        if (!r.ok) throw new Error(path + ': ' + r.status);
        return r.json();
      });
    }
    return files[path];
  }
  function loadManifest() {
    return fetch(indexURL + 'manifest.json', { cache: 'no-cache' }).then(function (r) {
      if (!r.ok) throw new Error('manifest.json: ' + r.status);
      return r.json();
    }).then(function (m) {
      if (!manifest || manifest.stamp !== m.stamp) files = {};
      manifest = m;
      return m;
    });
  }

  // --- Search -----------------------------------------------------------------------------
  /* A key of a parsed shard, never one every object inherits ("constructor" is a word too). */
  function own(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
  }

  /* Documents holding every word (folded), best first: each accented query word found with the
   * same accents counts a point, each adjacent pair of query words found adjacent counts a
   * point; ties go to the newer article (lower id: the index is in newest-first order). When no
   * document has every word, those with the most words come first. */
  function rank(terms, pairs, wordShards, pairShards, count) {
    var hits = new Uint8Array(count), points = new Uint16Array(count), seen = new Int32Array(count);
    terms.forEach(function (term, t) {
      var forms = own(wordShards[t], term.folded) || [];
      forms.forEach(function (form) {
        var exact = term.accented && form[0] === term.exact;
        decodeList(form[1], function (d) {
          if (seen[d] !== t + 1) { seen[d] = t + 1; hits[d]++; }
          if (exact) points[d]++;
        });
      });
    });
    pairs.forEach(function (pair, p) {
      var encoded = own(pairShards[p], pair);
      if (encoded) decodeList(encoded, function (d) { points[d]++; });
    });
    var best = 0;
    for (var d = 0; d < count; d++) if (hits[d] > best) best = hits[d];
    var found = [];
    if (best === 0) return { ids: found, complete: true };
    for (d = 0; d < count; d++) if (hits[d] === best) found.push(d);
    found.sort(function (a, b) { return points[b] - points[a] || a - b; });
    return { ids: found, complete: best === terms.length };
  }

  function search(query) {
    var all = words(query), terms = [], seen = Object.create(null);
    all.forEach(function (w) {
      if (!seen[w.folded]) { seen[w.folded] = true; terms.push(w); }
    });
    return loadManifest().then(function (m) {
      var dropped = terms.length > m.maxWords;
      terms = terms.slice(0, m.maxWords);
      var kept = Object.create(null);
      terms.forEach(function (t) { kept[t.folded] = true; });
      var pairs = [];
      for (var i = 1; i < all.length; i++) {
        if (all[i].joined && kept[all[i - 1].folded] && kept[all[i].folded]) {
          var key = all[i - 1].folded + ' ' + all[i].folded;
          if (pairs.indexOf(key) < 0) pairs.push(key);
        }
      }
      var wordFiles = terms.map(function (t) { return load('w/' + (hash(t.folded) & (m.words - 1)) + '.json'); });
      var pairFiles = pairs.map(function (p) { return load('p/' + (hash(p) & (m.pairs - 1)) + '.json'); });
      return Promise.all([Promise.all(wordFiles), Promise.all(pairFiles)]).then(function (shards) {
        var result = rank(terms, pairs, shards[0], shards[1], m.documents);
        result.terms = terms;
        result.dropped = dropped;
        return result;
      });
    });
  }

  // --- Showing results --------------------------------------------------------------------
  function highlighted(text, folds) {
    var fragment = document.createDocumentFragment(), at = 0;
    words(text).forEach(function (w) {
      if (!folds[w.folded]) return;
      fragment.appendChild(document.createTextNode(text.slice(at, w.start)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(w.start, w.end);
      fragment.appendChild(mark);
      at = w.end;
    });
    fragment.appendChild(document.createTextNode(text.slice(at)));
    return fragment;
  }

  function documentRecord(id) {
    return load('d/' + Math.floor(id / manifest.perShard) + '.json').then(function (rows) {
      return rows[id % manifest.perShard];
    });
  }

  function showPage(result, from, generation) {
    var ids = result.ids.slice(from, from + PAGE);
    var folds = Object.create(null);
    result.terms.forEach(function (t) { folds[t.folded] = true; });
    return Promise.all(ids.map(documentRecord)).then(function (rows) {
      if (generation !== current) return;
      rows.forEach(function (row) {
        var item = document.createElement('li');
        item.className = 'search-result';
        var heading = document.createElement('h2');
        var link = document.createElement('a');
        link.href = base + row[0];
        link.appendChild(highlighted(row[1], folds));
        heading.appendChild(link);
        item.appendChild(heading);
        var meta = document.createElement('p');
        meta.className = 'meta';
        var date = row[2].split('/');
        var time = document.createElement('time');
        time.setAttribute('datetime', date[2] + '-' + date[1] + '-' + date[0]);
        time.textContent = row[2];
        meta.appendChild(time);
        if (row[3] >= 0) meta.appendChild(document.createTextNode(' · ' + manifest.categories[row[3]]));
        item.appendChild(meta);
        if (row[4]) {
          var excerpt = document.createElement('p');
          excerpt.appendChild(highlighted(row[4], folds));
          item.appendChild(excerpt);
        }
        list.appendChild(item);
      });
      shown = from + ids.length;
      more.hidden = shown >= result.ids.length;
    });
  }

  var current = 0, shown = 0, lastResult = null;

  function run(query) {
    var generation = ++current;
    list.textContent = '';
    more.hidden = true;
    query = query.trim();
    if (!query) { status.textContent = ''; return; }
    status.textContent = 'Đang tìm…';
    search(query).then(function (result) {
      if (generation !== current) return;
      lastResult = result;
      var n = result.ids.length;
      var text;
      if (n === 0) {
        text = 'Không tìm thấy tin bài nào có “' + query + '”. Hãy thử từ khóa khác, ngắn hơn.';
      } else if (result.complete) {
        text = 'Tìm thấy ' + n.toLocaleString('vi-VN') + ' tin bài có “' + query + '”.';
      } else {
        text = 'Không có tin bài nào chứa đủ mọi từ; ' + n.toLocaleString('vi-VN') + ' tin bài chứa một phần.';
      }
      if (result.dropped) text += ' Chỉ tìm theo ' + manifest.maxWords + ' từ đầu tiên.';
      status.textContent = text;
      return showPage(result, 0, generation);
    }).catch(function () {
      if (generation !== current) return;
      status.textContent = 'Không tải được dữ liệu tìm kiếm. Hãy thử lại, hoặc tìm tin theo chuyên mục và lưu trữ.';
    });
  }

  more.addEventListener('click', function () {
    if (lastResult) showPage(lastResult, shown, current);
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var query = input.value;
    var url = location.pathname + (query.trim() ? '?q=' + encodeURIComponent(query) : '');
    history.pushState({ q: query }, '', url);
    run(query);
  });

  function fromAddress() {
    var query = new URLSearchParams(location.search).get('q') || '';
    input.value = query;
    run(query);
  }
  window.addEventListener('popstate', fromAddress);
  fromAddress();
})();
