/**
 * Shared by check-stories.mjs and gallery.mjs: serves storybook-static/ on 127.0.0.1, lists its
 * stories, and opens one story in a page, waiting until its pl-* elements have rendered and settled.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

export const STATIC_ROOT = new URL('../storybook-static/', import.meta.url).pathname;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv',
  '.geojson': 'application/geo+json',
};

/** Starts the server; resolves with its base URL and a close function. */
export async function serveStorybook(root = STATIC_ROOT) {
  if (!existsSync(join(root, 'index.json'))) {
    throw new Error(`${root}index.json is missing: run \`npm run build-storybook\` first`);
  }
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    let file = join(root, path);
    try {
      if (!file.startsWith(root)) throw new Error('outside the root');
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end('not found');
    }
    // Hashed bundles are cached between story pages of one browser context: much faster runs.
    const cache = path.startsWith('/assets/') ? 'max-age=3600' : 'no-cache';
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': cache });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Every story (not docs page) in the build, in sidebar order: `{ id, name, title }`. */
export function listStories(root = STATIC_ROOT) {
  return entries(root, 'story').map(({ id, name, title }) => ({ id, name, title }));
}

/** Every docs page in the build: `{ id, title, importPath }` (importPath: the stories or MDX file). */
export function listDocs(root = STATIC_ROOT) {
  return entries(root, 'docs').map(({ id, title, importPath }) => ({ id, title, importPath }));
}

function entries(root, type) {
  const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
  return Object.values(index.entries).filter((entry) => entry.type === type);
}

export const storyUrl = (base, id, viewMode = 'story') =>
  `${base}/iframe.html?id=${encodeURIComponent(id)}&viewMode=${viewMode}`;

/** Only the local server answers: tiles and any other host are refused, as when offline. */
export async function offlineOnly(target, base) {
  await target.route((url) => !url.href.startsWith(base), (route) => route.abort('internetdisconnected'));
}

/**
 * Opens a story and waits until Storybook has rendered it, every pl-* tag in it is defined and has
 * finished updating, and then `settleMs` more (longer when a map is inside, for Leaflet's layout).
 * Resolves with `{ storybookError }` (the text of Storybook's error display, or '').
 */
export async function openStory(page, base, id, { settleMs = 500, mapSettleMs = 1500, timeout = 15000 } = {}) {
  await page.goto(storyUrl(base, id), { waitUntil: 'load', timeout });
  await page.waitForFunction(
    () => {
      const body = document.body;
      if (body.classList.contains('sb-show-errordisplay')) return true;
      const root = document.querySelector('#storybook-root');
      return body.classList.contains('sb-show-main') && root && root.childElementCount > 0;
    },
    null,
    { timeout },
  );
  const storybookError = await page.evaluate(() =>
    document.body.classList.contains('sb-show-errordisplay')
      ? (document.querySelector('#error-message')?.textContent ?? 'Storybook error display').trim()
      : '',
  );
  if (storybookError) return { storybookError };
  const hasMap = await page.evaluate(async () => {
    const all = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.localName.startsWith('pl-')) all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    const tags = [...new Set(all.map((el) => el.localName))];
    await Promise.race([
      Promise.all(tags.map((tag) => customElements.whenDefined(tag))),
      new Promise((resolve) => setTimeout(resolve, 5000)),
    ]);
    await Promise.all(all.map((el) => el.updateComplete));
    return tags.includes('pl-workshop-map');
  });
  await page.waitForTimeout(hasMap ? mapSettleMs : settleMs);
  return { storybookError: '' };
}
