// "Je document wordt gemaakt": while the job runs, ask the same page again every few seconds and, once it has
// changed, put its new content in place. No timed reload of the whole page (WCAG 2.2.1): the person reading it
// keeps their place, and the status region announces the download. Without JavaScript the link reloads by hand.
(function () {
  "use strict";
  var job = document.getElementById("document-job");
  if (!job || job.dataset.waiting !== "true" || !window.fetch || !window.DOMParser) {
    return;
  }
  var tries = 0;
  function poll() {
    tries += 1;
    fetch(window.location.href, { credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) { return; }
        var page = new DOMParser().parseFromString(html, "text/html");
        var fresh = page.getElementById("document-job");
        if (fresh && fresh.dataset.waiting !== "true") {
          job.innerHTML = fresh.innerHTML;
          job.dataset.waiting = "false";
          document.title = page.title || document.title;
          return;
        }
        if (tries < 200) { window.setTimeout(poll, delay()); }
      })
      .catch(function () { if (tries < 200) { window.setTimeout(poll, delay()); } });
  }
  // Most documents are made within seconds: ask soon at first, then every three seconds.
  function delay() { return tries < 5 ? 1000 : 3000; }
  window.setTimeout(poll, 1000);
})();
