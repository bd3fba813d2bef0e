/**
 * Timing helpers shared by the two bench pages. Both pages expose the same `window.bench` API so
 * bench/run.mjs drives them identically.
 */

/** "Today" for both pages, so the same workshops count as past whatever day the bench runs. */
export const TODAY = '2026-11-23T00:00:00Z';

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Resolves in the first task after the current one: called from a frame, after its style, layout and paint. */
export function afterRender() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

let lastWholeMs = 0;
/**
 * For the last timeToPaint: milliseconds until the change was wholly rendered. The finder paints a
 * new result's summary, pins and the list items in sight first and lays out the items further down
 * (already in the DOM) right after that paint: `isWhole` says when that is done. Without it, or when
 * it already holds at the first paint, the same as the time to paint.
 */
export const wholeMs = () => lastWholeMs;

const MAX_MS = 120000;

/**
 * Milliseconds from a change to the end of the first rendered frame that shows it. The change
 * starts at the beginning of a frame; `isDone` is checked at each frame before it renders, so the
 * time includes the frame's style, layout and paint but no idle wait for the next vsync. The
 * promise `change` returns (an element's `updateComplete`) is waited for only as the microtasks of
 * that frame: a change that is in the DOM is measured when it paints.
 */
export async function timeToPaint(change, isDone, isWhole = () => true) {
  await nextFrame();
  const start = performance.now();
  const frameAfter = async (done) => {
    while (!done()) {
      if (performance.now() - start > MAX_MS) throw new Error(`no paint within ${MAX_MS} ms`);
      await nextFrame();
    }
    await afterRender();
    return performance.now() - start;
  };
  void change();
  await settleMicrotasks();
  const paint = await frameAfter(isDone);
  lastWholeMs = isWhole() ? paint : await frameAfter(isWhole);
  return paint;
}

/**
 * The harness's own floor: a frame that changes one text node outside the map, timed as a change to
 * the map is (the same start, the same wait for its paint). What a re-filter costs beyond it is the
 * re-filter's.
 */
export async function frameFloorMs() {
  const text = document.body.appendChild(document.createTextNode(''));
  const ms = await timeToPaint(() => (text.data = '.'), () => true);
  text.remove();
  return ms;
}

/**
 * Lets promise chains started by the change (an element's update, an async search answered from a
 * cache) finish: they still belong to the current frame, before it renders.
 */
async function settleMicrotasks() {
  for (let i = 0; i < 100; i++) await Promise.resolve();
}

/** Every node in the document, shadow roots included. */
export function countNodes(root = document) {
  let count = 0;
  const walk = (node) => {
    count++;
    if (node.shadowRoot) walk(node.shadowRoot);
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(root);
  return count;
}

/**
 * The data for a second load in the same page: the same file fetched again (new objects, as a page
 * that fetches a new document gets) without its first upcoming in-person workshop, so that the
 * result visibly changes on every page.
 */
export async function secondDataSet(url) {
  const workshops = await fetchJson(url);
  const first = upcomingInPerson(workshops)[0];
  return workshops.filter((w) => w !== first);
}

export async function fetchJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** In-person workshops that have not ended by TODAY: what both maps should pin. */
export function upcomingInPerson(workshops) {
  const today = Date.parse(TODAY);
  return workshops.filter((w) => !w.virtual && w.location && Date.parse(w.sessions.at(-1).end ?? w.sessions.at(-1).start) >= today);
}

const once = (map, event, timeoutMs) =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    map.once(event, () => {
      clearTimeout(timer);
      resolve();
    });
  });

/**
 * Pans and zooms a Leaflet map through a fixed tour (animated, as a user's drags and zoom clicks
 * are) and returns the time between consecutive frames, in ms.
 */
export async function panZoomTour(map) {
  map.setView([39.5, -98.35], 4, { animate: false });
  await nextFrame();
  await nextFrame();
  const deltas = [];
  let last;
  let running = true;
  const tick = (time) => {
    if (last !== undefined) deltas.push(time - last);
    last = time;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const steps = [
    () => map.panBy([300, 0]),
    () => map.setZoom(5),
    () => map.panBy([-250, 120]),
    () => map.setZoom(6),
    () => map.panBy([200, -150]),
    () => map.setZoom(7),
    () => map.panBy([-300, 0]),
    () => map.setZoom(8),
    () => map.setZoom(6),
    () => map.panBy([250, 100]),
    () => map.setZoom(5),
    () => map.setZoom(4),
  ];
  for (const step of steps) {
    const moved = once(map, 'moveend', 3000);
    step();
    await moved;
    await nextFrame();
  }
  running = false;
  return deltas;
}

/**
 * Loads the stand-alone bundle (bench/vendor/<tag>.js) of each tag the drop-in script did not
 * define; returns where each tag came from. Call after the drop-in ran.
 */
export async function defineMissing(tags) {
  const sources = {};
  for (const tag of tags) {
    sources[tag] = customElements.get(tag) ? 'drop-in' : 'stand-alone bundle';
    if (sources[tag] === 'drop-in') continue;
    await new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = `/bench/vendor/${tag}.js`;
      script.onload = resolve;
      script.onerror = () => reject(new Error(`could not load ${script.src}`));
      document.head.append(script);
    });
  }
  return sources;
}
