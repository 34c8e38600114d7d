// Run progress page: while the run goes, fetches the server-rendered progress every two seconds,
// swaps it in and says the new state in the page's live region. No inline script (CSP).
(function () {
  'use strict';
  var INTERVAL_MS = 2000;

  function poll() {
    var current = document.getElementById('run-progress');
    if (!current || current.getAttribute('data-done') === 'true') { return; }
    fetch(location.pathname + '/progress' + location.search, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.text(); })
      .then(function (html) {
        var next = new DOMParser().parseFromString(html, 'text/html').getElementById('run-progress');
        if (!next) { throw new Error('no progress in the answer'); }
        var live = document.getElementById('run-live');
        var status = next.getAttribute('data-status');
        if (live && status && live.textContent !== status) { live.textContent = status; }
        current.replaceWith(document.importNode(next, true));
        setTimeout(poll, INTERVAL_MS);
      })
      .catch(function () { setTimeout(poll, INTERVAL_MS * 5); });
  }

  document.addEventListener('DOMContentLoaded', function () { setTimeout(poll, INTERVAL_MS); });
}());
