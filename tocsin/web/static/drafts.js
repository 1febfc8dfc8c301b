// Keeps the report form as a draft on this device, so nothing typed is lost on a weak
// connection: the draft is restored when the page is opened again and cleared once the report
// has been received. Files cannot be kept this way and must be chosen again (the restored draft
// says which). The reporter's name and contact, the source they name and any coordinates (the
// incident's point, a location field's, often their own position) are never kept: a phone can
// be shared, lost or seized, and a draft left on it must not say who wrote it, who told them
// or where they stood.
// "Discard the draft" wipes it at once; logging out wipes every draft.
(function () {
  "use strict";
  var form = document.getElementById("report-form");
  if (!form || !window.localStorage) return;
  var key = form.getAttribute("data-draft-key");
  var status = document.getElementById("draft-status");
  // The core form's point (latitude, longitude) is skipped by name, a location field's by its
  // suffix (__lat, __lon).
  var skip = { csrf_token: 1, website: 1, form_key: 1, form_version: 1,
               reporter_name: 1, reporter_contact: 1, source: 1, latitude: 1, longitude: 1 };
  var discard = document.getElementById("draft-discard");
  var sendStatus = document.getElementById("send-status");

  function keptName(name) { return !skip[name] && !/__(lat|lon)$/.test(name); }

  function kept(el) {
    return el.name && keptName(el.name) && el.type !== "file" && el.type !== "submit";
  }

  // A draft saved by an earlier version of this page may hold what is no longer kept (the
  // core form's point): it is taken out of the device's copy at once.
  function forget(data) {
    var stale = Object.keys(data).filter(function (name) {
      return name !== "__files" && !keptName(name);
    });
    if (!stale.length) return data;
    stale.forEach(function (name) { delete data[name]; });
    try { localStorage.setItem(key, JSON.stringify(data)); } catch (e) {}
    return data;
  }

  var word = window.tocsinWord;

  function say(text) { if (status) { status.textContent = text; status.hidden = !text; } }

  function fileNames() {
    var names = [];
    Array.prototype.forEach.call(form.querySelectorAll("input[type=file]"), function (input) {
      Array.prototype.forEach.call(input.files || [], function (f) { names.push(f.name); });
    });
    return names;
  }

  function save(event) {
    var data = { __files: fileNames() };
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!kept(el)) return;
      if (el.type === "checkbox") { (data[el.name] = data[el.name] || []); if (el.checked) data[el.name].push(el.value); }
      else data[el.name] = el.value;
    });
    var full = event && event.target && event.target.maxLength > 0 &&
      event.target.value.length >= event.target.maxLength;
    try {
      localStorage.setItem(key, JSON.stringify(data));
      say(full ? word("box_full", { limit: event.target.maxLength }) : word("draft_saved"));
      if (discard) discard.hidden = false;
    } catch (e) {}
  }

  function restore() {
    var raw = null;
    try { raw = localStorage.getItem(key); } catch (e) { return; }
    if (!raw) return;
    var data = forget(JSON.parse(raw));
    // A refused send comes back filled in by the server, with the reasons: that is the newer copy.
    if (document.getElementById("form-error")) return;
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!(el.name in data) || !kept(el)) return;
      if (el.type === "checkbox") el.checked = data[el.name].indexOf(el.value) >= 0;
      else el.value = data[el.name];
    });
    // The reply to a send can be lost on a weak connection after the report arrived: the
    // draft is not called unsent. Sending it again unchanged does not store it twice, even
    // without what the draft does not keep; a corrected send is stored as a report of its
    // own, so no correction is lost.
    var text = word("draft_restored");
    var files = data.__files || [];
    if (files.length) text += " " + word("files_not_kept", { names: files.join(", ") });
    say(text);
    if (discard) discard.hidden = false;
  }

  if (discard) {
    discard.addEventListener("click", function () {
      try { localStorage.removeItem(key); } catch (e) {}
      form.reset();
      discard.hidden = true;
      say(word("draft_discarded"));
    });
  }

  form.addEventListener("input", save);
  form.addEventListener("change", save);
  form.addEventListener("submit", function (event) {
    save();
    if (navigator.onLine === false) {
      event.preventDefault();
      var text = word("offline");
      say(text);
      if (sendStatus) {  // next to the button, where the reporter is looking, and announced
        sendStatus.textContent = text;
        sendStatus.hidden = false;
        sendStatus.focus();
      }
    } else if (sendStatus) {
      sendStatus.hidden = true;
      // On a slow connection a report with photos takes minutes to go, and the page shows
      // nothing until it has: said, or the reporter thinks nothing happens and closes it.
      // Not when another script held the send back (a file too large).
      var bytes = 0;
      Array.prototype.forEach.call(form.querySelectorAll("input[type=file]"), function (input) {
        Array.prototype.forEach.call(input.files || [], function (f) { bytes += f.size; });
      });
      setTimeout(function () {
        if (event.defaultPrevented) return;
        sendStatus.textContent = bytes
          ? word("sending_with_files", { mb: (bytes / 1048576).toFixed(1) })
          : word("sending");
        sendStatus.hidden = false;
      }, 0);
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
