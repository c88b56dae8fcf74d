// Small improvements on top of pages that work without any script (loaded with the main menu, from our own
// origin: the content security policy allows no inline script).
(function () {
  "use strict";

  // The main menu's groups are <details> disclosures. One open at a time, and an open group closes on Escape
  // (focus back on its summary) or on a click elsewhere.
  var groups = Array.prototype.slice.call(document.querySelectorAll("[data-vknz-menu-group]"));
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

  // A table wider than the screen scrolls inside its own box. Recent browsers let the keyboard reach such a box;
  // for the others it becomes a named region in the tab order, and only while it actually scrolls.
  function markScrollingTables() {
    document.querySelectorAll(".utrecht-table-container").forEach(function (box) {
      if (box.scrollWidth > box.clientWidth + 1) {
        var caption = box.querySelector("caption");
        box.setAttribute("tabindex", "0");
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", caption ? caption.textContent.trim() : document.title);
      } else if (box.getAttribute("role") === "region") {
        box.removeAttribute("tabindex");
        box.removeAttribute("role");
        box.removeAttribute("aria-label");
      }
    });
  }
  markScrollingTables();
  var pending = null;
  window.addEventListener("resize", function () {
    clearTimeout(pending);
    pending = setTimeout(markScrollingTables, 150);
  });
})();
