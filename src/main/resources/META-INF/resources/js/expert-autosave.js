// The expert's scoring form saves as you go: after a pause in typing, or when a choice changes, the form is posted
// as the "Save draft" button would post it, and the version it carries is read back from the page that answers.
// Without JavaScript the button does the same. A button pressed while a save is on its way waits for it, so that the
// form never posts a version the save has just made stale. No inline script: the Content-Security-Policy allows
// this file only.
(function () {
  var form = document.getElementById('scores-form');
  if (!form || !window.fetch || !window.FormData || !window.DOMParser || !window.URLSearchParams) {
    return;
  }
  var status = document.getElementById('autosave-status');
  var timer = null;
  var inFlight = null;
  var waiting = null;

  function save() {
    timer = null;
    var data = new URLSearchParams(new FormData(form));
    data.delete('confirm');
    data.set('action', 'save');
    if (status) {
      status.classList.remove('d-none');
    }
    inFlight = fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin', redirect: 'follow'})
      .then(function (response) {
        return response.text();
      })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, 'text/html');
        var version = page.querySelector('#scores-form input[name="version"]');
        if (version) {
          form.querySelector('input[name="version"]').value = version.value;
        }
      })
      .catch(function () { /* the button still saves */ })
      .then(function () {
        inFlight = null;
        if (status) {
          status.classList.add('d-none');
        }
        if (waiting) {
          var button = waiting;
          waiting = null;
          if (form.requestSubmit) {
            form.requestSubmit(button);
          } else {
            button.click();
          }
        }
      });
  }

  function schedule() {
    if (timer) {
      clearTimeout(timer);
    }
    timer = setTimeout(function () {
      if (inFlight) {
        schedule();
      } else {
        save();
      }
    }, 3000);
  }

  form.addEventListener('submit', function (event) {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (inFlight) {
      event.preventDefault();
      waiting = event.submitter || form.querySelector('button[value="save"]');
    }
  });
  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
})();
