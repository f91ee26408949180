// The drill report's progress bar: polls the status endpoint every second while the drill runs,
// then reloads the page once so the finished report shows.
(function () {
  var box = document.getElementById('drill-progress');
  if (!box || box.getAttribute('data-running') !== 'true') return;
  var url = box.getAttribute('data-status-url');
  var fa = document.documentElement.lang !== 'en';
  function digits(s) { return fa ? String(s).replace(/\d/g, function (d) { return '۰۱۲۳۴۵۶۷۸۹'[d]; }) : String(s); }
  function poll() {
    fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (r) { return r.json(); })
      .then(function (s) {
        document.getElementById('drill-bar').value = s.percent;
        document.getElementById('drill-percent').textContent = digits(s.percent) + (fa ? '٪' : '%');
        document.getElementById('drill-phase').textContent = s.progress.phase;
        document.getElementById('drill-line').textContent = 'voters ' + s.progress.votersDone + '/' + s.progress.votersTotal
          + ' · claims ' + s.progress.claims + ' · paper ' + s.progress.paperVoters + ' · reports ' + s.progress.reportsAccepted
          + '/' + s.progress.stationsTotal + ' · problems ' + s.progress.problems;
        if (s.finished) window.location.reload(); else setTimeout(poll, 1000);
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  setTimeout(poll, 1000);
})();
