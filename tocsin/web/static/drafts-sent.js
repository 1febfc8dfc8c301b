// The report was received: the drafts kept on this device are no longer needed, and a
// shared phone should not keep what was written.
(function () {
  "use strict";
  try {
    Object.keys(localStorage)
      .filter(function (k) { return k.indexOf("report-draft-") === 0; })
      .forEach(function (k) { localStorage.removeItem(k); });
  } catch (e) {}
})();
