import { expect, fixture, html } from '@open-wc/testing';
import '../../src/program-timeline.js';
import { visibleText } from '../support/helpers.js';
import { mountMap, setField, titles, workshop } from '../workshop-map/helpers.js';

// This file runs in the "los-angeles" group (web-test-runner.config.mjs): the page's clock is Pacific time.

describe('a viewer in Los Angeles', () => {
  it('runs these tests on a Pacific clock', () => {
    expect(new Date(2027, 5, 13).getTimezoneOffset()).to.equal(420);
  });

  it('reads the map\'s today="2027-06-13" as the start of that local day, as the timeline does', async () => {
    const inLA = (i: number, start: string, end: string) =>
      workshop(i, { timeZone: 'America/Los_Angeles', location: { city: 'Los Angeles', state: 'CA', lat: 34.05, lng: -118.24 }, sessions: [{ start, end }] });
    const { el } = await mountMap({ today: '2027-06-13', view: 'list' }, (map) => {
      map.workshops = [
        // The evening before: over by midnight in Los Angeles, though not yet by midnight UTC.
        inLA(1, '2027-06-12T18:00:00-07:00', '2027-06-12T20:00:00-07:00'),
        inLA(2, '2027-06-13T09:00:00-07:00', '2027-06-13T15:00:00-07:00'),
      ];
    });
    expect(titles(el)).to.deep.equal(['Workshop 2']);
  });

  it('marks the phase whose dates hold today, in the local day', async () => {
    const el = await fixture<HTMLElement>(html`<pl-program-timeline today="2027-06-13">
      <pl-phase name="Phase 1" title="Online course" start="2027-05-01" end="2027-06-12"></pl-phase>
      <pl-phase name="Phase 2" title="Summer workshop" start="2027-06-13" end="2027-06-17"></pl-phase>
    </pl-program-timeline>`);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const current = el.shadowRoot!.querySelector('[aria-current="step"]');
    expect(current && visibleText(current)).to.contain('Summer workshop');
  });

  it("filters by the day a workshop has where it is held, not by the viewer's or UTC's", async () => {
    // 8 PM in New York on Jun 12 is 5 PM here, and midnight UTC on Jun 13.
    const evening = workshop(1, { timeZone: 'America/New_York', location: { city: 'Albany', state: 'NY', lat: 42.65, lng: -73.75 }, sessions: [{ start: '2027-06-12T20:00:00-04:00', end: '2027-06-12T21:00:00-04:00' }] });
    const morning = workshop(2, { timeZone: 'America/New_York', location: { city: 'Albany', state: 'NY', lat: 42.65, lng: -73.75 }, sessions: [{ start: '2027-06-13T09:00:00-04:00', end: '2027-06-13T10:00:00-04:00' }] });
    // Half past midnight in New York on Jun 13 is still Jun 12 here.
    const night = workshop(3, { timeZone: 'America/New_York', location: { city: 'Albany', state: 'NY', lat: 42.65, lng: -73.75 }, sessions: [{ start: '2027-06-13T00:30:00-04:00', end: '2027-06-13T01:30:00-04:00' }] });
    const { el } = await mountMap({ view: 'list' }, (map) => (map.workshops = [evening, morning, night]));
    await setField(el, 'f-from', '2027-06-13');
    expect(titles(el)).to.deep.equal(['Workshop 3', 'Workshop 2']);
    await setField(el, 'f-from', '');
    await setField(el, 'f-to', '2027-06-12');
    expect(titles(el)).to.deep.equal(['Workshop 1']);
  });

  it('shows the days a phase was given, not the UTC days before them', async () => {
    const el = await fixture<HTMLElement>(html`<pl-program-timeline today="2027-01-01">
      <pl-phase name="Phase 2" title="Summer workshop" start="2027-06-13" end="2027-06-17"></pl-phase>
    </pl-program-timeline>`);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(visibleText(el.shadowRoot!.querySelector('.dates')!)).to.match(/Jun 13\s*–\s*17, 2027/);
    expect(visibleText(el.shadowRoot!.querySelector('[part="progress"]')!)).to.contain('June 13, 2027');
  });
  it('shows a workshop that names neither its zone nor its state on the clock of the state nearest its place, not the viewer\'s', async () => {
    const chicago = { city: 'Chicago', lat: 41.88, lng: -87.63 };
    const { el } = await mountMap({ today: '2027-06-01', view: 'list' }, (map) => {
      map.workshops = [
        { id: 'local', title: 'Local time', course: 'csf', sessions: [{ start: '2027-06-12T09:00', end: '2027-06-12T16:00' }], location: chicago },
        { id: 'utc', title: 'UTC time', course: 'csf', sessions: [{ start: '2027-06-13T14:00:00Z' }], location: chicago },
      ];
    });
    const when = [...el.shadowRoot!.querySelectorAll('[part="item"] .when')].map((node) => visibleText(node));
    expect(when[0]).to.match(/Jun 12, 2027, 9:00\sAM\s.\s4:00\sPM\sCDT/);
    expect(when[1]).to.match(/Jun 13, 2027, 9:00\sAM\sCDT/);
    expect(el.filteredWorkshops.map((w) => [w.sessions[0].start, w.timeZone])).to.deep.equal([
      ['2027-06-12T09:00:00-05:00', 'America/Chicago'],
      ['2027-06-13T14:00:00Z', 'America/Chicago'],
    ]);
  });
});
