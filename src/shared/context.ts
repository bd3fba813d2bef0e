import type { Context } from '@lit/context';

export interface GeocodeResult {
  lat: number;
  lng: number;
  label: string;
}
export type Geocoder = (query: string) => Promise<GeocodeResult | null>;

/** The program document a <pl-provider> shares: see SPEC.md, `<pl-provider>`. */
export interface ProgramDocument {
  program?: {
    name?: string;
    phases?: unknown[];
    pricing?: Record<string, unknown>;
    values?: unknown[];
  };
  workshops?: unknown[];
  partners?: unknown[];
}

/**
 * A provider's `src` document that is still loading or could not be loaded: what an element inside
 * shows while the data it expects from the provider is not there (loading, or the error with Retry).
 */
export interface ProviderLoad {
  state: 'loading' | 'error';
  /** Why it failed (a LoadError says which kind), for the element to explain in its own language. */
  error?: unknown;
  /** Fetches the document again: the elements' Retry. */
  retry: () => void;
}

export interface ProvidedSettings extends ProgramDocument {
  lang?: string;
  tiles?: string;
  geocoder?: Geocoder;
  load?: ProviderLoad;
}

/**
 * A global symbol key, so elements from one copy of the library still find a provider defined by
 * another copy on the same page. (What `createContext` returns: the key, typed.)
 */
export const providerContext = Symbol.for('pl-widgets.provider') as Context<symbol, ProvidedSettings | undefined>;
