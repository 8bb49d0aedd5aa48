/* Strategy pages: announce what an htmx change did (the server names it in an HX-Trigger
   header), so screen-reader users hear that the status was saved or refused. */
(function () {
  "use strict";
  document.addEventListener("obb:announce", function (event) {
    var region = document.getElementById("obb-live-region");
    if (region && event.detail && event.detail.value) {
      region.textContent = "";
      window.setTimeout(function () { region.textContent = event.detail.value; }, 50);
    }
  });
})();

/* The action form: the priority list shows only the chosen pejlemærke's priorities (each
   option names its pejlemærke in data-group); without a pejlemærke it shows them all. */
(function () {
  "use strict";
  function limit(chooser) {
    var target = document.getElementById(chooser.getAttribute("data-controls-groups"));
    if (!target) { return; }
    var chosen = chooser.value;
    Array.prototype.forEach.call(target.querySelectorAll("optgroup"), function (group) {
      var options = group.querySelectorAll("option[data-group]");
      var mine = !chosen || (options.length && options[0].getAttribute("data-group") === chosen);
      group.hidden = !mine;
      group.disabled = !mine;
    });
    var selected = target.options[target.selectedIndex];
    if (selected && selected.parentNode.disabled) { target.value = ""; }
  }
  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("[data-controls-groups]"), function (chooser) {
      limit(chooser);
      chooser.addEventListener("change", function () { limit(chooser); });
    });
  });
})();

/* A text field with a limit (maxlength) says how many characters are left, politely to screen
   readers, as the person types; data-counter holds the translated text with %(left)s. */
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("textarea[data-counter][maxlength]"), function (field) {
      var max = parseInt(field.getAttribute("maxlength"), 10);
      var counter = document.createElement("p");
      counter.className = "form-hint obb-counter";
      counter.id = field.id + "_counter";
      counter.setAttribute("aria-live", "polite");
      field.insertAdjacentElement("afterend", counter);
      var described = field.getAttribute("aria-describedby");
      field.setAttribute("aria-describedby", (described ? described + " " : "") + counter.id);
      function update() {
        var left = max - field.value.length;
        counter.textContent = field.getAttribute("data-counter").replace("%(left)s", String(left));
        counter.classList.toggle("obb-counter--low", left <= 20);
      }
      field.addEventListener("input", update);
      update();
    });
  });
})();

/* The action list's filters sit behind a "Filtrér" button on a phone; on a wide screen they
   start open, since there is room for them beside the list. */
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    if (!window.matchMedia("(min-width: 48em)").matches) { return; }
    Array.prototype.forEach.call(document.querySelectorAll("details[data-open-wide]"), function (panel) {
      panel.open = true;
    });
  });
})();
