// Keeps the analyst's unsaved decision on a report (ticks, grading, note) in this tab, so that
// a comment, a link or an assignment, each of which reloads the page, does not throw it away:
// a suggestion the analyst unticked must not come back ticked and be confirmed by the next
// Verify. sessionStorage, not localStorage: the choices stay with this tab and go when it is
// closed. They are forgotten once the report is decided (the page then has no decision form).
// Without JavaScript the server does the same: the comment, link and assignment fields belong
// to the decision form (form="review-form") and post it, and the page comes back as posted.
(function () {
  "use strict";
  if (!window.sessionStorage) return;
  // One draft per report, also on the page a comment, link or assignment answers (…/work).
  var key = "review-draft:" + location.pathname.replace(/\/work$/, "");
  var form = document.getElementById("review-form");
  if (!form) {
    try { sessionStorage.removeItem(key); } catch (e) {}
    return;
  }
  var status = document.getElementById("review-draft-status");

  // The decision's own fields: not a comment, a link or an assignment placed elsewhere on the
  // page, which once sent must not come back from the draft.
  function drafted(el) {
    return el.name && el.name !== "csrf_token" && el.type !== "submit" && form.contains(el);
  }

  function save() {
    var data = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!drafted(el)) return;
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
      if (!drafted(el) || !(el.name in data)) return;
      if (el.type === "checkbox") el.checked = data[el.name].indexOf(el.value) >= 0;
      else if (el.type === "radio") el.checked = data[el.name] === el.value;
      else el.value = data[el.name];
    });
    // The server already says so when the page answers a comment, link or assignment.
    if (status && !document.getElementById("review-notice")) {
      status.textContent = "Your unsaved choices on this report were restored; they are not saved until you verify or reject.";
      status.hidden = false;
    }
  }

  form.addEventListener("input", save);
  form.addEventListener("change", save);
  restore();
})();
