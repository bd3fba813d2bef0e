/**
 * The drop-in on a page whose Content-Security-Policy forbids eval (`script-src 'self'`), in an
 * iframe because the policy must come with the page (a <meta> one applies to its own document).
 */
import { expect } from '@open-wc/testing';
import { waitFor } from '../support/helpers.js';

async function openPage(url: string): Promise<{ doc: Document; violations: string[]; errors: string[]; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  const violations: string[] = [];
  const errors: string[] = [];
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  win.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  win.addEventListener('error', (e) => errors.push(e.message));
  return { doc: frame.contentDocument!, violations, errors, frame };
}

const summaryOf = (doc: Document, id: string) => doc.getElementById(id)?.shadowRoot?.querySelector('[part="summary"]')?.textContent?.trim() ?? '';

describe('the drop-in under a strict Content-Security-Policy', () => {
  it('holds no eval and no new Function, even in code it never calls', async () => {
    const bundle = await (await fetch('/dist/pl-widgets.js')).text();
    expect(bundle.match(/\bnew Function\b|[^\w$.]eval\(/g)).to.equal(null);
  });

  it('reads CSV workshops without eval', async () => {
    const { doc, violations, errors, frame } = await openPage('/tests/fixtures/pages/strict-csp.html');
    await waitFor(() => /\d+ workshops?/.test(summaryOf(doc, 'csv')) || !!doc.getElementById('csv')?.shadowRoot?.querySelector('[role="alert"]'), 8000, 'the CSV map to load');
    const alert = doc.getElementById('csv')!.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent ?? '', 'no error shown').to.equal('');
    expect(summaryOf(doc, 'csv')).to.equal('3 workshops');
    await waitFor(() => /\d+ workshops?/.test(summaryOf(doc, 'semicolon')), 8000, 'the semicolon CSV map to load');
    expect(violations).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    frame.remove();
  });
});
