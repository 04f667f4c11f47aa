// The static site's story filter: the same filters as the server's form, applied in the browser
// to the story cards (their data-ages and data-goals). Without JavaScript the form stays hidden,
// since a static host cannot filter. Text is set with textContent, never innerHTML.
(function () {
  "use strict";
  var form = document.querySelector("form[data-static-filter]");
  if (!form) return;
  var ageInput = form.querySelector("#age");
  var goalSelect = form.querySelector("#goal");
  var count = document.querySelector("p.count");
  var past = document.querySelector("[data-past-stories]");
  var messages = JSON.parse(past.getAttribute("data-past-stories"));
  var root = past.getAttribute("data-root");
  var cards = Array.prototype.slice.call(document.querySelectorAll(".cards .card"));
  form.hidden = false;

  // Years from "4", "4.5", "30m", "18 months": the forms the server accepts on this page.
  function years(text) {
    var t = text.trim().toLowerCase();
    if (!t) return null;
    var m = t.match(/^(\d+(?:\.\d+)?)\s*(m|mo|months?)$/);
    if (m) return parseFloat(m[1]) / 12;
    m = t.match(/^(\d+(?:\.\d+)?)\s*(y|yrs?|years?)?$/);
    return m ? parseFloat(m[1]) : NaN;
  }

  function apply(event) {
    if (event) event.preventDefault();
    var age = years(ageInput.value), goal = goalSelect.value, shown = 0;
    cards.forEach(function (card) {
      var ages = card.getAttribute("data-ages").split(" ").map(Number);
      var goals = card.getAttribute("data-goals").split(" ");
      var fits = (age === null || isNaN(age) || (ages[0] <= Math.floor(age) && Math.floor(age) <= ages[1])) &&
        (!goal || goals.indexOf(goal) !== -1);
      card.hidden = !fits;
      if (fits) shown++;
    });
    while (past.firstChild) past.removeChild(past.firstChild);
    var note = age !== null && !shown ? messages[String(Math.floor(age))] : null;
    past.hidden = !note;
    count.hidden = !!note;
    if (note) {
      var p = document.createElement("p");
      p.textContent = note.message;
      var ul = document.createElement("ul");
      note.guides.forEach(function (g) {
        var li = document.createElement("li"), a = document.createElement("a");
        a.href = root + g.url + "index.html";
        a.textContent = "Guides for " + g.label;
        li.appendChild(a);
        ul.appendChild(li);
      });
      past.appendChild(p);
      past.appendChild(ul);
    }
    count.textContent = isNaN(age) ? "Please give an age in years, like 4, or months, like 30m." :
      shown + (shown === 1 ? " story" : " stories");
  }

  form.addEventListener("submit", apply);
  ageInput.addEventListener("input", apply);
  goalSelect.addEventListener("change", apply);
})();
