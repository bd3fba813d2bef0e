/**
 * The contract's privacy promise for the drop-in: no request to any host but the page's data, its
 * ZIP table and the tiles the page configured; no cookies or storage; the visitor's position only
 * after "Use my location"; and nothing added to the page's <head> or document style sheets.
 * tests/fixtures/pages/privacy-watch.js runs just before the drop-in, records the page as it was and
 * every write to cookies or storage and every call for the visitor's position from then on.
 */
import { expect } from '@open-wc/testing';
import { openPage } from '../support/frame.js';
import { waitFor } from '../support/helpers.js';

type Stored = { cookie: string; localStorage: object; sessionStorage: object };
type Watched = {
  writes: string[];
  located: string[];
  head: string[];
  adoptedStyleSheets: number;
  stored: () => Stored;
  storedBefore: Stored;
  databases: () => Promise<string[]>;
  databasesBefore: Promise<string[]>;
};
type Page = { frame: HTMLIFrameElement; win: Window & { watched: Watched }; shadow: (id: string) => ShadowRoot };

/** The page in a frame large enough for the map to load tiles beside its list. */
async function openPrivacyPage(): Promise<Page> {
  const frame = await openPage('privacy.html', '1000px 800px');
  const win = frame.contentWindow as Page['win'];
  return { frame, win, shadow: (id) => win.document.getElementById(id)!.shadowRoot! };
}

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * What a visitor does with every element: searches a ZIP code, opens a value, adds two seats, shows
 * a workshop on the map and saves it to their calendar. Answers the link the browser would have
 * downloaded the .ics file from (the download itself is prevented).
 */
async function useEveryElement({ win, shadow }: Page): Promise<HTMLAnchorElement> {
  const summary = () => text(shadow('map')?.querySelector('[part="summary"]'));
  await waitFor(() => /^\d+ workshops$/.test(summary()), 6000, 'the workshops');
  await waitFor(() => !!shadow('timeline')?.querySelector('.phase-title') && !!shadow('card')?.querySelector('[part="total"]'), 4000, 'the timeline and the card');
  shadow('map').querySelector<HTMLInputElement>('#near')!.value = '30303';
  shadow('map').querySelector<HTMLButtonElement>('[part="search"] button[type="submit"]')!.click();
  await waitFor(() => summary().endsWith('within 50 mi of Atlanta, GA 30303'), 6000, 'the ZIP search');
  shadow('accordion').querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
  const more = shadow('card').querySelector<HTMLButtonElement>('button[aria-label="Add one seat"]')!;
  more.click();
  more.click();
  await waitFor(() => text(shadow('card').querySelector('[part="total"] dd')) === '$900', 2000, 'three seats');
  shadow('map').querySelector<HTMLButtonElement>('[data-id="atl-2027-06-12-csf-dd"] .show')!.click();
  await waitFor(() => !!shadow('map').querySelector('.leaflet-popup'), 4000, 'the popup');
  const saved = new Promise<HTMLAnchorElement>((resolve) =>
    win.addEventListener(
      'click',
      (event) => {
        const link = event.composedPath()[0] as HTMLAnchorElement;
        if (link.localName === 'a' && link.download) {
          event.preventDefault();
          resolve(link);
        }
      },
      { capture: true },
    ),
  );
  shadow('map').querySelector<HTMLButtonElement>('[data-id="atl-2027-06-12-csf-dd"] .calendar')!.click();
  const link = await saved;
  // Whatever a late tile or a debounced write would still do.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return link;
}

/** Where the page's requests went: those to other origins in full, the page's own by path. */
function requests(win: Window): { elsewhere: string[]; own: string[] } {
  const urls = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name));
  return {
    elsewhere: urls.filter((url) => url.origin !== win.location.origin).map(String),
    own: urls.filter((url) => url.origin === win.location.origin).map((url) => url.pathname),
  };
}

describe('what the drop-in does with a visitor\'s privacy', () => {
  it('writes no cookie and nothing to localStorage, sessionStorage or IndexedDB while every element is used', async () => {
    const page = await openPrivacyPage();
    try {
      await useEveryElement(page);
      const { watched } = page.win;
      expect(watched.writes).to.deep.equal([]);
      expect(watched.stored()).to.deep.equal(watched.storedBefore);
      expect(await watched.databases()).to.deep.equal(await watched.databasesBefore);
    } finally {
      page.frame.remove();
    }
  });

  it('asks only the page\'s own server: its data, the ZIP table beside the script and the tiles it configured', async () => {
    const page = await openPrivacyPage();
    try {
      const link = await useEveryElement(page);
      const { elsewhere, own } = requests(page.win);
      expect(elsewhere).to.deep.equal([]);
      // The requests were recorded at all: each kind the page configured is there.
      expect({
        data: own.filter((path) => /\/(workshops|program)\.json$/.test(path)).sort(),
        zipTable: own.some((path) => path.endsWith('/pl-zip-table.json')),
        tiles: own.some((path) => path.startsWith('/tests/fixtures/no-such-tiles/')),
      }).to.deep.equal({ data: ['/tests/fixtures/program.json', '/tests/fixtures/workshops.json'], zipTable: true, tiles: true });
      // The calendar file is built in the page: a blob of the page's own, not a download from a server.
      expect([link.download, link.href.startsWith(`blob:${page.win.location.origin}/`)]).to.deep.equal(['cs-fundamentals-deep-dive.ics', true]);
    } finally {
      page.frame.remove();
    }
  });

  it('asks for the visitor\'s position only when "Use my location" is pressed', async () => {
    const page = await openPrivacyPage();
    try {
      await useEveryElement(page);
      const before = [...page.win.watched.located];
      const locate = [...page.shadow('map').querySelectorAll<HTMLButtonElement>('[part="search"] button')].find((b) => text(b) === 'Use my location')!;
      locate.click();
      const summary = () => text(page.shadow('map').querySelector('[part="summary"]'));
      await waitFor(() => summary().endsWith('of your location'), 4000, 'the search around the visitor');
      expect([before, page.win.watched.located]).to.deep.equal([[], ['getCurrentPosition']]);
    } finally {
      page.frame.remove();
    }
  });

  it('leaves the page\'s <head> and document style sheets as they were', async () => {
    const page = await openPrivacyPage();
    try {
      await useEveryElement(page);
      const { document: doc, watched } = page.win;
      expect([...doc.head.children].map((el) => el.outerHTML)).to.deep.equal(watched.head);
      expect([watched.adoptedStyleSheets, doc.adoptedStyleSheets.length]).to.deep.equal([0, 0]);
    } finally {
      page.frame.remove();
    }
  });
});
