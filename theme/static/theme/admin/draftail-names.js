/*
 * Names Draftail's rich-text areas after their field's label, so screen readers announce which field they are in
 * (axe aria-input-field-name). Wagtail leaves the contenteditable without a name: a known open issue,
 * https://github.com/wagtail/wagtail/issues/14205. Remove this file and its hook (theme/wagtail_hooks.py) once
 * Wagtail ships the fix.
 *
 * Draftail draws its editors after the page has loaded, and StreamField adds more when a block is added, so every
 * change of the page is looked at again (cheap: only unnamed editors are touched).
 */
(function () {
  "use strict";

  var UNNAMED = ".Draftail-Editor [contenteditable=true]:not([aria-label]):not([aria-labelledby])";
  var counter = 0;

  function labelOf(editor) {
    // Draftail keeps the field's value in a hidden input beside the editor; Wagtail's <label for> points at that
    // input (a page's field in its panel heading, a StructBlock's field above it). The editor takes its name.
    var holder = editor.closest("[data-field-input]");
    var input = holder && holder.querySelector(":scope > input[type=hidden][id]");
    var label = input && document.querySelector('label[for="' + CSS.escape(input.id) + '"]');
    return label && label.textContent.trim() ? label : null;
  }

  function blockTypeOf(editor) {
    // A rich-text block straight in a StreamField has no label of its own: its header names the block type
    // ("Tekst"). Not the header's title, which previews the block's content.
    var block = editor.closest("[data-streamfield-child]");
    var type = block && block.querySelector(".c-sf-block__type");
    return type ? type.textContent.trim() : "";
  }

  function name(editor) {
    var label = labelOf(editor);
    if (label) {
      if (!label.id) {
        counter += 1;
        label.id = "draftail-label-" + counter;
      }
      editor.setAttribute("aria-labelledby", label.id);
      return;
    }
    editor.setAttribute("aria-label", blockTypeOf(editor) || "Opgemaakte tekst");
  }

  function nameAll() {
    document.querySelectorAll(UNNAMED).forEach(name);
  }

  var pending = false;
  function soon() {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(function () {
        pending = false;
        nameAll();
      });
    }
  }

  function start() {
    nameAll();
    new MutationObserver(soon).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
