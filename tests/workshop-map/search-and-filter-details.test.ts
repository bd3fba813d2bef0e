/**
 * Details of the finder's search, filters, list and popups that a mutation audit found no test held
 * (each test failed on its mutation): what visitors and assistive technology meet.
 */
import { expect } from '@open-wc/testing';
import { captureWarnings, recordEvents, visibleText, waitFor } from '../support/helpers.js';
import { items, mountMap, root, searchFor, setField, summary, workshop } from './helpers.js';

const SRC = '/tests/fixtures/workshops.json';

describe('<pl-workshop-map> search details', () => {
  it('is a search landmark whose field asks the browser for a postal code', async () => {
    const { el } = await mountMap({ src: SRC });
    expect(root(el).querySelector('[part="search"]')!.getAttribute('role')).to.equal('search');
    expect(root(el).querySelector('#near')!.getAttribute('autocomplete')).to.equal('postal-code');
  });

  it('clears the search when the field is emptied with its clear button or Escape (a search event)', async () => {
    const { el } = await mountMap({ src: SRC });
    await searchFor(el, '30303');
    const input = root(el).querySelector<HTMLInputElement>('#near')!;
    input.value = '';
    input.dispatchEvent(new Event('search'));
    await el.updateComplete;
    expect(summary(el)).to.equal('9 workshops');
  });

  it('reads a radius that is not a positive number as 50', async () => {
    const { el } = await mountMap({ src: SRC, radius: '0' });
    await searchFor(el, '30303');
    expect(summary(el)).to.equal('3 workshops within 50 mi of Atlanta, GA 30303');
  });

  it('counts the virtual workshops, and offers no partner, when Virtual is chosen after a search', async () => {
    const { el } = await mountMap({ src: SRC, 'partners-src': '/tests/fixtures/map-partners.json' });
    await searchFor(el, '99501');
    root(el).querySelector<HTMLInputElement>('input[name="mode"][value="virtual"]')!.click();
    await el.updateComplete;
    expect(summary(el)).to.equal('2 workshops');
    expect(root(el).querySelector('[part="fallback"]')).to.equal(null);
  });

  it('opens an outside fallback-url in a new tab, and says so', async () => {
    const { el } = await mountMap({ src: SRC, 'fallback-url': 'https://example.org/contact' });
    await searchFor(el, '99501');
    const link = root(el).querySelector<HTMLAnchorElement>('[part="fallback"] a')!;
    expect([link.target, link.rel]).to.deep.equal(['_blank', 'noopener']);
    expect(visibleText(link)).to.contain('new tab');
  });
});

