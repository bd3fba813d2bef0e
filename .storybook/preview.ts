import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/index.ts';
import { publicApi } from './public-api.ts';

// The manifest generated from the sources' JSDoc feeds every docs page, so the docs never drift;
// publicApi() leaves out private members and Lit internals.
setCustomElementsManifest(publicApi(manifest));

const KNOWN_TYPES = new Set(['string', 'number', 'boolean', 'enum', 'object', 'array', 'function', 'symbol', 'other', 'void']);

/** A Storybook type for a manifest type: a union of strings is an enum; else number, boolean or string. */
function storybookType(type: unknown): unknown {
  const text = (type as { name?: unknown } | undefined)?.name;
  if (typeof text !== 'string' || KNOWN_TYPES.has(text)) return type;
  const parts = text.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined');
  if (parts.every((part) => /^'[^']*'$/.test(part))) return { name: 'enum', value: parts.map((part) => part.slice(1, -1)) };
  if (parts.includes('string')) return { name: 'string' };
  if (parts.includes('number')) return { name: 'number' };
  if (parts.includes('boolean')) return { name: 'boolean' };
  return { name: 'other', value: text };
}

const preview: Preview = {
  tags: ['autodocs'],
  // A control only for what the story's render reads (its args); the docs tables would otherwise
  // offer "Set object" on events, parts, CSS properties and read-only properties, which does nothing.
  argTypesEnhancers: [
    ({ argTypes, initialArgs }) =>
      Object.fromEntries(
        Object.entries(argTypes).map(([name, argType]) => [
          name,
          name in initialArgs || argType.control !== undefined ? argType : { ...argType, control: false },
        ]),
      ),
    // The manifest's types are TypeScript text ("string | undefined", "'mi' | 'km'"); Storybook reads
    // args from a shared link (`&args=near:30303`) only for the types it knows, and dropped the rest.
    ({ argTypes }) => Object.fromEntries(Object.entries(argTypes).map(([name, argType]) => [name, { ...argType, type: storybookType(argType.type) }])),
    // A story's `hint` (how to try a control) goes under the description from the manifest, not in
    // its place: `description` in a story's argTypes would replace what the source comments say.
    ({ argTypes }) =>
      Object.fromEntries(
        Object.entries(argTypes).map(([name, { hint, ...argType }]) => [
          name,
          hint ? { ...argType, description: argType.description ? `${argType.description}\n\n${hint}` : hint } : argType,
        ]),
      ),
  ],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = (context.globals.locale as string) || 'en';
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    viewport: {
      options: {
        phone: { name: 'Phone (375)', styles: { width: '375px', height: '720px' } },
        tablet: { name: 'Tablet (768)', styles: { width: '768px', height: '1024px' } },
        desktop: { name: 'Desktop (1280)', styles: { width: '1280px', height: '800px' } },
      },
    },
  },
};
export default preview;
