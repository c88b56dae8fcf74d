// The main menu works without this file (its groups are <details> disclosures). This only tidies up: one group
// open at a time, and an open group closes on Escape (focus back on its summary) or on a click elsewhere.
(function () {
  "use strict";
  var groups = Array.prototype.slice.call(document.querySelectorAll("[data-vknz-menu-group]"));
  if (!groups.length) return;
  function closeAll(except) {
    groups.forEach(function (group) { if (group !== except) group.open = false; });
  }
  groups.forEach(function (group) {
    group.addEventListener("toggle", function () { if (group.open) closeAll(group); });
    group.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && group.open) {
        group.open = false;
        group.querySelector("summary").focus();
      }
    });
  });
  document.addEventListener("click", function (event) {
    if (!event.target.closest("[data-vknz-menu-group]")) closeAll(null);
  });
})();
