import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/program-timeline.js';
import type { PlProgramTimeline } from '../../../src/program-timeline.js';
import { visibleText } from '../../support/helpers.js';
import { mountMap, root, workshop } from '../../workshop-map/helpers.js';

// This file runs in the "santiago" group (web-test-runner.config.mjs): the page's clock is Chile's,
// which goes from 23:59:59 on September 5, 2026 to 1:00 on September 6 (that day has no midnight).

describe('a viewer whose clocks skip midnight (Santiago, 2026-09-06)', () => {
  it('runs these tests on a clock that skips that midnight', () => {
    expect(new Date(2026, 8, 6).getHours()).to.equal(1);
  });

  it('reads a whole day written with its month\'s name as that day on the workshop\'s clock', async () => {
    const inAlbany = workshop(1, {
      sessions: [{ start: 'September 6, 2026' }],
      timeZone: 'America/New_York',
      location: { city: 'Albany', state: 'NY', lat: 42.65, lng: -73.75 },
    });
    const { el } = await mountMap({ today: '2026-09-01', view: 'list' }, (map) => (map.workshops = [inAlbany]));
    // Not "1:00 AM EDT": the viewer's skipped midnight is not the workshop's.
    expect(visibleText(root(el).querySelector('[part="item"] .when')!)).to.equal('Sun, Sep 6, 2026');
  });

  it('marks the current phase from a Date made for that day (new Date(2026, 8, 6) is 1:00)', async () => {
    const el = await fixture<PlProgramTimeline>(html`<pl-program-timeline></pl-program-timeline>`);
    el.phases = [
      { name: 'Phase 1', title: 'Online course', start: new Date(2026, 8, 1), end: new Date(2026, 8, 6) },
      { name: 'Phase 2', title: 'Summer workshop', start: new Date(2026, 8, 7), end: new Date(2026, 8, 9) },
    ];
    el.today = new Date(2026, 8, 6, 12);
    await el.updateComplete;
    expect(el.currentIndex).to.equal(0);
    expect(el.phaseItems[0].end).to.equal('2026-09-06');
  });
});
