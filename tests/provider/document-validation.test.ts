import { expect } from '@open-wc/testing';
import { checkDocument, checkProgram, describeIssues } from '../../src/provider/document-validation.js';
import { walkSchema } from './schema-walker.js';

async function json(url: string): Promise<unknown> {
  const response = await fetch(url);
  expect(response.ok, `${url} is served`).to.equal(true);
  return JSON.parse(await response.text());
}

const schema = () => json('/schema/program-document.schema.json') as Promise<Record<string, unknown>>;

/** The record a fault belongs to ("program.phases[2].start" -> "program.phases[2]"). */
function recordOf(path: string): string {
  const match = /^(program\.(?:phases|values)\[\d+\]|program\.pricing|program\.name|program\.(?:phases|values)|program|(?:workshops|partners)\[\d+\]|workshops|partners|document|)/.exec(
    path,
  );
  return match![1] || 'document';
}

const pathOf = (issue: string) => issue.slice(0, issue.indexOf(':'));
const recordsFlaggedByValidator = (raw: unknown) =>
  [...new Set(checkDocument(raw).issues.map((issue) => recordOf(pathOf(issue))))].sort();
/** Workshop and partner records are left to <pl-workshop-map>, which reports them itself. */
const leftToTheMap = (record: string) => /^(workshops|partners)\[\d+\]$/.test(record);
const recordsFlaggedBySchema = (root: Record<string, unknown>, raw: unknown) =>
  [...new Set(walkSchema(root, raw).map((error) => recordOf(error.path)))].filter((record) => !leftToTheMap(record)).sort();

describe('program document schema file', () => {
  it('is JSON Schema draft 2020-12 describing every part of the document', async () => {
    const root = await schema();
    expect(root.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(root.properties as object)).to.include.members(['program', 'workshops', 'partners']);
    expect(Object.keys(root.$defs as object)).to.include.members(['program', 'phase', 'pricing', 'value', 'workshop', 'partner']);
  });

  it('accepts the demo document and the test fixture, and so does the validator', async () => {
    const root = await schema();
    for (const url of ['/demo/data/program.json', '/tests/fixtures/program.json']) {
      const doc = await json(url);
      expect(walkSchema(root, doc), `${url} against the schema`).to.deep.equal([]);
      expect(checkDocument(doc).issues, `${url} against the validator`).to.deep.equal([]);
    }
  });

  it('the demo document is a realistic four-phase program with pricing and values', async () => {
    const doc = (await json('/demo/data/program.json')) as { program: Record<string, unknown[] & Record<string, unknown>> };
    expect(doc.program.phases).to.have.length(4);
    // Offered only through a district partnership: free for those teachers, with no per-teacher value.
    expect(doc.program.pricing).not.to.have.property('value');
    expect(doc.program.pricing.price).to.equal(0);
    expect(doc.program.values.length).to.be.greaterThan(4);
  });
});

