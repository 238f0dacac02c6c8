// The plan's "Print this plan" button: shown only when the script runs, since it needs it.
(function () {
  "use strict";
  var button = document.getElementById("print-plan");
  if (!button || typeof window.print !== "function") {
    return;
  }
  button.hidden = false;
  button.addEventListener("click", function () {
    window.print();
  });
})();
