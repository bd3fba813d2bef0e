/**
 * Runs before anything else on the page: at every frame it looks for each element's first rendered
 * content (its shadow root has children) and records the time, in ms since navigation start, at
 * the end of the frame that painted it.
 */
(function probe() {
  var TAGS = ['pl-values-accordion', 'pl-program-timeline', 'pl-pricing-card'];
  var result = { times: {}, done: false };
  window.firstRender = result;
  var started = performance.now();
  function rendered(tag) {
    var el = document.querySelector(tag);
    return !!(el && el.shadowRoot && el.shadowRoot.childElementCount > 0);
  }
  function frame() {
    var fresh = TAGS.filter(function (tag) { return !(tag in result.times) && rendered(tag); });
    if (fresh.length) {
      var channel = new MessageChannel();
      channel.port1.onmessage = function () {
        var now = performance.now();
        fresh.forEach(function (tag) { result.times[tag] = now; });
      };
      channel.port2.postMessage(null);
    }
    var pending = TAGS.filter(function (tag) { return !(tag in result.times) && fresh.indexOf(tag) < 0; });
    if (pending.length && performance.now() - started < 10000) requestAnimationFrame(frame);
    else setTimeout(function () { result.done = true; }, 0);
  }
  requestAnimationFrame(frame);
})();
