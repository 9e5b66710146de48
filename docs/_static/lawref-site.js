/* lawref's site: the lookup page and the penalties page's date picker.
 *
 * Every answer was computed by lawref (the Python library) when the site was built and is
 * embedded in the page as JSON (src/lawref/views/site_lookup.py). This script applies no rule
 * of law: it matches the reader's words to a conduct as lawref's lexicon does, picks the span
 * of time holding the date, and shows that span's answer. It puts every value into the page
 * as text (textContent), never as HTML, and fetches nothing.
 */
(function () {
  "use strict";

  function unpack(value, texts) {
    if (typeof value === "number") return texts[value];
    if (Array.isArray(value)) return value.map(function (v) { return unpack(v, texts); });
    if (value && typeof value === "object") {
      var out = {};
      Object.keys(value).forEach(function (k) { out[k] = unpack(value[k], texts); });
      return out;
    }
    return value;
  }

  function load(id) {
    var node = document.getElementById(id);
    if (!node) return null;
    var whole = JSON.parse(node.textContent);
    return unpack(whole.data, whole.texts);
  }

  /* An element with text children (strings become text nodes, never markup). */
  function el(tag, className, children) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function link(href, text) {
    var a = el("a", "reference internal", [text]);
    /* hrefs are built at build time from slugs: letters, digits, "-", "_" only */
    if (/^[a-z]+\/[A-Za-z0-9_-]+\.html$/.test(href)) a.setAttribute("href", href);
    return a;
  }

  /* --- dates ----------------------------------------------------------------------------- */

  function validDate(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
    var d = new Date(text + "T00:00:00Z");
    return !isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
  }

  function spanOn(spans, day) {
    for (var i = 0; i < spans.length; i++) {
      var span = spans[i];
      if (span.from <= day && (span.to === null || day < span.to)) return span;
    }
    return null;
  }

  /* A sentence the library wrote around the day asked about, joined with the reader's day. */
  function withDay(parts, day) {
    return parts.join(day);
  }

  /* An ISO day as the library writes dates for people ("1 June 2018"), months from the data. */
  function dayWords(day, months) {
    var bits = day.split("-");
    return String(Number(bits[2])) + " " + months[Number(bits[1]) - 1] + " " + bits[0];
  }

  /* Whether the date can be answered; otherwise a message node. */
  function dateProblem(data, day) {
    if (!validDate(day)) {
      return el("p", "lawref-message", [
        "Enter the date of the conduct as a full date (day, month and year), for example 2019-10-13.",
      ]);
    }
    if (day < data.earliest) {
      return el("p", "lawref-message", [
        "That date is before the earliest law in lawref's data (" + data.earliest_words +
          "): lawref has no answer for " + day + ".",
      ]);
    }
    return null;
  }

  function reviewNote(data, day) {
    var words = "Law as reviewed on " + data.reviewed_words + ".";
    if (day > data.reviewed) {
      words += " The date is after that review: later changes are not reflected.";
    }
    return el("p", "lawref-review", [words]);
  }

  function params() {
    var out = {};
    try {
      new URLSearchParams(window.location.search).forEach(function (v, k) { out[k] = v; });
    } catch (e) { /* an old browser: no parameters */ }
    return out;
  }

  function remember(values) {
    try {
      var query = new URLSearchParams(values).toString();
      window.history.replaceState(null, "", window.location.pathname + "?" + query);
    } catch (e) { /* file: pages in some browsers: the address stays as it is */ }
  }

  /* --- words to a conduct, as lawref.conduct.lexicon.Lexicon does ------------------------ */

  function words(text) {
    return text.toLowerCase().match(/[a-z0-9]+/g) || [];
  }

  function matchConduct(lexicon, text, longest) {
    if (text.length > longest) return { conducts: [] };
    var tokens = words(text);
    var named = lexicon.names[tokens.join(" ")];
    if (tokens.length && named) return { conducts: [[named, text.trim()]] };
    var taken = tokens.map(function () { return false; });
    var found = [];
    lexicon.phrases.forEach(function (entry) {
      var phrase = entry[0].split(" ");
      var size = phrase.length;
      for (var start = 0; start + size <= tokens.length; start++) {
        var same = true;
        for (var i = 0; i < size; i++) {
          if (tokens[start + i] !== phrase[i] || taken[start + i]) { same = false; break; }
        }
        if (same) {
          found.push({ start: start, term: entry[1], conduct: entry[2] });
          for (var j = start; j < start + size; j++) taken[j] = true;
        }
      }
    });
    found.sort(function (a, b) { return a.start - b.start; });
    var conducts = [];
    var seen = {};
    found.forEach(function (m) {
      if (!seen[m.conduct]) {
        seen[m.conduct] = true;
        conducts.push([m.conduct, m.term]);
      }
    });
    return { conducts: conducts };
  }

  /* --- the lookup page ------------------------------------------------------------------- */

  function anchorOf(entry) {
    return /^[A-Za-z0-9_-]+$/.test(entry.anchor) ? "lawref-p-" + entry.anchor : "";
  }

  /* One line naming every provision of the answer, each a jump to its card below. */
  function summary(entries) {
    var line = el("p", "lawref-summary", [el("strong", "", ["Provisions: "])]);
    entries.forEach(function (entry, index) {
      if (index) line.appendChild(document.createTextNode(" · "));
      var a = el("a", "", [entry.label]);
      if (anchorOf(entry)) a.setAttribute("href", "#" + anchorOf(entry));
      line.appendChild(a);
    });
    return line;
  }

  function provisionCard(entry) {
    var title = el("p", "lawref-provision-title", [link(entry.href, entry.label)]);
    var flags = entry.flags.map(function (flag) { return el("p", "lawref-flag", [flag]); });
    var facts = el("ul", "lawref-facts");
    entry.punishment.forEach(function (line) {
      facts.appendChild(el("li", "lawref-punishment", [el("strong", "", [line[0] + ": "]), line[1]]));
    });
    entry.classification.forEach(function (line) {
      facts.appendChild(el("li", "", [el("strong", "", ["classification, " + line[0] + ": "]), line[1]]));
    });
    facts.appendChild(el("li", "", [el("strong", "", ["when: "]), entry.condition]));
    if (entry.quote) {
      facts.appendChild(el("li", "", [el("strong", "", ["the statute's words: "]), "“" + entry.quote + "”"]));
    }
    entry.notes.forEach(function (note) {
      facts.appendChild(el("li", "", [el("strong", "", ["note: "]), note]));
    });
    var card = el("section", "lawref-provision", [title].concat(flags).concat([
      el("p", "lawref-heading", [entry.heading]),
      facts,
      el("p", "lawref-citation", [entry.citation + " · " + entry.span]),
    ]));
    if (anchorOf(entry)) card.id = anchorOf(entry);
    return card;
  }

  function setupLookup() {
    var data = load("lawref-lookup-data");
    var form = document.getElementById("lawref-lookup");
    var out = document.getElementById("lawref-lookup-answer");
    if (!data || !form || !out) return;
    var box = document.getElementById("lawref-conduct");
    var date = document.getElementById("lawref-date");
    var byId = {};
    data.conducts.forEach(function (c) { byId[c.id] = c; });

    var list = document.getElementById("lawref-terms");
    var offered = {};
    data.conducts.forEach(function (c) {
      [c.label].concat(c.terms).forEach(function (term) {
        if (offered[term]) return;
        offered[term] = true;
        var option = document.createElement("option");
        option.value = term;
        list.appendChild(option);
      });
    });
    var pick = el("select", "lawref-pick", [el("option", "", ["— or pick a conduct —"])]);
    pick.id = "lawref-pick";
    pick.options[0].value = "";
    pick.setAttribute("aria-label", "Pick a conduct");
    data.conducts.forEach(function (c) {
      var option = el("option", "", [c.label]);
      option.value = c.label;
      pick.appendChild(option);
    });
    pick.addEventListener("change", function () {
      if (pick.selectedIndex > 0) box.value = pick.value;
      update();
    });
    box.parentNode.appendChild(pick);

    function conductList(intro) {
      var items = el("ul", "lawref-conducts");
      data.conducts.forEach(function (c) {
        var words = c.terms.slice(0, 4).join(", ");
        items.appendChild(el("li", "", [link(c.href, c.label), " — " + words]));
      });
      return [el("p", "lawref-message", [intro]), items];
    }

    function show(nodes) {
      while (out.firstChild) out.removeChild(out.firstChild);
      nodes.forEach(function (node) { out.appendChild(node); });
    }

    function update() {
      var text = box.value;
      var day = date.value;
      if (pick.selectedIndex > 0 && pick.value !== text) pick.selectedIndex = 0;
      remember({ conduct: text, date: day });
      if (!text.trim()) {
        show([el("p", "lawref-message", ["Type or pick a conduct to see the law that reached it."])]);
        return;
      }
      var found = matchConduct(data.lexicon, text, Number(data.longest)).conducts;
      if (!found.length) {
        show(conductList("No conduct in lawref's lexicon matches “" + text.trim() +
          "”. Try other words, or pick one of these:"));
        return;
      }
      if (found.length > 1) {
        show(conductList("“" + text.trim() + "” names more than one conduct (" +
          found.map(function (f) { return byId[f[0]].label + ", by “" + f[1] + "”"; }).join("; ") +
          "). Name one of them:"));
        return;
      }
      var conduct = byId[found[0][0]];
      var problem = dateProblem(data, day);
      var head = el("p", "lawref-matched", [
        "“" + text.trim() + "” → ", link(conduct.href, conduct.label),
        " (matched by “" + found[0][1] + "”)",
      ]);
      if (problem) { show([head, problem]); return; }
      var span = spanOn(conduct.spans, day);
      var answer = span.answer;
      var nodes = [head];
      nodes.push(el("p", "lawref-span", [
        "Law in force on " + dayWords(day, data.months) + " (the date of the conduct): the same answer holds " +
          span.wording + "." +
          (answer.code
            ? " Classified for a proceeding begun on that date, under the " + answer.code + "."
            : " No Code of criminal procedure in lawref's data classifies it for a proceeding begun that day."),
      ]));
      answer.extent.forEach(function (parts) {
        nodes.push(el("p", "lawref-extent", [withDay(parts, dayWords(day, data.months))]));
      });
      if (!answer.provisions.length) {
        nodes.push(el("p", "lawref-message", ["No provision in lawref's data reaches this conduct on that date."]));
      }
      if (answer.provisions.length) nodes.push(summary(answer.provisions));
      answer.provisions.forEach(function (entry) { nodes.push(provisionCard(entry)); });
      if (answer.overlaps.length) {
        nodes.push(el("p", "lawref-subhead", ["Overlapping laws"]));
        var overlaps = el("ul", "lawref-overlaps");
        answer.overlaps.forEach(function (text) { overlaps.appendChild(el("li", "", [text])); });
        nodes.push(overlaps);
      }
      nodes.push(reviewNote(data, day));
      show(nodes);
    }

    /* for the site's browser check: the matcher, to compare with lawref's own on every term */
    window.lawrefLookupMatch = function (text) {
      return matchConduct(data.lexicon, text, Number(data.longest)).conducts;
    };

    var given = params();
    if (given.conduct) box.value = given.conduct;
    if (given.date) date.value = given.date;
    form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
    box.addEventListener("input", update);
    date.addEventListener("input", update);
    date.addEventListener("change", update);
    update();
  }

  /* --- the penalties page ---------------------------------------------------------------- */

  function setupPenalties() {
    var data = load("lawref-penalties-data");
    var form = document.getElementById("lawref-penalties");
    var out = document.getElementById("lawref-penalties-answer");
    if (!data || !form || !out) return;
    var date = document.getElementById("lawref-penalties-date");
    var fixed = document.querySelectorAll(".lawref-static");
    for (var i = 0; i < fixed.length; i++) fixed[i].hidden = true;

    function update() {
      var day = date.value;
      remember({ date: day });
      while (out.firstChild) out.removeChild(out.firstChild);
      var problem = dateProblem(data, day);
      if (problem) { out.appendChild(problem); return; }
      var span = spanOn(data.spans, day);
      out.appendChild(el("p", "lawref-span", [
        "Punishments in force on " + day + " (the same " + span.wording + ").",
      ]));
      var rows = span.answer.rows;
      if (!rows.length) {
        out.appendChild(el("p", "lawref-message", ["No punishing provision in lawref's data was in force on that date."]));
      } else {
        var body = el("tbody");
        rows.forEach(function (row) {
          body.appendChild(el("tr", "", [
            el("td", "", [link(row.href, row.label)]),
            el("td", "", [row.span]),
            el("td", "", [withDay(row.punishment, day)]),
          ]));
        });
        var head = el("thead", "", [el("tr", "", [
          el("th", "", ["Provision"]), el("th", "", ["In force"]), el("th", "", ["Punishment"]),
        ])]);
        out.appendChild(el("div", "table-wrapper", [el("table", "docutils align-default lawref-table", [head, body])]));
      }
      out.appendChild(reviewNote(data, day));
    }

    var given = params();
    if (given.date) date.value = given.date;
    form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
    date.addEventListener("input", update);
    date.addEventListener("change", update);
    update();
  }

  function start() {
    setupLookup();
    setupPenalties();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
