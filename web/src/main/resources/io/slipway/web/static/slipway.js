// Slipway's own small script: copy buttons, and the live parts of the build page (stage view and log).
(function () {
  "use strict";

  function csrf() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.content : "";
  }

  function setupCopyButtons() {
    document.querySelectorAll("button.copy").forEach(function (button) {
      button.addEventListener("click", function () {
        var source = document.getElementById(button.dataset.copy);
        if (source && navigator.clipboard) {
          navigator.clipboard.writeText(source.textContent).then(function () { button.textContent = "Copied"; });
        }
      });
    });
  }

  // ANSI SGR colours (30-37, 90-97, bold, reset) to spans; everything else is text, never HTML.
  function appendAnsi(parent, text) {
    var pattern = /\u001b\[([0-9;]*)m/g, classes = [], last = 0, match;
    function add(chunk) {
      if (!chunk) { return; }
      var span = document.createElement("span");
      if (classes.length) { span.className = classes.join(" "); }
      span.textContent = chunk;
      parent.appendChild(span);
    }
    while ((match = pattern.exec(text)) !== null) {
      add(text.substring(last, match.index));
      last = pattern.lastIndex;
      (match[1] || "0").split(";").forEach(function (code) {
        var n = parseInt(code || "0", 10);
        if (n === 0) { classes = []; }
        else if (n === 1) { classes.push("ansi-bold"); }
        else if (n >= 30 && n <= 37) { classes = classes.filter(function (c) { return c === "ansi-bold"; }); classes.push("ansi-" + n); }
        else if (n >= 90 && n <= 97) { classes = classes.filter(function (c) { return c === "ansi-bold"; }); classes.push("ansi-" + (n - 60)); }
        else if (n === 39) { classes = classes.filter(function (c) { return c === "ansi-bold"; }); }
      });
    }
    add(text.substring(last).replace(/\u001b\[[0-9;]*[A-Za-z]/g, ""));
  }

  function setupLog(root) {
    var box = document.getElementById("log"), follow = document.getElementById("follow");
    if (!box || !window.EventSource) { return; }
    var section = box, source = new EventSource(root.dataset.logUrl);
    source.addEventListener("log", function (event) {
      var line = event.data, stage = /^--- Stage "(.*)" ---$/.exec(line);
      if (stage) {
        var details = document.createElement("details");
        details.open = true;
        details.className = "log-stage";
        details.dataset.stage = stage[1];
        var summary = document.createElement("summary");
        summary.textContent = "Stage " + stage[1];
        details.appendChild(summary);
        box.appendChild(details);
        section = details;
        return;
      }
      var div = document.createElement("span");
      div.className = "line";
      appendAnsi(div, line);
      section.appendChild(div);
      if (follow && follow.checked) { box.scrollTop = box.scrollHeight; }
    });
    source.addEventListener("end", function (event) {
      source.close();
      box.dataset.ended = event.data;
    });
    source.onerror = function () {
      if (box.dataset.ended) { source.close(); }
    };
  }

  function stageElement(stage) {
    var li = document.createElement("li");
    li.className = "stage status-" + stage.statusClass;
    li.dataset.stage = stage.name;
    li.dataset.status = stage.status;
    var name = document.createElement("span");
    name.className = "stage-name";
    name.textContent = stage.name;
    var status = document.createElement("span");
    status.className = "stage-status";
    status.textContent = stage.status.replace("_", " ").toLowerCase();
    var duration = document.createElement("span");
    duration.className = "stage-duration";
    duration.textContent = stage.duration;
    li.append(name, " ", status, " ", duration);
    if (stage.children && stage.children.length) {
      var ol = document.createElement("ol");
      ol.className = "branches";
      stage.children.forEach(function (child) { ol.appendChild(stageElement(child)); });
      li.appendChild(ol);
    }
    return li;
  }

  function setupState(root) {
    var rounds = 0, maxRounds = 6 * 60 * 60; // at most six hours of polling, once a second
    function poll() {
      if (rounds++ > maxRounds) { return; }
      fetch(root.dataset.stateUrl, { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (state) {
          if (!state) { return; }
          var list = document.getElementById("stages");
          list.replaceChildren.apply(list, state.stages.map(stageElement));
          var empty = document.getElementById("no-stages");
          if (empty && state.stages.length) { empty.remove(); }
          var status = document.querySelector("#build-status .status");
          status.className = "status status-" + state.build.statusClass;
          status.textContent = state.build.status.replace("_", " ").toLowerCase();
          document.getElementById("build-duration").textContent = state.build.duration;
          root.dataset.status = state.build.status;
          if (state.inputs.join(",") !== root.dataset.inputs) { window.location.reload(); return; }
          if (state.build.final) {
            if (document.getElementById("abort")) { window.location.reload(); }
            return;
          }
          window.setTimeout(poll, 1000);
        })
        .catch(function () { window.setTimeout(poll, 3000); });
    }
    if (!/^(SUCCESS|FAILURE|UNSTABLE|ABORTED|NOT_BUILT)$/.test(root.dataset.status)) { window.setTimeout(poll, 500); }
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupCopyButtons();
    var build = document.getElementById("build");
    if (build) {
      setupLog(build);
      setupState(build);
    }
  });
  window.slipwayCsrf = csrf;
})();
