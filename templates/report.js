/* gatehouse HTML report: client-side filtering of findings and print preparation. Allowed by a CSP hash.
   Reads its data from the inert <script type="application/json" id="report-data"> block with JSON.parse and only
   ever toggles the `hidden` property of elements the report rendered; it never builds HTML from data. */
(function () {
  'use strict';
  var dataEl = document.getElementById('report-data');
  if (!dataEl) return;
  var data = JSON.parse(dataEl.textContent || '{}');
  var cards = Array.isArray(data.cards) ? data.cards : [];
  var xlsxName = typeof data.xlsxName === 'string' ? data.xlsxName : 'report.xlsx';
  var search = document.getElementById('finding-search');
  var countEl = document.getElementById('finding-count');
  var sevBoxes = Array.prototype.slice.call(document.querySelectorAll('input[data-sev-filter]'));
  var showSuppressed = document.getElementById('show-suppressed');
  var totalCards = cards.length;
  var totalFindings = cards.reduce(function (n, c) { return n + (c.count || 0); }, 0);

  function byId(id) { return document.getElementById(id); }

  function state() {
    var sev = {};
    sevBoxes.forEach(function (b) { sev[b.getAttribute('data-sev-filter')] = b.checked; });
    return {
      q: search ? search.value.trim().toLowerCase() : '',
      sev: sev,
      suppressed: showSuppressed ? showSuppressed.checked : true
    };
  }

  function apply(s) {
    var shownCards = 0;
    var shownFindings = 0;
    var groupsVisible = {};
    cards.forEach(function (c) {
      var card = byId(c.id);
      if (!card) return;
      var sevOk = c.suppressed ? s.suppressed : s.sev[c.sev] !== false;
      var cardMatch = !s.q || c.text.indexOf(s.q) !== -1;
      var rowsMatched = 0;
      (c.rows || []).forEach(function (r) {
        var row = byId(r.id);
        var visible = cardMatch || r.text.indexOf(s.q) !== -1;
        if (row) row.hidden = !visible;
        if (visible) rowsMatched++;
      });
      // Findings the card does not list are searched through the page's index and counted, never shown.
      var unlisted = 0;
      if (s.q && !cardMatch) {
        (c.more || []).forEach(function (t) { if (t.indexOf(s.q) !== -1) unlisted++; });
      }
      var note = byId(c.id + '-more');
      if (note) {
        note.hidden = unlisted === 0;
        note.textContent = unlisted
          ? (unlisted === 1 ? '1 more matching object is' : unlisted + ' more matching objects are') + ' not listed on this page; ' + xlsxName + ' lists every one (sheet Findings).'
          : '';
      }
      rowsMatched += unlisted;
      var visibleCard = sevOk && (cardMatch || rowsMatched > 0);
      card.hidden = !visibleCard;
      if (visibleCard) {
        shownCards++;
        // A match on the check itself shows all its findings; otherwise only the listed objects that match.
        shownFindings += cardMatch ? (c.count || 0) : rowsMatched;
        groupsVisible[c.group] = true;
      }
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-group]'), function (g) {
      g.hidden = !groupsVisible[g.getAttribute('data-group')];
    });
    var none = byId('no-match');
    if (none) none.hidden = shownCards !== 0 || totalCards === 0;
    if (countEl) {
      countEl.textContent = (s.q || Object.keys(s.sev).some(function (k) { return s.sev[k] === false; }) || !s.suppressed)
        ? 'Showing ' + shownFindings + ' of ' + totalFindings + ' findings.' + (s.q && data.indexPartial ? ' This page indexes only part of the findings for search; search ' + xlsxName + ' for the rest.' : '')
        : 'Showing all ' + totalFindings + ' findings.';
    }
  }

  function refresh() { apply(state()); }
  if (search) search.addEventListener('input', refresh);
  sevBoxes.forEach(function (b) { b.addEventListener('change', refresh); });
  if (showSuppressed) showSuppressed.addEventListener('change', refresh);
  var reset = byId('filter-reset');
  if (reset) {
    reset.addEventListener('click', function () {
      if (search) search.value = '';
      sevBoxes.forEach(function (b) { b.checked = true; });
      if (showSuppressed) showSuppressed.checked = true;
      refresh();
    });
  }
  document.documentElement.classList.add('js');
  refresh();

  // Printing: everything, expanded. Remember which <details> were closed and what the filter hid.
  var closedBeforePrint = [];
  window.addEventListener('beforeprint', function () {
    closedBeforePrint = Array.prototype.filter.call(document.querySelectorAll('details'), function (d) { return !d.open; });
    closedBeforePrint.forEach(function (d) { d.open = true; });
    apply({ q: '', sev: {}, suppressed: true });
  });
  window.addEventListener('afterprint', function () {
    closedBeforePrint.forEach(function (d) { d.open = false; });
    closedBeforePrint = [];
    refresh();
  });
})();
