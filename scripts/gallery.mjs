#!/usr/bin/env node
/**
 * The README's gallery: one representative story per element, screenshotted from storybook-static/
 * (run `npm run build-storybook` first) into screenshots/gallery/*.png, clipped to the rendered story
 * with a little padding, and docs/gallery.md listing them. Offline: map tiles fail, pins and list show.
 *
 * Usage: node scripts/gallery.mjs [file-name-substring ...]   (no argument: every shot)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium } from './browser.mjs';
import { listStories, offlineOnly, openStory, serveStorybook } from './storybook-static.mjs';

const OUT_DIR = new URL('../screenshots/gallery/', import.meta.url).pathname;
const DOC = new URL('../docs/gallery.md', import.meta.url).pathname;
const PADDING = 16;
const HOST_FONT = '"Liberation Sans", Arial, Helvetica, sans-serif';

/** What the gallery shows, in README order. */
const SHOTS = [
  {
    file: 'workshop-map.png',
    title: 'Workshop finder',
    alt: 'The workshop finder at desktop width: search box, filters, a list of workshops beside a map of clustered pins',
    story: 'elements-workshop-map--default',
    width: 1280,
    caption: '`<pl-workshop-map>`: search by ZIP, filters, clustered pins and the list of upcoming workshops, kept in sync.',
  },
  {
    file: 'workshop-map-phone.png',
    title: 'Workshop finder on a phone',
    alt: 'The workshop finder at 375 pixels: search and filters stacked above the map and the list',
    story: 'elements-workshop-map--default',
    width: 375,
    maxHeight: 1400,
    caption: 'The workshop finder on a phone (375 px): search and filters first, then the map and the list.',
  },
  {
    file: 'program-timeline.png',
    title: 'Program timeline',
    alt: 'A four-phase program timeline, the second phase marked current',
    story: 'elements-program-timeline--current-middle',
    width: 1280,
    caption: '`<pl-program-timeline>`: the phases of a program, the current one marked.',
  },
  {
    file: 'program-timeline-phone.png',
    title: 'Program timeline on a phone',
    alt: 'The same timeline at 375 pixels, drawn vertically',
    story: 'elements-program-timeline--current-middle',
    width: 375,
    maxHeight: 1600,
    caption: 'The same timeline on a phone: it turns vertical when its container is narrow.',
  },
  {
    file: 'pricing-card.png',
    title: 'Pricing card',
    alt: 'A pricing card with what is included, group discounts and a seat calculator showing the total',
    story: 'elements-pricing-card--calculator',
    width: 1280,
    caption: '`<pl-pricing-card>`: value and price, a seat calculator with group discounts, what is included.',
  },
  {
    file: 'values-accordion.png',
    title: 'Values accordion',
    alt: 'An accordion of four values with the third one open',
    story: 'elements-values-accordion--deep-linked',
    width: 1280,
    caption: '`<pl-values-accordion>`: the values a program stands on, an accessible accordion (here opened by a `#equity` link).',
  },
  {
    file: 'provider.png',
    title: 'Provider: one document, every element',
    alt: 'A timeline, a pricing card and a values accordion filled from one program document',
    story: 'elements-provider--one-document',
    width: 1280,
    caption: '`<pl-provider>`: one program document fills every element inside it.',
  },
];

const filters = process.argv.slice(2);
const shots = SHOTS.filter(({ file }) => !filters.length || filters.some((f) => file.includes(f)));
const known = new Set(listStories().map(({ id }) => id));
const missing = shots.filter(({ story }) => !known.has(story));
if (missing.length) {
  console.error(`Not in storybook-static/index.json: ${[...new Set(missing.map((s) => s.story))].join(', ')}`);
  process.exit(1);
}

mkdirSync(OUT_DIR, { recursive: true });
const server = await serveStorybook();
const browser = await launchChromium();
let failures = 0;
try {
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: { width: shot.width, height: 900 }, reducedMotion: 'reduce' });
    await offlineOnly(context, server.base);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const { storybookError } = await openStory(page, server.base, shot.story, { settleMs: 800, mapSettleMs: 2500 });
    if (storybookError) errors.push(storybookError);
    // The widgets inherit the host page's font; Storybook's bare iframe would show them in Times.
    await page.addStyleTag({ content: `body { font-family: ${HOST_FONT}; }` });
    await page.waitForTimeout(300);
    const clip = await page.evaluate(contentBox, PADDING);
    if (shot.maxHeight) clip.height = Math.min(clip.height, shot.maxHeight);
    await page.screenshot({ path: `${OUT_DIR}${shot.file}`, clip, fullPage: true });
    console.log(`screenshots/gallery/${shot.file} (${shot.story} at ${shot.width} px, ${clip.width}x${clip.height})${errors.length ? ` ERRORS: ${errors.join(' | ')}` : ''}`);
    failures += errors.length;
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
if (!filters.length) writeFileSync(DOC, galleryMarkdown());
process.exit(failures ? 1 : 0);

/** The union of the story's rendered children, padded and kept inside the page (runs in the page). */
function contentBox(padding) {
  const root = document.querySelector('#storybook-root');
  const boxes = [...root.children].map((el) => el.getBoundingClientRect()).filter((r) => r.width && r.height);
  if (!boxes.length) boxes.push(root.getBoundingClientRect());
  const left = Math.max(0, Math.min(...boxes.map((r) => r.left)) - padding + scrollX);
  const top = Math.max(0, Math.min(...boxes.map((r) => r.top)) - padding + scrollY);
  const right = Math.min(document.documentElement.scrollWidth, Math.max(...boxes.map((r) => r.right)) + padding + scrollX);
  const bottom = Math.max(...boxes.map((r) => r.bottom)) + padding + scrollY;
  return { x: Math.floor(left), y: Math.floor(top), width: Math.ceil(right - left), height: Math.ceil(bottom - top) };
}

function galleryMarkdown() {
  const lines = [
    '# Gallery',
    '',
    'Every element as it renders in Storybook, screenshotted by `node scripts/gallery.mjs` from the built',
    'stories (`npm run build-storybook` first; this file is written by the same script). The map shots are',
    'taken offline, so they show the pins and list without map tiles.',
    '',
  ];
  for (const shot of SHOTS) {
    lines.push(`## ${shot.title}`, '', shot.caption, '', `![${shot.alt}](../screenshots/gallery/${shot.file})`, '',
      `<sub>Story \`${shot.story}\` at ${shot.width} px: \`screenshots/gallery/${shot.file}\`</sub>`, '');
  }
  return lines.join('\n');
}
