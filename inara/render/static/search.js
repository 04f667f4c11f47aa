// Client-side search for the static site. search-index.json (written by `inara build-site`) holds
// every guide and story as weighted word stems, the stems of the words the library uses (so a query
// is stemmed the way the server's BM25 stems it: "nightmares" finds "nightmare", "picky eater" finds
// "picky eating"), each topic's phrasings as parents write them, and the age bands.
// Scoring is BM25 over those weighted stems; a result must share at least half the query's words.
// Results are built with DOM methods (textContent), never innerHTML, so nothing typed is HTML.
(function () {
  "use strict";
  var form = document.querySelector("form[data-search]");
  if (!form) return;
  var input = form.querySelector("input[type=search]");
  var ageSelect = form.querySelector("select[data-search-age]");
  var list = form.querySelector(".search-results");
  var root = form.getAttribute("data-search").replace(/search-index\.json$/, "");
  var index = null;
  var SUFFIXES = ["ers", "er", "ies", "ing", "ed", "es", "s", "ness", "ly"];

  function load() {
    if (index) return Promise.resolve(index);
    return fetch(form.getAttribute("data-search"))
      .then(function (r) { return r.json(); })
      .then(function (data) {
        var df = {}, total = 0, stems = {};
        data.docs.forEach(function (doc) {
          var length = 0;
          Object.keys(doc.stems).forEach(function (s) { df[s] = (df[s] || 0) + 1; length += doc.stems[s]; stems[s] = true; });
          doc.length = length;
          total += length;
        });
        Object.keys(data.vocab).forEach(function (form) { stems[data.vocab[form]] = true; });
        data.df = df;
        data.known = stems;
        data.stopSet = {};
        data.stop.forEach(function (w) { data.stopSet[w] = true; });
        data.avgLength = total / data.docs.length;
        index = data;
        return data;
      });
  }

  // A word as the index spells it: the library's own form, or the form with a common ending removed.
  function stem(data, word) {
    if (data.vocab[word]) return data.vocab[word];
    if (data.known[word]) return word;
    for (var i = 0; i < SUFFIXES.length; i++) {
      var suffix = SUFFIXES[i];
      if (word.length > suffix.length + 2 && word.slice(-suffix.length) === suffix) {
        var base = word.slice(0, -suffix.length);
        var candidates = suffix === "ies" ? [base + "y"] : [base, base + "e"];
        for (var j = 0; j < candidates.length; j++) {
          var c = candidates[j];
          if (data.vocab[c]) return data.vocab[c];
          if (data.known[c]) return c;
        }
      }
    }
    return word;
  }

  function queryStems(data, text) {
    var words = text.toLowerCase().replace(/\u2019/g, "'").match(/[a-z]+/g) || [];
    var out = [];
    words.forEach(function (w) {
      if (w.length < 2 || data.stopSet[w]) return;
      var s = stem(data, w);
      if (out.indexOf(s) === -1) out.push(s);
    });
    return out;
  }

  function score(data, doc, stems) {
    var total = 0, matched = 0, n = data.docs.length;
    stems.forEach(function (s) {
      var tf = doc.stems[s];
      if (!tf) return;
      matched++;
      var idf = Math.log(1 + (n - data.df[s] + 0.5) / (data.df[s] + 0.5));
      total += idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * doc.length / data.avgLength));
    });
    if (!matched || matched * 2 < stems.length) return 0;
    return total * matched / stems.length;
  }

  function fitsAge(doc, band) {
    if (!band) return true;
    if (doc.kind === "guide") return doc.band === band.band;
    return doc.ages[0] <= band.ages[1] && doc.ages[1] >= band.ages[0];
  }

  // The sentence to show under a result: a phrasing of the topic that shares the most words with
  // the query, or else the guide's own summary; the query's words are marked.
  function snippet(data, doc, stems) {
    var best = null, bestHits = 0;
    if (doc.kind === "guide") {
      (data.phrasings[doc.topic] || []).forEach(function (p) {
        var hits = queryStems(data, p).filter(function (s) { return stems.indexOf(s) !== -1; }).length;
        if (hits > bestHits) { best = p; bestHits = hits; }
      });
    }
    return best ? {text: "\u201c" + best + "\u201d", lead: "Parents write: "} : {text: doc.summary, lead: ""};
  }

  function marked(data, text, stems) {
    var p = document.createElement("p");
    p.className = "snippet";
    text.split(/(\b[A-Za-z\u2019']+\b)/).forEach(function (part) {
      var word = part.toLowerCase().replace(/[\u2019'].*$/, "");
      if (/^[a-z]+$/.test(word) && !data.stopSet[word] && stems.indexOf(stem(data, word)) !== -1) {
        var m = document.createElement("mark");
        m.textContent = part;
        p.appendChild(m);
      } else {
        p.appendChild(document.createTextNode(part));
      }
    });
    return p;
  }

  function show() {
    var text = input.value;
    while (list.firstChild) list.removeChild(list.firstChild);
    if (!/[a-z]{2}/i.test(text)) return;
    load().then(function (data) {
      var stems = queryStems(data, text);
      if (!stems.length) return;
      var bandSlug = ageSelect ? ageSelect.value : "";
      var band = data.bands.filter(function (b) { return b.band === bandSlug; })[0] || null;
      var hits = data.docs.map(function (d) { return [score(data, d, stems), d]; })
        .filter(function (p) { return p[0] > 0 && fitsAge(p[1], band); })
        .sort(function (a, b) { return b[0] - a[0]; })
        .slice(0, 10);
      if (!hits.length) {
        var none = document.createElement("li");
        none.textContent = "Nothing found. Try other words, or browse by age below.";
        list.appendChild(none);
      }
      hits.forEach(function (pair) {
        var doc = pair[1];
        var li = document.createElement("li");
        li.className = "search-result " + doc.kind;
        var a = document.createElement("a");
        a.href = root + doc.url + "index.html";
        a.textContent = doc.title;
        li.appendChild(a);
        li.appendChild(document.createTextNode(" (" + (doc.kind === "story" ? "story, " : "") + doc.label + ")"));
        var s = snippet(data, doc, stems);
        var p = marked(data, s.text, stems);
        if (s.lead) p.insertBefore(document.createTextNode(s.lead), p.firstChild);
        li.appendChild(p);
        list.appendChild(li);
      });
    });
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); show(); });
  input.addEventListener("input", show);
  if (ageSelect) ageSelect.addEventListener("change", show);
})();
