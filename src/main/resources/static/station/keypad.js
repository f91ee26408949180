// The voting terminal's keypad: digits and Enter type into the field; Backspace on an empty field
// and "-" correct (remove the last entry); "*" leaves the contest blank; "+" finishes it.
// On confirmation pages Enter or "+" confirms and "-" goes back to edit. Every key is a plain form
// submit, so the same works with a mouse or a touch screen.
(function () {
  var form = document.getElementById('keypad-form');
  if (!form) return;
  var input = document.getElementById('code');
  var mode = form.dataset.mode || 'entry';
  function submit(action) {
    var hidden = form.querySelector('input[type=hidden][name=action]');
    if (hidden) hidden.value = action;
    form.submit();
  }
  document.addEventListener('keydown', function (e) {
    var k = e.key;
    if (mode === 'done') {
      if (k === 'Enter' || k === '+') { e.preventDefault(); form.submit(); }
      return;
    }
    if (mode === 'confirm') {
      if (k === 'Enter' || k === '+') { e.preventDefault(); submit('confirm'); }
      else if (k === '-' || k === 'Backspace') { e.preventDefault(); submit('edit'); }
      return;
    }
    if (input && document.activeElement !== input && /^[0-9۰-۹]$/.test(k)) input.focus();
    if (k === '+') { e.preventDefault(); submit('next'); }
    else if (k === '*') { e.preventDefault(); submit('blank'); }
    else if (k === '-') { e.preventDefault(); submit('correct'); }
    else if (k === 'Backspace' && input && input.value === '') { e.preventDefault(); submit('correct'); }
    else if (k === 'Enter') { e.preventDefault(); submit(input && input.value.trim() === '' ? 'next' : 'add'); }
  });
})();
