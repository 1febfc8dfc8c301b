// The words scripts show, in the page's language: the page lists them (its "page-words" data
// block, translated with the page), and a script asks for one by key, filling in {names}.
(function () {
  "use strict";
  var words = {};
  try { words = JSON.parse(document.getElementById("page-words").textContent); } catch (e) {}
  window.tocsinWord = function (key, values) {
    var text = words[key] || "";
    Object.keys(values || {}).forEach(function (name) {
      text = text.split("{" + name + "}").join(String(values[name]));
    });
    return text;
  };
})();
