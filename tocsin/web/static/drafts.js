// Keeps the report form as a draft on this device, so nothing typed is lost on a weak
// connection: the draft is restored when the page is opened again and cleared once the report
// has been received. Files cannot be kept this way and must be chosen again. The reporter's
// name and contact are never kept: a phone can be shared, lost or seized, and a draft left on
// it must not say who wrote it. "Discard the draft" wipes it at once.
(function () {
  "use strict";
  var form = document.getElementById("report-form");
  if (!form || !window.localStorage) return;
  var key = form.getAttribute("data-draft-key");
  var status = document.getElementById("draft-status");
  var skip = { csrf_token: 1, website: 1, form_key: 1, form_version: 1,
               reporter_name: 1, reporter_contact: 1 };
  var discard = document.getElementById("draft-discard");

  function say(text) { if (status) { status.textContent = text; status.hidden = !text; } }

  function save() {
    var data = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || skip[el.name] || el.type === "file" || el.type === "submit") return;
      if (el.type === "checkbox") { (data[el.name] = data[el.name] || []); if (el.checked) data[el.name].push(el.value); }
      else data[el.name] = el.value;
    });
    try {
      localStorage.setItem(key, JSON.stringify(data));
      say("Draft saved on this device (without your name and contact).");
      if (discard) discard.hidden = false;
    } catch (e) {}
  }

  function restore() {
    var raw = null;
    try { raw = localStorage.getItem(key); } catch (e) { return; }
    if (!raw || form.querySelector(".error:not([hidden])")) return;
    var data = JSON.parse(raw);
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!(el.name in data) || skip[el.name] || el.type === "file") return;
      if (el.type === "checkbox") el.checked = data[el.name].indexOf(el.value) >= 0;
      else el.value = data[el.name];
    });
    say("Your unsent draft was restored.");
    if (discard) discard.hidden = false;
  }

  if (discard) {
    discard.addEventListener("click", function () {
      try { localStorage.removeItem(key); } catch (e) {}
      form.reset();
      discard.hidden = true;
      say("The draft was discarded from this device.");
    });
  }

  form.addEventListener("input", save);
  form.addEventListener("change", save);
  form.addEventListener("submit", function (event) {
    save();
    if (navigator.onLine === false) {
      event.preventDefault();
      say("You are offline. Your draft is kept on this device: send it when you are back online.");
    }
  });

  Array.prototype.forEach.call(form.querySelectorAll(".location"), function (box) {
    var button = box.querySelector(".use-position");
    if (!button || !navigator.geolocation) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.geolocation.getCurrentPosition(function (pos) {
        var name = box.getAttribute("data-field");
        form.elements[name + "__lat"].value = pos.coords.latitude.toFixed(5);
        form.elements[name + "__lon"].value = pos.coords.longitude.toFixed(5);
        save();
      });
    });
  });
  restore();
})();
