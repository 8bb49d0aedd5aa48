/* Site behaviour. No inline scripts anywhere: everything the pages need is here. */
(function () {
  "use strict";

  // DKFDS.init() also sets up the header navigation, so it runs once for the page; content that
  // htmx swaps in only gets its own components initialised.
  function initSwappedContent(root) {
    var D = window.DKFDS;
    if (!D) { return; }
    root.querySelectorAll(".accordion").forEach(function (el) { new D.Accordion(el).init(); });
    root.querySelectorAll("div.tab-container").forEach(function (el) { new D.Tabs(el).init(); });
    root.querySelectorAll(".alert.has-close").forEach(function (el) { new D.Alert(el).init(); });
  }

  // Buttons and links with data-confirm ask before they act.
  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-confirm]");
    if (target && !window.confirm(target.getAttribute("data-confirm"))) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  // Selects with data-autosubmit submit their form when changed (filters).
  document.addEventListener("change", function (event) {
    var target = event.target.closest("[data-autosubmit]");
    if (target && target.form) {
      target.form.requestSubmit();
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    if (window.DKFDS) { window.DKFDS.init(); }
  });

  // htmx swaps in new markup: give it the same behaviour, and tell screen readers.
  document.addEventListener("htmx:afterSwap", function (event) {
    initSwappedContent(event.target);
  });

  document.addEventListener("htmx:responseError", function (event) {
    var region = document.getElementById("obb-live-region");
    if (region) {
      region.textContent = "Ændringen kunne ikke gemmes. Genindlæs siden og prøv igen.";
    }
  });
})();
