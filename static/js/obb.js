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

/* People pickers: a checkbox list of staff (inputs with data-picker, whose value is the search
   field's label) gets a search field that hides the names that do not match, and lists the
   people of the unit chosen in the field named by data-sort-by first. Without this script it
   is the same list of checkboxes, just longer. */
(function () {
  "use strict";
  function setUp(list) {
    var first = list.querySelector("input[data-picker]");
    if (!first) { return; }
    var items = Array.prototype.slice.call(list.children);
    var search = document.createElement("input");
    search.type = "search";
    search.id = list.id + "_search";
    search.className = "form-input obb-picker-search";
    search.setAttribute("autocomplete", "off");
    var label = document.createElement("label");
    label.className = "form-label";
    label.htmlFor = search.id;
    label.textContent = first.getAttribute("data-picker");
    list.classList.add("obb-picker-list");
    list.parentNode.insertBefore(label, list);
    list.parentNode.insertBefore(search, list);
    search.addEventListener("input", function () {
      var words = search.value.toLowerCase().trim();
      items.forEach(function (item) {
        item.hidden = words !== "" && item.textContent.toLowerCase().indexOf(words) === -1;
      });
    });
    var unit = document.getElementById(first.getAttribute("data-sort-by"));
    function sort() {
      var chosen = unit ? unit.value : "";
      var mine = items.filter(function (item) {
        var input = item.querySelector("input");
        return chosen && input && input.getAttribute("data-unit") === chosen;
      });
      var others = items.filter(function (item) { return mine.indexOf(item) === -1; });
      mine.concat(others).forEach(function (item) { list.appendChild(item); });
    }
    if (unit) { unit.addEventListener("change", sort); }
    sort();
  }
  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll(".obb-choice-list"), setUp);
  });
})();
