/**
 * Run only by web-test-runner.drop-in.config.mjs (its name does not end in .test.ts, so `npm test`
 * leaves it out): proves that the element suites there test the drop-in, dist/pl-widgets.js, and not
 * the sources they import. Without it a drop-in that failed to load would leave the sources' own
 * define calls to register every tag, and the run would pass while testing nothing new.
 */
import { expect } from '@open-wc/testing';
import { PlWorkshopMap } from '../../src/workshop-map.js';
import { PlPricingCard } from '../../src/pricing-card.js';
import { PlPhase, PlProgramTimeline } from '../../src/program-timeline.js';
import { PlProvider } from '../../src/provider.js';
import { PlValue, PlValuesAccordion } from '../../src/values-accordion.js';

const SOURCES: Record<string, CustomElementConstructor> = {
  'pl-workshop-map': PlWorkshopMap,
  'pl-pricing-card': PlPricingCard,
  'pl-phase': PlPhase,
  'pl-program-timeline': PlProgramTimeline,
  'pl-provider': PlProvider,
  'pl-value': PlValue,
  'pl-values-accordion': PlValuesAccordion,
};

type Reactive = CustomElementConstructor & { elementProperties: Map<PropertyKey, unknown> };

describe('the elements under test in the drop-in run', () => {
  it('were defined by dist/pl-widgets.js: window.plWidgets exists', () => {
    const ns = (window as unknown as { plWidgets?: { version: string; define: () => void } }).plWidgets;
    expect(ns, 'window.plWidgets (the drop-in did not load?)').to.not.equal(undefined);
    expect(ns!.version).to.match(/^\d+\.\d+\.\d+/);
  });

  for (const [tag, source] of Object.entries(SOURCES)) {
    it(`<${tag}> is the drop-in's class, not the one the source module exports`, () => {
      const defined = customElements.get(tag);
      expect(defined, `${tag} defined`).to.not.equal(undefined);
      expect(defined === source, `${tag} is the source's class`).to.equal(false);
    });
  }

  it("<pl-workshop-map>'s reactive properties carry the drop-in's shortened names", () => {
    // The drop-in's class is defined, so Lit has gathered its properties; the source's never was, so
    // its declared `properties` are read instead.
    const dropIn = [...(customElements.get('pl-workshop-map') as Reactive).elementProperties.keys()].map(String);
    const source = Object.keys((PlWorkshopMap as unknown as { properties: object }).properties);
    expect(source.length, "the source's properties").to.be.greaterThan(0);
    const renamed = source.filter((name) => !dropIn.includes(name));
    expect(renamed.length, 'source names the drop-in shortened (none: the drop-in is not shortened, or is the source)').to.be.greaterThan(0);
  });
});
