// Keeps the analyst's unsaved decision on a report (ticks, grading, note) in this tab, so that
// a comment, a link or an assignment, each of which reloads the page, does not throw it away:
// a suggestion the analyst unticked must not come back ticked and be confirmed by the next
// Verify. sessionStorage, not localStorage: the choices stay with this tab and go when it is
// closed. They are forgotten once the report is decided (the page then has no decision form).
(function () {
  "use strict";
  if (!window.sessionStorage) return;
  var key = "review-draft:" + location.pathname;
  var form = document.getElementById("review-form");
  if (!form) {
    try { sessionStorage.removeItem(key); } catch (e) {}
    return;
  }
  var status = document.getElementById("review-draft-status");

  function save() {
    var data = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.name === "csrf_token" || el.type === "submit") return;
      if (el.type === "checkbox") {
        data[el.name] = data[el.name] || [];
        if (el.checked) data[el.name].push(el.value);
      } else if (el.type === "radio") {
        if (el.checked) data[el.name] = el.value;
      } else {
        data[el.name] = el.value;
      }
    });
    try { sessionStorage.setItem(key, JSON.stringify(data)); } catch (e) {}
  }

  function restore() {
    var raw = null;
    try { raw = sessionStorage.getItem(key); } catch (e) { return; }
    if (!raw) return;
    var data = JSON.parse(raw);
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!(el.name in data) || el.name === "csrf_token" || el.type === "submit") return;
      if (el.type === "checkbox") el.checked = data[el.name].indexOf(el.value) >= 0;
      else if (el.type === "radio") el.checked = data[el.name] === el.value;
      else el.value = data[el.name];
    });
    if (status) {
      status.textContent = "Your unsaved choices on this report were restored; they are not saved until you verify or reject.";
      status.hidden = false;
    }
  }

  form.addEventListener("input", save);
  form.addEventListener("change", save);
  restore();
})();
