// claimlint html report: renders a post when it is opened, filters, keyboard
// navigation, "reviewed" marks kept in localStorage, and the baseline download.
// Post text only ever enters the page through textContent and text nodes.
(function () {
  "use strict";
  var doc = document;
  var run = JSON.parse(doc.getElementById("run-data").textContent);
  var RULES = run.rules;
  var STORE = "claimlint.reviewed";
  var sections = Array.prototype.slice.call(doc.querySelectorAll("section.post"));
  var models = [];
  var rendered = [];
  var current = null;
  var state = { severity: { error: true, warning: true, info: true }, rule: "", category: "",
    file: "", search: "", hideReviewed: false };
  var reviewed = loadReviewed();

  function el(tag, cls, text) {
    var node = doc.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function say(text) { doc.getElementById("status").textContent = text; }

  function loadReviewed() {
    try {
      var data = JSON.parse(window.localStorage.getItem(STORE) || "{}");
      return data && typeof data === "object" ? data : {};
    } catch (e) {
      return {};
    }
  }

  function saveReviewed() {
    try {
      window.localStorage.setItem(STORE, JSON.stringify(reviewed));
      return true;
    } catch (e) {
      say("This browser does not keep the reviewed marks for this page (local storage is off).");
      return false;
    }
  }

  function spanText(lines, span) {
    if (!lines || !span) return "";
    if (span[0] === span[2]) return lines[span[0]].slice(span[1], span[3]);
    var parts = [lines[span[0]].slice(span[1])];
    for (var l = span[0] + 1; l < span[2]; l++) parts.push(lines[l]);
    parts.push(lines[span[2]].slice(0, span[3]));
    return parts.join("\n");
  }

  // The line after which a finding's card stands: the last line its span covers.
  function cardLine(f) {
    var s = f.span;
    return s[2] > s[0] && s[3] === 0 ? s[2] - 1 : s[2];
  }

  function model(i) {
    if (models[i]) return models[i];
    var m = JSON.parse(sections[i].querySelector("script.post-data").textContent);
    m.findings.forEach(function (f, j) {
      var rule = RULES[f.rule] || {};
      f.name = f.name || rule.name || "";
      f.category = f.category || rule.category || "";
      f.suggestion = f.suggestion || "";
      f.whole = !!f.whole;
      f.file = i;
      f.id = "post-" + i + "-f" + j;
      f.top = f.whole || !m.lines || !f.span;
      f.text = spanText(m.lines, f.span);
      f.fp = f.key ? [f.rule, m.keyPath].concat(f.key).join("\t") :
        [m.path, f.rule].concat(f.at).join("\t");
      f.hay = [f.rule, f.name, f.category, f.message, f.suggestion, f.text, m.path]
        .join("\n").toLowerCase();
      f.j = j;
    });
    m.order = m.findings.slice().sort(function (a, b) {
      if (a.top !== b.top) return a.top ? -1 : 1;
      return a.top ? a.j - b.j : cardLine(a) - cardLine(b) || a.j - b.j;
    });
    models[i] = m;
    return m;
  }

  function matches(f, path) {
    var s = state;
    return s.severity[f.severity] && (!s.rule || f.rule === s.rule) &&
      (!s.category || f.category === s.category) && (!s.file || path === s.file) &&
      (!s.search || f.hay.indexOf(s.search) >= 0) && !(s.hideReviewed && reviewed[f.fp]);
  }

  function filtering() {
    var s = state;
    return !(s.severity.error && s.severity.warning && s.severity.info) || s.rule ||
      s.category || s.file || s.search || s.hideReviewed;
  }

  // --- rendering a post -------------------------------------------------------

  function fillLine(code, text, segs) {
    if (!segs.length) {
      code.textContent = text;
      return;
    }
    var points = [0, text.length];
    segs.forEach(function (g) { points.push(g.s, g.e); });
    points = points.filter(function (p, k) { return points.indexOf(p) === k; })
      .sort(function (a, b) { return a - b; });
    points.forEach(function (a, k) {
      segs.forEach(function (g) {
        if (g.s === g.e && g.s === a) code.appendChild(mark([g.f], "", true));
      });
      if (k + 1 >= points.length) return;
      var b = points[k + 1];
      var piece = text.slice(a, b);
      var over = segs.filter(function (g) { return g.s < g.e && g.s <= a && b <= g.e; })
        .map(function (g) { return g.f; });
      code.appendChild(over.length ? mark(over, piece, false) : doc.createTextNode(piece));
    });
  }

  var RANK = { error: 3, warning: 2, info: 1 };

  function mark(found, text, empty) {
    var worst = found.reduce(function (w, f) {
      return RANK[f.severity] > RANK[w] ? f.severity : w;
    }, "info");
    var node = el("mark", "hl sev-" + worst + (found.length > 1 ? " many" : "") +
      (empty ? " empty" : ""), text);
    node.setAttribute("data-f", found.map(function (f) { return f.id; }).join(" "));
    node.title = found.map(function (f) { return f.rule + " " + f.name; }).join("; ");
    return node;
  }

  function card(f) {
    var rule = RULES[f.rule] || {};
    var box = el("article", "finding sev-" + f.severity);
    box.id = f.id;
    box.tabIndex = -1;
    box.setAttribute("data-rule", f.rule);
    box.setAttribute("data-at", f.at.join(":"));
    box.setAttribute("aria-labelledby", f.id + "-h");
    var head = el("h4");
    head.id = f.id + "-h";
    head.appendChild(el("span", "badge sev-" + f.severity, f.severity));
    head.appendChild(el("span", "rule", f.rule + " " + f.name));
    head.appendChild(el("span", "where", f.whole ? "whole post (at line " + f.at[0] + ")" :
      "line " + f.at[0] + ", column " + f.at[1]));
    head.appendChild(el("span", "category", f.category));
    box.appendChild(head);
    box.appendChild(el("p", "message", f.message));
    if (f.top && f.text) {
      var quote = el("p", "quote");
      quote.appendChild(el("span", "label", "Text: "));
      quote.appendChild(doc.createTextNode("\u201c" + f.text + "\u201d"));
      box.appendChild(quote);
    }
    var better = f.suggestion || rule.better;
    if (better) {
      var p = el("p", "better");
      p.appendChild(el("span", "label", f.suggestion ? "Better wording: " : "Instead: "));
      p.appendChild(doc.createTextNode(better));
      box.appendChild(p);
    }
    if (f.sources && !f.top) {
      var cites = el("p", "cites");
      cites.appendChild(el("span", "label", "In the source list: "));
      f.sources.forEach(function (e) {
        var go = el("button", "goto", e[0] === e[2] ? "line " + (e[0] + 1) :
          "lines " + (e[0] + 1) + "\u2013" + (e[2] + 1));
        go.type = "button";
        go.setAttribute("data-row", "post-" + f.file + "-L" + (e[0] + 1));
        cites.appendChild(go);
      });
      box.appendChild(cites);
    }
    if (rule.why) {
      var more = el("details");
      more.appendChild(el("summary", "", "Why it matters"));
      more.appendChild(el("p", "why", rule.why));
      (rule.see || []).forEach(function (s) {
        var link = el("a", "", s[0]);
        link.href = s[1];
        link.rel = "noopener noreferrer";
        var line = el("p", "see");
        line.appendChild(doc.createTextNode("See: "));
        line.appendChild(link);
        more.appendChild(line);
      });
      box.appendChild(more);
    }
    var label = el("label", "mark-reviewed");
    var tick = el("input", "reviewed-box");
    tick.type = "checkbox";
    tick.checked = !!reviewed[f.fp];
    tick.setAttribute("aria-describedby", f.id + "-h");
    tick.setAttribute("data-f", f.id);
    label.appendChild(tick);
    label.appendChild(doc.createTextNode(" Reviewed"));
    box.appendChild(label);
    if (tick.checked) box.classList.add("reviewed");
    return box;
  }

  // Under a source-list entry: the citation finding that points at it.
  function backref(f) {
    var p = el("p", "backref");
    p.setAttribute("data-f", f.id);
    p.appendChild(doc.createTextNode("Cited at line " + f.at[0] + " (" + f.rule + " " +
      f.name + "): "));
    var go = el("button", "goto", "go to the finding");
    go.type = "button";
    go.setAttribute("data-finding", f.id);
    p.appendChild(go);
    return p;
  }

  function render(i) {
    if (rendered[i]) return;
    var m = model(i);
    var body = doc.getElementById(sections[i].id + "-body");
    var frag = doc.createDocumentFragment();
    var top = m.order.filter(function (f) { return f.top; });
    if (top.length) {
      var whole = el("div", "whole");
      top.forEach(function (f) { whole.appendChild(card(f)); });
      frag.appendChild(whole);
    }
    if (m.lines) {
      var segs = m.lines.map(function () { return []; });
      var after = m.lines.map(function () { return []; });
      m.findings.forEach(function (f) {
        if (!f.span) return;
        for (var l = f.span[0]; l <= f.span[2]; l++) {
          var s = l === f.span[0] ? f.span[1] : 0;
          var e = l === f.span[2] ? f.span[3] : m.lines[l].length;
          if (s < e || (f.span[0] === f.span[2] && s === e)) segs[l].push({ f: f, s: s, e: e });
        }
      });
      var cited = m.lines.map(function () { return []; });
      var entry = [];
      m.order.forEach(function (f) {
        if (f.top) return;
        after[cardLine(f)].push(f);
        (f.sources || []).forEach(function (e) {
          cited[e[2]].push(f);
          for (var l = e[0]; l <= e[2]; l++) entry[l] = true;
        });
      });
      var src = el("div", "src");
      src.setAttribute("role", "group");
      src.setAttribute("aria-label", "Text of " + m.path);
      m.lines.forEach(function (text, l) {
        var row = el("div", entry[l] ? "line cited" : "line");
        row.id = "post-" + i + "-L" + (l + 1);
        row.appendChild(el("span", "ln", String(l + 1)));
        var code = el("span", "code");
        fillLine(code, text, segs[l]);
        row.appendChild(code);
        src.appendChild(row);
        if (after[l].length || cited[l].length) {
          var holder = el("div", "line");
          var cards = el("div", "after");
          cited[l].forEach(function (f) { cards.appendChild(backref(f)); });
          after[l].forEach(function (f) { cards.appendChild(card(f)); });
          holder.appendChild(cards);
          src.appendChild(holder);
        }
      });
      frag.appendChild(src);
    }
    body.appendChild(frag);
    rendered[i] = true;
    showFindings(i);
  }

  function setOpen(i, open) {
    var button = sections[i].querySelector("button.toggle");
    if (open) render(i);
    button.setAttribute("aria-expanded", open ? "true" : "false");
    doc.getElementById(sections[i].id + "-body").hidden = !open;
  }

  function isOpen(i) {
    return sections[i].querySelector("button.toggle").getAttribute("aria-expanded") === "true";
  }

  // --- filters ----------------------------------------------------------------

  function showFindings(i) {
    var m = model(i);
    var shown = 0;
    m.findings.forEach(function (f) {
      var ok = matches(f, m.path);
      if (ok) shown++;
      if (!rendered[i]) return;
      doc.getElementById(f.id).hidden = !ok;
      var refs = sections[i].querySelectorAll('p.backref[data-f="' + f.id + '"]');
      for (var k = 0; k < refs.length; k++) refs[k].hidden = !ok;
    });
    if (rendered[i]) {
      var marks = sections[i].querySelectorAll("mark.hl");
      for (var k = 0; k < marks.length; k++) {
        var ids = marks[k].getAttribute("data-f").split(" ");
        var on = ids.some(function (id) { return !doc.getElementById(id).hidden; });
        marks[k].classList.toggle("off", !on);
      }
    }
    return shown;
  }

  function applyFilters() {
    var on = filtering();
    var shown = 0;
    var total = 0;
    sections.forEach(function (section, i) {
      var note = section.querySelector(".shown");
      if (!on) {
        section.hidden = false;
        note.textContent = "";
        if (rendered[i]) showFindings(i);
        return;
      }
      var n = showFindings(i);
      var all = model(i).findings.length;
      shown += n;
      total += all;
      section.hidden = n === 0;
      note.textContent = n === all ? "" : "(" + n + " of " + all + " shown)";
    });
    doc.getElementById("no-match").hidden = !on || shown > 0;
    if (on) say("Showing " + shown + " of " + total + " findings.");
    else say("");
  }

  function readFilters() {
    var boxes = doc.querySelectorAll("input[name=severity]");
    for (var k = 0; k < boxes.length; k++) state.severity[boxes[k].value] = boxes[k].checked;
    state.rule = doc.getElementById("filter-rule").value;
    state.category = doc.getElementById("filter-category").value;
    state.file = doc.getElementById("filter-file").value;
    state.search = doc.getElementById("filter-search").value.trim().toLowerCase();
    state.hideReviewed = doc.getElementById("filter-unreviewed").checked;
    applyFilters();
  }

  function option(select, value, text) {
    var o = el("option", "", text);
    o.value = value;
    select.appendChild(o);
  }

  function fillFilters() {
    var rules = doc.getElementById("filter-rule");
    Object.keys(run.counts).forEach(function (id) {
      option(rules, id, id + " " + ((RULES[id] || {}).name || "") + " (" + run.counts[id] + ")");
    });
    var cats = doc.getElementById("filter-category");
    Object.keys(run.categories).forEach(function (c) {
      option(cats, c, c + " (" + run.categories[c] + ")");
    });
    var files = doc.getElementById("filter-file");
    sections.forEach(function (section) {
      var path = section.querySelector(".path").textContent;
      option(files, path, path);
    });
  }

  // --- navigation ---------------------------------------------------------------

  // The next (step 1) or previous (step -1) finding the filters show, from the current
  // one's place in its post, or from the start or end of the page.
  function move(step) {
    var i = current ? current.file : step > 0 ? 0 : sections.length - 1;
    var at = current ? model(i).order.indexOf(current) : null;
    for (; i >= 0 && i < sections.length; i += step, at = null) {
      if (sections[i].hidden) continue;
      var m = model(i);
      if (at === null) at = step > 0 ? -1 : m.order.length;
      for (var n = at + step; n >= 0 && n < m.order.length; n += step) {
        if (matches(m.order[n], m.path)) {
          focusFinding(m.order[n]);
          return;
        }
      }
    }
    say(step > 0 ? "No more findings below." : "No more findings above.");
  }

  function focusFinding(f) {
    setOpen(f.file, true);
    var old = doc.querySelectorAll(".current");
    for (var k = 0; k < old.length; k++) old[k].classList.remove("current");
    current = f;
    var box = doc.getElementById(f.id);
    box.classList.add("current");
    var marks = doc.querySelectorAll('mark[data-f~="' + f.id + '"]');
    for (var n = 0; n < marks.length; n++) marks[n].classList.add("current");
    (marks.length ? marks[0] : box).scrollIntoView({ block: "center" });
    box.focus({ preventScroll: true });
  }

  function findingOf(id) {
    var parts = /^post-(\d+)-f(\d+)$/.exec(id);
    return parts ? model(+parts[1]).findings[+parts[2]] : null;
  }

  // --- reviewed marks and the baseline ------------------------------------------

  function setReviewed(f, on) {
    if (on) reviewed[f.fp] = 1;
    else delete reviewed[f.fp];
    var box = doc.getElementById(f.id);
    if (box) {
      box.classList.toggle("reviewed", on);
      box.querySelector("input.reviewed-box").checked = on;
    }
    if (saveReviewed()) say(reviewedCount() + " of " + totalCount() + " findings reviewed.");
    if (state.hideReviewed) applyFilters();
  }

  function everyFinding(visit) {
    for (var i = 0; i < sections.length; i++) model(i).findings.forEach(visit);
  }

  function reviewedCount() {
    var n = 0;
    everyFinding(function (f) { if (reviewed[f.fp]) n++; });
    return n;
  }

  function totalCount() {
    var n = 0;
    everyFinding(function () { n++; });
    return n;
  }

  // A YAML double-quoted scalar: printable characters as they are, others escaped.
  function quote(s) {
    var out = '"';
    for (var k = 0; k < s.length; k++) {
      var c = s.codePointAt(k);
      var ch = String.fromCodePoint(c);
      if (c > 0xffff) k++;
      if (ch === '"' || ch === "\\") out += "\\" + ch;
      else if ((c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c < 0xd800 && c !== 0x2028 &&
        c !== 0x2029) || (c >= 0xe000 && c < 0xfffe && c !== 0xfeff) || c > 0xffff) out += ch;
      else out += "\\u" + ("000" + c.toString(16)).slice(-4);
    }
    return out + '"';
  }

  function baselineText() {
    var b = run.baseline;
    var items = [];
    everyFinding(function (f) {
      if (!reviewed[f.fp] || !f.key) return;
      items.push("  - rule: " + quote(f.rule) + "\n    path: " + quote(model(f.file).keyPath) +
        "\n    sentence-hash: " + quote(f.key[0]) + "\n" +
        (f.key[1] ? "    occurrence: " + f.key[1] + "\n" : "") +
        "    message: " + quote(f.message) + "\n");
    });
    var text = b.header + "version: " + b.version + "\n" +
      (items.length ? "findings:\n" + items.join("") : "findings: []\n");
    return { text: text, count: items.length };
  }

  function download() {
    if (!run.baseline) {
      say("This report was made without baseline keys: nothing to download.");
      return;
    }
    var made = baselineText();
    var url = URL.createObjectURL(new Blob([made.text], { type: "application/x-yaml" }));
    var link = el("a");
    link.href = url;
    link.download = "claimlint-baseline.yaml";
    doc.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    say("Downloaded " + made.count + " reviewed finding" + (made.count === 1 ? "" : "s") +
      " as claimlint-baseline.yaml: save it at the repository root and run " +
      "claimlint check --baseline claimlint-baseline.yaml.");
  }

  // --- wiring -------------------------------------------------------------------

  function postOf(node) {
    var section = node.closest("section.post");
    return section ? +section.getAttribute("data-i") : -1;
  }

  doc.getElementById("main").insertBefore(doc.getElementById("overview"),
    doc.getElementById("posts"));
  doc.getElementById("lede-summary").textContent = run.summary;
  fillFilters();

  var form = doc.getElementById("filters");
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.addEventListener("change", function (e) {
    if (e.target.id !== "filter-search") readFilters();
  });
  var typing = 0;
  doc.getElementById("filter-search").addEventListener("input", function () {
    clearTimeout(typing);
    typing = setTimeout(readFilters, 150);
  });
  doc.getElementById("download").addEventListener("click", download);

  doc.addEventListener("click", function (e) {
    var t = e.target;
    var toggle = t.closest("button.toggle");
    if (toggle) {
      var i = postOf(toggle);
      setOpen(i, !isOpen(i));
      return;
    }
    var hl = t.closest("mark.hl");
    if (hl && !hl.classList.contains("off")) {
      var ids = hl.getAttribute("data-f").split(" ").filter(function (id) {
        return !doc.getElementById(id).hidden;
      });
      var next = current && ids.indexOf(current.id) >= 0 ?
        ids[(ids.indexOf(current.id) + 1) % ids.length] : ids[0];
      focusFinding(findingOf(next));
      return;
    }
    var go = t.closest("button.goto");
    if (go) {
      if (go.hasAttribute("data-finding")) {
        focusFinding(findingOf(go.getAttribute("data-finding")));
      } else {
        var row = doc.getElementById(go.getAttribute("data-row"));
        row.tabIndex = -1;
        row.scrollIntoView({ block: "center" });
        row.focus({ preventScroll: true });
      }
      return;
    }
    var link = t.closest('a[href^="#post-"]');
    if (link) {
      var n = +link.getAttribute("href").slice(6);
      if (sections[n]) setOpen(n, true);
    }
  });

  doc.addEventListener("change", function (e) {
    var t = e.target;
    if (t.classList && t.classList.contains("reviewed-box")) {
      setReviewed(findingOf(t.getAttribute("data-f")), t.checked);
    }
  });

  doc.addEventListener("focusin", function (e) {
    var box = e.target.closest && e.target.closest("article.finding");
    if (box && (!current || current.id !== box.id)) {
      var old = doc.querySelectorAll(".current");
      for (var k = 0; k < old.length; k++) old[k].classList.remove("current");
      current = findingOf(box.id);
      box.classList.add("current");
    }
  });

  doc.addEventListener("keydown", function (e) {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    var tag = t.tagName;
    if (t.id === "filter-search" && e.key === "Escape") {
      t.blur();
      if (current) doc.getElementById(current.id).focus();
      return;
    }
    if ((tag === "INPUT" && t.type !== "checkbox") || tag === "SELECT" ||
      tag === "TEXTAREA" || t.isContentEditable) return;
    if (e.key === "j") move(1);
    else if (e.key === "k") move(-1);
    else if (e.key === "r" && current) setReviewed(current, !reviewed[current.fp]);
    else if (e.key === "o" && current) {
      setOpen(current.file, !isOpen(current.file));
      sections[current.file].querySelector("button.toggle").focus();
    } else if (e.key === "/") doc.getElementById("filter-search").focus();
    else return;
    e.preventDefault();
  });

  function openFromHash() {
    var parts = /^#post-(\d+)/.exec(window.location.hash);
    if (parts && sections[+parts[1]]) setOpen(+parts[1], true);
  }
  window.addEventListener("hashchange", openFromHash);
  openFromHash();

  // Printing shows every post the filters leave, opened, with the rules' reasons.
  var closedForPrint = [];
  window.addEventListener("beforeprint", function () {
    sections.forEach(function (section, i) { if (!section.hidden) setOpen(i, true); });
    var shut = doc.querySelectorAll("details:not([open])");
    for (var k = 0; k < shut.length; k++) {
      shut[k].open = true;
      closedForPrint.push(shut[k]);
    }
  });
  window.addEventListener("afterprint", function () {
    closedForPrint.forEach(function (d) { d.open = false; });
    closedForPrint = [];
  });

  doc.documentElement.setAttribute("data-ready", "true");
  // Counting the marks reads every post's data: only when there are marks, once the
  // page is up.
  if (Object.keys(reviewed).length) {
    (window.requestIdleCallback || setTimeout)(function () {
      var n = reviewedCount();
      if (n) say(n + " of " + totalCount() + " findings reviewed.");
    });
  }
})();
