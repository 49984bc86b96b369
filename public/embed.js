/*
 * Tally's responsive embeds: put this script once on the host page, and every
 * <iframe data-tally-embed src="https://…/embed/figures/…"> is kept as tall as the chart inside it.
 * The embed posts { type: "tally:embed-height", height } to its parent; only a message from an
 * iframe's own window and origin resizes that iframe; on start it asks every embed for its height.
 */
(function () {
  if (window.__tallyEmbeds) return;
  window.__tallyEmbeds = true;
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "tally:embed-height" || typeof data.height !== "number" || !(data.height > 0)) return;
    var frames = document.querySelectorAll("iframe[data-tally-embed]");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      try {
        if (new URL(frame.src, location.href).origin !== event.origin) continue;
      } catch {
        continue;
      }
      frame.style.height = Math.ceil(data.height) + "px";
    }
  });
  // An embed that loaded before this script listened has already spoken: ask again.
  var frames = document.querySelectorAll("iframe[data-tally-embed]");
  for (var i = 0; i < frames.length; i++) {
    try {
      frames[i].contentWindow.postMessage({ type: "tally:embed-ask" }, new URL(frames[i].src, location.href).origin);
    } catch {
      // not loaded yet: it will speak when it is
    }
  }
})();