describe('<pl-workshop-map> filter details', () => {
  it('offers Clear filters for "With seats available" alone', async () => {
    const { el } = await mountMap({ src: SRC });
    root(el).querySelector<HTMLInputElement>('.seats input')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('.clear')).to.not.equal(null);
  });

  it('centres the "Clear filters" label in its button, as wide as its cell', async () => {
    const { el } = await mountMap({ src: SRC }, undefined, { width: 1000 });
    root(el).querySelector<HTMLInputElement>('.seats input')!.click();
    await el.updateComplete;
    const button = root(el).querySelector<HTMLButtonElement>('.clear')!;
    const range = document.createRange();
    range.selectNodeContents(button);
    const label = range.getBoundingClientRect();
    const box = button.getBoundingClientRect();
    expect(box.width - label.width, 'wider than its label').to.be.above(40);
    expect(Math.abs(label.left + label.width / 2 - (box.left + box.width / 2))).to.be.below(2);
  });

  it('names two courses given in course="csf,csd" in the course menu', async () => {
    const { el } = await mountMap({ src: SRC, course: 'csf,csd' });
    const menu = root(el).querySelector<HTMLSelectElement>('#f-course')!;
    expect(menu.selectedOptions[0].textContent!.trim()).to.equal('CS Fundamentals, CS Discoveries');
  });

  it('reads a course written by its name in course="" as that course', async () => {
    const { el } = await mountMap({ src: SRC, course: 'cs fundamentals' });
    const menu = root(el).querySelector<HTMLSelectElement>('#f-course')!;
    expect(menu.selectedOptions[0].value).to.equal('csf');
    expect([...menu.options].filter((o) => o.textContent!.trim() === 'CS Fundamentals')).to.have.length(1);
    expect(el.filteredWorkshops.length).to.be.greaterThan(0);
    expect(el.filteredWorkshops.every((w) => w.course === 'csf')).to.equal(true);
    // A key still wins, and several names read as several courses.
    el.setAttribute('course', 'Computer Science Principles, CSD');
    await el.updateComplete;
    expect(new Set(el.filteredWorkshops.map((w) => w.course))).to.deep.equal(new Set(['csp', 'csd']));
    expect(menu.selectedOptions[0].textContent!.trim()).to.equal('Computer Science Principles, CS Discoveries');
  });

  it('keeps the two date fields from crossing', async () => {
    const { el } = await mountMap({ src: SRC });
    await setField(el, 'f-to', '2027-07-31');
    await setField(el, 'f-from', '2027-07-01');
    expect(root(el).querySelector('#f-from')!.getAttribute('max')).to.equal('2027-07-31');
    expect(root(el).querySelector('#f-to')!.getAttribute('min')).to.equal('2027-07-01');
  });

  it('starts the list again from its first page when a filter changes', async () => {
    const { el } = await mountMap({}, (m) => (m.workshops = Array.from({ length: 60 }, (_, i) => workshop(i))));
    root(el).querySelector<HTMLButtonElement>('.more')!.click();
    await el.updateComplete;
    root(el).querySelector<HTMLInputElement>('.seats input')!.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('[part="item"]')).to.have.length(25);
  });

  it('takes today set as epoch milliseconds (Date.now()), like a Date', async () => {
    const { el } = await mountMap({}, (m) => (m.workshops = [workshop(4), workshop(19)]));
    const warnings = await captureWarnings(async () => {
      el.today = Date.UTC(2027, 2, 10);
      await el.updateComplete;
    });
    expect(items(el).map((item) => item.dataset.id)).to.deep.equal(['w-19']);
    expect(warnings).to.deep.equal([]);
  });

  it('shows past workshops when include-past is set after the first render', async () => {
    const { el } = await mountMap({ src: SRC });
    el.setAttribute('include-past', '');
    await el.updateComplete;
    expect(summary(el)).to.equal('10 workshops');
  });
});

describe('<pl-workshop-map> list and popup details', () => {
  it('names the workshop each "Show on map" button is for', async () => {
    const { el } = await mountMap({ src: SRC });
    const show = root(el).querySelector('[data-id="chi-2027-02-06-csf-intro"] .show')!;
    expect(root(el).getElementById(show.getAttribute('aria-describedby') ?? '')?.textContent).to.equal('CS Fundamentals Intro Workshop');
  });

  it('does not select an item when a click ends a text selection in it', async () => {
    const { el } = await mountMap({ src: SRC });
    const where = root(el).querySelector<HTMLElement>('[data-id="chi-2027-02-06-csf-intro"] .where')!;
    const events = recordEvents(el, 'pl-workshop-select');
    getSelection()!.selectAllChildren(where);
    where.click();
    await el.updateComplete;
    events.stop();
    getSelection()!.removeAllRanges();
    expect(events.events).to.have.length(0);
  });

  it('shows a cost equal to the value once', async () => {
    const { el } = await mountMap({}, (m) => (m.workshops = [{ ...workshop(1), cost: 300, value: 300, seatsRemaining: undefined }]));
    expect(visibleText(root(el).querySelector('[part="item"] .facts')!)).to.equal('$300');
  });

  it('labels the popup as a group and its close button in the page\'s language', async () => {
    const { el } = await mountMap({ lang: 'es' }, (m) => (m.workshops = [workshop(1)]));
    root(el).querySelector<HTMLButtonElement>('[part="item"] .show')!.click();
    await waitFor(() => !!root(el).querySelector('.leaflet-popup .popup'), 4000, 'the popup');
    expect(root(el).querySelector('.leaflet-popup .popup')!.getAttribute('role')).to.equal('group');
    expect(root(el).querySelector('.leaflet-popup-close-button')!.getAttribute('aria-label')).to.equal('Cerrar');
  });
});

