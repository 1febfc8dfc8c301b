// A form marked data-send-once is sent once: on a slow connection a double tap must not store
// a report or a comment twice. Its buttons are disabled only after the browser has collected
// the form (a button disabled before would not send its own name and value), not when another
// script held the form back (offline, a file too large), and again usable if the page comes
// back from the browser's cache.
(function () {
  "use strict";
  // form.elements, not the form's descendants: a button elsewhere on the page may belong to it
  // (form="..."), as the review page's Comment, Link and Assign buttons do.
  function buttons(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.tagName === "BUTTON" && el.type === "submit";
    });
  }
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
