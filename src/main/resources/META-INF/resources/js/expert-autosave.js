// The expert's scoring form saves as you go: after a pause in typing, or when a choice changes, the form is posted
// as the "Save draft" button would post it, and the version it carries is read back from the page that answers.
// Without JavaScript the button does the same. No inline script: the Content-Security-Policy allows this file only.
(function () {
  var form = document.getElementById('scores-form');
  if (!form || !window.fetch || !window.FormData || !window.DOMParser) {
    return;
  }
  var status = document.getElementById('autosave-status');
  var timer = null;
  var busy = false;
  function save() {
    if (busy) {
      schedule();
      return;
    }
    busy = true;
    var data = new URLSearchParams(new FormData(form));
    data.delete('confirm');
    data.set('action', 'save');
    if (status) {
      status.classList.remove('d-none');
    }
    fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin', redirect: 'follow'})
      .then(function (response) {
        return response.text().then(function (html) {
          var page = new DOMParser().parseFromString(html, 'text/html');
          var version = page.querySelector('#scores-form input[name="version"]');
          if (version) {
            form.querySelector('input[name="version"]').value = version.value;
          }
        });
      })
      .catch(function () { /* the button still saves */ })
      .then(function () {
        busy = false;
        if (status) {
          status.classList.add('d-none');
        }
      });
  }
  function schedule() {
    if (timer) {
      clearTimeout(timer);
    }
    timer = setTimeout(save, 3000);
  }
  form.addEventListener('submit', function () {
    if (timer) {
      clearTimeout(timer);
    }
  });
  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
})();
