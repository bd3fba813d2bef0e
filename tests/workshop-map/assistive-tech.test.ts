/** What assistive technology gets from the finder: every listed workshop, named markers and links. */
import { expect } from '@open-wc/testing';
import { visibleText, waitFor } from '../support/helpers.js';
import { items, mountMap, popup, root, searchFor, setField, summary, workshop } from './helpers.js';

describe('<pl-workshop-map> for assistive technology', () => {
  it('keeps every listed workshop rendered, not only those scrolled into the list\'s view', async () => {
    const { el } = await mountMap({}, (map) => (map.workshops = Array.from({ length: 30 }, (_, i) => workshop(i))), { width: 1000 });
    const last = items(el).at(-1)!;
    for (let frame = 0; frame < 3; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    // Content skipped by content-visibility: auto is left out of Chromium's accessibility tree.
    expect(items(el)).to.have.length(25);
    // An element with content-visibility: auto is itself rendered; what it holds is skipped.
    expect(last.querySelector('.title')!.checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions)).to.equal(true);
  });

  it('names clusters by what they hold, not by the number on their badge', async () => {
    const here = { city: 'Atlanta', state: 'GA', lat: 33.75, lng: -84.39 };
    const { el } = await mountMap({ view: 'map' }, (map) => (map.workshops = [workshop(1, { location: here }), workshop(2, { location: here })]));
    await waitFor(() => !!root(el).querySelector('.pl-cluster'), 4000, 'the cluster');
    const cluster = root(el).querySelector('.pl-cluster')!;
    // With the map alone the cluster is a button (its tab stop), named in words; its badge is hidden.
    expect([cluster.getAttribute('role'), cluster.getAttribute('aria-label')]).to.deep.equal(['button', '2 workshops at Atlanta, GA; select to list them']);
    expect(cluster.firstElementChild!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('names a popup by its own workshop while the popup it replaced fades out', async () => {
    const { el } = await mountMap({}, (map) => (map.workshops = [workshop(1, { registrationUrl: 'https://example.org/r/1' }), workshop(2, { registrationUrl: 'https://example.org/r/2' })]));
    items(el)[0].querySelector<HTMLButtonElement>('.show')!.click();
    await waitFor(() => !!popup(el), 4000, 'the first popup');
    items(el)[1].querySelector<HTMLButtonElement>('.show')!.click();
    const popups = () => [...root(el).querySelectorAll<HTMLElement>('.leaflet-popup .popup')];
    await waitFor(() => popups().length === 2, 4000, 'the second popup, with the first still fading out');
    const newest = popups()[1];
    const named = (attribute: string, inside: Element) =>
      (inside.getAttribute(attribute) ?? '').split(' ').filter(Boolean).map((id) => root(el).getElementById(id)?.textContent).join(' ');
    expect([
      named('aria-labelledby', newest),
      named('aria-describedby', newest.querySelector('.register')!),
      named('aria-describedby', newest.querySelector('button')!),
    ]).to.deep.equal(['Workshop 2', 'Workshop 2 (opens in a new tab)', 'Workshop 2']);
  });

  it('says which workshop a popup\'s Register link is for, and that it opens a new tab', async () => {
    const { el } = await mountMap({}, (map) => (map.workshops = [workshop(1, { registrationUrl: 'https://example.org/r/1' })]));
    // The link's text is "Register" alone (what a page or a test reads); the rest is its description.
    const description = (link: Element) =>
      link.getAttribute('aria-describedby')!.split(' ').filter(Boolean).map((id) => root(el).getElementById(id)!.textContent).join(' ');
    const listLink = items(el)[0].querySelector('.register')!;
    expect([listLink.textContent!.trim(), description(listLink)]).to.deep.equal(['Register', 'Workshop 1 (opens in a new tab)']);
    items(el)[0].querySelector<HTMLButtonElement>('.show')!.click();
    await waitFor(() => !!popup(el), 4000, 'the popup');
    const link = popup(el)!.querySelector('.register')!;
    expect([link.textContent!.trim(), description(link)]).to.deep.equal(['Register', 'Workshop 1 (opens in a new tab)']);
  });

  it('reads only the new count when a filter changes after a failed search, not the failed search again', async () => {
    const { el } = await mountMap({}, (map) => (map.workshops = [workshop(1), workshop(2), workshop(3)]));
    await searchFor(el, 'Xyzzyville');
    expect(summary(el)).to.equal("We couldn't find “Xyzzyville”. Try a ZIP code, a city or a state. 3 workshops");
    const status = root(el).querySelector('[part="summary"]')!;
    const changed: string[] = [];
    const observer = new MutationObserver((records) => records.forEach((record) => changed.push(record.target.textContent!.trim())));
    observer.observe(status, { subtree: true, childList: true, characterData: true });
    await setField(el, 'f-course', 'csd');
    observer.disconnect();
    // A status region is read whole by default: only one that is not, with the count apart, reads just the count.
    expect(status.getAttribute('aria-atomic')).to.equal('false');
    expect(changed).to.deep.equal(['1 workshop']);
    expect(summary(el)).to.match(/Xyzzyville.*\. 1 workshop$/);
  });

  it('reads out the regional partner who can help when nothing is near, not only "0 workshops"', async () => {
    const { el } = await mountMap({}, (map) => {
      map.workshops = [workshop(1)];
      map.partners = [{ id: 'ak', name: 'Alaska CS Learning', states: ['AK'], email: 'hello@ak.example.org' }];
    });
    const live = (node: Element | null) => !!node?.closest('[role="status"], [aria-live="polite"], [aria-live="assertive"]');
    await searchFor(el, '99501');
    await waitFor(() => !!root(el).querySelector('[part="fallback"]'), 4000, 'the partner');
    const fallback = root(el).querySelector('[part="fallback"]')!;
    expect(visibleText(fallback)).to.contain('Alaska CS Learning');
    // Inside a live region that was there before the result (one that comes with its content is not read).
    expect(live(fallback)).to.equal(true);
    const region = fallback.closest('[role="status"]')!;
    await searchFor(el, '30303');
    expect(region.isConnected && root(el).contains(region)).to.equal(true);
  });
});
