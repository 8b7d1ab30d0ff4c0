extension TimelineHTML {
    /// The page; {{...}} are filled in by `render`. The script only sets opacities, the slider and
    /// `textContent`.
    static let template = #"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>{{TITLE}}</title>
<style>
body { font-family: Helvetica, Arial, 'Liberation Sans', sans-serif; margin: 16px; color: #1b1b1b; }
#controls { display: flex; align-items: center; gap: 12px; margin: 8px 0; }
#slider { flex: 1; }
#date { font-weight: bold; min-width: 12em; }
#map svg { width: 100%; height: auto; max-width: 1200px; }
#current, #list { max-width: 1200px; font-size: 13px; padding-left: 18px; }
#current li, #list li { margin: 6px 0; }
#current li { background: #fdf2d0; border-left: 4px solid #943126; padding: 4px 8px; list-style: none; margin-left: -18px; }
.evidence { color: #555; }
#earlier summary { cursor: pointer; font-size: 14px; margin: 8px 0; }
</style>
</head>
<body>
<div id="controls"><button id="play" type="button">Play</button><input id="slider" type="range" min="0" value="0" step="1"><span id="date"></span></div>
<div id="map">{{SVG}}</div>
<h3 id="count"></h3>
<ul id="current"></ul>
<details id="earlier"><summary id="earlier-count"></summary><ul id="list"></ul></details>
<script type="application/json" id="data">{{DATA}}</script>
<script>
(function () {
  var data = JSON.parse(document.getElementById("data").textContent);
  var slider = document.getElementById("slider"), dateLabel = document.getElementById("date");
  var list = document.getElementById("list"), count = document.getElementById("count"), play = document.getElementById("play");
  var symbols = document.querySelectorAll("#events [data-i]");
  slider.max = Math.max(0, data.frames.length - 1);
  function opacityAt(ev, k) {
    var o = 0;
    for (var n = 0; n < ev.t.length; n++) { if (ev.t[n][0] <= k) { o = ev.t[n][1]; } }
    return o;
  }
  // The step's own events (those that appear or become solid at it) first and highlighted; the others
  // on the map folded away, listed newest first only when unfolded.
  var current = document.getElementById("current"), earlier = document.getElementById("earlier");
  var earlierCount = document.getElementById("earlier-count"), step = 0;
  function item(ev) {
    var li = document.createElement("li"), head = document.createElement("strong"), ev2 = document.createElement("div");
    head.textContent = ev.place + " · " + ev.date + " · " + ev.what + " · " + ev.source;
    ev2.className = "evidence";
    ev2.textContent = ev.evidence;
    li.appendChild(head); li.appendChild(ev2);
    return li;
  }
  function clear(ul) { while (ul.firstChild) { ul.removeChild(ul.firstChild); } }
  function show(k) {
    step = k;
    dateLabel.textContent = data.frames.length ? data.frames[k] : "No dated events";
    clear(current); clear(list);
    var now = [], before = [];
    for (var i = 0; i < symbols.length; i++) {
      var ev = data.events[+symbols[i].getAttribute("data-i")];
      var o = opacityAt(ev, k);
      symbols[i].setAttribute("opacity", String(o));
      if (o > 0) { (o > (k > 0 ? opacityAt(ev, k - 1) : 0) ? now : before).push(ev); }
    }
    for (var n = 0; n < now.length; n++) { current.appendChild(item(now[n])); }
    before.reverse();
    if (earlier.open) { for (var b = 0; b < before.length; b++) { list.appendChild(item(before[b])); } }
    var shown = now.length + before.length;
    count.textContent = shown + " event" + (shown === 1 ? "" : "s") + " on the map, " + now.length + " new at this step";
    earlierCount.textContent = before.length + " earlier event" + (before.length === 1 ? "" : "s") + " still on the map";
    earlier.style.display = before.length ? "" : "none";
  }
  earlier.addEventListener("toggle", function () { if (earlier.open) { show(step); } });
  var timer = null;
  play.addEventListener("click", function () {
    if (timer) { clearInterval(timer); timer = null; play.textContent = "Play"; return; }
    play.textContent = "Pause";
    timer = setInterval(function () {
      var k = +slider.value + 1;
      if (k > +slider.max) { k = 0; }
      slider.value = k; show(k);
    }, {{INTERVAL}});
  });
  slider.addEventListener("input", function () { show(+slider.value); });
  // "timeline.html#frame=12" opens at step 12 (for links and for screenshots in tests).
  var m = /frame=(\d+)/.exec(location.hash);
  var start = m ? Math.min(+m[1], +slider.max) : 0;
  slider.value = start;
  show(start);
})();
</script>
</body>
</html>
"""#
}
