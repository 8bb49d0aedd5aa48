/* The Django admin's own widgets, where they leave a field without an accessible name.
   Loaded on every admin page by templates/admin/base_site.html; see docs/accessibility.md. */
(function () {
  "use strict";

  var WIDGETS = ".search-label-icon, .select2";

  // filter_horizontal (SelectFilter2.js) puts the search box's instructions in an aria-label on
  // the magnifier <span> inside the box's <label>; ARIA allows no name on a plain span. As the
  // image it is, the span names the search box through its label.
  function nameFilterIcons(root) {
    root.querySelectorAll(".search-label-icon[aria-label]:not([role])").forEach(function (icon) {
      icon.setAttribute("role", "img");
    });
  }

  // autocomplete_fields (select2) names its combobox, and the text box inside that shows the
  // choice, by the chosen value only, so an empty field has no name: name both by the field's
  // own label too.
  function labelComboboxes(root) {
    root.querySelectorAll(".select2-selection[role=combobox][aria-labelledby]").forEach(function (box) {
      var container = box.closest(".select2");
      var select = container && container.previousElementSibling;
      if (!select || select.tagName !== "SELECT" || !select.id) { return; }
      var label = document.querySelector('label[for="' + select.id + '"]');
      if (!label) { return; }
      if (!label.id) { label.id = select.id + "_label"; }
      var ids = box.getAttribute("aria-labelledby").split(" ");
      if (ids.indexOf(label.id) === -1) {
        box.setAttribute("aria-labelledby", [label.id].concat(ids).join(" "));
      }
      var shown = box.querySelector(".select2-selection__rendered[role=textbox]");
      if (shown && !shown.hasAttribute("aria-labelledby")) {
        shown.setAttribute("aria-labelledby", label.id);
      }
    });
  }

  function fix() {
    nameFilterIcons(document);
    labelComboboxes(document);
  }

  // The widgets are built by Django's scripts at different moments (on load, on jQuery's ready,
  // when an inline row is added), so fix them whenever one appears.
  new MutationObserver(function (mutations) {
    var added = mutations.some(function (mutation) {
      return Array.prototype.some.call(mutation.addedNodes, function (node) {
        return node.nodeType === 1 && (node.matches(WIDGETS) || node.querySelector(WIDGETS) !== null);
      });
    });
    if (added) { fix(); }
  }).observe(document.documentElement, {childList: true, subtree: true});
  fix();
})();
