// Small progressive enhancements; every page works without script.
(function () {
  var buttons = document.querySelectorAll('[data-print]');
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].addEventListener('click', function () { window.print(); });
  }
})();

// 人员名册导入: while an import runs, poll its progress and reload the page when it has finished.
(function () {
  var section = document.querySelector('[data-import-status]');
  if (!section || section.getAttribute('data-finished') === 'true') return;
  var bar = document.getElementById('import-progress');
  var count = document.getElementById('import-count');
  var poll = function () {
    fetch(section.getAttribute('data-import-status'), { credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (s.finished) { window.location.reload(); return; }
        if (bar) { bar.max = Math.max(s.total, 1); bar.value = s.processed; }
        if (count) count.textContent = s.processed + ' / ' + s.total;
        setTimeout(poll, 1000);
      })
      .catch(function () { setTimeout(poll, 3000); });
  };
  setTimeout(poll, 1000);
})();
