// A form marked data-send-once is sent once: on a slow connection a double tap must not store
// a report or a comment twice. Its buttons are disabled only after the browser has collected
// the form (a button disabled before would not send its own name and value), not when another
// script held the form back (offline, a file too large), and again usable if the page comes
// back from the browser's cache.
(function () {
  "use strict";
  function buttons(form) { return form.querySelectorAll("button[type=submit], button:not([type])"); }
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute || !form.hasAttribute("data-send-once")) return;
    setTimeout(function () {
      if (event.defaultPrevented) return;
      Array.prototype.forEach.call(buttons(form), function (b) { b.disabled = true; });
    }, 0);
  });
  window.addEventListener("pageshow", function () {
    Array.prototype.forEach.call(document.querySelectorAll("form[data-send-once]"), function (form) {
      Array.prototype.forEach.call(buttons(form), function (b) { b.disabled = false; });
    });
  });
})();
