// Reloads a results page when the published version changes (polls every 5 s; no login, no cookies needed).
(function () {
  var el = document.querySelector('[data-results-version]');
  if (!el) return;
  var shown = el.getAttribute('data-results-version');
  var url = el.getAttribute('data-version-url');
  setInterval(function () {
    fetch(url, {cache: 'no-store'}).then(function (r) { return r.json(); }).then(function (j) {
      if (String(j.version) !== shown) location.reload();
    }).catch(function () {});
  }, 5000);
})();
