// Kiosk mode, for shared tablets at events. After a while with no touch the screen asks "Still there?";
// if nobody answers, it clears the page, tells the server to forget the conversation, and replaces
// this page in the history with a fresh start, so the next person finds nothing of the last one.
(function () {
  "use strict";

  var body = document.body;
  var idleSeconds = parseInt(body.getAttribute("data-kiosk-idle"), 10);
  var warningSeconds = parseInt(body.getAttribute("data-kiosk-warning"), 10);
  var resetUrl = body.getAttribute("data-reset-url");
  var homeUrl = body.getAttribute("data-home-url");
  var prompt = document.getElementById("kiosk-prompt");
  var countdown = document.getElementById("kiosk-countdown");
  var stay = document.getElementById("kiosk-stay");
  var leave = document.getElementById("kiosk-leave");
  var token = document.querySelector('meta[name="csrf-token"]');
  if (!idleSeconds || !warningSeconds || !prompt || !countdown || !stay || !leave || !resetUrl) {
    return;
  }

  var idleTimer = null;
  var tick = null;
  var remaining = 0;
  var returnFocus = null;
  var wiping = false;

  function arm() {
    window.clearTimeout(idleTimer);
    idleTimer = window.setTimeout(ask, idleSeconds * 1000);
  }

  function ask() {
    returnFocus = document.activeElement;
    remaining = warningSeconds;
    countdown.textContent = String(remaining);
    prompt.hidden = false;
    stay.focus();
    tick = window.setInterval(function () {
      remaining -= 1;
      countdown.textContent = String(Math.max(remaining, 0));
      if (remaining <= 0) {
        wipe();
      }
    }, 1000);
  }

  function dismiss() {
    window.clearInterval(tick);
    prompt.hidden = true;
    if (returnFocus && typeof returnFocus.focus === "function") {
      returnFocus.focus();
    }
    arm();
  }

  function wipe() {
    if (wiping) {
      return;
    }
    wiping = true;
    window.clearInterval(tick);
    window.clearTimeout(idleTimer);
    // Take the last person's words off the screen at once, before the network has answered.
    var main = document.getElementById("main");
    if (main) {
      main.textContent = "";
    }
    prompt.hidden = true;
    var fresh = function () {
      window.location.replace(homeUrl);
    };
    if (!window.fetch) {
      fresh();
      return;
    }
    fetch(resetUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: { Accept: "application/json", "X-CSRFToken": token ? token.getAttribute("content") : "" },
    }).then(fresh, fresh);
  }

  function activity() {
    if (prompt.hidden && !wiping) {
      arm();
    }
  }

  ["pointerdown", "keydown", "touchstart", "wheel", "input"].forEach(function (name) {
    document.addEventListener(name, activity, { capture: true, passive: true });
  });
  window.addEventListener("scroll", activity, { passive: true });

  stay.addEventListener("click", dismiss);
  leave.addEventListener("click", wipe);
  prompt.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      dismiss();
    } else if (event.key === "Tab") {
      // Keep focus on the two buttons while the question is showing.
      event.preventDefault();
      (document.activeElement === stay ? leave : stay).focus();
    }
  });

  arm();
})();