describe('<pl-workshop-map> url-state details', () => {
  const original = location.href;
  afterEach(() => history.replaceState(null, '', original));

  it('reads and writes the format and seats filters (pl-mode, pl-seats), in place of the entry', async () => {
    history.replaceState(null, '', `${location.pathname}?pl-mode=virtual&pl-seats=1`);
    const before = history.length;
    const { el } = await mountMap({ src: SRC, 'url-state': '' });
    expect(root(el).querySelector<HTMLInputElement>('input[name="mode"][value="virtual"]')!.checked).to.equal(true);
    expect(root(el).querySelector<HTMLInputElement>('.seats input')!.checked).to.equal(true);
    root(el).querySelector<HTMLInputElement>('input[name="mode"][value="all"]')!.click();
    await el.updateComplete;
    const params = new URLSearchParams(location.search);
    expect([params.has('pl-mode'), params.get('pl-seats'), history.length]).to.deep.equal([false, '1', before]);
  });

  it('ignores a pl-mode it does not know', async () => {
    history.replaceState(null, '', `${location.pathname}?pl-mode=online`);
    const { el } = await mountMap({ src: SRC, 'url-state': '' });
    expect(root(el).querySelector<HTMLInputElement>('input[name="mode"][value="all"]')!.checked).to.equal(true);
    expect(root(el).querySelector('.clear')).to.equal(null);
  });

  it('does not follow Back and Forward without url-state', async () => {
    const { el } = await mountMap({ src: SRC });
    history.pushState(null, '', `${location.pathname}?pl-course=csd`);
    dispatchEvent(new PopStateEvent('popstate'));
    await el.updateComplete;
    expect(summary(el)).to.equal('9 workshops');
  });
});

describe('<pl-workshop-map> work done before it is asked for', () => {
  /** Records whose sessions and location count how often they are read. */
  function counted(n: number) {
    const reads = { sessions: 0, location: 0 };
    const records = Array.from({ length: n }, (_, i) => {
      const { sessions, location, ...rest } = workshop(i);
      return Object.defineProperties(rest, {
        sessions: { enumerable: true, get: () => (reads.sessions++, sessions) },
        location: { enumerable: true, get: () => (reads.location++, location) },
      });
    });
    return { records, reads };
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

  // A first date filter at 20,000 workshops read every session's days after the date was chosen:
  // half a second on a slow phone. A date takes a moment to type: they are read meanwhile.
  it('reads the days of every session while a date field has the focus, before a date is chosen', async () => {
    const { records, reads } = counted(4100);
    const { el } = await mountMap({}, (m) => (m.workshops = records));
    await settle();
    const before = reads.sessions;
    root(el).querySelector<HTMLInputElement>('#f-from')!.focus();
    // A slice per task: the page answers its visitor between them.
    await new Promise((resolve) => setTimeout(resolve));
    expect(reads.sessions - before, 'sessions read in the first task').to.be.above(0).and.below(4100);
    await settle();
    expect(reads.sessions - before, 'sessions read after the focus').to.be.at.least(4100);
    const read = reads.sessions;
    await setField(el, 'f-from', '2027-03-10');
    expect(reads.sessions - read, 'sessions read again for the filter').to.be.below(4100);
    expect(summary(el)).to.match(/^[\d,]+ workshops$/);
  });

  it('reads every workshop\'s place while a place name is typed, before the search', async () => {
    const { records, reads } = counted(4100);
    const { el } = await mountMap({}, (m) => (m.workshops = records));
    await settle();
    const before = reads.location;
    const input = root(el).querySelector<HTMLInputElement>('#near')!;
    input.value = 'T';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settle();
    expect(reads.location - before, 'places read while typing').to.be.at.least(4100);
    const read = reads.location;
    await searchFor(el, 'Town 7, TX');
    expect(reads.location - read, 'places read again for the search').to.be.below(4100);
    expect(summary(el)).to.contain('Town 7');
  });
});
