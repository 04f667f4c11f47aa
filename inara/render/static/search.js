// Client-side search for the static site: loads search-index.json once and
// lists matching guides and stories. Results are built with DOM methods
// (textContent), never innerHTML, so nothing typed is interpreted as HTML.
(function () {
  "use strict";
  var form = document.querySelector("form[data-search]");
  if (!form) return;
  var input = form.querySelector("input[type=search]");
  var list = form.querySelector(".search-results");
  var root = form.getAttribute("data-search").replace(/search-index\.json$/, "");
  var entries = null;

  function load() {
    if (entries) return Promise.resolve(entries);
    return fetch(form.getAttribute("data-search"))
      .then(function (r) { return r.json(); })
      .then(function (data) { entries = data; return data; });
  }

  function score(entry, words) {
    var hay = (entry.title + " " + entry.summary + " " + entry.text).toLowerCase();
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      if (hay.indexOf(words[i]) === -1) return 0;
      total += entry.title.toLowerCase().indexOf(words[i]) === -1 ? 1 : 3;
    }
    return total;
  }

  function show(query) {
    var words = query.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 1; });
    while (list.firstChild) list.removeChild(list.firstChild);
    if (!words.length) return;
    load().then(function (data) {
      var hits = data.map(function (e) { return [score(e, words), e]; })
        .filter(function (p) { return p[0] > 0; })
        .sort(function (a, b) { return b[0] - a[0]; })
        .slice(0, 12);
      if (!hits.length) {
        var none = document.createElement("li");
        none.textContent = "Nothing found. Try other words, or browse by age below.";
        list.appendChild(none);
      }
      hits.forEach(function (pair) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = root + pair[1].url + "index.html";
        a.textContent = pair[1].title;
        li.appendChild(a);
        li.appendChild(document.createTextNode(" (" + pair[1].band + ")"));
        list.appendChild(li);
      });
    });
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); show(input.value); });
  input.addEventListener("input", function () { show(input.value); });
})();
