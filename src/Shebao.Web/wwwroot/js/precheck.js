// 受理前检查 as the clerk types: re-asks the server's precheck (debounced) and swaps in its panel. Without script
// the 检查办理条件 button posts the form and the page shows the same panel.
(function () {
  var form = document.querySelector('form[data-precheck]');
  var panel = document.getElementById('precheck');
  if (!form || !panel || !window.fetch || !window.FormData) return;
  var url = form.getAttribute('data-precheck');
  var timer = null;
  var sequence = 0;

  // Birth date and gender shown from the ID number (the server fills them the same way).
  function fromId() {
    var input = document.getElementById('IdNumber');
    var id = (input && input.value || '').trim().toUpperCase();
    if (!/^[0-9]{17}[0-9X]$/.test(id)) return;
    var birth = document.querySelector('[data-from-id="birthDate"]');
    if (birth) birth.value = id.substr(6, 4) + '-' + id.substr(10, 2) + '-' + id.substr(12, 2);
    var gender = document.querySelector('[data-from-id="gender"]');
    if (gender) gender.value = parseInt(id.charAt(16), 10) % 2 === 1 ? '1' : '2';
  }

  function run() {
    var mine = ++sequence;
    panel.setAttribute('aria-busy', 'true');
    fetch(url, { method: 'POST', body: new FormData(form), headers: { 'X-Precheck': 'panel' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (mine !== sequence) return;
        panel.setAttribute('aria-busy', 'false');
        if (html !== null) panel.innerHTML = html;
      })
      .catch(function () { panel.setAttribute('aria-busy', 'false'); });
  }

  function later() {
    fromId();
    clearTimeout(timer);
    timer = setTimeout(run, 700);
  }

  form.addEventListener('input', later);
  form.addEventListener('change', later);
  panel.addEventListener('click', function (e) {
    if (e.target && e.target.id === 'precheck-run') {
      e.preventDefault();
      clearTimeout(timer);
      run();
    }
  });
  fromId();
})();
