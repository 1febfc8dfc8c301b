// Checks the files chosen before the form is sent: on a slow connection a reporter should not
// wait minutes to learn that a photo was too large. The server checks again whatever happens.
(function () {
  "use strict";
  var form = document.getElementById("report-form");
  if (!form) return;
  var maxFiles = parseInt(form.getAttribute("data-max-files"), 10);
  var maxBytes = parseInt(form.getAttribute("data-max-bytes"), 10);
  var status = document.getElementById("upload-status");

  function problem() {
    var count = 0;
    var inputs = form.querySelectorAll("input[type=file]");
    for (var i = 0; i < inputs.length; i++) {
      var files = inputs[i].files || [];
      for (var j = 0; j < files.length; j++) {
        count += 1;
        if (files[j].size > maxBytes) {
          return window.tocsinWord("file_too_large", { name: files[j].name, mb: Math.round(maxBytes / 1048576) });
        }
      }
    }
    if (count > maxFiles) return window.tocsinWord("too_many_files", { count: maxFiles });
    return "";
  }

  function say(text) { if (status) { status.textContent = text; status.hidden = !text; } }

  form.addEventListener("change", function (event) {
    if (event.target.type === "file") say(problem());
  });
  form.addEventListener("submit", function (event) {
    var text = problem();
    if (text) { event.preventDefault(); say(text); }
  });
})();
