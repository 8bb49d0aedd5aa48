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
