// The urgent message's country choice: the parent picks a country on the page, the device
// remembers it (localStorage, nothing sent anywhere), and tap-to-call buttons for that
// country's numbers appear. Without JavaScript the list of every country's numbers shows.
(function () {
  "use strict";
  var box = document.querySelector(".call[data-regions]");
  if (!box) return;
  var regions = JSON.parse(box.getAttribute("data-regions") || "{}");
  var select = box.querySelector(".country-select");
  var buttons = box.querySelector(".call-buttons");
  var KEY = "inara-country";
  var CALL = box.getAttribute("data-call") || "Call";  // the word before a button's label, in the page's language

  function show(code) {
    var region = regions[code];
    if (!region) return;
    buttons.textContent = "";
    region.numbers.forEach(function (n) {
      var a = document.createElement("a");
      a.className = "call-button";
      a.href = "tel:" + n.number.replace(/[\s-]/g, "");
      a.textContent = CALL + " " + n.label + " · " + n.number;
      buttons.appendChild(a);
    });
    buttons.removeAttribute("data-empty");
    box.querySelector(".country").removeAttribute("open");
  }

  var saved = null;
  try { saved = window.localStorage.getItem(KEY); } catch (e) { saved = null; }
  if (saved && regions[saved] && buttons.getAttribute("data-empty") === "true") {
    select.value = saved;
    show(saved);
  } else if (buttons.getAttribute("data-empty") === "true") {
    box.querySelector(".country").setAttribute("open", "");
  }
  select.addEventListener("change", function () {
    if (!select.value) return;
    try { window.localStorage.setItem(KEY, select.value); } catch (e) { /* private mode */ }
    show(select.value);
  });
}());
