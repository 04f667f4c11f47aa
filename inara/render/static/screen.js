// The safety screen of the static site: the urgent rules of the server (safety-rules.json,
// written by `inara build-site`) run on what is typed into the search box, before any search.
// When one fires, the box shows what to do now and who to call, and the guide results are hidden.
// Text is normalised as the server does: lower case, accents removed, small numbers as digits.
(function () {
  "use strict";
  var form = document.querySelector("form[data-search]");
  if (!form) return;
  var input = form.querySelector("input[type=search]");
  var results = form.querySelector(".search-results");
  var box = document.querySelector(".static-safety");
  var url = form.getAttribute("data-search").replace(/search-index\.json$/, "safety-rules.json");
  var compiled = null;
  var NUMBERS = {one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17};

  function normalise(text) {
    var t = text.toLowerCase().replace(/\u2019/g, "'").normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    return t.replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b/g,
      function (w) { return String(NUMBERS[w]); });
  }

  function load() {
    if (compiled) return Promise.resolve(compiled);
    return fetch(url).then(function (r) { return r.json(); }).then(function (data) {
      compiled = {
        categories: data.categories, countries: data.countries,
        rules: data.rules.map(function (rule) {
          return {
            max_age: rule.max_age,
            patterns: rule.patterns.map(function (p) { return [new RegExp(p[0], "g"), p[1]]; }),
            exclude: rule.exclude.map(function (p) { return new RegExp(p, "g"); }),
            requires: rule.requires.map(function (p) { return new RegExp(p); })
          };
        })
      };
      return compiled;
    });
  }

  function spans(re, text) {
    var out = [], m;
    re.lastIndex = 0;
    while ((m = re.exec(text)) !== null) {
      out.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) re.lastIndex++;
    }
    return out;
  }

  function screen(data, text) {
    var found = {};
    data.rules.forEach(function (rule) {
      if (rule.max_age !== null) return;  // age-gated rules need an age, which search has not
      if (rule.requires.length && !rule.requires.some(function (r) { return r.test(text); })) return;
      var excluded = [];
      rule.exclude.forEach(function (re) { excluded = excluded.concat(spans(re, text)); });
      rule.patterns.forEach(function (pair) {
        spans(pair[0], text).forEach(function (span) {
          var covered = excluded.some(function (e) { return e[0] < span[1] && span[1] <= e[1]; });
          if (!covered) found[pair[1]] = true;
        });
      });
    });
    return Object.keys(found).sort(function (a, b) {
      return data.categories[a].priority - data.categories[b].priority;
    });
  }

  function line(tag, text, cls) {
    var el = document.createElement(tag);
    el.textContent = text;
    if (cls) el.className = cls;
    return el;
  }

  function show(data, slugs) {
    while (box.firstChild) box.removeChild(box.firstChild);
    if (!slugs.length) { box.hidden = true; results.hidden = false; return; }
    box.appendChild(line("h2", "Please get help now"));
    slugs.forEach(function (slug) {
      var c = data.categories[slug];
      box.appendChild(line("p", c.title, "category-title"));
      box.appendChild(line("p", c.do_now, "do-now"));
      box.appendChild(line("p", c.call, "next-step"));
      if (c.say) box.appendChild(line("p", "What to say right now: " + c.say, "say"));
    });
    var list = document.createElement("ul");
    Object.keys(data.countries).forEach(function (code) {
      var region = data.countries[code];
      var li = line("li", region.label + ": ");
      region.numbers.forEach(function (n, i) {
        var a = line("a", n.label + " " + n.number);
        a.href = "tel:" + n.number.replace(/[\s-]/g, "");
        li.appendChild(a);
        if (i < region.numbers.length - 1) li.appendChild(document.createTextNode(", "));
      });
      list.appendChild(li);
    });
    box.appendChild(list);
    box.hidden = false;
    results.hidden = true;
  }

  function check() {
    var text = normalise(input.value || "");
    load().then(function (data) { show(data, text.trim() ? screen(data, text) : []); });
  }
  input.addEventListener("input", check);
  form.addEventListener("submit", check);
})();
