/**
 * Inline JSON as WordPress's classic editor saves it: wpautop splits the post at each blank line and
 * wraps the pieces in paragraphs, inside a <script> too, so a blank line in the JSON becomes
 * `</p>\n<p>`. Every element that reads an inline document reads it anyway.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { nextEvent, visibleText, waitFor } from '../support/helpers.js';

/** What wpautop makes of an element holding a JSON document with a blank line in it. */
const autop = (tag: string, before: string, after: string, attrs = '') =>
  `<p><${tag}${attrs}><br />\n<script type="application/json">\n${before}</p>\n<p>${after}\n</script><br />\n</${tag}></p>`;

const containers: HTMLElement[] = [];
async function mount(markup: string, tag: string, event = 'pl-data-load'): Promise<HTMLElement> {
  const box = document.createElement('div');
  containers.push(box);
  box.innerHTML = markup;
  const el = box.querySelector<HTMLElement>(tag)!;
  const loaded = nextEvent(el, event, 4000);
  document.body.append(box);
  await loaded;
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}
afterEach(() => containers.splice(0).forEach((box) => box.remove()));

describe('inline JSON saved by WordPress (a blank line in it became </p><p>)', () => {
  it('accordion: shows every value', async () => {
    const el = await mount(autop('pl-values-accordion', '[\n  {"heading": "Equity", "body": "Every teacher."},', '  {"heading": "Rigor", "body": "Deep work."}\n]'), 'pl-values-accordion');
    expect([...el.shadowRoot!.querySelectorAll('button[aria-expanded]')].map(visibleText)).to.deep.equal(['Equity', 'Rigor']);
  });

  it('timeline: shows every phase', async () => {
    const el = await mount(autop('pl-program-timeline', '[\n  {"name": "Phase 1", "title": "Online course"},', '  {"name": "Phase 2", "title": "Summer workshop"}\n]'), 'pl-program-timeline');
    expect([...el.shadowRoot!.querySelectorAll('.phase-title')].map(visibleText)).to.deep.equal(['Online course', 'Summer workshop']);
  });

  it('finder: loads the workshops', async () => {
    const record = (id: string, day: string) =>
      JSON.stringify({ id, title: `Workshop ${id}`, course: 'csf', sessions: [{ start: `2027-03-${day}T09:00:00-05:00` }], location: { city: 'Dallas', state: 'TX', lat: 32.8, lng: -96.8 } });
    const loaded = nextEvent<{ count: number }>(document, 'pl-data-load', 4000);
    await mount(autop('pl-workshop-map', `{"workshops": [\n${record('a', '01')},`, `${record('b', '02')}\n]}`, ' tiles="none" today="2026-11-23"'), 'pl-workshop-map');
    expect((await loaded).detail.count).to.equal(2);
  });

  it('provider: shares the document', async () => {
    const markup = `<pl-provider><br />\n<script type="application/json">\n{"program": {\n  "name": "Inline",</p>\n<p>  "values": [{"heading": "Shared"}]\n}}\n</script><br />\n<pl-values-accordion></pl-values-accordion></pl-provider>`;
    const el = await mount(markup, 'pl-provider', 'pl-program-load');
    const accordion = el.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('pl-values-accordion')!;
    await accordion.updateComplete;
    expect(visibleText(accordion.shadowRoot!.querySelector('button[aria-expanded]')!)).to.equal('Shared');
  });

  it('keeps "<p>" inside the text of a document that reads as it is', async () => {
    const el = await mount('<pl-values-accordion><script type="application/json">[{"heading": "Use </p> and <p>"}]</script></pl-values-accordion>', 'pl-values-accordion');
    expect(visibleText(el.shadowRoot!.querySelector('button[aria-expanded]')!)).to.equal('Use </p> and <p>');
  });
});

describe('a JSON script that is not a direct child', () => {
  it("is left alone: another program's data in a block does not hide the values", async () => {
    const el = await mount(
      '<pl-values-accordion><pl-value heading="Child value">Its body.</pl-value><div class="wp-block-embed"><script type="application/json">{"state": {}}</script></div></pl-values-accordion>',
      'pl-values-accordion',
    );
    expect([...el.shadowRoot!.querySelectorAll('button[aria-expanded]')].map(visibleText)).to.deep.equal(['Child value']);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it("inside another widget is that widget's own", async () => {
    const el = await mount(
      '<pl-program-timeline><pl-phase title="Summer workshop"><pl-values-accordion><script type="application/json">[{"heading": "Inner"}]</script></pl-values-accordion></pl-phase></pl-program-timeline>',
      'pl-program-timeline',
    );
    expect([...el.shadowRoot!.querySelectorAll('.phase-title')].map(visibleText)).to.deep.equal(['Summer workshop']);
    const inner = el.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('pl-values-accordion')!;
    await inner.updateComplete;
    expect(visibleText(inner.shadowRoot!.querySelector('button[aria-expanded]')!)).to.equal('Inner');
  });
});

describe('a blank inline JSON script (an empty block a CMS left)', () => {
  it('is no data: the accordion shows its children, with no error', async () => {
    let errors = 0;
    const count = () => errors++;
    document.addEventListener('pl-error', count);
    const el = await mount('<pl-values-accordion><script type="application/json"></script><pl-value heading="Equity">Every teacher.</pl-value></pl-values-accordion>', 'pl-values-accordion');
    document.removeEventListener('pl-error', count);
    expect([...el.shadowRoot!.querySelectorAll('button[aria-expanded]')].map(visibleText)).to.deep.equal(['Equity']);
    expect([el.shadowRoot!.querySelector('[role="alert"]'), errors]).to.deep.equal([null, 0]);
  });

  it('is no data: the timeline shows its phases when the script holds only white space, and again when a script empties it', async () => {
    const el = await mount('<pl-program-timeline><script type="application/json">\n  \n</script><pl-phase name="Phase 1" title="Online course"></pl-phase></pl-program-timeline>', 'pl-program-timeline');
    const titles = () => [...el.shadowRoot!.querySelectorAll('.phase-title')].map(visibleText);
    expect(titles()).to.deep.equal(['Online course']);
    const script = el.querySelector('script')!;
    script.textContent = '[{"name": "Phase 1", "title": "Summer workshop"}]';
    await waitFor(() => titles()[0] === 'Summer workshop', 4000, 'the inline phases');
    script.textContent = ' ';
    await waitFor(() => titles()[0] === 'Online course', 4000, 'the children again');
  });

  it('is no document: a provider with a blank script shares none, and its elements show no error', async () => {
    const box = document.createElement('div');
    containers.push(box);
    box.innerHTML = '<pl-provider><script type="application/json"> </script><pl-values-accordion></pl-values-accordion></pl-provider>';
    document.body.append(box);
    const accordion = box.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('pl-values-accordion')!;
    await accordion.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect([accordion.shadowRoot!.querySelector('[role="alert"]'), box.querySelector('pl-provider')!.shadowRoot?.querySelector('[role="alert"]') ?? null]).to.deep.equal([null, null]);
  });
});