describe('document validation follows the schema', () => {
  const badDocuments: [string, unknown][] = [
    ['wrong types everywhere', null],
    ['a phase without name or title', { program: { phases: [{ summary: 'x' }] } }],
    ['a value without heading', { program: { values: [{ id: 'a' }, { heading: 'ok' }] } }],
    ['pricing with a string amount', { program: { pricing: { value: '300' } } }],
    ['a discount tier out of range', { program: { pricing: { discounts: [{ min: 10, percent: 0 }] } } }],
    ['an in-person workshop without a location', { workshops: [{ id: 1, title: 't', course: 'c', sessions: [{ start: '2026-06-01T09:00:00Z' }] }] }],
    ['a virtual workshop needs no location', { workshops: [{ id: 'v', title: 't', course: 'c', virtual: true, sessions: [{ start: '2026-06-01T09:00:00Z' }] }] }],
    ['a workshop without sessions', { workshops: [{ id: 'x', title: 't', course: 'c', sessions: [], virtual: true }] }],
    ['a workshop with latitude out of range', { workshops: [{ id: 'x', title: 't', course: 'c', sessions: [{ start: '2026-06-01T09:00' }], location: { lat: 91, lng: 0 } }] }],
    ['a partner with a bad state code', { partners: [{ id: 'p', name: 'P', states: ['Georgia'] }] }],
    ['parts of the wrong shape', { program: { phases: {}, values: 'x', pricing: [], name: '' }, workshops: {}, partners: 3 }],
    ['a program that is not an object', { program: [] }],
  ];

  it('flags the same records as the schema file, for each bad document', async () => {
    const root = await schema();
    badDocuments[0][1] = await json('/tests/fixtures/program-bad-types.json');
    for (const [name, doc] of badDocuments) {
      expect(recordsFlaggedByValidator(doc), name).to.deep.equal(recordsFlaggedBySchema(root, doc));
    }
  });

  it('reports each fault by its path, in words', async () => {
    const { issues } = checkDocument(await json('/tests/fixtures/program-bad-types.json'));
    expect(issues).to.include.members([
      'program.name: not text',
      'program.phases[1].format: not one of online, in-person, blended',
      'program.phases[2].start: not a date (YYYY-MM-DD)',
      'program.phases[2].end: not a date (YYYY-MM-DD)',
      'program.phases[2].goals: not a list',
      'program.phases[3]: needs a name or a title',
      'program.pricing.value: not a number',
      'program.pricing.currency: not a 3-letter currency code (USD)',
      'program.pricing.discounts[0].min: less than 1',
      'program.pricing.discounts[0].percent: more than 100',
      'program.pricing.discounts[1]: not an object',
      'program.values[1].heading: empty',
      'program.values[2]: not an object',
      'workshops: not a list',
    ]);
  });

  it('passes workshop and partner records on untouched: the map checks and counts them', async () => {
    const raw = await json('/tests/fixtures/program-bad-types.json');
    const { value, issues } = checkDocument(raw);
    expect(issues.filter((issue) => /^(workshops|partners)\[/.test(issue))).to.deep.equal([]);
    expect(value!.partners).to.equal((raw as { partners: unknown }).partners);
    // The schema file still describes them, for partners' editors.
    const faults = walkSchema(await schema(), raw).map((error) => recordOf(error.path));
    expect(faults).to.include('partners[0]');
  });

  it('checks that a date exists, not only its shape', () => {
    expect(checkProgram({ phases: [{ title: 't', start: '2026-02-29' }] }).issues).to.deep.equal([
      'program.phases[0].start: not a date (YYYY-MM-DD)',
    ]);
    expect(checkProgram({ phases: [{ title: 't', start: '2028-02-29', end: '2028-03-01T17:00:00-05:00' }] }).issues).to.deep.equal([]);
  });

  it('keeps every part of the right shape and leaves out the others', async () => {
    const { value } = checkDocument(await json('/tests/fixtures/program-bad-types.json'));
    expect(value!.program!.name).to.equal(undefined);
    expect(value!.program!.phases).to.have.length(4);
    expect(value!.program!.pricing).to.be.an('object');
    expect(value!.program!.values![0]).to.deep.include({ id: 'bad-doc-kept' });
    expect(value!.workshops).to.equal(undefined);
    expect(value!.partners).to.have.length(2);
  });

  it('finds nothing usable in a document that is not an object', () => {
    for (const raw of [[], 'text', 3, null]) {
      const checked = checkDocument(raw);
      expect(checked.value).to.equal(undefined);
      expect(checked.issues[0]).to.match(/^document: not an object/);
    }
  });
});

describe('describeIssues', () => {
  it('lists the first 20 issues in full and counts the rest', () => {
    const text = describeIssues(Array.from({ length: 21 }, (_, i) => `program.phases[${i}]: not an object`));
    expect(text.startsWith('21 problems:'), text).to.equal(true);
    expect(text).to.contain('phases[19]').and.not.contain('phases[20]');
    expect(text.endsWith('… and 1 more'), text).to.equal(true);
    expect(describeIssues(['program: missing'])).to.equal('1 problem:\n  program: missing');
  });
});
